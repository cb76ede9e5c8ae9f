/**
 * Velocity Template Language highlighting for mapping templates: `##` and `#* *#` comments, `#directives`,
 * `$references` (with `${formal}` and `$!quiet` forms), strings and numbers; the JSON around them stays plain.
 * @see https://velocity.apache.org/engine/1.7/vtl-reference.html
 */
import { StreamLanguage, type StreamParser } from "@codemirror/language";

interface VtlState {
  inBlockComment: boolean;
}

const vtlParser: StreamParser<VtlState> = {
  name: "vtl",
  startState: () => ({ inBlockComment: false }),
  token(stream, state) {
    if (state.inBlockComment) {
      if (stream.skipTo("*#")) {
        stream.match("*#");
        state.inBlockComment = false;
      } else stream.skipToEnd();
      return "comment";
    }
    if (stream.match("##")) {
      stream.skipToEnd();
      return "comment";
    }
    if (stream.match("#*")) {
      state.inBlockComment = true;
      return "comment";
    }
    if (
      stream.match(/^#\{?(set|if|elseif|else|end|foreach|break|stop|macro|define|parse|include|evaluate)\}?/)
    ) {
      return "keyword";
    }
    if (stream.match(/^\$!?\{?[A-Za-z_][\w-]*/)) {
      stream.match(/^(\.[A-Za-z_]\w*)*/);
      stream.eat("}");
      return "variableName";
    }
    if (stream.match(/^"(?:[^"\\]|\\.)*"?/) || stream.match(/^'(?:[^'\\]|\\.)*'?/)) return "string";
    if (stream.match(/^-?\d+(\.\d+)?/)) return "number";
    if (stream.match(/^(true|false|null)\b/)) return "atom";
    stream.next();
    return null;
  },
};

export const vtlLanguage = StreamLanguage.define(vtlParser);
