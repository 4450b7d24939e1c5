"use client";
/** Typed-place box (combobox): GET /api/places as the user types; choosing a place sets the search origin. */
import { useEffect, useId, useRef, useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import type { RankedPlace } from "../../domain/place-search";
import { localName } from "../../domain/locale";

export interface PlaceSearchBoxProps {
  onChoose: (place: RankedPlace) => void;
}

export function PlaceSearchBox({ onChoose }: PlaceSearchBoxProps) {
  const t = useTranslations("search.origin");
  const locale = useLocale();
  const id = useId();
  const [text, setText] = useState("");
  const [places, setPlaces] = useState<RankedPlace[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const seq = useRef(0);
  // The text a choice put into the box: it is not a new query, so the list stays closed.
  const chosen = useRef<string | null>(null);

  useEffect(() => {
    const q = text.trim();
    // An emptied box is cleared in onChange; here only queries start.
    if (!q || text === chosen.current) return;
    const mine = ++seq.current;
    const timer = setTimeout(async () => {
      try {
        const res = await fetch(`/api/places?${new URLSearchParams({ q, limit: "8" })}`);
        const body = (await res.json()) as { results?: RankedPlace[] };
        if (mine === seq.current) {
          setPlaces(body.results ?? []);
          setActive(-1);
          setOpen(true);
        }
      } catch {
        if (mine === seq.current) setPlaces([]);
      }
    }, 150);
    return () => clearTimeout(timer);
  }, [text]);

  const choose = (p: RankedPlace) => {
    setOpen(false);
    const label = localName(p, locale);
    chosen.current = label;
    setText(label);
    onChoose(p);
  };
  const name = (p: RankedPlace) => localName(p, locale);
  const listId = `${id}-list`;

  return (
    <div className="search-place">
      <label htmlFor={`${id}-input`} className="search-label">
        {t("placeLabel")}
      </label>
      <input
        id={`${id}-input`}
        type="search"
        role="combobox"
        aria-expanded={open && text.trim() !== ""}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={active >= 0 ? `${id}-opt-${active}` : undefined}
        placeholder={t("placePlaceholder")}
        value={text}
        autoComplete="off"
        data-testid="search-place-input"
        onChange={(e) => {
          setText(e.target.value);
          if (!e.target.value.trim()) setPlaces([]);
        }}
        onFocus={() => places.length > 0 && text !== chosen.current && setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={(e) => {
          if (e.key === "ArrowDown") {
            e.preventDefault();
            setOpen(true);
            setActive((a) => Math.min(places.length - 1, a + 1));
          } else if (e.key === "ArrowUp") {
            e.preventDefault();
            setActive((a) => Math.max(0, a - 1));
          } else if (e.key === "Enter") {
            e.preventDefault();
            const p = places[active >= 0 ? active : 0];
            if (p) choose(p);
          } else if (e.key === "Escape") setOpen(false);
        }}
      />
      {open && text.trim() !== "" && (
        <ul
          id={listId}
          role="listbox"
          aria-label={t("placeResults")}
          className="search-place__list"
          data-testid="search-place-results"
        >
          {places.length === 0 && <li className="muted search-place__empty">{t("placeNone")}</li>}
          {places.map((p, i) => (
            <li
              key={`${p.kind}:${p.id}`}
              id={`${id}-opt-${i}`}
              role="option"
              aria-selected={i === active}
              className={`search-place__option${i === active ? " is-active" : ""}`}
              data-testid="search-place-option"
              data-place-kind={p.kind}
              data-place-id={p.id}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => choose(p)}
            >
              <span className="search-place__kind">{t(`placeKind.${p.kind}`)}</span> {name(p)}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
