"use client";
/**
 * CodeMirror 6 (from npm, no CDN) for Lambda code, JSON and VTL mapping templates. Uncontrolled inside:
 * the editor owns its document and reports changes; a new `value` from outside replaces the document only
 * when it differs, so typing never loses the cursor. Tab indents; Escape then Tab leaves the editor, as
 * CodeMirror's accessibility guide recommends.
 */
import { useEffect, useRef } from "react";
import { autocompletion, closeBrackets, closeBracketsKeymap } from "@codemirror/autocomplete";
import { defaultKeymap, history, historyKeymap, indentWithTab } from "@codemirror/commands";
import { javascript } from "@codemirror/lang-javascript";
import { json } from "@codemirror/lang-json";
import {
  bracketMatching,
  defaultHighlightStyle,
  HighlightStyle,
  indentOnInput,
  syntaxHighlighting,
} from "@codemirror/language";
import { searchKeymap } from "@codemirror/search";
import { Compartment, EditorState, type Extension } from "@codemirror/state";
import {
  EditorView,
  keymap,
  lineNumbers,
  highlightActiveLine,
  placeholder as placeholderText,
} from "@codemirror/view";
import { tags } from "@lezer/highlight";
import { vtlLanguage } from "./vtl-language";

export type CodeLanguage = "javascript" | "json" | "vtl" | "text";

const darkHighlight = HighlightStyle.define([
  { tag: tags.keyword, color: "#c792ea" },
  { tag: [tags.string, tags.special(tags.string)], color: "#c3e88d" },
  { tag: [tags.number, tags.bool, tags.atom, tags.null], color: "#f78c6c" },
  { tag: [tags.comment, tags.lineComment, tags.blockComment], color: "#7f8ca3", fontStyle: "italic" },
  { tag: [tags.variableName, tags.propertyName], color: "#82aaff" },
  { tag: [tags.function(tags.variableName), tags.definition(tags.variableName)], color: "#ffcb6b" },
]);

const theme = EditorView.theme({
  "&": { fontSize: "13px", border: "1px solid rgb(148 163 184 / 0.5)", borderRadius: "0.375rem" },
  "&.cm-focused": { outline: "2px solid rgb(59 130 246)", outlineOffset: "1px" },
  ".cm-content": { fontFamily: "var(--font-mono), ui-monospace, monospace" },
  ".cm-gutters": { backgroundColor: "transparent", borderRight: "1px solid rgb(148 163 184 / 0.3)" },
  ".cm-scroller": { overflow: "auto" },
});

function languageExtension(language: CodeLanguage): Extension {
  if (language === "javascript") return javascript();
  if (language === "json") return json();
  if (language === "vtl") return vtlLanguage;
  return [];
}

export function CodeEditor({
  value,
  onChange,
  language,
  label,
  minHeight = "8rem",
  maxHeight = "28rem",
  readOnly = false,
  placeholder,
}: {
  value: string;
  onChange?: (value: string) => void;
  language: CodeLanguage;
  /** The accessible name of the editor. */
  label: string;
  minHeight?: string;
  maxHeight?: string;
  readOnly?: boolean;
  placeholder?: string;
}) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const onChangeRef = useRef(onChange);
  onChangeRef.current = onChange;
  const languageSlot = useRef(new Compartment());

  useEffect(() => {
    if (!host.current) return;
    const editor = new EditorView({
      parent: host.current,
      state: EditorState.create({
        doc: value,
        extensions: [
          lineNumbers(),
          history(),
          indentOnInput(),
          bracketMatching(),
          closeBrackets(),
          autocompletion(),
          highlightActiveLine(),
          syntaxHighlighting(defaultHighlightStyle, { fallback: true }),
          syntaxHighlighting(darkHighlight),
          keymap.of([
            ...closeBracketsKeymap,
            ...defaultKeymap,
            ...searchKeymap,
            ...historyKeymap,
            indentWithTab,
          ]),
          languageSlot.current.of(languageExtension(language)),
          theme,
          EditorView.theme({ ".cm-content, .cm-gutter": { minHeight }, ".cm-scroller": { maxHeight } }),
          EditorView.editable.of(!readOnly),
          EditorState.readOnly.of(readOnly),
          EditorView.contentAttributes.of({ "aria-label": label }),
          ...(placeholder ? [placeholderText(placeholder)] : []),
          EditorView.updateListener.of((update) => {
            if (update.docChanged) onChangeRef.current?.(update.state.doc.toString());
          }),
        ],
      }),
    });
    view.current = editor;
    return () => {
      editor.destroy();
      view.current = null;
    };
    // The editor is created once; value and language changes are applied below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    const editor = view.current;
    if (!editor) return;
    const current = editor.state.doc.toString();
    if (current !== value) editor.dispatch({ changes: { from: 0, to: current.length, insert: value } });
  }, [value]);

  useEffect(() => {
    view.current?.dispatch({ effects: languageSlot.current.reconfigure(languageExtension(language)) });
  }, [language]);

  return <div ref={host} className="cm-host text-slate-900 dark:text-slate-100" data-language={language} />;
}
