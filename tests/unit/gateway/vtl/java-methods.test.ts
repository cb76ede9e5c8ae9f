import { describe, expect, it } from "vitest";
import { MappingTemplateRenderError, renderMappingTemplate } from "@/lib/gateway/vtl";
import { scopeWith } from "./scope";

const render = (template: string) => renderMappingTemplate(template, scopeWith()).output;

describe("String methods", () => {
  it("answer contains, startsWith, endsWith, equals, equalsIgnoreCase, isEmpty and length()", () => {
    expect(
      render(
        '#set($s = "Hello")$s.contains("ell") $s.startsWith("He") $s.endsWith("lo") $s.equals("Hello") $s.equalsIgnoreCase("hello") $s.isEmpty() $s.length()',
      ),
    ).toBe("true true true true true false 5");
  });

  it("replace is literal and replaces every occurrence; replaceAll and replaceFirst take regexes with $n groups", () => {
    expect(
      render(
        '#set($s = "a.b.c")$s.replace(".", "-") $s.replaceAll("[.]", "") $s.replaceFirst("(\\w)\\.", "$1!")',
      ),
    ).toBe("a-b-c abc a!b.c");
  });

  it('unescapes \\\' with the documented escapeJavaScript(...).replaceAll("\\\\\'","\'")', () => {
    expect(render(`$util.escapeJavaScript("it's").replaceAll("\\\\'","'")`)).toBe("it's");
  });

  it("split drops trailing empty strings and returns a Java list", () => {
    expect(render('#set($s = "a,b,,c,,")#set($p = $s.split(","))$p $p.size() $p[2].isEmpty()')).toBe(
      "[a, b, , c] 4 true",
    );
  });

  it("substring, indexOf, lastIndexOf, charAt, trim, toLowerCase, toUpperCase and matches work as in Java", () => {
    expect(
      render(
        '#set($s = "  Hello World  ")#set($t = $s.trim())$t.substring(6) $t.substring(0, 5) $t.indexOf("o") $t.lastIndexOf("o") $t.charAt(1) $t.toLowerCase() $t.toUpperCase() $t.matches("H.*d")',
      ),
    ).toBe("World Hello 4 7 e hello world HELLO WORLD true");
  });

  it("fails the render for a substring out of bounds, as Java's exception would", () => {
    expect(() => render('#set($s = "abc")$s.substring(5)')).toThrow(MappingTemplateRenderError);
  });

  it("renders nothing for a method String does not have", () => {
    expect(render('#set($s = "abc")[$s.size()][$s.noSuchMethod()]')).toBe("[][]");
  });
});

describe("List methods", () => {
  it("size, get, contains, isEmpty and indexOf", () => {
    expect(
      render('#set($l = ["a", "b"])$l.size() $l.get(1) $l.contains("a") $l.isEmpty() $l.indexOf("b")'),
    ).toBe("2 b true false 1");
  });

  it("add prints true, as Java's List.add returns it", () => {
    expect(render('#set($l = [])$l.add("x") $l')).toBe("true [x]");
  });

  it("subList, set and remove", () => {
    expect(render("#set($l = [1, 2, 3, 4])$l.subList(1, 3) $l.set(0, 9) $l.remove(1) $l")).toBe(
      "[2, 3] 1 2 [9, 3, 4]",
    );
  });

  it("works on JSON arrays from $input.path, which keep printing as JSON", () => {
    const out = renderMappingTemplate(
      '#set($l = $input.path(\'$.l\'))$l.size() $l.get(0).name #set($ok = $l.add({"name": "c"}))$l',
      scopeWith({ payload: '{"l": [{"name": "a"}]}' }),
    );
    expect(out.output).toBe('1 a [{"name":"a"},{"name":"c"}]');
  });
});

describe("Map methods", () => {
  it("get, containsKey, keySet, values, entrySet, size and isEmpty", () => {
    expect(
      render(
        '#set($m = {"a": 1, "b": 2})$m.get("a") $m.containsKey("b") $m.keySet() $m.values() $m.size() $m.isEmpty() #foreach($e in $m.entrySet())$e.key=$e.value;#end',
      ),
    ).toBe("1 true [a, b] [1, 2] 2 false a=1;b=2;");
  });

  it("put returns the previous value, so a bare put prints nothing the first time", () => {
    expect(render('#set($m = {})[$m.put("a", 1)][$m.put("a", 2)]$m')).toBe("[][1]{a=2}");
  });

  it("remove returns the removed value", () => {
    expect(render('#set($m = {"a": 1})$m.remove("a") $m')).toBe("1 {}");
  });
});

describe("Number methods", () => {
  it("convert a string with the parseInt trick AWS users rely on", () => {
    expect(render('#set($n = 0)#set($v = $n.parseInt("123"))#set($w = $v + 1)$w')).toBe("124");
  });

  it("fail the render on a string parseInt cannot read", () => {
    expect(() => render('#set($n = 0)$n.parseInt("12a")')).toThrow(MappingTemplateRenderError);
  });

  it("intValue truncates and toString prints", () => {
    expect(render("#set($n = 2.9)$n.intValue() $n.toString()")).toBe("2 2.9");
  });
});
