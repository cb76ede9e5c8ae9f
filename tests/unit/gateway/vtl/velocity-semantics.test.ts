import { describe, expect, it } from "vitest";
import { renderMappingTemplate } from "@/lib/gateway/vtl";
import { scopeWith } from "./scope";

const render = (template: string, payload: string | null = null) =>
  renderMappingTemplate(template, scopeWith({ payload })).output;

describe("printing values", () => {
  it("prints a null or undefined reference as nothing, not as its own text", () => {
    expect(render("[$nothing][$nothing.deeper][$!nothing][${nothing}]")).toBe("[][][][]");
  });

  it("prints a list built in the template Java-style and a JSON list as compact JSON", () => {
    expect(render('#set($l = [1, "a", {"k": [2]}])$l')).toBe("[1, a, {k=[2]}]");
    expect(render("$input.path('$.l')", '{"l": [1, "a", {"k": [2]}]}')).toBe('[1,"a",{"k":[2]}]');
  });

  it("prints a map literal as {k=v} and a null value inside it as null", () => {
    expect(render('#set($m = {"a": 1, "b": "two"})$m $m.a')).toBe("{a=1, b=two} 1");
    expect(render("$input.path('$')", '{"a": null}')).toBe("{a=null}");
  });

  it("prints booleans and numbers as Java does for these values", () => {
    expect(render("#set($t = true)#set($n = 2.5)#set($i = 10)$t $n $i")).toBe("true 2.5 10");
  });
});

describe("#if and comparisons (Velocity 1.7)", () => {
  it("treats only null and false as false: an empty string and 0 are true", () => {
    expect(
      render(
        '#if("")yes#{else}no#end #if(0)yes#{else}no#end #if($nothing)yes#{else}no#end #if(false)yes#{else}no#end',
      ),
    ).toBe("yes yes no no");
  });

  it("compares a string with a number by their printed forms", () => {
    expect(render('#if("42" == 42)eq#{else}ne#end #if("1.0" == 1)eq#{else}ne#end')).toBe("eq ne");
  });

  it("compares maps and lists by value", () => {
    expect(render('#set($a = {"x": [1]})#set($b = {"x": [1]})#if($a == $b)eq#end')).toBe("eq");
  });

  it("does not order strings with < or > (only numbers)", () => {
    expect(render('#if("21" > 18)gt#{else}not#end #if(21 > 18)gt#end')).toBe("not gt");
  });

  it("supports elseif, &&, || and !", () => {
    expect(
      render("#set($n = 5)#if($n < 3)a#elseif($n < 10 && !($n == 7))b#{else}c#end #if($x || $n)or#end"),
    ).toBe("b or");
  });
});

describe("#set", () => {
  it("leaves the variable unchanged when the value is null (Velocity 1.7)", () => {
    expect(render('#set($a = "kept")#set($a = $nothing)$a')).toBe("kept");
  });

  it("assigns into maps and list items", () => {
    expect(render('#set($m = {})#set($m.a = 1)#set($m["b"] = 2)#set($l = [0, 0])#set($l[1] = 9)$m $l')).toBe(
      "{a=1, b=2} [0, 9]",
    );
  });

  it("does nothing when the path to assign through is missing", () => {
    expect(render("#set($missing.a = 1)[$missing]")).toBe("[]");
  });
});

describe("arithmetic", () => {
  it("divides integers as Java integers and leaves a division by zero unset", () => {
    expect(render("#set($a = 7 / 2)#set($b = 7.5 / 2)#set($c = -7 % 3)$a $b $c #set($d = 1 / 0)[$d]")).toBe(
      "3 3.75 -1 []",
    );
  });

  it("concatenates with + as soon as one side is a string", () => {
    expect(render('#set($s = "n=" + 5)$s #set($t = 2 + 3)$t')).toBe("n=5 5");
  });
});

describe("#foreach", () => {
  it("exposes $foreach.hasNext, index, count and $velocityCount", () => {
    expect(
      render(
        '#foreach($x in ["a", "b"])$foreach.index:$foreach.count:$velocityCount:$x#if($foreach.hasNext),#end#end',
      ),
    ).toBe("0:1:1:a,1:2:2:b");
  });

  it("iterates a map's values, and its keys through keySet()", () => {
    expect(
      render('#set($m = {"a": 1, "b": 2})#foreach($v in $m)$v#end #foreach($k in $m.keySet())$k#end'),
    ).toBe("12 ab");
  });

  it("iterates a descending range", () => {
    expect(render("#foreach($i in [3..1])$i#end")).toBe("321");
  });

  it("stops at #break", () => {
    expect(render("#foreach($i in [1..5])#if($i == 3)#break#end$i#end")).toBe("12");
  });

  it("renders nothing for a null or a scalar", () => {
    expect(render('#set($s = "abc")#foreach($i in $nothing)x#end#foreach($i in $s)y#end.')).toBe(".");
  });

  it("nests loops, each with its own $foreach", () => {
    expect(
      render("#foreach($a in [1..2])#foreach($b in [1..2])$a$b#if($foreach.hasNext) #end#end;#end"),
    ).toBe("11 12;21 22;");
  });
});

describe("macros and #evaluate", () => {
  it("runs a macro with arguments", () => {
    expect(render('#macro(greet $name)Hello $name#end#greet("Ada")')).toBe("Hello Ada");
  });

  it("#evaluate renders a string as a template", () => {
    expect(render('#set($t = "#set($z = 2)$z")#evaluate($t)')).toBe("2");
  });
});

describe("isolation from the host", () => {
  it("does not reach JavaScript prototype members through properties or methods", () => {
    expect(
      render(
        '#set($m = {})[$m.constructor][$m.toString][$m.hasOwnProperty("a")][$input.constructor][$toString]',
      ),
    ).toBe("[][][][][]");
    expect(render('#set($s = "abc")[$s.length][$s.constructor.name][$s.at(0)]')).toBe("[][][]");
  });

  it("treats __proto__ as an ordinary key", () => {
    expect(render('#set($m = {})#set($m.__proto__ = "x")$m.get("__proto__") $m.keySet()')).toBe(
      "x [__proto__]",
    );
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it("does not patch String.prototype or Array.prototype", () => {
    render('#set($s = "a,b")$s.contains("a") $s.split(",").size()');
    expect("contains" in String.prototype).toBe(false);
    expect("size" in Array.prototype).toBe(false);
  });
});
