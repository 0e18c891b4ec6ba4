import {
  Field,
  Label,
  Select,
  Paragraph,
  Textarea,
  Textfield,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { useEffect, useState } from 'react';
import { fieldId } from '../../api/problems';
import { countWords, kronerText, parseKroner } from '../../format';
import { useT } from '../../i18n';
import type { Schemas } from '../../api/client';

type TextLimit = Schemas['TextLimitDto'];

/** A long text with its hint and a live counter against the scheme's limit (words and/or characters). */
export function LongText({
  field,
  label,
  hint,
  value,
  onChange,
  limit,
  error,
  readOnly,
}: {
  field: string;
  label: string;
  hint?: string;
  value: string;
  onChange: (value: string) => void;
  limit?: TextLimit;
  error?: string;
  readOnly?: boolean;
}) {
  const t = useT();
  const id = fieldId(field);
  const counters: { text: string; over: boolean }[] = [];
  if (limit?.maxWords) {
    const left = limit.maxWords - countWords(value);
    counters.push({ text: t.app.wordsLeft(left, limit.maxWords), over: left < 0 });
  }
  if (limit?.maxChars) {
    const left = limit.maxChars - value.length;
    counters.push({ text: t.app.charsLeft(left, limit.maxChars), over: left < 0 });
  }
  return (
    <Field>
      <Label htmlFor={id}>{label}</Label>
      {hint && <Field.Description>{hint}</Field.Description>}
      <Textarea
        id={id}
        rows={5}
        value={value}
        readOnly={readOnly}
        aria-invalid={error || counters.some((c) => c.over) ? true : undefined}
        onChange={(e) => onChange(e.target.value)}
      />
      {counters.map((c) =>
        c.over ? (
          <ValidationMessage key={c.text} aria-live="polite">
            {c.text}
          </ValidationMessage>
        ) : (
          <Paragraph key={c.text} data-size="sm" aria-live="polite">
            {c.text}
          </Paragraph>
        ),
      )}
      {error && <ValidationMessage>{error}</ValidationMessage>}
    </Field>
  );
}

/** An amount in kroner, typed freely ("25 000"); reports øre, or null while it is not a number. */
export function AmountInput({
  field,
  label,
  hint,
  ore,
  onChange,
  error,
  readOnly,
}: {
  field: string;
  label: string;
  hint?: string;
  ore: number | null | undefined;
  onChange: (ore: number | null) => void;
  error?: string;
  readOnly?: boolean;
}) {
  const t = useT();
  const [text, setText] = useState(() => (ore ? kronerText(ore) : ''));
  const [typed, setTyped] = useState(false);
  useEffect(() => {
    if (!typed) setText(ore ? kronerText(ore) : '');
  }, [ore, typed]);
  const parsed = text.trim() === '' ? null : parseKroner(text);
  const localError = text.trim() !== '' && parsed === null ? t.app.amountWrong : undefined;
  return (
    <Textfield
      id={fieldId(field)}
      label={label}
      description={hint}
      inputMode="decimal"
      value={text}
      readOnly={readOnly}
      error={localError ?? error}
      onChange={(e) => {
        setTyped(true);
        setText(e.target.value);
        onChange(e.target.value.trim() === '' ? null : parseKroner(e.target.value));
      }}
      onBlur={() => {
        setTyped(false);
        if (parsed !== null) setText(kronerText(parsed));
      }}
    />
  );
}

/** Designsystemet's Select with a visible label. */
export function LabelledSelect({
  id,
  label,
  children,
  ...rest
}: { id: string; label: string } & React.ComponentProps<typeof Select>) {
  return (
    <Field>
      <Label htmlFor={id}>{label}</Label>
      <Select id={id} {...rest}>
        {children}
      </Select>
    </Field>
  );
}
