import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { setApiLanguage } from '../api/client';
import { nb, type Messages } from './nb';
import { nn } from './nn';

export type Language = 'nb' | 'nn';
const catalogues: Record<Language, Messages> = { nb, nn };
/** Only the chosen language is remembered in the browser (never anything about the session). */
const STORAGE_KEY = 'tilskudd.language';

function stored(): Language | null {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return value === 'nb' || value === 'nn' ? value : null;
  } catch {
    return null;
  }
}

interface LanguageState {
  language: Language;
  t: Messages;
  /** The user's own choice: remembered. */
  choose: (language: Language) => void;
  /** The organisation's preferred standard: used only until the user chooses. */
  suggest: (language: Language) => void;
}

const LanguageContext = createContext<LanguageState | null>(null);

export function LanguageProvider({ children }: { children: ReactNode }) {
  const [language, setLanguage] = useState<Language>(() => stored() ?? 'nb');
  const choose = useCallback((next: Language) => {
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Private mode: the choice lasts for this page only.
    }
    setLanguage(next);
  }, []);
  const suggest = useCallback((next: Language) => {
    if (stored() === null) setLanguage(next);
  }, []);
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  // Set while rendering, so the first requests of a page already ask for the chosen written standard.
  setApiLanguage(language);
  const value = useMemo(
    () => ({ language, t: catalogues[language], choose, suggest }),
    [language, choose, suggest],
  );
  return <LanguageContext.Provider value={value}>{children}</LanguageContext.Provider>;
}

export function useLanguage(): LanguageState {
  const state = useContext(LanguageContext);
  if (!state) throw new Error('useLanguage outside LanguageProvider');
  return state;
}

export function useT(): Messages {
  return useLanguage().t;
}
