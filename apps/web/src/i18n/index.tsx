import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { setApiLanguage } from '../api/client';
import { nb, type Messages } from './nb';

export type Language = 'nb' | 'nn';
/**
 * Only the chosen language is remembered in the browser (never anything about the session), in a cookie the server
 * reads too, so the first view it renders is in the chosen written standard (apps/api/src/web/server-render.ts).
 */
export const LANGUAGE_COOKIE = 'tilskudd_language';
/** Where the choice was kept before the server rendered pages: moved into the cookie on the next visit. */
const OLD_STORAGE_KEY = 'tilskudd.language';

/**
 * Bokmål is in the first page's bundle; the nynorsk catalogue is a chunk of its own, fetched when it is chosen or
 * suggested, and at start when it is the remembered choice (so most visitors never download it).
 */
let nnCatalogue: Messages | null = null;
let nnLoading: Promise<Messages> | null = null;
function loadNn(): Promise<Messages> {
  nnLoading ??= import('./nn').then(
    (module) => (nnCatalogue = module.nn),
    (error: unknown) => {
      nnLoading = null;
      throw error;
    },
  );
  return nnLoading;
}
const catalogue = (language: Language): Messages | null => (language === 'nb' ? nb : nnCatalogue);

/** The catalogue of `language`, loaded (the server render and the hydrating browser wait for it). */
export async function loadLanguage(language: Language): Promise<void> {
  if (language === 'nn') await loadNn();
}

function isLanguage(value: unknown): value is Language {
  return value === 'nb' || value === 'nn';
}

/** The language a Cookie header (or `document.cookie`) says was chosen; null when none was. */
export function languageInCookie(cookie: string | undefined): Language | null {
  const match = new RegExp(`(?:^|;\\s*)${LANGUAGE_COOKIE}=(nb|nn)(?:;|$)`).exec(cookie ?? '');
  return match ? (match[1] as Language) : null;
}

function stored(): Language | null {
  if (typeof document === 'undefined') return null;
  const cookie = languageInCookie(document.cookie);
  if (cookie) return cookie;
  try {
    const old = localStorage.getItem(OLD_STORAGE_KEY);
    if (isLanguage(old)) {
      remember(old);
      localStorage.removeItem(OLD_STORAGE_KEY);
      return old;
    }
  } catch {
    // No storage: nothing was kept there.
  }
  return null;
}

/** A year; not httpOnly (the page reads it), SameSite=Lax, Secure over https. */
function remember(language: Language): void {
  const secure = window.location.protocol === 'https:' ? '; Secure' : '';
  document.cookie = `${LANGUAGE_COOKIE}=${language}; Path=/; Max-Age=31536000; SameSite=Lax${secure}`;
}

interface LanguageState {
  language: Language;
  t: Messages;
  /** The user's own choice: remembered. */
  choose: (language: Language) => void;
  /** The organisation's preferred standard: used only until the user chooses. */
  suggest: (language: Language) => void;
}

if (stored() === 'nn') void loadNn().catch(() => undefined);

const LanguageContext = createContext<LanguageState | null>(null);

/** Switches once the catalogue is there: the page keeps its current language until then (never a mix). */
function useSwitch(setLanguage: (language: Language) => void) {
  return useCallback(
    (next: Language) => {
      if (catalogue(next)) setLanguage(next);
      else
        void loadNn().then(
          () => setLanguage(next),
          () => undefined,
        );
    },
    [setLanguage],
  );
}

/**
 * `initial`: the language the server rendered the page in (the browser hydrates in it, then goes on as chosen); in
 * a page the browser renders alone, the remembered choice.
 */
export function LanguageProvider({ children, initial }: { children: ReactNode; initial?: Language }) {
  const [language, setLanguage] = useState<Language>(() => initial ?? stored() ?? 'nb');
  const [, setLoaded] = useState(false);
  const switchTo = useSwitch(setLanguage);
  const choose = useCallback(
    (next: Language) => {
      remember(next);
      switchTo(next);
    },
    [switchTo],
  );
  const suggest = useCallback(
    (next: Language) => {
      if (stored() === null) switchTo(next);
    },
    [switchTo],
  );
  const t = catalogue(language);
  // The remembered nynorsk is still on its way: nothing is shown until it is there (or bokmål, if it cannot load).
  useEffect(() => {
    if (!t)
      void loadNn().then(
        () => setLoaded(true),
        () => setLanguage('nb'),
      );
  }, [t]);
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  // Set while rendering, so the first requests of a page already ask for the chosen written standard.
  setApiLanguage(language);
  const value = useMemo(() => (t ? { language, t, choose, suggest } : null), [language, t, choose, suggest]);
  if (!value) return null;
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
