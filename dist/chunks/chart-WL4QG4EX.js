import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  getExecOutput
} from "./chunk-324FZETZ.js";
import {
  booleanOption,
  configOverrides,
  listOption,
  loadConfig,
  markdownTable,
  parseReleaseVersion,
  repositoryRoot,
  require_dist,
  resolveInRepo,
  stringOption
} from "./chunk-MR2SUPAP.js";
import {
  require_ucs2length,
  require_validation_error
} from "./chunk-XUVLQUSJ.js";
import {
  UserError
} from "./chunk-AMA7OVDP.js";
import {
  __commonJS,
  __toESM
} from "./chunk-PY5VAGIZ.js";

// node_modules/ajv/dist/compile/codegen/code.js
var require_code = __commonJS({
  "node_modules/ajv/dist/compile/codegen/code.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.regexpCode = exports.getEsmExportName = exports.getProperty = exports.safeStringify = exports.stringify = exports.strConcat = exports.addCodeArg = exports.str = exports._ = exports.nil = exports._Code = exports.Name = exports.IDENTIFIER = exports._CodeOrName = void 0;
    var _CodeOrName = class {
    };
    exports._CodeOrName = _CodeOrName;
    exports.IDENTIFIER = /^[a-z$_][a-z$_0-9]*$/i;
    var Name = class extends _CodeOrName {
      constructor(s) {
        super();
        if (!exports.IDENTIFIER.test(s))
          throw new Error("CodeGen: name must be a valid identifier");
        this.str = s;
      }
      toString() {
        return this.str;
      }
      emptyStr() {
        return false;
      }
      get names() {
        return { [this.str]: 1 };
      }
    };
    exports.Name = Name;
    var _Code = class extends _CodeOrName {
      constructor(code) {
        super();
        this._items = typeof code === "string" ? [code] : code;
      }
      toString() {
        return this.str;
      }
      emptyStr() {
        if (this._items.length > 1)
          return false;
        const item = this._items[0];
        return item === "" || item === '""';
      }
      get str() {
        var _a;
        return (_a = this._str) !== null && _a !== void 0 ? _a : this._str = this._items.reduce((s, c) => `${s}${c}`, "");
      }
      get names() {
        var _a;
        return (_a = this._names) !== null && _a !== void 0 ? _a : this._names = this._items.reduce((names, c) => {
          if (c instanceof Name)
            names[c.str] = (names[c.str] || 0) + 1;
          return names;
        }, {});
      }
    };
    exports._Code = _Code;
    exports.nil = new _Code("");
    function _(strs, ...args) {
      const code = [strs[0]];
      let i = 0;
      while (i < args.length) {
        addCodeArg(code, args[i]);
        code.push(strs[++i]);
      }
      return new _Code(code);
    }
    exports._ = _;
    var plus = new _Code("+");
    function str2(strs, ...args) {
      const expr = [safeStringify(strs[0])];
      let i = 0;
      while (i < args.length) {
        expr.push(plus);
        addCodeArg(expr, args[i]);
        expr.push(plus, safeStringify(strs[++i]));
      }
      optimize(expr);
      return new _Code(expr);
    }
    exports.str = str2;
    function addCodeArg(code, arg) {
      if (arg instanceof _Code)
        code.push(...arg._items);
      else if (arg instanceof Name)
        code.push(arg);
      else
        code.push(interpolate(arg));
    }
    exports.addCodeArg = addCodeArg;
    function optimize(expr) {
      let i = 1;
      while (i < expr.length - 1) {
        if (expr[i] === plus) {
          const res = mergeExprItems(expr[i - 1], expr[i + 1]);
          if (res !== void 0) {
            expr.splice(i - 1, 3, res);
            continue;
          }
          expr[i++] = "+";
        }
        i++;
      }
    }
    function mergeExprItems(a, b) {
      if (b === '""')
        return a;
      if (a === '""')
        return b;
      if (typeof a == "string") {
        if (b instanceof Name || a[a.length - 1] !== '"')
          return;
        if (typeof b != "string")
          return `${a.slice(0, -1)}${b}"`;
        if (b[0] === '"')
          return a.slice(0, -1) + b.slice(1);
        return;
      }
      if (typeof b == "string" && b[0] === '"' && !(a instanceof Name))
        return `"${a}${b.slice(1)}`;
      return;
    }
    function strConcat(c1, c2) {
      return c2.emptyStr() ? c1 : c1.emptyStr() ? c2 : str2`${c1}${c2}`;
    }
    exports.strConcat = strConcat;
    function interpolate(x) {
      return typeof x == "number" || typeof x == "boolean" || x === null ? x : safeStringify(Array.isArray(x) ? x.join(",") : x);
    }
    function stringify2(x) {
      return new _Code(safeStringify(x));
    }
    exports.stringify = stringify2;
    function safeStringify(x) {
      return JSON.stringify(x).replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
    }
    exports.safeStringify = safeStringify;
    function getProperty(key) {
      return typeof key == "string" && exports.IDENTIFIER.test(key) ? new _Code(`.${key}`) : _`[${key}]`;
    }
    exports.getProperty = getProperty;
    function getEsmExportName(key) {
      if (typeof key == "string" && exports.IDENTIFIER.test(key)) {
        return new _Code(`${key}`);
      }
      throw new Error(`CodeGen: invalid export name: ${key}, use explicit $id name mapping`);
    }
    exports.getEsmExportName = getEsmExportName;
    function regexpCode(rx) {
      return new _Code(rx.toString());
    }
    exports.regexpCode = regexpCode;
  }
});

// node_modules/ajv/dist/compile/codegen/scope.js
var require_scope = __commonJS({
  "node_modules/ajv/dist/compile/codegen/scope.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ValueScope = exports.ValueScopeName = exports.Scope = exports.varKinds = exports.UsedValueState = void 0;
    var code_1 = require_code();
    var ValueError = class extends Error {
      constructor(name) {
        super(`CodeGen: "code" for ${name} not defined`);
        this.value = name.value;
      }
    };
    var UsedValueState;
    (function(UsedValueState2) {
      UsedValueState2[UsedValueState2["Started"] = 0] = "Started";
      UsedValueState2[UsedValueState2["Completed"] = 1] = "Completed";
    })(UsedValueState || (exports.UsedValueState = UsedValueState = {}));
    exports.varKinds = {
      const: new code_1.Name("const"),
      let: new code_1.Name("let"),
      var: new code_1.Name("var")
    };
    var Scope = class {
      constructor({ prefixes, parent } = {}) {
        this._names = {};
        this._prefixes = prefixes;
        this._parent = parent;
      }
      toName(nameOrPrefix) {
        return nameOrPrefix instanceof code_1.Name ? nameOrPrefix : this.name(nameOrPrefix);
      }
      name(prefix) {
        return new code_1.Name(this._newName(prefix));
      }
      _newName(prefix) {
        const ng = this._names[prefix] || this._nameGroup(prefix);
        return `${prefix}${ng.index++}`;
      }
      _nameGroup(prefix) {
        var _a, _b;
        if (((_b = (_a = this._parent) === null || _a === void 0 ? void 0 : _a._prefixes) === null || _b === void 0 ? void 0 : _b.has(prefix)) || this._prefixes && !this._prefixes.has(prefix)) {
          throw new Error(`CodeGen: prefix "${prefix}" is not allowed in this scope`);
        }
        return this._names[prefix] = { prefix, index: 0 };
      }
    };
    exports.Scope = Scope;
    var ValueScopeName = class extends code_1.Name {
      constructor(prefix, nameStr) {
        super(nameStr);
        this.prefix = prefix;
      }
      setValue(value, { property, itemIndex }) {
        this.value = value;
        this.scopePath = (0, code_1._)`.${new code_1.Name(property)}[${itemIndex}]`;
      }
    };
    exports.ValueScopeName = ValueScopeName;
    var line = (0, code_1._)`\n`;
    var ValueScope = class extends Scope {
      constructor(opts) {
        super(opts);
        this._values = {};
        this._scope = opts.scope;
        this.opts = { ...opts, _n: opts.lines ? line : code_1.nil };
      }
      get() {
        return this._scope;
      }
      name(prefix) {
        return new ValueScopeName(prefix, this._newName(prefix));
      }
      value(nameOrPrefix, value) {
        var _a;
        if (value.ref === void 0)
          throw new Error("CodeGen: ref must be passed in value");
        const name = this.toName(nameOrPrefix);
        const { prefix } = name;
        const valueKey = (_a = value.key) !== null && _a !== void 0 ? _a : value.ref;
        let vs = this._values[prefix];
        if (vs) {
          const _name = vs.get(valueKey);
          if (_name)
            return _name;
        } else {
          vs = this._values[prefix] = /* @__PURE__ */ new Map();
        }
        vs.set(valueKey, name);
        const s = this._scope[prefix] || (this._scope[prefix] = []);
        const itemIndex = s.length;
        s[itemIndex] = value.ref;
        name.setValue(value, { property: prefix, itemIndex });
        return name;
      }
      getValue(prefix, keyOrRef) {
        const vs = this._values[prefix];
        if (!vs)
          return;
        return vs.get(keyOrRef);
      }
      scopeRefs(scopeName, values = this._values) {
        return this._reduceValues(values, (name) => {
          if (name.scopePath === void 0)
            throw new Error(`CodeGen: name "${name}" has no value`);
          return (0, code_1._)`${scopeName}${name.scopePath}`;
        });
      }
      scopeCode(values = this._values, usedValues, getCode) {
        return this._reduceValues(values, (name) => {
          if (name.value === void 0)
            throw new Error(`CodeGen: name "${name}" has no value`);
          return name.value.code;
        }, usedValues, getCode);
      }
      _reduceValues(values, valueCode, usedValues = {}, getCode) {
        let code = code_1.nil;
        for (const prefix in values) {
          const vs = values[prefix];
          if (!vs)
            continue;
          const nameSet = usedValues[prefix] = usedValues[prefix] || /* @__PURE__ */ new Map();
          vs.forEach((name) => {
            if (nameSet.has(name))
              return;
            nameSet.set(name, UsedValueState.Started);
            let c = valueCode(name);
            if (c) {
              const def = this.opts.es5 ? exports.varKinds.var : exports.varKinds.const;
              code = (0, code_1._)`${code}${def} ${name} = ${c};${this.opts._n}`;
            } else if (c = getCode === null || getCode === void 0 ? void 0 : getCode(name)) {
              code = (0, code_1._)`${code}${c}${this.opts._n}`;
            } else {
              throw new ValueError(name);
            }
            nameSet.set(name, UsedValueState.Completed);
          });
        }
        return code;
      }
    };
    exports.ValueScope = ValueScope;
  }
});

// node_modules/ajv/dist/compile/codegen/index.js
var require_codegen = __commonJS({
  "node_modules/ajv/dist/compile/codegen/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.or = exports.and = exports.not = exports.CodeGen = exports.operators = exports.varKinds = exports.ValueScopeName = exports.ValueScope = exports.Scope = exports.Name = exports.regexpCode = exports.stringify = exports.getProperty = exports.nil = exports.strConcat = exports.str = exports._ = void 0;
    var code_1 = require_code();
    var scope_1 = require_scope();
    var code_2 = require_code();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return code_2._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return code_2.str;
    } });
    Object.defineProperty(exports, "strConcat", { enumerable: true, get: function() {
      return code_2.strConcat;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return code_2.nil;
    } });
    Object.defineProperty(exports, "getProperty", { enumerable: true, get: function() {
      return code_2.getProperty;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return code_2.stringify;
    } });
    Object.defineProperty(exports, "regexpCode", { enumerable: true, get: function() {
      return code_2.regexpCode;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return code_2.Name;
    } });
    var scope_2 = require_scope();
    Object.defineProperty(exports, "Scope", { enumerable: true, get: function() {
      return scope_2.Scope;
    } });
    Object.defineProperty(exports, "ValueScope", { enumerable: true, get: function() {
      return scope_2.ValueScope;
    } });
    Object.defineProperty(exports, "ValueScopeName", { enumerable: true, get: function() {
      return scope_2.ValueScopeName;
    } });
    Object.defineProperty(exports, "varKinds", { enumerable: true, get: function() {
      return scope_2.varKinds;
    } });
    exports.operators = {
      GT: new code_1._Code(">"),
      GTE: new code_1._Code(">="),
      LT: new code_1._Code("<"),
      LTE: new code_1._Code("<="),
      EQ: new code_1._Code("==="),
      NEQ: new code_1._Code("!=="),
      NOT: new code_1._Code("!"),
      OR: new code_1._Code("||"),
      AND: new code_1._Code("&&"),
      ADD: new code_1._Code("+")
    };
    var Node = class {
      optimizeNodes() {
        return this;
      }
      optimizeNames(_names, _constants) {
        return this;
      }
    };
    var Def = class extends Node {
      constructor(varKind, name, rhs) {
        super();
        this.varKind = varKind;
        this.name = name;
        this.rhs = rhs;
      }
      render({ es5, _n }) {
        const varKind = es5 ? scope_1.varKinds.var : this.varKind;
        const rhs = this.rhs === void 0 ? "" : ` = ${this.rhs}`;
        return `${varKind} ${this.name}${rhs};` + _n;
      }
      optimizeNames(names, constants) {
        if (!names[this.name.str])
          return;
        if (this.rhs)
          this.rhs = optimizeExpr(this.rhs, names, constants);
        return this;
      }
      get names() {
        return this.rhs instanceof code_1._CodeOrName ? this.rhs.names : {};
      }
    };
    var Assign = class extends Node {
      constructor(lhs, rhs, sideEffects) {
        super();
        this.lhs = lhs;
        this.rhs = rhs;
        this.sideEffects = sideEffects;
      }
      render({ _n }) {
        return `${this.lhs} = ${this.rhs};` + _n;
      }
      optimizeNames(names, constants) {
        if (this.lhs instanceof code_1.Name && !names[this.lhs.str] && !this.sideEffects)
          return;
        this.rhs = optimizeExpr(this.rhs, names, constants);
        return this;
      }
      get names() {
        const names = this.lhs instanceof code_1.Name ? {} : { ...this.lhs.names };
        return addExprNames(names, this.rhs);
      }
    };
    var AssignOp = class extends Assign {
      constructor(lhs, op, rhs, sideEffects) {
        super(lhs, rhs, sideEffects);
        this.op = op;
      }
      render({ _n }) {
        return `${this.lhs} ${this.op}= ${this.rhs};` + _n;
      }
    };
    var Label = class extends Node {
      constructor(label) {
        super();
        this.label = label;
        this.names = {};
      }
      render({ _n }) {
        return `${this.label}:` + _n;
      }
    };
    var Break = class extends Node {
      constructor(label) {
        super();
        this.label = label;
        this.names = {};
      }
      render({ _n }) {
        const label = this.label ? ` ${this.label}` : "";
        return `break${label};` + _n;
      }
    };
    var Throw = class extends Node {
      constructor(error) {
        super();
        this.error = error;
      }
      render({ _n }) {
        return `throw ${this.error};` + _n;
      }
      get names() {
        return this.error.names;
      }
    };
    var AnyCode = class extends Node {
      constructor(code) {
        super();
        this.code = code;
      }
      render({ _n }) {
        return `${this.code};` + _n;
      }
      optimizeNodes() {
        return `${this.code}` ? this : void 0;
      }
      optimizeNames(names, constants) {
        this.code = optimizeExpr(this.code, names, constants);
        return this;
      }
      get names() {
        return this.code instanceof code_1._CodeOrName ? this.code.names : {};
      }
    };
    var ParentNode = class extends Node {
      constructor(nodes = []) {
        super();
        this.nodes = nodes;
      }
      render(opts) {
        return this.nodes.reduce((code, n) => code + n.render(opts), "");
      }
      optimizeNodes() {
        const { nodes } = this;
        let i = nodes.length;
        while (i--) {
          const n = nodes[i].optimizeNodes();
          if (Array.isArray(n))
            nodes.splice(i, 1, ...n);
          else if (n)
            nodes[i] = n;
          else
            nodes.splice(i, 1);
        }
        return nodes.length > 0 ? this : void 0;
      }
      optimizeNames(names, constants) {
        const { nodes } = this;
        let i = nodes.length;
        while (i--) {
          const n = nodes[i];
          if (n.optimizeNames(names, constants))
            continue;
          subtractNames(names, n.names);
          nodes.splice(i, 1);
        }
        return nodes.length > 0 ? this : void 0;
      }
      get names() {
        return this.nodes.reduce((names, n) => addNames(names, n.names), {});
      }
    };
    var BlockNode = class extends ParentNode {
      render(opts) {
        return "{" + opts._n + super.render(opts) + "}" + opts._n;
      }
    };
    var Root = class extends ParentNode {
    };
    var Else = class extends BlockNode {
    };
    Else.kind = "else";
    var If = class _If extends BlockNode {
      constructor(condition, nodes) {
        super(nodes);
        this.condition = condition;
      }
      render(opts) {
        let code = `if(${this.condition})` + super.render(opts);
        if (this.else)
          code += "else " + this.else.render(opts);
        return code;
      }
      optimizeNodes() {
        super.optimizeNodes();
        const cond = this.condition;
        if (cond === true)
          return this.nodes;
        let e = this.else;
        if (e) {
          const ns = e.optimizeNodes();
          e = this.else = Array.isArray(ns) ? new Else(ns) : ns;
        }
        if (e) {
          if (cond === false)
            return e instanceof _If ? e : e.nodes;
          if (this.nodes.length)
            return this;
          return new _If(not(cond), e instanceof _If ? [e] : e.nodes);
        }
        if (cond === false || !this.nodes.length)
          return void 0;
        return this;
      }
      optimizeNames(names, constants) {
        var _a;
        this.else = (_a = this.else) === null || _a === void 0 ? void 0 : _a.optimizeNames(names, constants);
        if (!(super.optimizeNames(names, constants) || this.else))
          return;
        this.condition = optimizeExpr(this.condition, names, constants);
        return this;
      }
      get names() {
        const names = super.names;
        addExprNames(names, this.condition);
        if (this.else)
          addNames(names, this.else.names);
        return names;
      }
    };
    If.kind = "if";
    var For = class extends BlockNode {
    };
    For.kind = "for";
    var ForLoop = class extends For {
      constructor(iteration) {
        super();
        this.iteration = iteration;
      }
      render(opts) {
        return `for(${this.iteration})` + super.render(opts);
      }
      optimizeNames(names, constants) {
        if (!super.optimizeNames(names, constants))
          return;
        this.iteration = optimizeExpr(this.iteration, names, constants);
        return this;
      }
      get names() {
        return addNames(super.names, this.iteration.names);
      }
    };
    var ForRange = class extends For {
      constructor(varKind, name, from, to) {
        super();
        this.varKind = varKind;
        this.name = name;
        this.from = from;
        this.to = to;
      }
      render(opts) {
        const varKind = opts.es5 ? scope_1.varKinds.var : this.varKind;
        const { name, from, to } = this;
        return `for(${varKind} ${name}=${from}; ${name}<${to}; ${name}++)` + super.render(opts);
      }
      get names() {
        const names = addExprNames(super.names, this.from);
        return addExprNames(names, this.to);
      }
    };
    var ForIter = class extends For {
      constructor(loop, varKind, name, iterable) {
        super();
        this.loop = loop;
        this.varKind = varKind;
        this.name = name;
        this.iterable = iterable;
      }
      render(opts) {
        return `for(${this.varKind} ${this.name} ${this.loop} ${this.iterable})` + super.render(opts);
      }
      optimizeNames(names, constants) {
        if (!super.optimizeNames(names, constants))
          return;
        this.iterable = optimizeExpr(this.iterable, names, constants);
        return this;
      }
      get names() {
        return addNames(super.names, this.iterable.names);
      }
    };
    var Func = class extends BlockNode {
      constructor(name, args, async) {
        super();
        this.name = name;
        this.args = args;
        this.async = async;
      }
      render(opts) {
        const _async = this.async ? "async " : "";
        return `${_async}function ${this.name}(${this.args})` + super.render(opts);
      }
    };
    Func.kind = "func";
    var Return = class extends ParentNode {
      render(opts) {
        return "return " + super.render(opts);
      }
    };
    Return.kind = "return";
    var Try = class extends BlockNode {
      render(opts) {
        let code = "try" + super.render(opts);
        if (this.catch)
          code += this.catch.render(opts);
        if (this.finally)
          code += this.finally.render(opts);
        return code;
      }
      optimizeNodes() {
        var _a, _b;
        super.optimizeNodes();
        (_a = this.catch) === null || _a === void 0 ? void 0 : _a.optimizeNodes();
        (_b = this.finally) === null || _b === void 0 ? void 0 : _b.optimizeNodes();
        return this;
      }
      optimizeNames(names, constants) {
        var _a, _b;
        super.optimizeNames(names, constants);
        (_a = this.catch) === null || _a === void 0 ? void 0 : _a.optimizeNames(names, constants);
        (_b = this.finally) === null || _b === void 0 ? void 0 : _b.optimizeNames(names, constants);
        return this;
      }
      get names() {
        const names = super.names;
        if (this.catch)
          addNames(names, this.catch.names);
        if (this.finally)
          addNames(names, this.finally.names);
        return names;
      }
    };
    var Catch = class extends BlockNode {
      constructor(error) {
        super();
        this.error = error;
      }
      render(opts) {
        return `catch(${this.error})` + super.render(opts);
      }
    };
    Catch.kind = "catch";
    var Finally = class extends BlockNode {
      render(opts) {
        return "finally" + super.render(opts);
      }
    };
    Finally.kind = "finally";
    var CodeGen = class {
      constructor(extScope, opts = {}) {
        this._values = {};
        this._blockStarts = [];
        this._constants = {};
        this.opts = { ...opts, _n: opts.lines ? "\n" : "" };
        this._extScope = extScope;
        this._scope = new scope_1.Scope({ parent: extScope });
        this._nodes = [new Root()];
      }
      toString() {
        return this._root.render(this.opts);
      }
      // returns unique name in the internal scope
      name(prefix) {
        return this._scope.name(prefix);
      }
      // reserves unique name in the external scope
      scopeName(prefix) {
        return this._extScope.name(prefix);
      }
      // reserves unique name in the external scope and assigns value to it
      scopeValue(prefixOrName, value) {
        const name = this._extScope.value(prefixOrName, value);
        const vs = this._values[name.prefix] || (this._values[name.prefix] = /* @__PURE__ */ new Set());
        vs.add(name);
        return name;
      }
      getScopeValue(prefix, keyOrRef) {
        return this._extScope.getValue(prefix, keyOrRef);
      }
      // return code that assigns values in the external scope to the names that are used internally
      // (same names that were returned by gen.scopeName or gen.scopeValue)
      scopeRefs(scopeName) {
        return this._extScope.scopeRefs(scopeName, this._values);
      }
      scopeCode() {
        return this._extScope.scopeCode(this._values);
      }
      _def(varKind, nameOrPrefix, rhs, constant) {
        const name = this._scope.toName(nameOrPrefix);
        if (rhs !== void 0 && constant)
          this._constants[name.str] = rhs;
        this._leafNode(new Def(varKind, name, rhs));
        return name;
      }
      // `const` declaration (`var` in es5 mode)
      const(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.const, nameOrPrefix, rhs, _constant);
      }
      // `let` declaration with optional assignment (`var` in es5 mode)
      let(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.let, nameOrPrefix, rhs, _constant);
      }
      // `var` declaration with optional assignment
      var(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.var, nameOrPrefix, rhs, _constant);
      }
      // assignment code
      assign(lhs, rhs, sideEffects) {
        return this._leafNode(new Assign(lhs, rhs, sideEffects));
      }
      // `+=` code
      add(lhs, rhs) {
        return this._leafNode(new AssignOp(lhs, exports.operators.ADD, rhs));
      }
      // appends passed SafeExpr to code or executes Block
      code(c) {
        if (typeof c == "function")
          c();
        else if (c !== code_1.nil)
          this._leafNode(new AnyCode(c));
        return this;
      }
      // returns code for object literal for the passed argument list of key-value pairs
      object(...keyValues) {
        const code = ["{"];
        for (const [key, value] of keyValues) {
          if (code.length > 1)
            code.push(",");
          code.push(key);
          if (key !== value || this.opts.es5) {
            code.push(":");
            (0, code_1.addCodeArg)(code, value);
          }
        }
        code.push("}");
        return new code_1._Code(code);
      }
      // `if` clause (or statement if `thenBody` and, optionally, `elseBody` are passed)
      if(condition, thenBody, elseBody) {
        this._blockNode(new If(condition));
        if (thenBody && elseBody) {
          this.code(thenBody).else().code(elseBody).endIf();
        } else if (thenBody) {
          this.code(thenBody).endIf();
        } else if (elseBody) {
          throw new Error('CodeGen: "else" body without "then" body');
        }
        return this;
      }
      // `else if` clause - invalid without `if` or after `else` clauses
      elseIf(condition) {
        return this._elseNode(new If(condition));
      }
      // `else` clause - only valid after `if` or `else if` clauses
      else() {
        return this._elseNode(new Else());
      }
      // end `if` statement (needed if gen.if was used only with condition)
      endIf() {
        return this._endBlockNode(If, Else);
      }
      _for(node, forBody) {
        this._blockNode(node);
        if (forBody)
          this.code(forBody).endFor();
        return this;
      }
      // a generic `for` clause (or statement if `forBody` is passed)
      for(iteration, forBody) {
        return this._for(new ForLoop(iteration), forBody);
      }
      // `for` statement for a range of values
      forRange(nameOrPrefix, from, to, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.let) {
        const name = this._scope.toName(nameOrPrefix);
        return this._for(new ForRange(varKind, name, from, to), () => forBody(name));
      }
      // `for-of` statement (in es5 mode replace with a normal for loop)
      forOf(nameOrPrefix, iterable, forBody, varKind = scope_1.varKinds.const) {
        const name = this._scope.toName(nameOrPrefix);
        if (this.opts.es5) {
          const arr = iterable instanceof code_1.Name ? iterable : this.var("_arr", iterable);
          return this.forRange("_i", 0, (0, code_1._)`${arr}.length`, (i) => {
            this.var(name, (0, code_1._)`${arr}[${i}]`);
            forBody(name);
          });
        }
        return this._for(new ForIter("of", varKind, name, iterable), () => forBody(name));
      }
      // `for-in` statement.
      // With option `ownProperties` replaced with a `for-of` loop for object keys
      forIn(nameOrPrefix, obj, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.const) {
        if (this.opts.ownProperties) {
          return this.forOf(nameOrPrefix, (0, code_1._)`Object.keys(${obj})`, forBody);
        }
        const name = this._scope.toName(nameOrPrefix);
        return this._for(new ForIter("in", varKind, name, obj), () => forBody(name));
      }
      // end `for` loop
      endFor() {
        return this._endBlockNode(For);
      }
      // `label` statement
      label(label) {
        return this._leafNode(new Label(label));
      }
      // `break` statement
      break(label) {
        return this._leafNode(new Break(label));
      }
      // `return` statement
      return(value) {
        const node = new Return();
        this._blockNode(node);
        this.code(value);
        if (node.nodes.length !== 1)
          throw new Error('CodeGen: "return" should have one node');
        return this._endBlockNode(Return);
      }
      // `try` statement
      try(tryBody, catchCode, finallyCode) {
        if (!catchCode && !finallyCode)
          throw new Error('CodeGen: "try" without "catch" and "finally"');
        const node = new Try();
        this._blockNode(node);
        this.code(tryBody);
        if (catchCode) {
          const error = this.name("e");
          this._currNode = node.catch = new Catch(error);
          catchCode(error);
        }
        if (finallyCode) {
          this._currNode = node.finally = new Finally();
          this.code(finallyCode);
        }
        return this._endBlockNode(Catch, Finally);
      }
      // `throw` statement
      throw(error) {
        return this._leafNode(new Throw(error));
      }
      // start self-balancing block
      block(body, nodeCount) {
        this._blockStarts.push(this._nodes.length);
        if (body)
          this.code(body).endBlock(nodeCount);
        return this;
      }
      // end the current self-balancing block
      endBlock(nodeCount) {
        const len = this._blockStarts.pop();
        if (len === void 0)
          throw new Error("CodeGen: not in self-balancing block");
        const toClose = this._nodes.length - len;
        if (toClose < 0 || nodeCount !== void 0 && toClose !== nodeCount) {
          throw new Error(`CodeGen: wrong number of nodes: ${toClose} vs ${nodeCount} expected`);
        }
        this._nodes.length = len;
        return this;
      }
      // `function` heading (or definition if funcBody is passed)
      func(name, args = code_1.nil, async, funcBody) {
        this._blockNode(new Func(name, args, async));
        if (funcBody)
          this.code(funcBody).endFunc();
        return this;
      }
      // end function definition
      endFunc() {
        return this._endBlockNode(Func);
      }
      optimize(n = 1) {
        while (n-- > 0) {
          this._root.optimizeNodes();
          this._root.optimizeNames(this._root.names, this._constants);
        }
      }
      _leafNode(node) {
        this._currNode.nodes.push(node);
        return this;
      }
      _blockNode(node) {
        this._currNode.nodes.push(node);
        this._nodes.push(node);
      }
      _endBlockNode(N1, N2) {
        const n = this._currNode;
        if (n instanceof N1 || N2 && n instanceof N2) {
          this._nodes.pop();
          return this;
        }
        throw new Error(`CodeGen: not in block "${N2 ? `${N1.kind}/${N2.kind}` : N1.kind}"`);
      }
      _elseNode(node) {
        const n = this._currNode;
        if (!(n instanceof If)) {
          throw new Error('CodeGen: "else" without "if"');
        }
        this._currNode = n.else = node;
        return this;
      }
      get _root() {
        return this._nodes[0];
      }
      get _currNode() {
        const ns = this._nodes;
        return ns[ns.length - 1];
      }
      set _currNode(node) {
        const ns = this._nodes;
        ns[ns.length - 1] = node;
      }
    };
    exports.CodeGen = CodeGen;
    function addNames(names, from) {
      for (const n in from)
        names[n] = (names[n] || 0) + (from[n] || 0);
      return names;
    }
    function addExprNames(names, from) {
      return from instanceof code_1._CodeOrName ? addNames(names, from.names) : names;
    }
    function optimizeExpr(expr, names, constants) {
      if (expr instanceof code_1.Name)
        return replaceName(expr);
      if (!canOptimize(expr))
        return expr;
      return new code_1._Code(expr._items.reduce((items, c) => {
        if (c instanceof code_1.Name)
          c = replaceName(c);
        if (c instanceof code_1._Code)
          items.push(...c._items);
        else
          items.push(c);
        return items;
      }, []));
      function replaceName(n) {
        const c = constants[n.str];
        if (c === void 0 || names[n.str] !== 1)
          return n;
        delete names[n.str];
        return c;
      }
      function canOptimize(e) {
        return e instanceof code_1._Code && e._items.some((c) => c instanceof code_1.Name && names[c.str] === 1 && constants[c.str] !== void 0);
      }
    }
    function subtractNames(names, from) {
      for (const n in from)
        names[n] = (names[n] || 0) - (from[n] || 0);
    }
    function not(x) {
      return typeof x == "boolean" || typeof x == "number" || x === null ? !x : (0, code_1._)`!${par(x)}`;
    }
    exports.not = not;
    var andCode = mappend(exports.operators.AND);
    function and(...args) {
      return args.reduce(andCode);
    }
    exports.and = and;
    var orCode = mappend(exports.operators.OR);
    function or(...args) {
      return args.reduce(orCode);
    }
    exports.or = or;
    function mappend(op) {
      return (x, y) => x === code_1.nil ? y : y === code_1.nil ? x : (0, code_1._)`${par(x)} ${op} ${par(y)}`;
    }
    function par(x) {
      return x instanceof code_1.Name ? x : (0, code_1._)`(${x})`;
    }
  }
});

// node_modules/ajv/dist/compile/util.js
var require_util = __commonJS({
  "node_modules/ajv/dist/compile/util.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.checkStrictMode = exports.getErrorPath = exports.Type = exports.useFunc = exports.setEvaluated = exports.evaluatedPropsToName = exports.mergeEvaluated = exports.eachItem = exports.unescapeJsonPointer = exports.escapeJsonPointer = exports.escapeFragment = exports.unescapeFragment = exports.schemaRefOrVal = exports.schemaHasRulesButRef = exports.schemaHasRules = exports.checkUnknownRules = exports.alwaysValidSchema = exports.toHash = void 0;
    var codegen_1 = require_codegen();
    var code_1 = require_code();
    function toHash(arr) {
      const hash = {};
      for (const item of arr)
        hash[item] = true;
      return hash;
    }
    exports.toHash = toHash;
    function alwaysValidSchema(it, schema) {
      if (typeof schema == "boolean")
        return schema;
      if (Object.keys(schema).length === 0)
        return true;
      checkUnknownRules(it, schema);
      return !schemaHasRules(schema, it.self.RULES.all);
    }
    exports.alwaysValidSchema = alwaysValidSchema;
    function checkUnknownRules(it, schema = it.schema) {
      const { opts, self } = it;
      if (!opts.strictSchema)
        return;
      if (typeof schema === "boolean")
        return;
      const rules = self.RULES.keywords;
      for (const key in schema) {
        if (!rules[key])
          checkStrictMode(it, `unknown keyword: "${key}"`);
      }
    }
    exports.checkUnknownRules = checkUnknownRules;
    function schemaHasRules(schema, rules) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (rules[key])
          return true;
      return false;
    }
    exports.schemaHasRules = schemaHasRules;
    function schemaHasRulesButRef(schema, RULES) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (key !== "$ref" && RULES.all[key])
          return true;
      return false;
    }
    exports.schemaHasRulesButRef = schemaHasRulesButRef;
    function schemaRefOrVal({ topSchemaRef, schemaPath }, schema, keyword, $data) {
      if (!$data) {
        if (typeof schema == "number" || typeof schema == "boolean")
          return schema;
        if (typeof schema == "string")
          return (0, codegen_1._)`${schema}`;
      }
      return (0, codegen_1._)`${topSchemaRef}${schemaPath}${(0, codegen_1.getProperty)(keyword)}`;
    }
    exports.schemaRefOrVal = schemaRefOrVal;
    function unescapeFragment(str2) {
      return unescapeJsonPointer(decodeURIComponent(str2));
    }
    exports.unescapeFragment = unescapeFragment;
    function escapeFragment(str2) {
      return encodeURIComponent(escapeJsonPointer(str2));
    }
    exports.escapeFragment = escapeFragment;
    function escapeJsonPointer(str2) {
      if (typeof str2 == "number")
        return `${str2}`;
      return str2.replace(/~/g, "~0").replace(/\//g, "~1");
    }
    exports.escapeJsonPointer = escapeJsonPointer;
    function unescapeJsonPointer(str2) {
      return str2.replace(/~1/g, "/").replace(/~0/g, "~");
    }
    exports.unescapeJsonPointer = unescapeJsonPointer;
    function eachItem(xs, f) {
      if (Array.isArray(xs)) {
        for (const x of xs)
          f(x);
      } else {
        f(xs);
      }
    }
    exports.eachItem = eachItem;
    function makeMergeEvaluated({ mergeNames, mergeToName, mergeValues, resultToName }) {
      return (gen, from, to, toName) => {
        const res = to === void 0 ? from : to instanceof codegen_1.Name ? (from instanceof codegen_1.Name ? mergeNames(gen, from, to) : mergeToName(gen, from, to), to) : from instanceof codegen_1.Name ? (mergeToName(gen, to, from), from) : mergeValues(from, to);
        return toName === codegen_1.Name && !(res instanceof codegen_1.Name) ? resultToName(gen, res) : res;
      };
    }
    exports.mergeEvaluated = {
      props: makeMergeEvaluated({
        mergeNames: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true && ${from} !== undefined`, () => {
          gen.if((0, codegen_1._)`${from} === true`, () => gen.assign(to, true), () => gen.assign(to, (0, codegen_1._)`${to} || {}`).code((0, codegen_1._)`Object.assign(${to}, ${from})`));
        }),
        mergeToName: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true`, () => {
          if (from === true) {
            gen.assign(to, true);
          } else {
            gen.assign(to, (0, codegen_1._)`${to} || {}`);
            setEvaluated(gen, to, from);
          }
        }),
        mergeValues: (from, to) => from === true ? true : { ...from, ...to },
        resultToName: evaluatedPropsToName
      }),
      items: makeMergeEvaluated({
        mergeNames: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true && ${from} !== undefined`, () => gen.assign(to, (0, codegen_1._)`${from} === true ? true : ${to} > ${from} ? ${to} : ${from}`)),
        mergeToName: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true`, () => gen.assign(to, from === true ? true : (0, codegen_1._)`${to} > ${from} ? ${to} : ${from}`)),
        mergeValues: (from, to) => from === true ? true : Math.max(from, to),
        resultToName: (gen, items) => gen.var("items", items)
      })
    };
    function evaluatedPropsToName(gen, ps) {
      if (ps === true)
        return gen.var("props", true);
      const props = gen.var("props", (0, codegen_1._)`{}`);
      if (ps !== void 0)
        setEvaluated(gen, props, ps);
      return props;
    }
    exports.evaluatedPropsToName = evaluatedPropsToName;
    function setEvaluated(gen, props, ps) {
      Object.keys(ps).forEach((p) => gen.assign((0, codegen_1._)`${props}${(0, codegen_1.getProperty)(p)}`, true));
    }
    exports.setEvaluated = setEvaluated;
    var snippets = {};
    function useFunc(gen, f) {
      return gen.scopeValue("func", {
        ref: f,
        code: snippets[f.code] || (snippets[f.code] = new code_1._Code(f.code))
      });
    }
    exports.useFunc = useFunc;
    var Type;
    (function(Type2) {
      Type2[Type2["Num"] = 0] = "Num";
      Type2[Type2["Str"] = 1] = "Str";
    })(Type || (exports.Type = Type = {}));
    function getErrorPath(dataProp, dataPropType, jsPropertySyntax) {
      if (dataProp instanceof codegen_1.Name) {
        const isNumber = dataPropType === Type.Num;
        return jsPropertySyntax ? isNumber ? (0, codegen_1._)`"[" + ${dataProp} + "]"` : (0, codegen_1._)`"['" + ${dataProp} + "']"` : isNumber ? (0, codegen_1._)`"/" + ${dataProp}` : (0, codegen_1._)`"/" + ${dataProp}.replace(/~/g, "~0").replace(/\\//g, "~1")`;
      }
      return jsPropertySyntax ? (0, codegen_1.getProperty)(dataProp).toString() : "/" + escapeJsonPointer(dataProp);
    }
    exports.getErrorPath = getErrorPath;
    function checkStrictMode(it, msg, mode = it.opts.strictSchema) {
      if (!mode)
        return;
      msg = `strict mode: ${msg}`;
      if (mode === true)
        throw new Error(msg);
      it.self.logger.warn(msg);
    }
    exports.checkStrictMode = checkStrictMode;
  }
});

// node_modules/ajv/dist/compile/names.js
var require_names = __commonJS({
  "node_modules/ajv/dist/compile/names.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var names = {
      // validation function arguments
      data: new codegen_1.Name("data"),
      // data passed to validation function
      // args passed from referencing schema
      valCxt: new codegen_1.Name("valCxt"),
      // validation/data context - should not be used directly, it is destructured to the names below
      instancePath: new codegen_1.Name("instancePath"),
      parentData: new codegen_1.Name("parentData"),
      parentDataProperty: new codegen_1.Name("parentDataProperty"),
      rootData: new codegen_1.Name("rootData"),
      // root data - same as the data passed to the first/top validation function
      dynamicAnchors: new codegen_1.Name("dynamicAnchors"),
      // used to support recursiveRef and dynamicRef
      // function scoped variables
      vErrors: new codegen_1.Name("vErrors"),
      // null or array of validation errors
      errors: new codegen_1.Name("errors"),
      // counter of validation errors
      this: new codegen_1.Name("this"),
      // "globals"
      self: new codegen_1.Name("self"),
      scope: new codegen_1.Name("scope"),
      // JTD serialize/parse name for JSON string and position
      json: new codegen_1.Name("json"),
      jsonPos: new codegen_1.Name("jsonPos"),
      jsonLen: new codegen_1.Name("jsonLen"),
      jsonPart: new codegen_1.Name("jsonPart")
    };
    exports.default = names;
  }
});

// node_modules/ajv/dist/compile/errors.js
var require_errors = __commonJS({
  "node_modules/ajv/dist/compile/errors.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.extendErrors = exports.resetErrorsCount = exports.reportExtraError = exports.reportError = exports.keyword$DataError = exports.keywordError = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var names_1 = require_names();
    exports.keywordError = {
      message: ({ keyword }) => (0, codegen_1.str)`must pass "${keyword}" keyword validation`
    };
    exports.keyword$DataError = {
      message: ({ keyword, schemaType }) => schemaType ? (0, codegen_1.str)`"${keyword}" keyword must be ${schemaType} ($data)` : (0, codegen_1.str)`"${keyword}" keyword is invalid ($data)`
    };
    function reportError(cxt, error = exports.keywordError, errorPaths, overrideAllErrors) {
      const { it } = cxt;
      const { gen, compositeRule, allErrors } = it;
      const errObj = errorObjectCode(cxt, error, errorPaths);
      if (overrideAllErrors !== null && overrideAllErrors !== void 0 ? overrideAllErrors : compositeRule || allErrors) {
        addError(gen, errObj);
      } else {
        returnErrors(it, (0, codegen_1._)`[${errObj}]`);
      }
    }
    exports.reportError = reportError;
    function reportExtraError(cxt, error = exports.keywordError, errorPaths) {
      const { it } = cxt;
      const { gen, compositeRule, allErrors } = it;
      const errObj = errorObjectCode(cxt, error, errorPaths);
      addError(gen, errObj);
      if (!(compositeRule || allErrors)) {
        returnErrors(it, names_1.default.vErrors);
      }
    }
    exports.reportExtraError = reportExtraError;
    function resetErrorsCount(gen, errsCount) {
      gen.assign(names_1.default.errors, errsCount);
      gen.if((0, codegen_1._)`${names_1.default.vErrors} !== null`, () => gen.if(errsCount, () => gen.assign((0, codegen_1._)`${names_1.default.vErrors}.length`, errsCount), () => gen.assign(names_1.default.vErrors, null)));
    }
    exports.resetErrorsCount = resetErrorsCount;
    function extendErrors({ gen, keyword, schemaValue, data, errsCount, it }) {
      if (errsCount === void 0)
        throw new Error("ajv implementation error");
      const err = gen.name("err");
      gen.forRange("i", errsCount, names_1.default.errors, (i) => {
        gen.const(err, (0, codegen_1._)`${names_1.default.vErrors}[${i}]`);
        gen.if((0, codegen_1._)`${err}.instancePath === undefined`, () => gen.assign((0, codegen_1._)`${err}.instancePath`, (0, codegen_1.strConcat)(names_1.default.instancePath, it.errorPath)));
        gen.assign((0, codegen_1._)`${err}.schemaPath`, (0, codegen_1.str)`${it.errSchemaPath}/${keyword}`);
        if (it.opts.verbose) {
          gen.assign((0, codegen_1._)`${err}.schema`, schemaValue);
          gen.assign((0, codegen_1._)`${err}.data`, data);
        }
      });
    }
    exports.extendErrors = extendErrors;
    function addError(gen, errObj) {
      const err = gen.const("err", errObj);
      gen.if((0, codegen_1._)`${names_1.default.vErrors} === null`, () => gen.assign(names_1.default.vErrors, (0, codegen_1._)`[${err}]`), (0, codegen_1._)`${names_1.default.vErrors}.push(${err})`);
      gen.code((0, codegen_1._)`${names_1.default.errors}++`);
    }
    function returnErrors(it, errs) {
      const { gen, validateName, schemaEnv } = it;
      if (schemaEnv.$async) {
        gen.throw((0, codegen_1._)`new ${it.ValidationError}(${errs})`);
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, errs);
        gen.return(false);
      }
    }
    var E = {
      keyword: new codegen_1.Name("keyword"),
      schemaPath: new codegen_1.Name("schemaPath"),
      // also used in JTD errors
      params: new codegen_1.Name("params"),
      propertyName: new codegen_1.Name("propertyName"),
      message: new codegen_1.Name("message"),
      schema: new codegen_1.Name("schema"),
      parentSchema: new codegen_1.Name("parentSchema")
    };
    function errorObjectCode(cxt, error, errorPaths) {
      const { createErrors } = cxt.it;
      if (createErrors === false)
        return (0, codegen_1._)`{}`;
      return errorObject(cxt, error, errorPaths);
    }
    function errorObject(cxt, error, errorPaths = {}) {
      const { gen, it } = cxt;
      const keyValues = [
        errorInstancePath(it, errorPaths),
        errorSchemaPath(cxt, errorPaths)
      ];
      extraErrorProps(cxt, error, keyValues);
      return gen.object(...keyValues);
    }
    function errorInstancePath({ errorPath }, { instancePath }) {
      const instPath = instancePath ? (0, codegen_1.str)`${errorPath}${(0, util_1.getErrorPath)(instancePath, util_1.Type.Str)}` : errorPath;
      return [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, instPath)];
    }
    function errorSchemaPath({ keyword, it: { errSchemaPath } }, { schemaPath, parentSchema }) {
      let schPath = parentSchema ? errSchemaPath : (0, codegen_1.str)`${errSchemaPath}/${keyword}`;
      if (schemaPath) {
        schPath = (0, codegen_1.str)`${schPath}${(0, util_1.getErrorPath)(schemaPath, util_1.Type.Str)}`;
      }
      return [E.schemaPath, schPath];
    }
    function extraErrorProps(cxt, { params, message }, keyValues) {
      const { keyword, data, schemaValue, it } = cxt;
      const { opts, propertyName, topSchemaRef, schemaPath } = it;
      keyValues.push([E.keyword, keyword], [E.params, typeof params == "function" ? params(cxt) : params || (0, codegen_1._)`{}`]);
      if (opts.messages) {
        keyValues.push([E.message, typeof message == "function" ? message(cxt) : message]);
      }
      if (opts.verbose) {
        keyValues.push([E.schema, schemaValue], [E.parentSchema, (0, codegen_1._)`${topSchemaRef}${schemaPath}`], [names_1.default.data, data]);
      }
      if (propertyName)
        keyValues.push([E.propertyName, propertyName]);
    }
  }
});

// node_modules/ajv/dist/compile/validate/boolSchema.js
var require_boolSchema = __commonJS({
  "node_modules/ajv/dist/compile/validate/boolSchema.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.boolOrEmptySchema = exports.topBoolOrEmptySchema = void 0;
    var errors_1 = require_errors();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var boolError = {
      message: "boolean schema is false"
    };
    function topBoolOrEmptySchema(it) {
      const { gen, schema, validateName } = it;
      if (schema === false) {
        falseSchemaError(it, false);
      } else if (typeof schema == "object" && schema.$async === true) {
        gen.return(names_1.default.data);
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, null);
        gen.return(true);
      }
    }
    exports.topBoolOrEmptySchema = topBoolOrEmptySchema;
    function boolOrEmptySchema(it, valid) {
      const { gen, schema } = it;
      if (schema === false) {
        gen.var(valid, false);
        falseSchemaError(it);
      } else {
        gen.var(valid, true);
      }
    }
    exports.boolOrEmptySchema = boolOrEmptySchema;
    function falseSchemaError(it, overrideAllErrors) {
      const { gen, data } = it;
      const cxt = {
        gen,
        keyword: "false schema",
        data,
        schema: false,
        schemaCode: false,
        schemaValue: false,
        params: {},
        it
      };
      (0, errors_1.reportError)(cxt, boolError, void 0, overrideAllErrors);
    }
  }
});

// node_modules/ajv/dist/compile/rules.js
var require_rules = __commonJS({
  "node_modules/ajv/dist/compile/rules.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getRules = exports.isJSONType = void 0;
    var _jsonTypes = ["string", "number", "integer", "boolean", "null", "object", "array"];
    var jsonTypes = new Set(_jsonTypes);
    function isJSONType(x) {
      return typeof x == "string" && jsonTypes.has(x);
    }
    exports.isJSONType = isJSONType;
    function getRules() {
      const groups = {
        number: { type: "number", rules: [] },
        string: { type: "string", rules: [] },
        array: { type: "array", rules: [] },
        object: { type: "object", rules: [] }
      };
      return {
        types: { ...groups, integer: true, boolean: true, null: true },
        rules: [{ rules: [] }, groups.number, groups.string, groups.array, groups.object],
        post: { rules: [] },
        all: {},
        keywords: {}
      };
    }
    exports.getRules = getRules;
  }
});

// node_modules/ajv/dist/compile/validate/applicability.js
var require_applicability = __commonJS({
  "node_modules/ajv/dist/compile/validate/applicability.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.shouldUseRule = exports.shouldUseGroup = exports.schemaHasRulesForType = void 0;
    function schemaHasRulesForType({ schema, self }, type) {
      const group = self.RULES.types[type];
      return group && group !== true && shouldUseGroup(schema, group);
    }
    exports.schemaHasRulesForType = schemaHasRulesForType;
    function shouldUseGroup(schema, group) {
      return group.rules.some((rule) => shouldUseRule(schema, rule));
    }
    exports.shouldUseGroup = shouldUseGroup;
    function shouldUseRule(schema, rule) {
      var _a;
      return schema[rule.keyword] !== void 0 || ((_a = rule.definition.implements) === null || _a === void 0 ? void 0 : _a.some((kwd) => schema[kwd] !== void 0));
    }
    exports.shouldUseRule = shouldUseRule;
  }
});

// node_modules/ajv/dist/compile/validate/dataType.js
var require_dataType = __commonJS({
  "node_modules/ajv/dist/compile/validate/dataType.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.reportTypeError = exports.checkDataTypes = exports.checkDataType = exports.coerceAndCheckDataType = exports.getJSONTypes = exports.getSchemaTypes = exports.DataType = void 0;
    var rules_1 = require_rules();
    var applicability_1 = require_applicability();
    var errors_1 = require_errors();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var DataType;
    (function(DataType2) {
      DataType2[DataType2["Correct"] = 0] = "Correct";
      DataType2[DataType2["Wrong"] = 1] = "Wrong";
    })(DataType || (exports.DataType = DataType = {}));
    function getSchemaTypes(schema) {
      const types2 = getJSONTypes(schema.type);
      const hasNull = types2.includes("null");
      if (hasNull) {
        if (schema.nullable === false)
          throw new Error("type: null contradicts nullable: false");
      } else {
        if (!types2.length && schema.nullable !== void 0) {
          throw new Error('"nullable" cannot be used without "type"');
        }
        if (schema.nullable === true)
          types2.push("null");
      }
      return types2;
    }
    exports.getSchemaTypes = getSchemaTypes;
    function getJSONTypes(ts) {
      const types2 = Array.isArray(ts) ? ts : ts ? [ts] : [];
      if (types2.every(rules_1.isJSONType))
        return types2;
      throw new Error("type must be JSONType or JSONType[]: " + types2.join(","));
    }
    exports.getJSONTypes = getJSONTypes;
    function coerceAndCheckDataType(it, types2) {
      const { gen, data, opts } = it;
      const coerceTo = coerceToTypes(types2, opts.coerceTypes);
      const checkTypes = types2.length > 0 && !(coerceTo.length === 0 && types2.length === 1 && (0, applicability_1.schemaHasRulesForType)(it, types2[0]));
      if (checkTypes) {
        const wrongType = checkDataTypes(types2, data, opts.strictNumbers, DataType.Wrong);
        gen.if(wrongType, () => {
          if (coerceTo.length)
            coerceData(it, types2, coerceTo);
          else
            reportTypeError(it);
        });
      }
      return checkTypes;
    }
    exports.coerceAndCheckDataType = coerceAndCheckDataType;
    var COERCIBLE = /* @__PURE__ */ new Set(["string", "number", "integer", "boolean", "null"]);
    function coerceToTypes(types2, coerceTypes) {
      return coerceTypes ? types2.filter((t) => COERCIBLE.has(t) || coerceTypes === "array" && t === "array") : [];
    }
    function coerceData(it, types2, coerceTo) {
      const { gen, data, opts } = it;
      const dataType = gen.let("dataType", (0, codegen_1._)`typeof ${data}`);
      const coerced = gen.let("coerced", (0, codegen_1._)`undefined`);
      if (opts.coerceTypes === "array") {
        gen.if((0, codegen_1._)`${dataType} == 'object' && Array.isArray(${data}) && ${data}.length == 1`, () => gen.assign(data, (0, codegen_1._)`${data}[0]`).assign(dataType, (0, codegen_1._)`typeof ${data}`).if(checkDataTypes(types2, data, opts.strictNumbers), () => gen.assign(coerced, data)));
      }
      gen.if((0, codegen_1._)`${coerced} !== undefined`);
      for (const t of coerceTo) {
        if (COERCIBLE.has(t) || t === "array" && opts.coerceTypes === "array") {
          coerceSpecificType(t);
        }
      }
      gen.else();
      reportTypeError(it);
      gen.endIf();
      gen.if((0, codegen_1._)`${coerced} !== undefined`, () => {
        gen.assign(data, coerced);
        assignParentData(it, coerced);
      });
      function coerceSpecificType(t) {
        switch (t) {
          case "string":
            gen.elseIf((0, codegen_1._)`${dataType} == "number" || ${dataType} == "boolean"`).assign(coerced, (0, codegen_1._)`"" + ${data}`).elseIf((0, codegen_1._)`${data} === null`).assign(coerced, (0, codegen_1._)`""`);
            return;
          case "number":
            gen.elseIf((0, codegen_1._)`${dataType} == "boolean" || ${data} === null
              || (${dataType} == "string" && ${data} && ${data} == +${data})`).assign(coerced, (0, codegen_1._)`+${data}`);
            return;
          case "integer":
            gen.elseIf((0, codegen_1._)`${dataType} === "boolean" || ${data} === null
              || (${dataType} === "string" && ${data} && ${data} == +${data} && !(${data} % 1))`).assign(coerced, (0, codegen_1._)`+${data}`);
            return;
          case "boolean":
            gen.elseIf((0, codegen_1._)`${data} === "false" || ${data} === 0 || ${data} === null`).assign(coerced, false).elseIf((0, codegen_1._)`${data} === "true" || ${data} === 1`).assign(coerced, true);
            return;
          case "null":
            gen.elseIf((0, codegen_1._)`${data} === "" || ${data} === 0 || ${data} === false`);
            gen.assign(coerced, null);
            return;
          case "array":
            gen.elseIf((0, codegen_1._)`${dataType} === "string" || ${dataType} === "number"
              || ${dataType} === "boolean" || ${data} === null`).assign(coerced, (0, codegen_1._)`[${data}]`);
        }
      }
    }
    function assignParentData({ gen, parentData, parentDataProperty }, expr) {
      gen.if((0, codegen_1._)`${parentData} !== undefined`, () => gen.assign((0, codegen_1._)`${parentData}[${parentDataProperty}]`, expr));
    }
    function checkDataType(dataType, data, strictNums, correct = DataType.Correct) {
      const EQ = correct === DataType.Correct ? codegen_1.operators.EQ : codegen_1.operators.NEQ;
      let cond;
      switch (dataType) {
        case "null":
          return (0, codegen_1._)`${data} ${EQ} null`;
        case "array":
          cond = (0, codegen_1._)`Array.isArray(${data})`;
          break;
        case "object":
          cond = (0, codegen_1._)`${data} && typeof ${data} == "object" && !Array.isArray(${data})`;
          break;
        case "integer":
          cond = numCond((0, codegen_1._)`!(${data} % 1) && !isNaN(${data})`);
          break;
        case "number":
          cond = numCond();
          break;
        default:
          return (0, codegen_1._)`typeof ${data} ${EQ} ${dataType}`;
      }
      return correct === DataType.Correct ? cond : (0, codegen_1.not)(cond);
      function numCond(_cond = codegen_1.nil) {
        return (0, codegen_1.and)((0, codegen_1._)`typeof ${data} == "number"`, _cond, strictNums ? (0, codegen_1._)`isFinite(${data})` : codegen_1.nil);
      }
    }
    exports.checkDataType = checkDataType;
    function checkDataTypes(dataTypes, data, strictNums, correct) {
      if (dataTypes.length === 1) {
        return checkDataType(dataTypes[0], data, strictNums, correct);
      }
      let cond;
      const types2 = (0, util_1.toHash)(dataTypes);
      if (types2.array && types2.object) {
        const notObj = (0, codegen_1._)`typeof ${data} != "object"`;
        cond = types2.null ? notObj : (0, codegen_1._)`!${data} || ${notObj}`;
        delete types2.null;
        delete types2.array;
        delete types2.object;
      } else {
        cond = codegen_1.nil;
      }
      if (types2.number)
        delete types2.integer;
      for (const t in types2)
        cond = (0, codegen_1.and)(cond, checkDataType(t, data, strictNums, correct));
      return cond;
    }
    exports.checkDataTypes = checkDataTypes;
    var typeError = {
      message: ({ schema }) => `must be ${schema}`,
      params: ({ schema, schemaValue }) => typeof schema == "string" ? (0, codegen_1._)`{type: ${schema}}` : (0, codegen_1._)`{type: ${schemaValue}}`
    };
    function reportTypeError(it) {
      const cxt = getTypeErrorContext(it);
      (0, errors_1.reportError)(cxt, typeError);
    }
    exports.reportTypeError = reportTypeError;
    function getTypeErrorContext(it) {
      const { gen, data, schema } = it;
      const schemaCode = (0, util_1.schemaRefOrVal)(it, schema, "type");
      return {
        gen,
        keyword: "type",
        data,
        schema: schema.type,
        schemaCode,
        schemaValue: schemaCode,
        parentSchema: schema,
        params: {},
        it
      };
    }
  }
});

// node_modules/ajv/dist/compile/validate/defaults.js
var require_defaults = __commonJS({
  "node_modules/ajv/dist/compile/validate/defaults.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.assignDefaults = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    function assignDefaults(it, ty) {
      const { properties, items } = it.schema;
      if (ty === "object" && properties) {
        for (const key in properties) {
          assignDefault(it, key, properties[key].default);
        }
      } else if (ty === "array" && Array.isArray(items)) {
        items.forEach((sch, i) => assignDefault(it, i, sch.default));
      }
    }
    exports.assignDefaults = assignDefaults;
    function assignDefault(it, prop, defaultValue) {
      const { gen, compositeRule, data, opts } = it;
      if (defaultValue === void 0)
        return;
      const childData = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(prop)}`;
      if (compositeRule) {
        (0, util_1.checkStrictMode)(it, `default is ignored for: ${childData}`);
        return;
      }
      let condition = (0, codegen_1._)`${childData} === undefined`;
      if (opts.useDefaults === "empty") {
        condition = (0, codegen_1._)`${condition} || ${childData} === null || ${childData} === ""`;
      }
      gen.if(condition, (0, codegen_1._)`${childData} = ${(0, codegen_1.stringify)(defaultValue)}`);
    }
  }
});

// node_modules/ajv/dist/vocabularies/code.js
var require_code2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/code.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateUnion = exports.validateArray = exports.usePattern = exports.callValidateCode = exports.schemaProperties = exports.allSchemaProperties = exports.noPropertyInData = exports.propertyInData = exports.isOwnProperty = exports.hasPropFunc = exports.reportMissingProp = exports.checkMissingProp = exports.checkReportMissingProp = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var names_1 = require_names();
    var util_2 = require_util();
    function checkReportMissingProp(cxt, prop) {
      const { gen, data, it } = cxt;
      gen.if(noPropertyInData(gen, data, prop, it.opts.ownProperties), () => {
        cxt.setParams({ missingProperty: (0, codegen_1._)`${prop}` }, true);
        cxt.error();
      });
    }
    exports.checkReportMissingProp = checkReportMissingProp;
    function checkMissingProp({ gen, data, it: { opts } }, properties, missing) {
      return (0, codegen_1.or)(...properties.map((prop) => (0, codegen_1.and)(noPropertyInData(gen, data, prop, opts.ownProperties), (0, codegen_1._)`${missing} = ${prop}`)));
    }
    exports.checkMissingProp = checkMissingProp;
    function reportMissingProp(cxt, missing) {
      cxt.setParams({ missingProperty: missing }, true);
      cxt.error();
    }
    exports.reportMissingProp = reportMissingProp;
    function hasPropFunc(gen) {
      return gen.scopeValue("func", {
        // eslint-disable-next-line @typescript-eslint/unbound-method
        ref: Object.prototype.hasOwnProperty,
        code: (0, codegen_1._)`Object.prototype.hasOwnProperty`
      });
    }
    exports.hasPropFunc = hasPropFunc;
    function isOwnProperty(gen, data, property) {
      return (0, codegen_1._)`${hasPropFunc(gen)}.call(${data}, ${property})`;
    }
    exports.isOwnProperty = isOwnProperty;
    function propertyInData(gen, data, property, ownProperties) {
      const cond = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(property)} !== undefined`;
      return ownProperties ? (0, codegen_1._)`${cond} && ${isOwnProperty(gen, data, property)}` : cond;
    }
    exports.propertyInData = propertyInData;
    function noPropertyInData(gen, data, property, ownProperties) {
      const cond = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(property)} === undefined`;
      return ownProperties ? (0, codegen_1.or)(cond, (0, codegen_1.not)(isOwnProperty(gen, data, property))) : cond;
    }
    exports.noPropertyInData = noPropertyInData;
    function allSchemaProperties(schemaMap) {
      return schemaMap ? Object.keys(schemaMap).filter((p) => p !== "__proto__") : [];
    }
    exports.allSchemaProperties = allSchemaProperties;
    function schemaProperties(it, schemaMap) {
      return allSchemaProperties(schemaMap).filter((p) => !(0, util_1.alwaysValidSchema)(it, schemaMap[p]));
    }
    exports.schemaProperties = schemaProperties;
    function callValidateCode({ schemaCode, data, it: { gen, topSchemaRef, schemaPath, errorPath }, it }, func, context, passSchema) {
      const dataAndSchema = passSchema ? (0, codegen_1._)`${schemaCode}, ${data}, ${topSchemaRef}${schemaPath}` : data;
      const valCxt = [
        [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, errorPath)],
        [names_1.default.parentData, it.parentData],
        [names_1.default.parentDataProperty, it.parentDataProperty],
        [names_1.default.rootData, names_1.default.rootData]
      ];
      if (it.opts.dynamicRef)
        valCxt.push([names_1.default.dynamicAnchors, names_1.default.dynamicAnchors]);
      const args = (0, codegen_1._)`${dataAndSchema}, ${gen.object(...valCxt)}`;
      return context !== codegen_1.nil ? (0, codegen_1._)`${func}.call(${context}, ${args})` : (0, codegen_1._)`${func}(${args})`;
    }
    exports.callValidateCode = callValidateCode;
    var newRegExp = (0, codegen_1._)`new RegExp`;
    function usePattern({ gen, it: { opts } }, pattern) {
      const u = opts.unicodeRegExp ? "u" : "";
      const { regExp } = opts.code;
      const rx = regExp(pattern, u);
      return gen.scopeValue("pattern", {
        key: rx.toString(),
        ref: rx,
        code: (0, codegen_1._)`${regExp.code === "new RegExp" ? newRegExp : (0, util_2.useFunc)(gen, regExp)}(${pattern}, ${u})`
      });
    }
    exports.usePattern = usePattern;
    function validateArray(cxt) {
      const { gen, data, keyword, it } = cxt;
      const valid = gen.name("valid");
      if (it.allErrors) {
        const validArr = gen.let("valid", true);
        validateItems(() => gen.assign(validArr, false));
        return validArr;
      }
      gen.var(valid, true);
      validateItems(() => gen.break());
      return valid;
      function validateItems(notValid) {
        const len = gen.const("len", (0, codegen_1._)`${data}.length`);
        gen.forRange("i", 0, len, (i) => {
          cxt.subschema({
            keyword,
            dataProp: i,
            dataPropType: util_1.Type.Num
          }, valid);
          gen.if((0, codegen_1.not)(valid), notValid);
        });
      }
    }
    exports.validateArray = validateArray;
    function validateUnion(cxt) {
      const { gen, schema, keyword, it } = cxt;
      if (!Array.isArray(schema))
        throw new Error("ajv implementation error");
      const alwaysValid = schema.some((sch) => (0, util_1.alwaysValidSchema)(it, sch));
      if (alwaysValid && !it.opts.unevaluated)
        return;
      const valid = gen.let("valid", false);
      const schValid = gen.name("_valid");
      gen.block(() => schema.forEach((_sch, i) => {
        const schCxt = cxt.subschema({
          keyword,
          schemaProp: i,
          compositeRule: true
        }, schValid);
        gen.assign(valid, (0, codegen_1._)`${valid} || ${schValid}`);
        const merged = cxt.mergeValidEvaluated(schCxt, schValid);
        if (!merged)
          gen.if((0, codegen_1.not)(valid));
      }));
      cxt.result(valid, () => cxt.reset(), () => cxt.error(true));
    }
    exports.validateUnion = validateUnion;
  }
});

// node_modules/ajv/dist/compile/validate/keyword.js
var require_keyword = __commonJS({
  "node_modules/ajv/dist/compile/validate/keyword.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateKeywordUsage = exports.validSchemaType = exports.funcKeywordCode = exports.macroKeywordCode = void 0;
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var code_1 = require_code2();
    var errors_1 = require_errors();
    function macroKeywordCode(cxt, def) {
      const { gen, keyword, schema, parentSchema, it } = cxt;
      const macroSchema = def.macro.call(it.self, schema, parentSchema, it);
      const schemaRef = useKeyword(gen, keyword, macroSchema);
      if (it.opts.validateSchema !== false)
        it.self.validateSchema(macroSchema, true);
      const valid = gen.name("valid");
      cxt.subschema({
        schema: macroSchema,
        schemaPath: codegen_1.nil,
        errSchemaPath: `${it.errSchemaPath}/${keyword}`,
        topSchemaRef: schemaRef,
        compositeRule: true
      }, valid);
      cxt.pass(valid, () => cxt.error(true));
    }
    exports.macroKeywordCode = macroKeywordCode;
    function funcKeywordCode(cxt, def) {
      var _a;
      const { gen, keyword, schema, parentSchema, $data, it } = cxt;
      checkAsyncKeyword(it, def);
      const validate = !$data && def.compile ? def.compile.call(it.self, schema, parentSchema, it) : def.validate;
      const validateRef = useKeyword(gen, keyword, validate);
      const valid = gen.let("valid");
      cxt.block$data(valid, validateKeyword);
      cxt.ok((_a = def.valid) !== null && _a !== void 0 ? _a : valid);
      function validateKeyword() {
        if (def.errors === false) {
          assignValid();
          if (def.modifying)
            modifyData(cxt);
          reportErrs(() => cxt.error());
        } else {
          const ruleErrs = def.async ? validateAsync() : validateSync();
          if (def.modifying)
            modifyData(cxt);
          reportErrs(() => addErrs(cxt, ruleErrs));
        }
      }
      function validateAsync() {
        const ruleErrs = gen.let("ruleErrs", null);
        gen.try(() => assignValid((0, codegen_1._)`await `), (e) => gen.assign(valid, false).if((0, codegen_1._)`${e} instanceof ${it.ValidationError}`, () => gen.assign(ruleErrs, (0, codegen_1._)`${e}.errors`), () => gen.throw(e)));
        return ruleErrs;
      }
      function validateSync() {
        const validateErrs = (0, codegen_1._)`${validateRef}.errors`;
        gen.assign(validateErrs, null);
        assignValid(codegen_1.nil);
        return validateErrs;
      }
      function assignValid(_await = def.async ? (0, codegen_1._)`await ` : codegen_1.nil) {
        const passCxt = it.opts.passContext ? names_1.default.this : names_1.default.self;
        const passSchema = !("compile" in def && !$data || def.schema === false);
        gen.assign(valid, (0, codegen_1._)`${_await}${(0, code_1.callValidateCode)(cxt, validateRef, passCxt, passSchema)}`, def.modifying);
      }
      function reportErrs(errors) {
        var _a2;
        gen.if((0, codegen_1.not)((_a2 = def.valid) !== null && _a2 !== void 0 ? _a2 : valid), errors);
      }
    }
    exports.funcKeywordCode = funcKeywordCode;
    function modifyData(cxt) {
      const { gen, data, it } = cxt;
      gen.if(it.parentData, () => gen.assign(data, (0, codegen_1._)`${it.parentData}[${it.parentDataProperty}]`));
    }
    function addErrs(cxt, errs) {
      const { gen } = cxt;
      gen.if((0, codegen_1._)`Array.isArray(${errs})`, () => {
        gen.assign(names_1.default.vErrors, (0, codegen_1._)`${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`).assign(names_1.default.errors, (0, codegen_1._)`${names_1.default.vErrors}.length`);
        (0, errors_1.extendErrors)(cxt);
      }, () => cxt.error());
    }
    function checkAsyncKeyword({ schemaEnv }, def) {
      if (def.async && !schemaEnv.$async)
        throw new Error("async keyword in sync schema");
    }
    function useKeyword(gen, keyword, result) {
      if (result === void 0)
        throw new Error(`keyword "${keyword}" failed to compile`);
      return gen.scopeValue("keyword", typeof result == "function" ? { ref: result } : { ref: result, code: (0, codegen_1.stringify)(result) });
    }
    function validSchemaType(schema, schemaType, allowUndefined = false) {
      return !schemaType.length || schemaType.some((st) => st === "array" ? Array.isArray(schema) : st === "object" ? schema && typeof schema == "object" && !Array.isArray(schema) : typeof schema == st || allowUndefined && typeof schema == "undefined");
    }
    exports.validSchemaType = validSchemaType;
    function validateKeywordUsage({ schema, opts, self, errSchemaPath }, def, keyword) {
      if (Array.isArray(def.keyword) ? !def.keyword.includes(keyword) : def.keyword !== keyword) {
        throw new Error("ajv implementation error");
      }
      const deps = def.dependencies;
      if (deps === null || deps === void 0 ? void 0 : deps.some((kwd) => !Object.prototype.hasOwnProperty.call(schema, kwd))) {
        throw new Error(`parent schema must have dependencies of ${keyword}: ${deps.join(",")}`);
      }
      if (def.validateSchema) {
        const valid = def.validateSchema(schema[keyword]);
        if (!valid) {
          const msg = `keyword "${keyword}" value is invalid at path "${errSchemaPath}": ` + self.errorsText(def.validateSchema.errors);
          if (opts.validateSchema === "log")
            self.logger.error(msg);
          else
            throw new Error(msg);
        }
      }
    }
    exports.validateKeywordUsage = validateKeywordUsage;
  }
});

// node_modules/ajv/dist/compile/validate/subschema.js
var require_subschema = __commonJS({
  "node_modules/ajv/dist/compile/validate/subschema.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.extendSubschemaMode = exports.extendSubschemaData = exports.getSubschema = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    function getSubschema(it, { keyword, schemaProp, schema, schemaPath, errSchemaPath, topSchemaRef }) {
      if (keyword !== void 0 && schema !== void 0) {
        throw new Error('both "keyword" and "schema" passed, only one allowed');
      }
      if (keyword !== void 0) {
        const sch = it.schema[keyword];
        return schemaProp === void 0 ? {
          schema: sch,
          schemaPath: (0, codegen_1._)`${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}`,
          errSchemaPath: `${it.errSchemaPath}/${keyword}`
        } : {
          schema: sch[schemaProp],
          schemaPath: (0, codegen_1._)`${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}${(0, codegen_1.getProperty)(schemaProp)}`,
          errSchemaPath: `${it.errSchemaPath}/${keyword}/${(0, util_1.escapeFragment)(schemaProp)}`
        };
      }
      if (schema !== void 0) {
        if (schemaPath === void 0 || errSchemaPath === void 0 || topSchemaRef === void 0) {
          throw new Error('"schemaPath", "errSchemaPath" and "topSchemaRef" are required with "schema"');
        }
        return {
          schema,
          schemaPath,
          topSchemaRef,
          errSchemaPath
        };
      }
      throw new Error('either "keyword" or "schema" must be passed');
    }
    exports.getSubschema = getSubschema;
    function extendSubschemaData(subschema, it, { dataProp, dataPropType: dpType, data, dataTypes, propertyName }) {
      if (data !== void 0 && dataProp !== void 0) {
        throw new Error('both "data" and "dataProp" passed, only one allowed');
      }
      const { gen } = it;
      if (dataProp !== void 0) {
        const { errorPath, dataPathArr, opts } = it;
        const nextData = gen.let("data", (0, codegen_1._)`${it.data}${(0, codegen_1.getProperty)(dataProp)}`, true);
        dataContextProps(nextData);
        subschema.errorPath = (0, codegen_1.str)`${errorPath}${(0, util_1.getErrorPath)(dataProp, dpType, opts.jsPropertySyntax)}`;
        subschema.parentDataProperty = (0, codegen_1._)`${dataProp}`;
        subschema.dataPathArr = [...dataPathArr, subschema.parentDataProperty];
      }
      if (data !== void 0) {
        const nextData = data instanceof codegen_1.Name ? data : gen.let("data", data, true);
        dataContextProps(nextData);
        if (propertyName !== void 0)
          subschema.propertyName = propertyName;
      }
      if (dataTypes)
        subschema.dataTypes = dataTypes;
      function dataContextProps(_nextData) {
        subschema.data = _nextData;
        subschema.dataLevel = it.dataLevel + 1;
        subschema.dataTypes = [];
        it.definedProperties = /* @__PURE__ */ new Set();
        subschema.parentData = it.data;
        subschema.dataNames = [...it.dataNames, _nextData];
      }
    }
    exports.extendSubschemaData = extendSubschemaData;
    function extendSubschemaMode(subschema, { jtdDiscriminator, jtdMetadata, compositeRule, createErrors, allErrors }) {
      if (compositeRule !== void 0)
        subschema.compositeRule = compositeRule;
      if (createErrors !== void 0)
        subschema.createErrors = createErrors;
      if (allErrors !== void 0)
        subschema.allErrors = allErrors;
      subschema.jtdDiscriminator = jtdDiscriminator;
      subschema.jtdMetadata = jtdMetadata;
    }
    exports.extendSubschemaMode = extendSubschemaMode;
  }
});

// node_modules/fast-deep-equal/index.js
var require_fast_deep_equal = __commonJS({
  "node_modules/fast-deep-equal/index.js"(exports, module) {
    "use strict";
    module.exports = function equal(a, b) {
      if (a === b) return true;
      if (a && b && typeof a == "object" && typeof b == "object") {
        if (a.constructor !== b.constructor) return false;
        var length, i, keys;
        if (Array.isArray(a)) {
          length = a.length;
          if (length != b.length) return false;
          for (i = length; i-- !== 0; )
            if (!equal(a[i], b[i])) return false;
          return true;
        }
        if (a.constructor === RegExp) return a.source === b.source && a.flags === b.flags;
        if (a.valueOf !== Object.prototype.valueOf) return a.valueOf() === b.valueOf();
        if (a.toString !== Object.prototype.toString) return a.toString() === b.toString();
        keys = Object.keys(a);
        length = keys.length;
        if (length !== Object.keys(b).length) return false;
        for (i = length; i-- !== 0; )
          if (!Object.prototype.hasOwnProperty.call(b, keys[i])) return false;
        for (i = length; i-- !== 0; ) {
          var key = keys[i];
          if (!equal(a[key], b[key])) return false;
        }
        return true;
      }
      return a !== a && b !== b;
    };
  }
});

// node_modules/json-schema-traverse/index.js
var require_json_schema_traverse = __commonJS({
  "node_modules/json-schema-traverse/index.js"(exports, module) {
    "use strict";
    var traverse = module.exports = function(schema, opts, cb) {
      if (typeof opts == "function") {
        cb = opts;
        opts = {};
      }
      cb = opts.cb || cb;
      var pre = typeof cb == "function" ? cb : cb.pre || function() {
      };
      var post = cb.post || function() {
      };
      _traverse(opts, pre, post, schema, "", schema);
    };
    traverse.keywords = {
      additionalItems: true,
      items: true,
      contains: true,
      additionalProperties: true,
      propertyNames: true,
      not: true,
      if: true,
      then: true,
      else: true
    };
    traverse.arrayKeywords = {
      items: true,
      allOf: true,
      anyOf: true,
      oneOf: true
    };
    traverse.propsKeywords = {
      $defs: true,
      definitions: true,
      properties: true,
      patternProperties: true,
      dependencies: true
    };
    traverse.skipKeywords = {
      default: true,
      enum: true,
      const: true,
      required: true,
      maximum: true,
      minimum: true,
      exclusiveMaximum: true,
      exclusiveMinimum: true,
      multipleOf: true,
      maxLength: true,
      minLength: true,
      pattern: true,
      format: true,
      maxItems: true,
      minItems: true,
      uniqueItems: true,
      maxProperties: true,
      minProperties: true
    };
    function _traverse(opts, pre, post, schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex) {
      if (schema && typeof schema == "object" && !Array.isArray(schema)) {
        pre(schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
        for (var key in schema) {
          var sch = schema[key];
          if (Array.isArray(sch)) {
            if (key in traverse.arrayKeywords) {
              for (var i = 0; i < sch.length; i++)
                _traverse(opts, pre, post, sch[i], jsonPtr + "/" + key + "/" + i, rootSchema, jsonPtr, key, schema, i);
            }
          } else if (key in traverse.propsKeywords) {
            if (sch && typeof sch == "object") {
              for (var prop in sch)
                _traverse(opts, pre, post, sch[prop], jsonPtr + "/" + key + "/" + escapeJsonPtr(prop), rootSchema, jsonPtr, key, schema, prop);
            }
          } else if (key in traverse.keywords || opts.allKeys && !(key in traverse.skipKeywords)) {
            _traverse(opts, pre, post, sch, jsonPtr + "/" + key, rootSchema, jsonPtr, key, schema);
          }
        }
        post(schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
      }
    }
    function escapeJsonPtr(str2) {
      return str2.replace(/~/g, "~0").replace(/\//g, "~1");
    }
  }
});

// node_modules/ajv/dist/compile/resolve.js
var require_resolve = __commonJS({
  "node_modules/ajv/dist/compile/resolve.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getSchemaRefs = exports.resolveUrl = exports.normalizeId = exports._getFullPath = exports.getFullPath = exports.inlineRef = void 0;
    var util_1 = require_util();
    var equal = require_fast_deep_equal();
    var traverse = require_json_schema_traverse();
    var SIMPLE_INLINED = /* @__PURE__ */ new Set([
      "type",
      "format",
      "pattern",
      "maxLength",
      "minLength",
      "maxProperties",
      "minProperties",
      "maxItems",
      "minItems",
      "maximum",
      "minimum",
      "uniqueItems",
      "multipleOf",
      "required",
      "enum",
      "const"
    ]);
    function inlineRef(schema, limit = true) {
      if (typeof schema == "boolean")
        return true;
      if (limit === true)
        return !hasRef(schema);
      if (!limit)
        return false;
      return countKeys(schema) <= limit;
    }
    exports.inlineRef = inlineRef;
    var REF_KEYWORDS = /* @__PURE__ */ new Set([
      "$ref",
      "$recursiveRef",
      "$recursiveAnchor",
      "$dynamicRef",
      "$dynamicAnchor"
    ]);
    function hasRef(schema) {
      for (const key in schema) {
        if (REF_KEYWORDS.has(key))
          return true;
        const sch = schema[key];
        if (Array.isArray(sch) && sch.some(hasRef))
          return true;
        if (typeof sch == "object" && hasRef(sch))
          return true;
      }
      return false;
    }
    function countKeys(schema) {
      let count = 0;
      for (const key in schema) {
        if (key === "$ref")
          return Infinity;
        count++;
        if (SIMPLE_INLINED.has(key))
          continue;
        if (typeof schema[key] == "object") {
          (0, util_1.eachItem)(schema[key], (sch) => count += countKeys(sch));
        }
        if (count === Infinity)
          return Infinity;
      }
      return count;
    }
    function getFullPath(resolver, id = "", normalize) {
      if (normalize !== false)
        id = normalizeId(id);
      const p = resolver.parse(id);
      return _getFullPath(resolver, p);
    }
    exports.getFullPath = getFullPath;
    function _getFullPath(resolver, p) {
      const serialized = resolver.serialize(p);
      return serialized.split("#")[0] + "#";
    }
    exports._getFullPath = _getFullPath;
    var TRAILING_SLASH_HASH = /#\/?$/;
    function normalizeId(id) {
      return id ? id.replace(TRAILING_SLASH_HASH, "") : "";
    }
    exports.normalizeId = normalizeId;
    function resolveUrl(resolver, baseId, id) {
      id = normalizeId(id);
      return resolver.resolve(baseId, id);
    }
    exports.resolveUrl = resolveUrl;
    var ANCHOR = /^[a-z_][-a-z0-9._]*$/i;
    function getSchemaRefs(schema, baseId) {
      if (typeof schema == "boolean")
        return {};
      const { schemaId, uriResolver } = this.opts;
      const schId = normalizeId(schema[schemaId] || baseId);
      const baseIds = { "": schId };
      const pathPrefix = getFullPath(uriResolver, schId, false);
      const localRefs = {};
      const schemaRefs = /* @__PURE__ */ new Set();
      traverse(schema, { allKeys: true }, (sch, jsonPtr, _, parentJsonPtr) => {
        if (parentJsonPtr === void 0)
          return;
        const fullPath = pathPrefix + jsonPtr;
        let innerBaseId = baseIds[parentJsonPtr];
        if (typeof sch[schemaId] == "string")
          innerBaseId = addRef.call(this, sch[schemaId]);
        addAnchor.call(this, sch.$anchor);
        addAnchor.call(this, sch.$dynamicAnchor);
        baseIds[jsonPtr] = innerBaseId;
        function addRef(ref) {
          const _resolve = this.opts.uriResolver.resolve;
          ref = normalizeId(innerBaseId ? _resolve(innerBaseId, ref) : ref);
          if (schemaRefs.has(ref))
            throw ambiguos(ref);
          schemaRefs.add(ref);
          let schOrRef = this.refs[ref];
          if (typeof schOrRef == "string")
            schOrRef = this.refs[schOrRef];
          if (typeof schOrRef == "object") {
            checkAmbiguosRef(sch, schOrRef.schema, ref);
          } else if (ref !== normalizeId(fullPath)) {
            if (ref[0] === "#") {
              checkAmbiguosRef(sch, localRefs[ref], ref);
              localRefs[ref] = sch;
            } else {
              this.refs[ref] = fullPath;
            }
          }
          return ref;
        }
        function addAnchor(anchor) {
          if (typeof anchor == "string") {
            if (!ANCHOR.test(anchor))
              throw new Error(`invalid anchor "${anchor}"`);
            addRef.call(this, `#${anchor}`);
          }
        }
      });
      return localRefs;
      function checkAmbiguosRef(sch1, sch2, ref) {
        if (sch2 !== void 0 && !equal(sch1, sch2))
          throw ambiguos(ref);
      }
      function ambiguos(ref) {
        return new Error(`reference "${ref}" resolves to more than one schema`);
      }
    }
    exports.getSchemaRefs = getSchemaRefs;
  }
});

// node_modules/ajv/dist/compile/validate/index.js
var require_validate = __commonJS({
  "node_modules/ajv/dist/compile/validate/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getData = exports.KeywordCxt = exports.validateFunctionCode = void 0;
    var boolSchema_1 = require_boolSchema();
    var dataType_1 = require_dataType();
    var applicability_1 = require_applicability();
    var dataType_2 = require_dataType();
    var defaults_1 = require_defaults();
    var keyword_1 = require_keyword();
    var subschema_1 = require_subschema();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var resolve_1 = require_resolve();
    var util_1 = require_util();
    var errors_1 = require_errors();
    function validateFunctionCode(it) {
      if (isSchemaObj(it)) {
        checkKeywords(it);
        if (schemaCxtHasRules(it)) {
          topSchemaObjCode(it);
          return;
        }
      }
      validateFunction(it, () => (0, boolSchema_1.topBoolOrEmptySchema)(it));
    }
    exports.validateFunctionCode = validateFunctionCode;
    function validateFunction({ gen, validateName, schema, schemaEnv, opts }, body) {
      if (opts.code.es5) {
        gen.func(validateName, (0, codegen_1._)`${names_1.default.data}, ${names_1.default.valCxt}`, schemaEnv.$async, () => {
          gen.code((0, codegen_1._)`"use strict"; ${funcSourceUrl(schema, opts)}`);
          destructureValCxtES5(gen, opts);
          gen.code(body);
        });
      } else {
        gen.func(validateName, (0, codegen_1._)`${names_1.default.data}, ${destructureValCxt(opts)}`, schemaEnv.$async, () => gen.code(funcSourceUrl(schema, opts)).code(body));
      }
    }
    function destructureValCxt(opts) {
      return (0, codegen_1._)`{${names_1.default.instancePath}="", ${names_1.default.parentData}, ${names_1.default.parentDataProperty}, ${names_1.default.rootData}=${names_1.default.data}${opts.dynamicRef ? (0, codegen_1._)`, ${names_1.default.dynamicAnchors}={}` : codegen_1.nil}}={}`;
    }
    function destructureValCxtES5(gen, opts) {
      gen.if(names_1.default.valCxt, () => {
        gen.var(names_1.default.instancePath, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.instancePath}`);
        gen.var(names_1.default.parentData, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.parentData}`);
        gen.var(names_1.default.parentDataProperty, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.parentDataProperty}`);
        gen.var(names_1.default.rootData, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.rootData}`);
        if (opts.dynamicRef)
          gen.var(names_1.default.dynamicAnchors, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.dynamicAnchors}`);
      }, () => {
        gen.var(names_1.default.instancePath, (0, codegen_1._)`""`);
        gen.var(names_1.default.parentData, (0, codegen_1._)`undefined`);
        gen.var(names_1.default.parentDataProperty, (0, codegen_1._)`undefined`);
        gen.var(names_1.default.rootData, names_1.default.data);
        if (opts.dynamicRef)
          gen.var(names_1.default.dynamicAnchors, (0, codegen_1._)`{}`);
      });
    }
    function topSchemaObjCode(it) {
      const { schema, opts, gen } = it;
      validateFunction(it, () => {
        if (opts.$comment && schema.$comment)
          commentKeyword(it);
        checkNoDefault(it);
        gen.let(names_1.default.vErrors, null);
        gen.let(names_1.default.errors, 0);
        if (opts.unevaluated)
          resetEvaluated(it);
        typeAndKeywords(it);
        returnResults(it);
      });
      return;
    }
    function resetEvaluated(it) {
      const { gen, validateName } = it;
      it.evaluated = gen.const("evaluated", (0, codegen_1._)`${validateName}.evaluated`);
      gen.if((0, codegen_1._)`${it.evaluated}.dynamicProps`, () => gen.assign((0, codegen_1._)`${it.evaluated}.props`, (0, codegen_1._)`undefined`));
      gen.if((0, codegen_1._)`${it.evaluated}.dynamicItems`, () => gen.assign((0, codegen_1._)`${it.evaluated}.items`, (0, codegen_1._)`undefined`));
    }
    function funcSourceUrl(schema, opts) {
      const schId = typeof schema == "object" && schema[opts.schemaId];
      return schId && (opts.code.source || opts.code.process) ? (0, codegen_1._)`/*# sourceURL=${schId} */` : codegen_1.nil;
    }
    function subschemaCode(it, valid) {
      if (isSchemaObj(it)) {
        checkKeywords(it);
        if (schemaCxtHasRules(it)) {
          subSchemaObjCode(it, valid);
          return;
        }
      }
      (0, boolSchema_1.boolOrEmptySchema)(it, valid);
    }
    function schemaCxtHasRules({ schema, self }) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (self.RULES.all[key])
          return true;
      return false;
    }
    function isSchemaObj(it) {
      return typeof it.schema != "boolean";
    }
    function subSchemaObjCode(it, valid) {
      const { schema, gen, opts } = it;
      if (opts.$comment && schema.$comment)
        commentKeyword(it);
      updateContext(it);
      checkAsyncSchema(it);
      const errsCount = gen.const("_errs", names_1.default.errors);
      typeAndKeywords(it, errsCount);
      gen.var(valid, (0, codegen_1._)`${errsCount} === ${names_1.default.errors}`);
    }
    function checkKeywords(it) {
      (0, util_1.checkUnknownRules)(it);
      checkRefsAndKeywords(it);
    }
    function typeAndKeywords(it, errsCount) {
      if (it.opts.jtd)
        return schemaKeywords(it, [], false, errsCount);
      const types2 = (0, dataType_1.getSchemaTypes)(it.schema);
      const checkedTypes = (0, dataType_1.coerceAndCheckDataType)(it, types2);
      schemaKeywords(it, types2, !checkedTypes, errsCount);
    }
    function checkRefsAndKeywords(it) {
      const { schema, errSchemaPath, opts, self } = it;
      if (schema.$ref && opts.ignoreKeywordsWithRef && (0, util_1.schemaHasRulesButRef)(schema, self.RULES)) {
        self.logger.warn(`$ref: keywords ignored in schema at path "${errSchemaPath}"`);
      }
    }
    function checkNoDefault(it) {
      const { schema, opts } = it;
      if (schema.default !== void 0 && opts.useDefaults && opts.strictSchema) {
        (0, util_1.checkStrictMode)(it, "default is ignored in the schema root");
      }
    }
    function updateContext(it) {
      const schId = it.schema[it.opts.schemaId];
      if (schId)
        it.baseId = (0, resolve_1.resolveUrl)(it.opts.uriResolver, it.baseId, schId);
    }
    function checkAsyncSchema(it) {
      if (it.schema.$async && !it.schemaEnv.$async)
        throw new Error("async schema in sync schema");
    }
    function commentKeyword({ gen, schemaEnv, schema, errSchemaPath, opts }) {
      const msg = schema.$comment;
      if (opts.$comment === true) {
        gen.code((0, codegen_1._)`${names_1.default.self}.logger.log(${msg})`);
      } else if (typeof opts.$comment == "function") {
        const schemaPath = (0, codegen_1.str)`${errSchemaPath}/$comment`;
        const rootName = gen.scopeValue("root", { ref: schemaEnv.root });
        gen.code((0, codegen_1._)`${names_1.default.self}.opts.$comment(${msg}, ${schemaPath}, ${rootName}.schema)`);
      }
    }
    function returnResults(it) {
      const { gen, schemaEnv, validateName, ValidationError, opts } = it;
      if (schemaEnv.$async) {
        gen.if((0, codegen_1._)`${names_1.default.errors} === 0`, () => gen.return(names_1.default.data), () => gen.throw((0, codegen_1._)`new ${ValidationError}(${names_1.default.vErrors})`));
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, names_1.default.vErrors);
        if (opts.unevaluated)
          assignEvaluated(it);
        gen.return((0, codegen_1._)`${names_1.default.errors} === 0`);
      }
    }
    function assignEvaluated({ gen, evaluated, props, items }) {
      if (props instanceof codegen_1.Name)
        gen.assign((0, codegen_1._)`${evaluated}.props`, props);
      if (items instanceof codegen_1.Name)
        gen.assign((0, codegen_1._)`${evaluated}.items`, items);
    }
    function schemaKeywords(it, types2, typeErrors, errsCount) {
      const { gen, schema, data, allErrors, opts, self } = it;
      const { RULES } = self;
      if (schema.$ref && (opts.ignoreKeywordsWithRef || !(0, util_1.schemaHasRulesButRef)(schema, RULES))) {
        gen.block(() => keywordCode(it, "$ref", RULES.all.$ref.definition));
        return;
      }
      if (!opts.jtd)
        checkStrictTypes(it, types2);
      gen.block(() => {
        for (const group of RULES.rules)
          groupKeywords(group);
        groupKeywords(RULES.post);
      });
      function groupKeywords(group) {
        if (!(0, applicability_1.shouldUseGroup)(schema, group))
          return;
        if (group.type) {
          gen.if((0, dataType_2.checkDataType)(group.type, data, opts.strictNumbers));
          iterateKeywords(it, group);
          if (types2.length === 1 && types2[0] === group.type && typeErrors) {
            gen.else();
            (0, dataType_2.reportTypeError)(it);
          }
          gen.endIf();
        } else {
          iterateKeywords(it, group);
        }
        if (!allErrors)
          gen.if((0, codegen_1._)`${names_1.default.errors} === ${errsCount || 0}`);
      }
    }
    function iterateKeywords(it, group) {
      const { gen, schema, opts: { useDefaults } } = it;
      if (useDefaults)
        (0, defaults_1.assignDefaults)(it, group.type);
      gen.block(() => {
        for (const rule of group.rules) {
          if ((0, applicability_1.shouldUseRule)(schema, rule)) {
            keywordCode(it, rule.keyword, rule.definition, group.type);
          }
        }
      });
    }
    function checkStrictTypes(it, types2) {
      if (it.schemaEnv.meta || !it.opts.strictTypes)
        return;
      checkContextTypes(it, types2);
      if (!it.opts.allowUnionTypes)
        checkMultipleTypes(it, types2);
      checkKeywordTypes(it, it.dataTypes);
    }
    function checkContextTypes(it, types2) {
      if (!types2.length)
        return;
      if (!it.dataTypes.length) {
        it.dataTypes = types2;
        return;
      }
      types2.forEach((t) => {
        if (!includesType(it.dataTypes, t)) {
          strictTypesError(it, `type "${t}" not allowed by context "${it.dataTypes.join(",")}"`);
        }
      });
      narrowSchemaTypes(it, types2);
    }
    function checkMultipleTypes(it, ts) {
      if (ts.length > 1 && !(ts.length === 2 && ts.includes("null"))) {
        strictTypesError(it, "use allowUnionTypes to allow union type keyword");
      }
    }
    function checkKeywordTypes(it, ts) {
      const rules = it.self.RULES.all;
      for (const keyword in rules) {
        const rule = rules[keyword];
        if (typeof rule == "object" && (0, applicability_1.shouldUseRule)(it.schema, rule)) {
          const { type } = rule.definition;
          if (type.length && !type.some((t) => hasApplicableType(ts, t))) {
            strictTypesError(it, `missing type "${type.join(",")}" for keyword "${keyword}"`);
          }
        }
      }
    }
    function hasApplicableType(schTs, kwdT) {
      return schTs.includes(kwdT) || kwdT === "number" && schTs.includes("integer");
    }
    function includesType(ts, t) {
      return ts.includes(t) || t === "integer" && ts.includes("number");
    }
    function narrowSchemaTypes(it, withTypes) {
      const ts = [];
      for (const t of it.dataTypes) {
        if (includesType(withTypes, t))
          ts.push(t);
        else if (withTypes.includes("integer") && t === "number")
          ts.push("integer");
      }
      it.dataTypes = ts;
    }
    function strictTypesError(it, msg) {
      const schemaPath = it.schemaEnv.baseId + it.errSchemaPath;
      msg += ` at "${schemaPath}" (strictTypes)`;
      (0, util_1.checkStrictMode)(it, msg, it.opts.strictTypes);
    }
    var KeywordCxt = class {
      constructor(it, def, keyword) {
        (0, keyword_1.validateKeywordUsage)(it, def, keyword);
        this.gen = it.gen;
        this.allErrors = it.allErrors;
        this.keyword = keyword;
        this.data = it.data;
        this.schema = it.schema[keyword];
        this.$data = def.$data && it.opts.$data && this.schema && this.schema.$data;
        this.schemaValue = (0, util_1.schemaRefOrVal)(it, this.schema, keyword, this.$data);
        this.schemaType = def.schemaType;
        this.parentSchema = it.schema;
        this.params = {};
        this.it = it;
        this.def = def;
        if (this.$data) {
          this.schemaCode = it.gen.const("vSchema", getData(this.$data, it));
        } else {
          this.schemaCode = this.schemaValue;
          if (!(0, keyword_1.validSchemaType)(this.schema, def.schemaType, def.allowUndefined)) {
            throw new Error(`${keyword} value must be ${JSON.stringify(def.schemaType)}`);
          }
        }
        if ("code" in def ? def.trackErrors : def.errors !== false) {
          this.errsCount = it.gen.const("_errs", names_1.default.errors);
        }
      }
      result(condition, successAction, failAction) {
        this.failResult((0, codegen_1.not)(condition), successAction, failAction);
      }
      failResult(condition, successAction, failAction) {
        this.gen.if(condition);
        if (failAction)
          failAction();
        else
          this.error();
        if (successAction) {
          this.gen.else();
          successAction();
          if (this.allErrors)
            this.gen.endIf();
        } else {
          if (this.allErrors)
            this.gen.endIf();
          else
            this.gen.else();
        }
      }
      pass(condition, failAction) {
        this.failResult((0, codegen_1.not)(condition), void 0, failAction);
      }
      fail(condition) {
        if (condition === void 0) {
          this.error();
          if (!this.allErrors)
            this.gen.if(false);
          return;
        }
        this.gen.if(condition);
        this.error();
        if (this.allErrors)
          this.gen.endIf();
        else
          this.gen.else();
      }
      fail$data(condition) {
        if (!this.$data)
          return this.fail(condition);
        const { schemaCode } = this;
        this.fail((0, codegen_1._)`${schemaCode} !== undefined && (${(0, codegen_1.or)(this.invalid$data(), condition)})`);
      }
      error(append, errorParams, errorPaths) {
        if (errorParams) {
          this.setParams(errorParams);
          this._error(append, errorPaths);
          this.setParams({});
          return;
        }
        this._error(append, errorPaths);
      }
      _error(append, errorPaths) {
        ;
        (append ? errors_1.reportExtraError : errors_1.reportError)(this, this.def.error, errorPaths);
      }
      $dataError() {
        (0, errors_1.reportError)(this, this.def.$dataError || errors_1.keyword$DataError);
      }
      reset() {
        if (this.errsCount === void 0)
          throw new Error('add "trackErrors" to keyword definition');
        (0, errors_1.resetErrorsCount)(this.gen, this.errsCount);
      }
      ok(cond) {
        if (!this.allErrors)
          this.gen.if(cond);
      }
      setParams(obj, assign) {
        if (assign)
          Object.assign(this.params, obj);
        else
          this.params = obj;
      }
      block$data(valid, codeBlock, $dataValid = codegen_1.nil) {
        this.gen.block(() => {
          this.check$data(valid, $dataValid);
          codeBlock();
        });
      }
      check$data(valid = codegen_1.nil, $dataValid = codegen_1.nil) {
        if (!this.$data)
          return;
        const { gen, schemaCode, schemaType, def } = this;
        gen.if((0, codegen_1.or)((0, codegen_1._)`${schemaCode} === undefined`, $dataValid));
        if (valid !== codegen_1.nil)
          gen.assign(valid, true);
        if (schemaType.length || def.validateSchema) {
          gen.elseIf(this.invalid$data());
          this.$dataError();
          if (valid !== codegen_1.nil)
            gen.assign(valid, false);
        }
        gen.else();
      }
      invalid$data() {
        const { gen, schemaCode, schemaType, def, it } = this;
        return (0, codegen_1.or)(wrong$DataType(), invalid$DataSchema());
        function wrong$DataType() {
          if (schemaType.length) {
            if (!(schemaCode instanceof codegen_1.Name))
              throw new Error("ajv implementation error");
            const st = Array.isArray(schemaType) ? schemaType : [schemaType];
            return (0, codegen_1._)`${(0, dataType_2.checkDataTypes)(st, schemaCode, it.opts.strictNumbers, dataType_2.DataType.Wrong)}`;
          }
          return codegen_1.nil;
        }
        function invalid$DataSchema() {
          if (def.validateSchema) {
            const validateSchemaRef = gen.scopeValue("validate$data", { ref: def.validateSchema });
            return (0, codegen_1._)`!${validateSchemaRef}(${schemaCode})`;
          }
          return codegen_1.nil;
        }
      }
      subschema(appl, valid) {
        const subschema = (0, subschema_1.getSubschema)(this.it, appl);
        (0, subschema_1.extendSubschemaData)(subschema, this.it, appl);
        (0, subschema_1.extendSubschemaMode)(subschema, appl);
        const nextContext = { ...this.it, ...subschema, items: void 0, props: void 0 };
        subschemaCode(nextContext, valid);
        return nextContext;
      }
      mergeEvaluated(schemaCxt, toName) {
        const { it, gen } = this;
        if (!it.opts.unevaluated)
          return;
        if (it.props !== true && schemaCxt.props !== void 0) {
          it.props = util_1.mergeEvaluated.props(gen, schemaCxt.props, it.props, toName);
        }
        if (it.items !== true && schemaCxt.items !== void 0) {
          it.items = util_1.mergeEvaluated.items(gen, schemaCxt.items, it.items, toName);
        }
      }
      mergeValidEvaluated(schemaCxt, valid) {
        const { it, gen } = this;
        if (it.opts.unevaluated && (it.props !== true || it.items !== true)) {
          gen.if(valid, () => this.mergeEvaluated(schemaCxt, codegen_1.Name));
          return true;
        }
      }
    };
    exports.KeywordCxt = KeywordCxt;
    function keywordCode(it, keyword, def, ruleType) {
      const cxt = new KeywordCxt(it, def, keyword);
      if ("code" in def) {
        def.code(cxt, ruleType);
      } else if (cxt.$data && def.validate) {
        (0, keyword_1.funcKeywordCode)(cxt, def);
      } else if ("macro" in def) {
        (0, keyword_1.macroKeywordCode)(cxt, def);
      } else if (def.compile || def.validate) {
        (0, keyword_1.funcKeywordCode)(cxt, def);
      }
    }
    var JSON_POINTER = /^\/(?:[^~]|~0|~1)*$/;
    var RELATIVE_JSON_POINTER = /^([0-9]+)(#|\/(?:[^~]|~0|~1)*)?$/;
    function getData($data, { dataLevel, dataNames, dataPathArr }) {
      let jsonPointer;
      let data;
      if ($data === "")
        return names_1.default.rootData;
      if ($data[0] === "/") {
        if (!JSON_POINTER.test($data))
          throw new Error(`Invalid JSON-pointer: ${$data}`);
        jsonPointer = $data;
        data = names_1.default.rootData;
      } else {
        const matches = RELATIVE_JSON_POINTER.exec($data);
        if (!matches)
          throw new Error(`Invalid JSON-pointer: ${$data}`);
        const up = +matches[1];
        jsonPointer = matches[2];
        if (jsonPointer === "#") {
          if (up >= dataLevel)
            throw new Error(errorMsg("property/index", up));
          return dataPathArr[dataLevel - up];
        }
        if (up > dataLevel)
          throw new Error(errorMsg("data", up));
        data = dataNames[dataLevel - up];
        if (!jsonPointer)
          return data;
      }
      let expr = data;
      const segments = jsonPointer.split("/");
      for (const segment of segments) {
        if (segment) {
          data = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)((0, util_1.unescapeJsonPointer)(segment))}`;
          expr = (0, codegen_1._)`${expr} && ${data}`;
        }
      }
      return expr;
      function errorMsg(pointerType, up) {
        return `Cannot access ${pointerType} ${up} levels up, current level is ${dataLevel}`;
      }
    }
    exports.getData = getData;
  }
});

// node_modules/ajv/dist/compile/ref_error.js
var require_ref_error = __commonJS({
  "node_modules/ajv/dist/compile/ref_error.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var resolve_1 = require_resolve();
    var MissingRefError = class extends Error {
      constructor(resolver, baseId, ref, msg) {
        super(msg || `can't resolve reference ${ref} from id ${baseId}`);
        this.missingRef = (0, resolve_1.resolveUrl)(resolver, baseId, ref);
        this.missingSchema = (0, resolve_1.normalizeId)((0, resolve_1.getFullPath)(resolver, this.missingRef));
      }
    };
    exports.default = MissingRefError;
  }
});

// node_modules/ajv/dist/compile/index.js
var require_compile = __commonJS({
  "node_modules/ajv/dist/compile/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.resolveSchema = exports.getCompilingSchema = exports.resolveRef = exports.compileSchema = exports.SchemaEnv = void 0;
    var codegen_1 = require_codegen();
    var validation_error_1 = require_validation_error();
    var names_1 = require_names();
    var resolve_1 = require_resolve();
    var util_1 = require_util();
    var validate_1 = require_validate();
    var SchemaEnv = class {
      constructor(env) {
        var _a;
        this.refs = {};
        this.dynamicAnchors = {};
        let schema;
        if (typeof env.schema == "object")
          schema = env.schema;
        this.schema = env.schema;
        this.schemaId = env.schemaId;
        this.root = env.root || this;
        this.baseId = (_a = env.baseId) !== null && _a !== void 0 ? _a : (0, resolve_1.normalizeId)(schema === null || schema === void 0 ? void 0 : schema[env.schemaId || "$id"]);
        this.schemaPath = env.schemaPath;
        this.localRefs = env.localRefs;
        this.meta = env.meta;
        this.$async = schema === null || schema === void 0 ? void 0 : schema.$async;
        this.refs = {};
      }
    };
    exports.SchemaEnv = SchemaEnv;
    function compileSchema(sch) {
      const _sch = getCompilingSchema.call(this, sch);
      if (_sch)
        return _sch;
      const rootId = (0, resolve_1.getFullPath)(this.opts.uriResolver, sch.root.baseId);
      const { es5, lines } = this.opts.code;
      const { ownProperties } = this.opts;
      const gen = new codegen_1.CodeGen(this.scope, { es5, lines, ownProperties });
      let _ValidationError;
      if (sch.$async) {
        _ValidationError = gen.scopeValue("Error", {
          ref: validation_error_1.default,
          code: (0, codegen_1._)`require("ajv/dist/runtime/validation_error").default`
        });
      }
      const validateName = gen.scopeName("validate");
      sch.validateName = validateName;
      const schemaCxt = {
        gen,
        allErrors: this.opts.allErrors,
        data: names_1.default.data,
        parentData: names_1.default.parentData,
        parentDataProperty: names_1.default.parentDataProperty,
        dataNames: [names_1.default.data],
        dataPathArr: [codegen_1.nil],
        // TODO can its length be used as dataLevel if nil is removed?
        dataLevel: 0,
        dataTypes: [],
        definedProperties: /* @__PURE__ */ new Set(),
        topSchemaRef: gen.scopeValue("schema", this.opts.code.source === true ? { ref: sch.schema, code: (0, codegen_1.stringify)(sch.schema) } : { ref: sch.schema }),
        validateName,
        ValidationError: _ValidationError,
        schema: sch.schema,
        schemaEnv: sch,
        rootId,
        baseId: sch.baseId || rootId,
        schemaPath: codegen_1.nil,
        errSchemaPath: sch.schemaPath || (this.opts.jtd ? "" : "#"),
        errorPath: (0, codegen_1._)`""`,
        opts: this.opts,
        self: this
      };
      let sourceCode;
      try {
        this._compilations.add(sch);
        (0, validate_1.validateFunctionCode)(schemaCxt);
        gen.optimize(this.opts.code.optimize);
        const validateCode = gen.toString();
        sourceCode = `${gen.scopeRefs(names_1.default.scope)}return ${validateCode}`;
        if (this.opts.code.process)
          sourceCode = this.opts.code.process(sourceCode, sch);
        const makeValidate = new Function(`${names_1.default.self}`, `${names_1.default.scope}`, sourceCode);
        const validate = makeValidate(this, this.scope.get());
        this.scope.value(validateName, { ref: validate });
        validate.errors = null;
        validate.schema = sch.schema;
        validate.schemaEnv = sch;
        if (sch.$async)
          validate.$async = true;
        if (this.opts.code.source === true) {
          validate.source = { validateName, validateCode, scopeValues: gen._values };
        }
        if (this.opts.unevaluated) {
          const { props, items } = schemaCxt;
          validate.evaluated = {
            props: props instanceof codegen_1.Name ? void 0 : props,
            items: items instanceof codegen_1.Name ? void 0 : items,
            dynamicProps: props instanceof codegen_1.Name,
            dynamicItems: items instanceof codegen_1.Name
          };
          if (validate.source)
            validate.source.evaluated = (0, codegen_1.stringify)(validate.evaluated);
        }
        sch.validate = validate;
        return sch;
      } catch (e) {
        delete sch.validate;
        delete sch.validateName;
        if (sourceCode)
          this.logger.error("Error compiling schema, function code:", sourceCode);
        throw e;
      } finally {
        this._compilations.delete(sch);
      }
    }
    exports.compileSchema = compileSchema;
    function resolveRef(root, baseId, ref) {
      var _a;
      ref = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, ref);
      const schOrFunc = root.refs[ref];
      if (schOrFunc)
        return schOrFunc;
      let _sch = resolve.call(this, root, ref);
      if (_sch === void 0) {
        const schema = (_a = root.localRefs) === null || _a === void 0 ? void 0 : _a[ref];
        const { schemaId } = this.opts;
        if (schema)
          _sch = new SchemaEnv({ schema, schemaId, root, baseId });
      }
      if (_sch === void 0)
        return;
      return root.refs[ref] = inlineOrCompile.call(this, _sch);
    }
    exports.resolveRef = resolveRef;
    function inlineOrCompile(sch) {
      if ((0, resolve_1.inlineRef)(sch.schema, this.opts.inlineRefs))
        return sch.schema;
      return sch.validate ? sch : compileSchema.call(this, sch);
    }
    function getCompilingSchema(schEnv) {
      for (const sch of this._compilations) {
        if (sameSchemaEnv(sch, schEnv))
          return sch;
      }
    }
    exports.getCompilingSchema = getCompilingSchema;
    function sameSchemaEnv(s1, s2) {
      return s1.schema === s2.schema && s1.root === s2.root && s1.baseId === s2.baseId;
    }
    function resolve(root, ref) {
      let sch;
      while (typeof (sch = this.refs[ref]) == "string")
        ref = sch;
      return sch || this.schemas[ref] || resolveSchema.call(this, root, ref);
    }
    function resolveSchema(root, ref) {
      const p = this.opts.uriResolver.parse(ref);
      const refPath = (0, resolve_1._getFullPath)(this.opts.uriResolver, p);
      let baseId = (0, resolve_1.getFullPath)(this.opts.uriResolver, root.baseId, void 0);
      if (Object.keys(root.schema).length > 0 && refPath === baseId) {
        return getJsonPointer.call(this, p, root);
      }
      const id = (0, resolve_1.normalizeId)(refPath);
      const schOrRef = this.refs[id] || this.schemas[id];
      if (typeof schOrRef == "string") {
        const sch = resolveSchema.call(this, root, schOrRef);
        if (typeof (sch === null || sch === void 0 ? void 0 : sch.schema) !== "object")
          return;
        return getJsonPointer.call(this, p, sch);
      }
      if (typeof (schOrRef === null || schOrRef === void 0 ? void 0 : schOrRef.schema) !== "object")
        return;
      if (!schOrRef.validate)
        compileSchema.call(this, schOrRef);
      if (id === (0, resolve_1.normalizeId)(ref)) {
        const { schema } = schOrRef;
        const { schemaId } = this.opts;
        const schId = schema[schemaId];
        if (schId)
          baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId);
        return new SchemaEnv({ schema, schemaId, root, baseId });
      }
      return getJsonPointer.call(this, p, schOrRef);
    }
    exports.resolveSchema = resolveSchema;
    var PREVENT_SCOPE_CHANGE = /* @__PURE__ */ new Set([
      "properties",
      "patternProperties",
      "enum",
      "dependencies",
      "definitions"
    ]);
    function getJsonPointer(parsedRef, { baseId, schema, root }) {
      var _a;
      if (((_a = parsedRef.fragment) === null || _a === void 0 ? void 0 : _a[0]) !== "/")
        return;
      for (const part of parsedRef.fragment.slice(1).split("/")) {
        if (typeof schema === "boolean")
          return;
        const partSchema = schema[(0, util_1.unescapeFragment)(part)];
        if (partSchema === void 0)
          return;
        schema = partSchema;
        const schId = typeof schema === "object" && schema[this.opts.schemaId];
        if (!PREVENT_SCOPE_CHANGE.has(part) && schId) {
          baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId);
        }
      }
      let env;
      if (typeof schema != "boolean" && schema.$ref && !(0, util_1.schemaHasRulesButRef)(schema, this.RULES)) {
        const $ref = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schema.$ref);
        env = resolveSchema.call(this, root, $ref);
      }
      const { schemaId } = this.opts;
      env = env || new SchemaEnv({ schema, schemaId, root, baseId });
      if (env.schema !== env.root.schema)
        return env;
      return void 0;
    }
  }
});

// node_modules/ajv/dist/refs/data.json
var require_data = __commonJS({
  "node_modules/ajv/dist/refs/data.json"(exports, module) {
    module.exports = {
      $id: "https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#",
      description: "Meta-schema for $data reference (JSON AnySchema extension proposal)",
      type: "object",
      required: ["$data"],
      properties: {
        $data: {
          type: "string",
          anyOf: [{ format: "relative-json-pointer" }, { format: "json-pointer" }]
        }
      },
      additionalProperties: false
    };
  }
});

// node_modules/fast-uri/lib/utils.js
var require_utils = __commonJS({
  "node_modules/fast-uri/lib/utils.js"(exports, module) {
    "use strict";
    var isUUID = RegExp.prototype.test.bind(/^[\da-f]{8}-[\da-f]{4}-[\da-f]{4}-[\da-f]{4}-[\da-f]{12}$/iu);
    var isIPv4 = RegExp.prototype.test.bind(/^(?:(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)$/u);
    var isPort = RegExp.prototype.test.bind(/^\d*$/u);
    var isHexPair = RegExp.prototype.test.bind(/^[\da-f]{2}$/iu);
    var isUnreserved = RegExp.prototype.test.bind(/^[\da-z\-._~]$/iu);
    var isPathCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/]$/u);
    var isQueryFragmentCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/?]$/u);
    var isUserinfoCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:]$/u);
    var BYTE_HEX = new Array(256);
    {
      const HEX_DIGITS = "0123456789ABCDEF";
      for (let i = 0; i < 256; i++) {
        BYTE_HEX[i] = "%" + HEX_DIGITS[i >> 4] + HEX_DIGITS[i & 15];
      }
    }
    function percentEncodeNonAscii(cp) {
      if (cp < 2048) {
        return BYTE_HEX[192 | cp >> 6] + BYTE_HEX[128 | cp & 63];
      }
      if (cp < 65536) {
        return BYTE_HEX[224 | cp >> 12] + BYTE_HEX[128 | cp >> 6 & 63] + BYTE_HEX[128 | cp & 63];
      }
      return BYTE_HEX[240 | cp >> 18] + BYTE_HEX[128 | cp >> 12 & 63] + BYTE_HEX[128 | cp >> 6 & 63] + BYTE_HEX[128 | cp & 63];
    }
    function stringArrayToHexStripped(input) {
      let acc = "";
      let code = 0;
      let i = 0;
      for (i = 0; i < input.length; i++) {
        code = input[i].charCodeAt(0);
        if (code === 48) {
          continue;
        }
        if (!(code >= 48 && code <= 57 || code >= 65 && code <= 70 || code >= 97 && code <= 102)) {
          return "";
        }
        acc += input[i];
        break;
      }
      for (i += 1; i < input.length; i++) {
        code = input[i].charCodeAt(0);
        if (!(code >= 48 && code <= 57 || code >= 65 && code <= 70 || code >= 97 && code <= 102)) {
          return "";
        }
        acc += input[i];
      }
      return acc;
    }
    var isHextet = RegExp.prototype.test.bind(/^[\dA-Fa-f]{1,4}$/);
    var isIPvFuture = RegExp.prototype.test.bind(/^[vV][\dA-Fa-f]+\.[A-Za-z\d\-._~!$&'()*+,;=:]+$/);
    var isZoneCharacter = RegExp.prototype.test.bind(/^[A-Za-z\d\-._~]$/);
    var nonSimpleDomain = RegExp.prototype.test.bind(/[^!"$&'()*+,\-.;=_`a-z{}~]/u);
    function isZoneIdentifier(zone) {
      if (zone.length === 0) return false;
      for (let i = 0; i < zone.length; i++) {
        if (isZoneCharacter(zone[i])) continue;
        if (zone[i] === "%" && i + 2 < zone.length && isHexPair(zone.slice(i + 1, i + 3))) {
          i += 2;
          continue;
        }
        return false;
      }
      return true;
    }
    function compressIPv6ZeroRun(hextets) {
      let bestStart = -1;
      let bestLength = 0;
      let runStart = -1;
      let runLength = 0;
      for (let i = 0; i < hextets.length; i++) {
        if (hextets[i] === "0") {
          if (runStart === -1) runStart = i;
          runLength++;
          if (runLength > bestLength) {
            bestLength = runLength;
            bestStart = runStart;
          }
        } else {
          runStart = -1;
          runLength = 0;
        }
      }
      if (bestLength < 2) return hextets.join(":");
      const head = hextets.slice(0, bestStart).join(":");
      const tail = hextets.slice(bestStart + bestLength).join(":");
      return head + "::" + tail;
    }
    function normalizeIPv6Address(input) {
      const compression = input.indexOf("::");
      if (compression !== -1 && input.indexOf("::", compression + 1) !== -1) return void 0;
      const left = compression === -1 ? input.split(":") : input.slice(0, compression).split(":");
      const right = compression === -1 ? [] : input.slice(compression + 2).split(":");
      if (compression !== -1) {
        if (left.length === 1 && left[0] === "") left.length = 0;
        if (right.length === 1 && right[0] === "") right.length = 0;
      }
      const parts = left.concat(right);
      let hextetCount = 0;
      for (let i = 0; i < parts.length; i++) {
        const part = parts[i];
        if (part === "") return void 0;
        if (part.indexOf(".") !== -1) {
          if (i !== parts.length - 1 || compression !== -1 && right.length === 0 || !isIPv4(part)) return void 0;
          hextetCount += 2;
          continue;
        }
        if (!isHextet(part)) return void 0;
        parts[i] = parseInt(part, 16).toString(16);
        hextetCount++;
      }
      if (compression === -1) {
        if (hextetCount !== 8) return void 0;
        return compressIPv6ZeroRun(parts);
      }
      if (hextetCount >= 8) return void 0;
      const expanded = parts.slice(0, left.length);
      for (let i = hextetCount; i < 8; i++) expanded.push("0");
      for (let i = left.length; i < parts.length; i++) expanded.push(parts[i]);
      return compressIPv6ZeroRun(expanded);
    }
    function normalizeIPv6(host) {
      const bracketed = host[0] === "[" && host[host.length - 1] === "]";
      const hasBracket = host[0] === "[" || host[host.length - 1] === "]";
      if (hasBracket && !bracketed) return { host, isIPV6: false, error: true };
      let input = bracketed ? host.slice(1, -1) : host;
      if (bracketed && isIPvFuture(input)) {
        input = input.toLowerCase();
        return { host: `[${input}]`, escapedHost: input, isIPV6: false, isIPVFuture: true };
      }
      if (findToken(input, ":") < 2) {
        return { host, isIPV6: false, error: bracketed };
      }
      let zoneIdentifier = "";
      const zoneSeparator = input.indexOf("%");
      if (zoneSeparator !== -1) {
        const separatorLength = input.slice(zoneSeparator, zoneSeparator + 3).toLowerCase() === "%25" ? 3 : 1;
        zoneIdentifier = input.slice(zoneSeparator + separatorLength);
        if (!isZoneIdentifier(zoneIdentifier)) return { host, isIPV6: false, error: true };
        input = input.slice(0, zoneSeparator);
      }
      const address = normalizeIPv6Address(input);
      if (address === void 0) return { host, isIPV6: false, error: true };
      return {
        host: address + (zoneIdentifier ? "%" + zoneIdentifier : ""),
        escapedHost: address + (zoneIdentifier ? "%25" + zoneIdentifier : ""),
        isIPV6: true
      };
    }
    function findToken(str2, token) {
      let ind = 0;
      for (let i = 0; i < str2.length; i++) {
        if (str2[i] === token) ind++;
      }
      return ind;
    }
    function removeDotSegments(path5) {
      let input = path5;
      const output = [];
      let nextSlash = -1;
      let len = 0;
      while (len = input.length) {
        if (len === 1) {
          if (input === ".") {
            break;
          } else if (input === "/") {
            output.push("/");
            break;
          } else {
            output.push(input);
            break;
          }
        } else if (len === 2) {
          if (input[0] === ".") {
            if (input[1] === ".") {
              break;
            } else if (input[1] === "/") {
              input = input.slice(2);
              continue;
            }
          } else if (input[0] === "/") {
            if (input[1] === "." || input[1] === "/") {
              output.push("/");
              break;
            }
          }
        } else if (len === 3) {
          if (input === "/..") {
            if (output.length !== 0) {
              output.pop();
            }
            output.push("/");
            break;
          }
        }
        if (input[0] === ".") {
          if (input[1] === ".") {
            if (input[2] === "/") {
              input = input.slice(3);
              continue;
            }
          } else if (input[1] === "/") {
            input = input.slice(2);
            continue;
          }
        } else if (input[0] === "/") {
          if (input[1] === ".") {
            if (input[2] === "/") {
              input = input.slice(2);
              continue;
            } else if (input[2] === ".") {
              if (input[3] === "/") {
                input = input.slice(3);
                if (output.length !== 0) {
                  output.pop();
                }
                continue;
              }
            }
          }
        }
        if ((nextSlash = input.indexOf("/", 1)) === -1) {
          output.push(input);
          break;
        } else {
          output.push(input.slice(0, nextSlash));
          input = input.slice(nextSlash);
        }
      }
      return output.join("");
    }
    function removeDotSegmentsRelative(path5) {
      if (path5 === "" || path5[0] === "/") {
        return removeDotSegments(path5);
      }
      const segments = path5.split("/");
      const last = segments.length - 1;
      const output = [];
      let trailingDirectory = false;
      for (let i = 0; i <= last; i++) {
        const segment = segments[i];
        if (segment === "." || segment === "..") {
          if (segment === "..") {
            if (output.length !== 0 && output[output.length - 1] !== "..") {
              output.pop();
            } else {
              output.push("..");
            }
          }
          trailingDirectory = i === last;
        } else {
          output.push(segment);
        }
      }
      if (trailingDirectory && output[output.length - 1] !== "..") {
        output.push("");
      }
      if (output.length === 0 || output[0] === "" || output[0].includes(":")) {
        output.unshift(".");
      }
      return output.join("/");
    }
    var HOST_DELIMS = { "@": "%40", "/": "%2F", "?": "%3F", "#": "%23", ":": "%3A" };
    var HOST_DELIM_RE = /[@/?#:]/g;
    var HOST_DELIM_NO_COLON_RE = /[@/?#]/g;
    function reescapeHostDelimiters(host, isIP) {
      const re = isIP ? HOST_DELIM_NO_COLON_RE : HOST_DELIM_RE;
      re.lastIndex = 0;
      return host.replace(re, (ch) => HOST_DELIMS[ch]);
    }
    function normalizePercentEncoding(input, decodeUnreserved = false) {
      if (input.indexOf("%") === -1) {
        return input;
      }
      let output = "";
      for (let i = 0; i < input.length; i++) {
        if (input[i] === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (decodeUnreserved && isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        output += input[i];
      }
      return output;
    }
    function normalizePathEncoding(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (decoded !== "." && isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        if (isPathCharacter(ch)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += isEscapeSafe(code) ? ch : BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function serializePathEncoding(input, pathNoScheme = false) {
      let output = "";
      let firstSegment = pathNoScheme && input[0] !== "/";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        if (ch === "/") {
          firstSegment = false;
        }
        if (isPathCharacter(ch) && (ch !== ":" || !firstSegment)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function encodeComponent(input, isAllowed) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        if (isAllowed(ch)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function encodeUserinfo(input) {
      return encodeComponent(input, isUserinfoCharacter);
    }
    function encodeQuery(input) {
      return encodeComponent(input, isQueryFragmentCharacter);
    }
    function encodeFragment(input) {
      return encodeComponent(input, isQueryFragmentCharacter);
    }
    function isEscapeSafe(cp) {
      return cp >= 48 && cp <= 57 || cp >= 65 && cp <= 90 || cp >= 97 && cp <= 122 || cp === 42 || cp === 43 || cp === 45 || cp === 46 || cp === 47 || cp === 64 || cp === 95;
    }
    function normalizeQueryFragmentEncoding(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        if (isQueryFragmentCharacter(ch)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += isEscapeSafe(code) ? ch : BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function escapePreservingEscapes(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        if (input[i] === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        output += escape(input[i]);
      }
      return output;
    }
    function recomposeAuthority(component) {
      const uriTokens = [];
      if (component.userinfo !== void 0) {
        uriTokens.push(encodeUserinfo(component.userinfo));
        uriTokens.push("@");
      }
      if (component.host !== void 0) {
        let host = component.host;
        if (!isIPv4(host)) {
          let ipV6res = normalizeIPv6(host);
          if (ipV6res.isIPV6 !== true && ipV6res.isIPVFuture !== true) {
            host = normalizePercentEncoding(host, true);
            ipV6res = normalizeIPv6(host);
          }
          if (ipV6res.isIPV6 === true || ipV6res.isIPVFuture === true) {
            host = `[${ipV6res.escapedHost}]`;
          } else {
            host = reescapeHostDelimiters(host, false);
          }
        }
        uriTokens.push(host);
      }
      if (typeof component.port === "number" || typeof component.port === "string") {
        const port2 = String(component.port);
        if (!isPort(port2)) {
          throw new TypeError("URI port is malformed.");
        }
        uriTokens.push(":");
        uriTokens.push(port2);
      }
      return uriTokens.length ? uriTokens.join("") : void 0;
    }
    module.exports = {
      nonSimpleDomain,
      recomposeAuthority,
      reescapeHostDelimiters,
      normalizePercentEncoding,
      normalizePathEncoding,
      serializePathEncoding,
      normalizeQueryFragmentEncoding,
      encodeUserinfo,
      encodeQuery,
      encodeFragment,
      escapePreservingEscapes,
      removeDotSegments,
      removeDotSegmentsRelative,
      isIPv4,
      isUUID,
      normalizeIPv6,
      stringArrayToHexStripped
    };
  }
});

// node_modules/fast-uri/lib/schemes.js
var require_schemes = __commonJS({
  "node_modules/fast-uri/lib/schemes.js"(exports, module) {
    "use strict";
    var { isUUID } = require_utils();
    var URN_REG = /^([\da-z][\d\-a-z]{0,31}):((?:[\w!$'()*+,\-./:;=@]|%[\da-f]{2})+)$/iu;
    var supportedSchemeNames = (
      /** @type {const} */
      [
        "http",
        "https",
        "ws",
        "wss",
        "urn",
        "urn:uuid"
      ]
    );
    function isValidSchemeName(name) {
      return supportedSchemeNames.indexOf(
        /** @type {*} */
        name
      ) !== -1;
    }
    function wsIsSecure(wsComponent) {
      if (wsComponent.secure === true) {
        return true;
      } else if (wsComponent.secure === false) {
        return false;
      } else if (wsComponent.scheme) {
        return wsComponent.scheme.length === 3 && (wsComponent.scheme[0] === "w" || wsComponent.scheme[0] === "W") && (wsComponent.scheme[1] === "s" || wsComponent.scheme[1] === "S") && (wsComponent.scheme[2] === "s" || wsComponent.scheme[2] === "S");
      } else {
        return false;
      }
    }
    function httpParse(component) {
      if (!component.host) {
        component.error = component.error || "HTTP URIs must have a host.";
      }
      return component;
    }
    function httpSerialize(component) {
      const secure = String(component.scheme).toLowerCase() === "https";
      if (component.port === (secure ? 443 : 80) || component.port === "") {
        component.port = void 0;
      }
      if (!component.path) {
        component.path = "/";
      }
      return component;
    }
    function wsParse(wsComponent) {
      wsComponent.secure = wsIsSecure(wsComponent);
      wsComponent.resourceName = (wsComponent.path || "/") + (wsComponent.query ? "?" + wsComponent.query : "");
      wsComponent.path = void 0;
      wsComponent.query = void 0;
      return wsComponent;
    }
    function wsSerialize(wsComponent) {
      if (wsComponent.port === (wsIsSecure(wsComponent) ? 443 : 80) || wsComponent.port === "") {
        wsComponent.port = void 0;
      }
      if (typeof wsComponent.secure === "boolean") {
        wsComponent.scheme = wsComponent.secure ? "wss" : "ws";
        wsComponent.secure = void 0;
      }
      if (wsComponent.resourceName) {
        const queryIndex = wsComponent.resourceName.indexOf("?");
        const path5 = queryIndex === -1 ? wsComponent.resourceName : wsComponent.resourceName.slice(0, queryIndex);
        wsComponent.path = path5 && path5 !== "/" ? path5 : void 0;
        wsComponent.query = queryIndex === -1 ? void 0 : wsComponent.resourceName.slice(queryIndex + 1);
        wsComponent.resourceName = void 0;
      }
      wsComponent.fragment = void 0;
      return wsComponent;
    }
    function urnParse(urnComponent, options) {
      if (!urnComponent.path) {
        urnComponent.error = "URN can not be parsed";
        return urnComponent;
      }
      const matches = urnComponent.path.match(URN_REG);
      if (matches && matches[0] === urnComponent.path) {
        const scheme = options.scheme || urnComponent.scheme || "urn";
        urnComponent.nid = matches[1].toLowerCase();
        urnComponent.nss = matches[2];
        const urnScheme = `${scheme}:${options.nid || urnComponent.nid}`;
        const schemeHandler = getSchemeHandler(urnScheme);
        urnComponent.path = void 0;
        if (schemeHandler) {
          urnComponent = schemeHandler.parse(urnComponent, options);
        }
      } else {
        urnComponent.error = urnComponent.error || "URN can not be parsed.";
      }
      return urnComponent;
    }
    function urnSerialize(urnComponent, options) {
      if (urnComponent.nid === void 0) {
        throw new Error("URN without nid cannot be serialized");
      }
      const scheme = options.scheme || urnComponent.scheme || "urn";
      const nid = urnComponent.nid.toLowerCase();
      const urnScheme = `${scheme}:${options.nid || nid}`;
      const schemeHandler = getSchemeHandler(urnScheme);
      if (schemeHandler) {
        urnComponent = schemeHandler.serialize(urnComponent, options);
      }
      const uriComponent = urnComponent;
      const nss = urnComponent.nss;
      uriComponent.path = `${nid || options.nid}:${nss}`;
      options.skipEscape = true;
      return uriComponent;
    }
    function urnuuidParse(urnComponent, options) {
      const uuidComponent = urnComponent;
      uuidComponent.uuid = uuidComponent.nss;
      uuidComponent.nss = void 0;
      if (!options.tolerant && (!uuidComponent.uuid || !isUUID(uuidComponent.uuid))) {
        uuidComponent.error = uuidComponent.error || "UUID is not valid.";
      }
      return uuidComponent;
    }
    function urnuuidSerialize(uuidComponent) {
      const urnComponent = uuidComponent;
      urnComponent.nss = (uuidComponent.uuid || "").toLowerCase();
      return urnComponent;
    }
    var http = (
      /** @type {SchemeHandler} */
      {
        scheme: "http",
        domainHost: true,
        parse: httpParse,
        serialize: httpSerialize
      }
    );
    var https = (
      /** @type {SchemeHandler} */
      {
        scheme: "https",
        domainHost: http.domainHost,
        parse: httpParse,
        serialize: httpSerialize
      }
    );
    var ws = (
      /** @type {SchemeHandler} */
      {
        scheme: "ws",
        domainHost: true,
        parse: wsParse,
        serialize: wsSerialize
      }
    );
    var wss = (
      /** @type {SchemeHandler} */
      {
        scheme: "wss",
        domainHost: ws.domainHost,
        parse: ws.parse,
        serialize: ws.serialize
      }
    );
    var urn = (
      /** @type {SchemeHandler} */
      {
        scheme: "urn",
        parse: urnParse,
        serialize: urnSerialize,
        skipNormalize: true
      }
    );
    var urnuuid = (
      /** @type {SchemeHandler} */
      {
        scheme: "urn:uuid",
        parse: urnuuidParse,
        serialize: urnuuidSerialize,
        skipNormalize: true
      }
    );
    var SCHEMES = (
      /** @type {Record<SchemeName, SchemeHandler>} */
      {
        http,
        https,
        ws,
        wss,
        urn,
        "urn:uuid": urnuuid
      }
    );
    Object.setPrototypeOf(SCHEMES, null);
    function getSchemeHandler(scheme) {
      return scheme && (SCHEMES[
        /** @type {SchemeName} */
        scheme
      ] || SCHEMES[
        /** @type {SchemeName} */
        scheme.toLowerCase()
      ]) || void 0;
    }
    module.exports = {
      wsIsSecure,
      SCHEMES,
      isValidSchemeName,
      getSchemeHandler
    };
  }
});

// node_modules/fast-uri/index.js
var require_fast_uri = __commonJS({
  "node_modules/fast-uri/index.js"(exports, module) {
    "use strict";
    var { normalizeIPv6, removeDotSegments, removeDotSegmentsRelative, recomposeAuthority, normalizePercentEncoding, normalizePathEncoding, serializePathEncoding, normalizeQueryFragmentEncoding, encodeQuery, encodeFragment, reescapeHostDelimiters, isIPv4, nonSimpleDomain } = require_utils();
    var { SCHEMES, getSchemeHandler } = require_schemes();
    var VALID_SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*$/u;
    var MALFORMED_SCHEME_ERROR = "URI scheme is malformed.";
    var MALFORMED_HOST_ERROR = "URI host is malformed.";
    var FORBIDDEN_DOMAIN_HOST_CHARACTER = /[\0-\x20"#/:<>?@[\\\]^`{|}\x7F]/u;
    function validateScheme(scheme) {
      const stringScheme = String(scheme);
      if (!VALID_SCHEME.test(stringScheme)) {
        throw new TypeError(MALFORMED_SCHEME_ERROR);
      }
      return stringScheme;
    }
    function normalize(uri, options) {
      if (typeof uri === "string") {
        uri = /** @type {T} */
        normalizeString(uri, options);
      } else if (typeof uri === "object") {
        uri = /** @type {T} */
        parse4(serialize(uri, options), options);
      }
      return uri;
    }
    function resolve(baseURI, relativeURI, options) {
      const schemelessOptions = options ? Object.assign({ scheme: "null" }, options) : { scheme: "null" };
      const {
        parsed: baseParsed,
        malformedAuthorityOrPort: baseMalformed,
        malformedPercentEncoding: baseMalformedPercentEncoding,
        malformedSchemeSpecific: baseMalformedSchemeSpecific,
        malformedHost: baseMalformedHost,
        malformedScheme: baseMalformedScheme
      } = parseWithStatus(baseURI, schemelessOptions);
      const {
        parsed: relativeParsed,
        malformedAuthorityOrPort: relativeMalformed,
        malformedPercentEncoding: relativeMalformedPercentEncoding,
        malformedSchemeSpecific: relativeMalformedSchemeSpecific,
        malformedHost: relativeMalformedHost,
        malformedScheme: relativeMalformedScheme
      } = parseWithStatus(relativeURI, schemelessOptions);
      if (baseMalformed || relativeMalformed || baseMalformedPercentEncoding || relativeMalformedPercentEncoding || baseMalformedSchemeSpecific || relativeMalformedSchemeSpecific || baseMalformedHost || relativeMalformedHost || baseMalformedScheme || relativeMalformedScheme) {
        throw new Error(baseParsed.error || relativeParsed.error || "URI is malformed.");
      }
      const resolved = resolveComponent(baseParsed, relativeParsed, schemelessOptions, true);
      const resolvedSchemeHandler = getSchemeHandler(options && options.scheme || resolved.scheme);
      const resolvedHost = resolved.host;
      const resolvedHostIsIP = resolvedHost !== void 0 && resolvedHost !== "" && (isIPv4(resolvedHost) || normalizeIPv6(resolvedHost).isIPV6);
      if (hasForbiddenDomainHost(resolved, options || {}, resolvedSchemeHandler, resolvedHostIsIP)) {
        throw new Error(MALFORMED_HOST_ERROR);
      }
      canonicalizeHost(resolved, options || {}, resolvedSchemeHandler, resolvedHostIsIP);
      const encodedASCIIHost = resolvedHost && resolvedHost.indexOf("%") !== -1 && !new RegExp("\\P{ASCII}", "u").test(resolvedHost);
      if (resolved.error && !encodedASCIIHost) {
        throw new Error(resolved.error);
      }
      schemelessOptions.skipEscape = true;
      return serialize(resolved, schemelessOptions);
    }
    function resolveComponent(base, relative, options, skipNormalization) {
      const target = {};
      if (!skipNormalization) {
        base = parse4(serialize(base, options), options);
        relative = parse4(serialize(relative, options), options);
      }
      options = options || {};
      if (!options.tolerant && relative.scheme) {
        target.scheme = relative.scheme;
        target.userinfo = relative.userinfo;
        target.host = relative.host;
        target.port = relative.port;
        target.path = removeDotSegments(relative.path || "");
        target.query = relative.query;
      } else {
        if (relative.userinfo !== void 0 || relative.host !== void 0 || relative.port !== void 0) {
          target.userinfo = relative.userinfo;
          target.host = relative.host;
          target.port = relative.port;
          target.path = removeDotSegments(relative.path || "");
          target.query = relative.query;
        } else {
          if (!relative.path) {
            target.path = base.path;
            if (relative.query !== void 0) {
              target.query = relative.query;
            } else {
              target.query = base.query;
            }
          } else {
            if (relative.path[0] === "/") {
              target.path = removeDotSegments(relative.path);
            } else {
              const baseHasAuthority = base.userinfo !== void 0 || base.host !== void 0 || base.port !== void 0;
              if (baseHasAuthority && !base.path) {
                target.path = "/" + relative.path;
              } else if (!base.path) {
                target.path = relative.path;
              } else {
                target.path = base.path.slice(0, base.path.lastIndexOf("/") + 1) + relative.path;
              }
              target.path = base.scheme === void 0 && !baseHasAuthority && target.path[0] !== "/" ? removeDotSegmentsRelative(target.path) : removeDotSegments(target.path);
            }
            target.query = relative.query;
          }
          target.userinfo = base.userinfo;
          target.host = base.host;
          target.port = base.port;
        }
        target.scheme = base.scheme;
      }
      target.fragment = relative.fragment;
      return target;
    }
    function equal(uriA, uriB, options) {
      const normalizedA = normalizeComparableURI(uriA, options);
      const normalizedB = normalizeComparableURI(uriB, options);
      return normalizedA !== void 0 && normalizedB !== void 0 && normalizedA === normalizedB;
    }
    function serialize(cmpts, opts) {
      const component = {
        host: cmpts.host,
        scheme: cmpts.scheme,
        userinfo: cmpts.userinfo,
        port: cmpts.port,
        path: cmpts.path,
        query: cmpts.query,
        nid: cmpts.nid,
        nss: cmpts.nss,
        uuid: cmpts.uuid,
        fragment: cmpts.fragment,
        reference: cmpts.reference,
        resourceName: cmpts.resourceName,
        secure: cmpts.secure,
        error: ""
      };
      const options = Object.assign({}, opts);
      const uriTokens = [];
      if (component.scheme) {
        component.scheme = validateScheme(component.scheme);
      }
      const schemeHandler = getSchemeHandler(options.scheme || component.scheme);
      if (schemeHandler && schemeHandler.serialize) schemeHandler.serialize(component, options);
      const hasAuthority = component.userinfo !== void 0 || component.host !== void 0 || component.port !== void 0;
      const schemelessReference = (component.scheme === void 0 || options.reference === "suffix") && !hasAuthority;
      const pathNoScheme = !options.skipEscape && schemelessReference;
      if (component.path !== void 0) {
        if (!options.skipEscape) {
          component.path = serializePathEncoding(component.path, pathNoScheme);
        } else {
          component.path = normalizePercentEncoding(component.path);
        }
      }
      if (options.reference !== "suffix" && component.scheme) {
        component.scheme = validateScheme(component.scheme);
        uriTokens.push(component.scheme, ":");
      }
      const authority = recomposeAuthority(component);
      if (authority !== void 0) {
        if (options.reference !== "suffix") {
          uriTokens.push("//");
        }
        uriTokens.push(authority);
        if (component.path && component.path[0] !== "/") {
          uriTokens.push("/");
        }
      }
      if (component.path !== void 0) {
        let s = component.path;
        if (!options.absolutePath && (!schemeHandler || !schemeHandler.absolutePath)) {
          s = schemelessReference && s[0] !== "/" ? removeDotSegmentsRelative(s) : removeDotSegments(s);
        }
        if (schemelessReference) {
          s = serializePathEncoding(s, true);
        }
        if (authority === void 0 && s[0] === "/" && s[1] === "/") {
          s = "/%2F" + s.slice(2);
        }
        uriTokens.push(s);
      }
      if (component.query !== void 0) {
        uriTokens.push("?", encodeQuery(component.query));
      }
      if (component.fragment !== void 0) {
        uriTokens.push("#", encodeFragment(component.fragment));
      }
      return uriTokens.join("");
    }
    var URI_PARSE = /^(?:([^#/:?]+):)?(?:\/\/((?:([^#/?@]*)@)?(\[[^#/?\]]+\]|[^#/:?]*)(?::(\d*))?))?([^#?]*)(?:\?([^#]*))?(?:#((?:.|[\n\r])*))?/u;
    var AUTHORITY_PREFIX = /^(?:[^#/:?]+:)?\/\/([^/?#]*)/;
    var AUTHORITY_INTRODUCER_REGION = /^(?:[^#/:?]+:)?([/\\\t\n\r]*)/;
    function getParseError(parsed, matches) {
      if (matches[2] !== void 0 && parsed.path && parsed.path[0] !== "/") {
        return 'URI path must start with "/" when authority is present.';
      }
      if (typeof parsed.port === "number" && (parsed.port < 0 || parsed.port > 65535)) {
        return "URI port is malformed.";
      }
      return void 0;
    }
    function hasMalformedPercentEncoding(component) {
      if (component === void 0) return false;
      let percent = component.indexOf("%");
      while (percent !== -1) {
        if (percent + 2 >= component.length || !/^[\da-f]{2}$/iu.test(component.slice(percent + 1, percent + 3))) {
          return true;
        }
        percent = component.indexOf("%", percent + 3);
      }
      return false;
    }
    function isIPLiteral(host) {
      return host[0] === "[" && host[host.length - 1] === "]";
    }
    function hasMalformedComponentPercentEncoding(matches) {
      const host = matches[4];
      return hasMalformedPercentEncoding(matches[3]) || host !== void 0 && !isIPLiteral(host) && hasMalformedPercentEncoding(host) || hasMalformedPercentEncoding(matches[6]) || hasMalformedPercentEncoding(matches[7]) || hasMalformedPercentEncoding(matches[8]);
    }
    function canonicalizeHost(parsed, options, schemeHandler, isIP) {
      if (hasForbiddenDomainHost(parsed, options, schemeHandler, isIP)) {
        parsed.error = parsed.error || MALFORMED_HOST_ERROR;
        return true;
      }
      if (!options.unicodeSupport && (!schemeHandler || !schemeHandler.unicodeSupport) && parsed.host && !isIPLiteral(parsed.host) && (options.domainHost || schemeHandler && schemeHandler.domainHost) && isIP === false && nonSimpleDomain(parsed.host)) {
        let url;
        try {
          url = new URL("http://" + parsed.host);
        } catch (e) {
          parsed.error = parsed.error || "Host's domain name can not be converted to ASCII: " + e;
          return true;
        }
        if (!isHostOnlyURL(url)) {
          parsed.error = parsed.error || MALFORMED_HOST_ERROR;
          return true;
        }
        parsed.host = url.hostname;
      }
      return false;
    }
    function hasForbiddenDomainHost(parsed, options, schemeHandler, isIP) {
      return Boolean(
        parsed.host && isIP === false && !isIPLiteral(parsed.host) && (options.domainHost || schemeHandler && schemeHandler.domainHost) && FORBIDDEN_DOMAIN_HOST_CHARACTER.test(parsed.host)
      );
    }
    function isHostOnlyURL(url) {
      return url.username === "" && url.password === "" && url.port === "" && url.pathname === "/" && url.search === "" && url.hash === "" && url.hostname !== "";
    }
    function parseWithStatus(uri, opts) {
      const options = Object.assign({}, opts);
      const parsed = {
        scheme: void 0,
        userinfo: void 0,
        host: "",
        port: void 0,
        path: "",
        query: void 0,
        fragment: void 0
      };
      let malformedAuthorityOrPort = false;
      let malformedPercentEncoding = false;
      let malformedSchemeSpecific = false;
      let malformedHost = false;
      let malformedIPLiteral = false;
      let malformedScheme = false;
      let isIP = false;
      if (options.reference === "suffix") {
        if (options.scheme) {
          uri = options.scheme + ":" + uri;
        } else {
          uri = "//" + uri;
        }
      }
      const authorityMatch = uri.match(AUTHORITY_PREFIX);
      if (authorityMatch !== null && authorityMatch[1].indexOf("\\") !== -1) {
        parsed.error = "URI authority must not contain a literal backslash.";
        malformedAuthorityOrPort = true;
      }
      const introducerMatch = uri.match(AUTHORITY_INTRODUCER_REGION);
      if (introducerMatch !== null) {
        const region = introducerMatch[1];
        const normalizedRegion = region.replace(/[\t\n\r]/g, "");
        if (normalizedRegion.length >= 2) {
          if (normalizedRegion.slice(0, 2) !== "//") {
            parsed.error = parsed.error || "URI authority must not contain a literal backslash.";
            malformedAuthorityOrPort = true;
          } else if (region.length !== normalizedRegion.length) {
            parsed.error = parsed.error || "URI authority introducer must not contain whitespace.";
            malformedAuthorityOrPort = true;
          }
        }
      }
      const matches = uri.match(URI_PARSE);
      if (matches) {
        parsed.scheme = matches[1];
        parsed.userinfo = matches[3];
        parsed.host = matches[4];
        parsed.port = parseInt(matches[5], 10);
        parsed.path = matches[6] || "";
        parsed.query = matches[7];
        parsed.fragment = matches[8];
        if (parsed.scheme !== void 0) {
          if (VALID_SCHEME.test(parsed.scheme)) {
            parsed.scheme = parsed.scheme.toLowerCase();
          } else {
            parsed.error = parsed.error || MALFORMED_SCHEME_ERROR;
            malformedScheme = true;
          }
        }
        malformedPercentEncoding = hasMalformedComponentPercentEncoding(matches);
        if (malformedPercentEncoding) {
          parsed.error = parsed.error || "URI contains malformed percent-encoding.";
        }
        if (isNaN(parsed.port)) {
          parsed.port = matches[5];
        }
        const parseError = getParseError(parsed, matches);
        if (parseError !== void 0) {
          parsed.error = parsed.error || parseError;
          malformedAuthorityOrPort = true;
        }
        if (parsed.host) {
          const ipv4result = isIPv4(parsed.host);
          if (ipv4result === false) {
            const bracketedIPLiteral = isIPLiteral(parsed.host);
            const hasIPLiteralBracket = parsed.host.indexOf("[") !== -1 || parsed.host.indexOf("]") !== -1;
            const ipv6result = normalizeIPv6(parsed.host);
            isIP = ipv6result.isIPV6 || ipv6result.isIPVFuture === true;
            malformedIPLiteral = hasIPLiteralBracket && (!bracketedIPLiteral || ipv6result.error === true);
            parsed.host = isIP ? ipv6result.host : ipv6result.host.toLowerCase();
            if (malformedIPLiteral) {
              parsed.error = parsed.error || MALFORMED_HOST_ERROR;
              malformedAuthorityOrPort = true;
            }
          } else {
            isIP = true;
          }
        }
        if (parsed.scheme === void 0 && parsed.userinfo === void 0 && parsed.host === void 0 && parsed.port === void 0 && parsed.query === void 0 && !parsed.path) {
          parsed.reference = "same-document";
        } else if (parsed.scheme === void 0) {
          parsed.reference = "relative";
        } else if (parsed.fragment === void 0) {
          parsed.reference = "absolute";
        } else {
          parsed.reference = "uri";
        }
        if (options.reference && options.reference !== "suffix" && options.reference !== parsed.reference) {
          parsed.error = parsed.error || "URI is not a " + options.reference + " reference.";
        }
        const schemeHandler = getSchemeHandler(options.scheme || parsed.scheme);
        if (!malformedIPLiteral) {
          malformedHost = canonicalizeHost(parsed, options, schemeHandler, isIP);
        }
        if (uri.indexOf("%") !== -1 && parsed.host !== void 0 && !malformedIPLiteral) {
          let host = isIP ? parsed.host : normalizePercentEncoding(parsed.host, true);
          if (!isIP) {
            host = normalizePercentEncoding(host.toLowerCase());
          }
          parsed.host = isIP || options.scheme !== "null" ? reescapeHostDelimiters(host, isIP) : host;
        }
        if (!schemeHandler || schemeHandler && !schemeHandler.skipNormalize) {
          if (parsed.path) {
            parsed.path = normalizePathEncoding(parsed.path);
          }
          if (parsed.query) {
            parsed.query = normalizeQueryFragmentEncoding(parsed.query);
          }
          if (parsed.fragment) {
            parsed.fragment = normalizeQueryFragmentEncoding(parsed.fragment);
          }
        }
        if (schemeHandler && schemeHandler.parse) {
          schemeHandler.parse(parsed, options);
          if (schemeHandler === SCHEMES.urn && parsed.nid === void 0) {
            malformedSchemeSpecific = true;
          }
        }
      } else {
        parsed.error = parsed.error || "URI can not be parsed.";
      }
      return { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme };
    }
    function parse4(uri, opts) {
      return parseWithStatus(uri, opts).parsed;
    }
    function normalizeString(uri, opts) {
      return normalizeStringWithStatus(uri, opts).normalized;
    }
    function normalizeStringWithStatus(uri, opts) {
      const { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = parseWithStatus(uri, opts);
      return {
        normalized: malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? uri : serialize(parsed, opts),
        malformedAuthorityOrPort,
        malformedPercentEncoding,
        malformedSchemeSpecific,
        malformedHost,
        malformedScheme
      };
    }
    function normalizeComparableURI(uri, opts) {
      if (typeof uri !== "string" && typeof uri !== "object") {
        return void 0;
      }
      let value;
      try {
        value = typeof uri === "string" ? uri : serialize(uri, opts);
      } catch {
        return void 0;
      }
      const { normalized, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = normalizeStringWithStatus(value, opts);
      return malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? void 0 : normalized;
    }
    var fastUri = {
      SCHEMES,
      normalize,
      resolve,
      resolveComponent,
      equal,
      serialize,
      parse: parse4
    };
    module.exports = fastUri;
    module.exports.default = fastUri;
    module.exports.fastUri = fastUri;
  }
});

// node_modules/ajv/dist/runtime/uri.js
var require_uri = __commonJS({
  "node_modules/ajv/dist/runtime/uri.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var uri = require_fast_uri();
    uri.code = 'require("ajv/dist/runtime/uri").default';
    exports.default = uri;
  }
});

// node_modules/ajv/dist/core.js
var require_core = __commonJS({
  "node_modules/ajv/dist/core.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = void 0;
    var validate_1 = require_validate();
    Object.defineProperty(exports, "KeywordCxt", { enumerable: true, get: function() {
      return validate_1.KeywordCxt;
    } });
    var codegen_1 = require_codegen();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return codegen_1._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return codegen_1.str;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return codegen_1.stringify;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return codegen_1.nil;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return codegen_1.Name;
    } });
    Object.defineProperty(exports, "CodeGen", { enumerable: true, get: function() {
      return codegen_1.CodeGen;
    } });
    var validation_error_1 = require_validation_error();
    var ref_error_1 = require_ref_error();
    var rules_1 = require_rules();
    var compile_1 = require_compile();
    var codegen_2 = require_codegen();
    var resolve_1 = require_resolve();
    var dataType_1 = require_dataType();
    var util_1 = require_util();
    var $dataRefSchema = require_data();
    var uri_1 = require_uri();
    var defaultRegExp = (str2, flags) => new RegExp(str2, flags);
    defaultRegExp.code = "new RegExp";
    var META_IGNORE_OPTIONS = ["removeAdditional", "useDefaults", "coerceTypes"];
    var EXT_SCOPE_NAMES = /* @__PURE__ */ new Set([
      "validate",
      "serialize",
      "parse",
      "wrapper",
      "root",
      "schema",
      "keyword",
      "pattern",
      "formats",
      "validate$data",
      "func",
      "obj",
      "Error"
    ]);
    var removedOptions = {
      errorDataPath: "",
      format: "`validateFormats: false` can be used instead.",
      nullable: '"nullable" keyword is supported by default.',
      jsonPointers: "Deprecated jsPropertySyntax can be used instead.",
      extendRefs: "Deprecated ignoreKeywordsWithRef can be used instead.",
      missingRefs: "Pass empty schema with $id that should be ignored to ajv.addSchema.",
      processCode: "Use option `code: {process: (code, schemaEnv: object) => string}`",
      sourceCode: "Use option `code: {source: true}`",
      strictDefaults: "It is default now, see option `strict`.",
      strictKeywords: "It is default now, see option `strict`.",
      uniqueItems: '"uniqueItems" keyword is always validated.',
      unknownFormats: "Disable strict mode or pass `true` to `ajv.addFormat` (or `formats` option).",
      cache: "Map is used as cache, schema object as key.",
      serialize: "Map is used as cache, schema object as key.",
      ajvErrors: "It is default now."
    };
    var deprecatedOptions = {
      ignoreKeywordsWithRef: "",
      jsPropertySyntax: "",
      unicode: '"minLength"/"maxLength" account for unicode characters by default.'
    };
    var MAX_EXPRESSION = 200;
    function requiredOptions(o) {
      var _a, _b, _c, _d, _e, _f, _g, _h, _j, _k, _l, _m, _o, _p, _q, _r, _s, _t, _u, _v, _w, _x, _y, _z, _0;
      const s = o.strict;
      const _optz = (_a = o.code) === null || _a === void 0 ? void 0 : _a.optimize;
      const optimize = _optz === true || _optz === void 0 ? 1 : _optz || 0;
      const regExp = (_c = (_b = o.code) === null || _b === void 0 ? void 0 : _b.regExp) !== null && _c !== void 0 ? _c : defaultRegExp;
      const uriResolver = (_d = o.uriResolver) !== null && _d !== void 0 ? _d : uri_1.default;
      return {
        strictSchema: (_f = (_e = o.strictSchema) !== null && _e !== void 0 ? _e : s) !== null && _f !== void 0 ? _f : true,
        strictNumbers: (_h = (_g = o.strictNumbers) !== null && _g !== void 0 ? _g : s) !== null && _h !== void 0 ? _h : true,
        strictTypes: (_k = (_j = o.strictTypes) !== null && _j !== void 0 ? _j : s) !== null && _k !== void 0 ? _k : "log",
        strictTuples: (_m = (_l = o.strictTuples) !== null && _l !== void 0 ? _l : s) !== null && _m !== void 0 ? _m : "log",
        strictRequired: (_p = (_o = o.strictRequired) !== null && _o !== void 0 ? _o : s) !== null && _p !== void 0 ? _p : false,
        code: o.code ? { ...o.code, optimize, regExp } : { optimize, regExp },
        loopRequired: (_q = o.loopRequired) !== null && _q !== void 0 ? _q : MAX_EXPRESSION,
        loopEnum: (_r = o.loopEnum) !== null && _r !== void 0 ? _r : MAX_EXPRESSION,
        meta: (_s = o.meta) !== null && _s !== void 0 ? _s : true,
        messages: (_t = o.messages) !== null && _t !== void 0 ? _t : true,
        inlineRefs: (_u = o.inlineRefs) !== null && _u !== void 0 ? _u : true,
        schemaId: (_v = o.schemaId) !== null && _v !== void 0 ? _v : "$id",
        addUsedSchema: (_w = o.addUsedSchema) !== null && _w !== void 0 ? _w : true,
        validateSchema: (_x = o.validateSchema) !== null && _x !== void 0 ? _x : true,
        validateFormats: (_y = o.validateFormats) !== null && _y !== void 0 ? _y : true,
        unicodeRegExp: (_z = o.unicodeRegExp) !== null && _z !== void 0 ? _z : true,
        int32range: (_0 = o.int32range) !== null && _0 !== void 0 ? _0 : true,
        uriResolver
      };
    }
    var Ajv2 = class {
      constructor(opts = {}) {
        this.schemas = {};
        this.refs = {};
        this.formats = /* @__PURE__ */ Object.create(null);
        this._compilations = /* @__PURE__ */ new Set();
        this._loading = {};
        this._cache = /* @__PURE__ */ new Map();
        opts = this.opts = { ...opts, ...requiredOptions(opts) };
        const { es5, lines } = this.opts.code;
        this.scope = new codegen_2.ValueScope({ scope: {}, prefixes: EXT_SCOPE_NAMES, es5, lines });
        this.logger = getLogger(opts.logger);
        const formatOpt = opts.validateFormats;
        opts.validateFormats = false;
        this.RULES = (0, rules_1.getRules)();
        checkOptions.call(this, removedOptions, opts, "NOT SUPPORTED");
        checkOptions.call(this, deprecatedOptions, opts, "DEPRECATED", "warn");
        this._metaOpts = getMetaSchemaOptions.call(this);
        if (opts.formats)
          addInitialFormats.call(this);
        this._addVocabularies();
        this._addDefaultMetaSchema();
        if (opts.keywords)
          addInitialKeywords.call(this, opts.keywords);
        if (typeof opts.meta == "object")
          this.addMetaSchema(opts.meta);
        addInitialSchemas.call(this);
        opts.validateFormats = formatOpt;
      }
      _addVocabularies() {
        this.addKeyword("$async");
      }
      _addDefaultMetaSchema() {
        const { $data, meta, schemaId } = this.opts;
        let _dataRefSchema = $dataRefSchema;
        if (schemaId === "id") {
          _dataRefSchema = { ...$dataRefSchema };
          _dataRefSchema.id = _dataRefSchema.$id;
          delete _dataRefSchema.$id;
        }
        if (meta && $data)
          this.addMetaSchema(_dataRefSchema, _dataRefSchema[schemaId], false);
      }
      defaultMeta() {
        const { meta, schemaId } = this.opts;
        return this.opts.defaultMeta = typeof meta == "object" ? meta[schemaId] || meta : void 0;
      }
      validate(schemaKeyRef, data) {
        let v;
        if (typeof schemaKeyRef == "string") {
          v = this.getSchema(schemaKeyRef);
          if (!v)
            throw new Error(`no schema with key or ref "${schemaKeyRef}"`);
        } else {
          v = this.compile(schemaKeyRef);
        }
        const valid = v(data);
        if (!("$async" in v))
          this.errors = v.errors;
        return valid;
      }
      compile(schema, _meta) {
        const sch = this._addSchema(schema, _meta);
        return sch.validate || this._compileSchemaEnv(sch);
      }
      compileAsync(schema, meta) {
        if (typeof this.opts.loadSchema != "function") {
          throw new Error("options.loadSchema should be a function");
        }
        const { loadSchema } = this.opts;
        return runCompileAsync.call(this, schema, meta);
        async function runCompileAsync(_schema, _meta) {
          await loadMetaSchema.call(this, _schema.$schema);
          const sch = this._addSchema(_schema, _meta);
          return sch.validate || _compileAsync.call(this, sch);
        }
        async function loadMetaSchema($ref) {
          if ($ref && !this.getSchema($ref)) {
            await runCompileAsync.call(this, { $ref }, true);
          }
        }
        async function _compileAsync(sch) {
          try {
            return this._compileSchemaEnv(sch);
          } catch (e) {
            if (!(e instanceof ref_error_1.default))
              throw e;
            checkLoaded.call(this, e);
            await loadMissingSchema.call(this, e.missingSchema);
            return _compileAsync.call(this, sch);
          }
        }
        function checkLoaded({ missingSchema: ref, missingRef }) {
          if (this.refs[ref]) {
            throw new Error(`AnySchema ${ref} is loaded but ${missingRef} cannot be resolved`);
          }
        }
        async function loadMissingSchema(ref) {
          const _schema = await _loadSchema.call(this, ref);
          if (!this.refs[ref])
            await loadMetaSchema.call(this, _schema.$schema);
          if (!this.refs[ref])
            this.addSchema(_schema, ref, meta);
        }
        async function _loadSchema(ref) {
          const p = this._loading[ref];
          if (p)
            return p;
          try {
            return await (this._loading[ref] = loadSchema(ref));
          } finally {
            delete this._loading[ref];
          }
        }
      }
      // Adds schema to the instance
      addSchema(schema, key, _meta, _validateSchema = this.opts.validateSchema) {
        if (Array.isArray(schema)) {
          for (const sch of schema)
            this.addSchema(sch, void 0, _meta, _validateSchema);
          return this;
        }
        let id;
        if (typeof schema === "object") {
          const { schemaId } = this.opts;
          id = schema[schemaId];
          if (id !== void 0 && typeof id != "string") {
            throw new Error(`schema ${schemaId} must be string`);
          }
        }
        key = (0, resolve_1.normalizeId)(key || id);
        this._checkUnique(key);
        this.schemas[key] = this._addSchema(schema, _meta, key, _validateSchema, true);
        return this;
      }
      // Add schema that will be used to validate other schemas
      // options in META_IGNORE_OPTIONS are alway set to false
      addMetaSchema(schema, key, _validateSchema = this.opts.validateSchema) {
        this.addSchema(schema, key, true, _validateSchema);
        return this;
      }
      //  Validate schema against its meta-schema
      validateSchema(schema, throwOrLogError) {
        if (typeof schema == "boolean")
          return true;
        let $schema;
        $schema = schema.$schema;
        if ($schema !== void 0 && typeof $schema != "string") {
          throw new Error("$schema must be a string");
        }
        $schema = $schema || this.opts.defaultMeta || this.defaultMeta();
        if (!$schema) {
          this.logger.warn("meta-schema not available");
          this.errors = null;
          return true;
        }
        const valid = this.validate($schema, schema);
        if (!valid && throwOrLogError) {
          const message = "schema is invalid: " + this.errorsText();
          if (this.opts.validateSchema === "log")
            this.logger.error(message);
          else
            throw new Error(message);
        }
        return valid;
      }
      // Get compiled schema by `key` or `ref`.
      // (`key` that was passed to `addSchema` or full schema reference - `schema.$id` or resolved id)
      getSchema(keyRef) {
        let sch;
        while (typeof (sch = getSchEnv.call(this, keyRef)) == "string")
          keyRef = sch;
        if (sch === void 0) {
          const { schemaId } = this.opts;
          const root = new compile_1.SchemaEnv({ schema: {}, schemaId });
          sch = compile_1.resolveSchema.call(this, root, keyRef);
          if (!sch)
            return;
          this.refs[keyRef] = sch;
        }
        return sch.validate || this._compileSchemaEnv(sch);
      }
      // Remove cached schema(s).
      // If no parameter is passed all schemas but meta-schemas are removed.
      // If RegExp is passed all schemas with key/id matching pattern but meta-schemas are removed.
      // Even if schema is referenced by other schemas it still can be removed as other schemas have local references.
      removeSchema(schemaKeyRef) {
        if (schemaKeyRef instanceof RegExp) {
          this._removeAllSchemas(this.schemas, schemaKeyRef);
          this._removeAllSchemas(this.refs, schemaKeyRef);
          return this;
        }
        switch (typeof schemaKeyRef) {
          case "undefined":
            this._removeAllSchemas(this.schemas);
            this._removeAllSchemas(this.refs);
            this._cache.clear();
            return this;
          case "string": {
            const sch = getSchEnv.call(this, schemaKeyRef);
            if (typeof sch == "object")
              this._cache.delete(sch.schema);
            delete this.schemas[schemaKeyRef];
            delete this.refs[schemaKeyRef];
            return this;
          }
          case "object": {
            const cacheKey = schemaKeyRef;
            this._cache.delete(cacheKey);
            let id = schemaKeyRef[this.opts.schemaId];
            if (id) {
              id = (0, resolve_1.normalizeId)(id);
              delete this.schemas[id];
              delete this.refs[id];
            }
            return this;
          }
          default:
            throw new Error("ajv.removeSchema: invalid parameter");
        }
      }
      // add "vocabulary" - a collection of keywords
      addVocabulary(definitions) {
        for (const def of definitions)
          this.addKeyword(def);
        return this;
      }
      addKeyword(kwdOrDef, def) {
        let keyword;
        if (typeof kwdOrDef == "string") {
          keyword = kwdOrDef;
          if (typeof def == "object") {
            this.logger.warn("these parameters are deprecated, see docs for addKeyword");
            def.keyword = keyword;
          }
        } else if (typeof kwdOrDef == "object" && def === void 0) {
          def = kwdOrDef;
          keyword = def.keyword;
          if (Array.isArray(keyword) && !keyword.length) {
            throw new Error("addKeywords: keyword must be string or non-empty array");
          }
        } else {
          throw new Error("invalid addKeywords parameters");
        }
        checkKeyword.call(this, keyword, def);
        if (!def) {
          (0, util_1.eachItem)(keyword, (kwd) => addRule.call(this, kwd));
          return this;
        }
        keywordMetaschema.call(this, def);
        const definition = {
          ...def,
          type: (0, dataType_1.getJSONTypes)(def.type),
          schemaType: (0, dataType_1.getJSONTypes)(def.schemaType)
        };
        (0, util_1.eachItem)(keyword, definition.type.length === 0 ? (k) => addRule.call(this, k, definition) : (k) => definition.type.forEach((t) => addRule.call(this, k, definition, t)));
        return this;
      }
      getKeyword(keyword) {
        const rule = this.RULES.all[keyword];
        return typeof rule == "object" ? rule.definition : !!rule;
      }
      // Remove keyword
      removeKeyword(keyword) {
        const { RULES } = this;
        delete RULES.keywords[keyword];
        delete RULES.all[keyword];
        for (const group of RULES.rules) {
          const i = group.rules.findIndex((rule) => rule.keyword === keyword);
          if (i >= 0)
            group.rules.splice(i, 1);
        }
        return this;
      }
      // Add format
      addFormat(name, format) {
        if (typeof format == "string")
          format = new RegExp(format);
        this.formats[name] = format;
        return this;
      }
      errorsText(errors = this.errors, { separator = ", ", dataVar = "data" } = {}) {
        if (!errors || errors.length === 0)
          return "No errors";
        return errors.map((e) => `${dataVar}${e.instancePath} ${e.message}`).reduce((text, msg) => text + separator + msg);
      }
      $dataMetaSchema(metaSchema, keywordsJsonPointers) {
        const rules = this.RULES.all;
        metaSchema = JSON.parse(JSON.stringify(metaSchema));
        for (const jsonPointer of keywordsJsonPointers) {
          const segments = jsonPointer.split("/").slice(1);
          let keywords = metaSchema;
          for (const seg of segments)
            keywords = keywords[seg];
          for (const key in rules) {
            const rule = rules[key];
            if (typeof rule != "object")
              continue;
            const { $data } = rule.definition;
            const schema = keywords[key];
            if ($data && schema)
              keywords[key] = schemaOrData(schema);
          }
        }
        return metaSchema;
      }
      _removeAllSchemas(schemas, regex) {
        for (const keyRef in schemas) {
          const sch = schemas[keyRef];
          if (!regex || regex.test(keyRef)) {
            if (typeof sch == "string") {
              delete schemas[keyRef];
            } else if (sch && !sch.meta) {
              this._cache.delete(sch.schema);
              delete schemas[keyRef];
            }
          }
        }
      }
      _addSchema(schema, meta, baseId, validateSchema = this.opts.validateSchema, addSchema = this.opts.addUsedSchema) {
        let id;
        const { schemaId } = this.opts;
        if (typeof schema == "object") {
          id = schema[schemaId];
        } else {
          if (this.opts.jtd)
            throw new Error("schema must be object");
          else if (typeof schema != "boolean")
            throw new Error("schema must be object or boolean");
        }
        let sch = this._cache.get(schema);
        if (sch !== void 0)
          return sch;
        baseId = (0, resolve_1.normalizeId)(id || baseId);
        const localRefs = resolve_1.getSchemaRefs.call(this, schema, baseId);
        sch = new compile_1.SchemaEnv({ schema, schemaId, meta, baseId, localRefs });
        this._cache.set(sch.schema, sch);
        if (addSchema && !baseId.startsWith("#")) {
          if (baseId)
            this._checkUnique(baseId);
          this.refs[baseId] = sch;
        }
        if (validateSchema)
          this.validateSchema(schema, true);
        return sch;
      }
      _checkUnique(id) {
        if (this.schemas[id] || this.refs[id]) {
          throw new Error(`schema with key or id "${id}" already exists`);
        }
      }
      _compileSchemaEnv(sch) {
        if (sch.meta)
          this._compileMetaSchema(sch);
        else
          compile_1.compileSchema.call(this, sch);
        if (!sch.validate)
          throw new Error("ajv implementation error");
        return sch.validate;
      }
      _compileMetaSchema(sch) {
        const currentOpts = this.opts;
        this.opts = this._metaOpts;
        try {
          compile_1.compileSchema.call(this, sch);
        } finally {
          this.opts = currentOpts;
        }
      }
    };
    Ajv2.ValidationError = validation_error_1.default;
    Ajv2.MissingRefError = ref_error_1.default;
    exports.default = Ajv2;
    function checkOptions(checkOpts, options, msg, log = "error") {
      for (const key in checkOpts) {
        const opt = key;
        if (opt in options)
          this.logger[log](`${msg}: option ${key}. ${checkOpts[opt]}`);
      }
    }
    function getSchEnv(keyRef) {
      keyRef = (0, resolve_1.normalizeId)(keyRef);
      return this.schemas[keyRef] || this.refs[keyRef];
    }
    function addInitialSchemas() {
      const optsSchemas = this.opts.schemas;
      if (!optsSchemas)
        return;
      if (Array.isArray(optsSchemas))
        this.addSchema(optsSchemas);
      else
        for (const key in optsSchemas)
          this.addSchema(optsSchemas[key], key);
    }
    function addInitialFormats() {
      for (const name in this.opts.formats) {
        const format = this.opts.formats[name];
        if (format)
          this.addFormat(name, format);
      }
    }
    function addInitialKeywords(defs) {
      if (Array.isArray(defs)) {
        this.addVocabulary(defs);
        return;
      }
      this.logger.warn("keywords option as map is deprecated, pass array");
      for (const keyword in defs) {
        const def = defs[keyword];
        if (!def.keyword)
          def.keyword = keyword;
        this.addKeyword(def);
      }
    }
    function getMetaSchemaOptions() {
      const metaOpts = { ...this.opts };
      for (const opt of META_IGNORE_OPTIONS)
        delete metaOpts[opt];
      return metaOpts;
    }
    var noLogs = { log() {
    }, warn() {
    }, error() {
    } };
    function getLogger(logger) {
      if (logger === false)
        return noLogs;
      if (logger === void 0)
        return console;
      if (logger.log && logger.warn && logger.error)
        return logger;
      throw new Error("logger must implement log, warn and error methods");
    }
    var KEYWORD_NAME = /^[a-z_$][a-z0-9_$:-]*$/i;
    function checkKeyword(keyword, def) {
      const { RULES } = this;
      (0, util_1.eachItem)(keyword, (kwd) => {
        if (RULES.keywords[kwd])
          throw new Error(`Keyword ${kwd} is already defined`);
        if (!KEYWORD_NAME.test(kwd))
          throw new Error(`Keyword ${kwd} has invalid name`);
      });
      if (!def)
        return;
      if (def.$data && !("code" in def || "validate" in def)) {
        throw new Error('$data keyword must have "code" or "validate" function');
      }
    }
    function addRule(keyword, definition, dataType) {
      var _a;
      const post = definition === null || definition === void 0 ? void 0 : definition.post;
      if (dataType && post)
        throw new Error('keyword with "post" flag cannot have "type"');
      const { RULES } = this;
      let ruleGroup = post ? RULES.post : RULES.rules.find(({ type: t }) => t === dataType);
      if (!ruleGroup) {
        ruleGroup = { type: dataType, rules: [] };
        RULES.rules.push(ruleGroup);
      }
      RULES.keywords[keyword] = true;
      if (!definition)
        return;
      const rule = {
        keyword,
        definition: {
          ...definition,
          type: (0, dataType_1.getJSONTypes)(definition.type),
          schemaType: (0, dataType_1.getJSONTypes)(definition.schemaType)
        }
      };
      if (definition.before)
        addBeforeRule.call(this, ruleGroup, rule, definition.before);
      else
        ruleGroup.rules.push(rule);
      RULES.all[keyword] = rule;
      (_a = definition.implements) === null || _a === void 0 ? void 0 : _a.forEach((kwd) => this.addKeyword(kwd));
    }
    function addBeforeRule(ruleGroup, rule, before) {
      const i = ruleGroup.rules.findIndex((_rule) => _rule.keyword === before);
      if (i >= 0) {
        ruleGroup.rules.splice(i, 0, rule);
      } else {
        ruleGroup.rules.push(rule);
        this.logger.warn(`rule ${before} is not defined`);
      }
    }
    function keywordMetaschema(def) {
      let { metaSchema } = def;
      if (metaSchema === void 0)
        return;
      if (def.$data && this.opts.$data)
        metaSchema = schemaOrData(metaSchema);
      def.validateSchema = this.compile(metaSchema, true);
    }
    var $dataRef = {
      $ref: "https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#"
    };
    function schemaOrData(schema) {
      return { anyOf: [schema, $dataRef] };
    }
  }
});

// node_modules/ajv/dist/vocabularies/core/id.js
var require_id = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/id.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var def = {
      keyword: "id",
      code() {
        throw new Error('NOT SUPPORTED: keyword "id", use "$id" for schema ID');
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/core/ref.js
var require_ref = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/ref.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.callRef = exports.getValidate = void 0;
    var ref_error_1 = require_ref_error();
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var compile_1 = require_compile();
    var util_1 = require_util();
    var def = {
      keyword: "$ref",
      schemaType: "string",
      code(cxt) {
        const { gen, schema: $ref, it } = cxt;
        const { baseId, schemaEnv: env, validateName, opts, self } = it;
        const { root } = env;
        if (($ref === "#" || $ref === "#/") && baseId === root.baseId)
          return callRootRef();
        const schOrEnv = compile_1.resolveRef.call(self, root, baseId, $ref);
        if (schOrEnv === void 0)
          throw new ref_error_1.default(it.opts.uriResolver, baseId, $ref);
        if (schOrEnv instanceof compile_1.SchemaEnv)
          return callValidate(schOrEnv);
        return inlineRefSchema(schOrEnv);
        function callRootRef() {
          if (env === root)
            return callRef(cxt, validateName, env, env.$async);
          const rootName = gen.scopeValue("root", { ref: root });
          return callRef(cxt, (0, codegen_1._)`${rootName}.validate`, root, root.$async);
        }
        function callValidate(sch) {
          const v = getValidate(cxt, sch);
          callRef(cxt, v, sch, sch.$async);
        }
        function inlineRefSchema(sch) {
          const schName = gen.scopeValue("schema", opts.code.source === true ? { ref: sch, code: (0, codegen_1.stringify)(sch) } : { ref: sch });
          const valid = gen.name("valid");
          const schCxt = cxt.subschema({
            schema: sch,
            dataTypes: [],
            schemaPath: codegen_1.nil,
            topSchemaRef: schName,
            errSchemaPath: $ref
          }, valid);
          cxt.mergeEvaluated(schCxt);
          cxt.ok(valid);
        }
      }
    };
    function getValidate(cxt, sch) {
      const { gen } = cxt;
      return sch.validate ? gen.scopeValue("validate", { ref: sch.validate }) : (0, codegen_1._)`${gen.scopeValue("wrapper", { ref: sch })}.validate`;
    }
    exports.getValidate = getValidate;
    function callRef(cxt, v, sch, $async) {
      const { gen, it } = cxt;
      const { allErrors, schemaEnv: env, opts } = it;
      const passCxt = opts.passContext ? names_1.default.this : codegen_1.nil;
      if ($async)
        callAsyncRef();
      else
        callSyncRef();
      function callAsyncRef() {
        if (!env.$async)
          throw new Error("async schema referenced by sync schema");
        const valid = gen.let("valid");
        gen.try(() => {
          gen.code((0, codegen_1._)`await ${(0, code_1.callValidateCode)(cxt, v, passCxt)}`);
          addEvaluatedFrom(v);
          if (!allErrors)
            gen.assign(valid, true);
        }, (e) => {
          gen.if((0, codegen_1._)`!(${e} instanceof ${it.ValidationError})`, () => gen.throw(e));
          addErrorsFrom(e);
          if (!allErrors)
            gen.assign(valid, false);
        });
        cxt.ok(valid);
      }
      function callSyncRef() {
        cxt.result((0, code_1.callValidateCode)(cxt, v, passCxt), () => addEvaluatedFrom(v), () => addErrorsFrom(v));
      }
      function addErrorsFrom(source) {
        const errs = (0, codegen_1._)`${source}.errors`;
        gen.assign(names_1.default.vErrors, (0, codegen_1._)`${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`);
        gen.assign(names_1.default.errors, (0, codegen_1._)`${names_1.default.vErrors}.length`);
      }
      function addEvaluatedFrom(source) {
        var _a;
        if (!it.opts.unevaluated)
          return;
        const schEvaluated = (_a = sch === null || sch === void 0 ? void 0 : sch.validate) === null || _a === void 0 ? void 0 : _a.evaluated;
        if (it.props !== true) {
          if (schEvaluated && !schEvaluated.dynamicProps) {
            if (schEvaluated.props !== void 0) {
              it.props = util_1.mergeEvaluated.props(gen, schEvaluated.props, it.props);
            }
          } else {
            const props = gen.var("props", (0, codegen_1._)`${source}.evaluated.props`);
            it.props = util_1.mergeEvaluated.props(gen, props, it.props, codegen_1.Name);
          }
        }
        if (it.items !== true) {
          if (schEvaluated && !schEvaluated.dynamicItems) {
            if (schEvaluated.items !== void 0) {
              it.items = util_1.mergeEvaluated.items(gen, schEvaluated.items, it.items);
            }
          } else {
            const items = gen.var("items", (0, codegen_1._)`${source}.evaluated.items`);
            it.items = util_1.mergeEvaluated.items(gen, items, it.items, codegen_1.Name);
          }
        }
      }
    }
    exports.callRef = callRef;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/core/index.js
var require_core2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var id_1 = require_id();
    var ref_1 = require_ref();
    var core = [
      "$schema",
      "$id",
      "$defs",
      "$vocabulary",
      { keyword: "$comment" },
      "definitions",
      id_1.default,
      ref_1.default
    ];
    exports.default = core;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitNumber.js
var require_limitNumber = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitNumber.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var ops = codegen_1.operators;
    var KWDs = {
      maximum: { okStr: "<=", ok: ops.LTE, fail: ops.GT },
      minimum: { okStr: ">=", ok: ops.GTE, fail: ops.LT },
      exclusiveMaximum: { okStr: "<", ok: ops.LT, fail: ops.GTE },
      exclusiveMinimum: { okStr: ">", ok: ops.GT, fail: ops.LTE }
    };
    var error = {
      message: ({ keyword, schemaCode }) => (0, codegen_1.str)`must be ${KWDs[keyword].okStr} ${schemaCode}`,
      params: ({ keyword, schemaCode }) => (0, codegen_1._)`{comparison: ${KWDs[keyword].okStr}, limit: ${schemaCode}}`
    };
    var def = {
      keyword: Object.keys(KWDs),
      type: "number",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        cxt.fail$data((0, codegen_1._)`${data} ${KWDs[keyword].fail} ${schemaCode} || isNaN(${data})`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/multipleOf.js
var require_multipleOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/multipleOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must be multiple of ${schemaCode}`,
      params: ({ schemaCode }) => (0, codegen_1._)`{multipleOf: ${schemaCode}}`
    };
    var def = {
      keyword: "multipleOf",
      type: "number",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, schemaCode, it } = cxt;
        const prec = it.opts.multipleOfPrecision;
        const res = gen.let("res");
        const invalid = prec ? (0, codegen_1._)`Math.abs(Math.round(${res}) - ${res}) > 1e-${prec}` : (0, codegen_1._)`${res} !== parseInt(${res})`;
        cxt.fail$data((0, codegen_1._)`(${schemaCode} === 0 || (${res} = ${data}/${schemaCode}, ${invalid}))`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitLength.js
var require_limitLength = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitLength.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var ucs2length_1 = require_ucs2length();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxLength" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} characters`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxLength", "minLength"],
      type: "string",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode, it } = cxt;
        const op = keyword === "maxLength" ? codegen_1.operators.GT : codegen_1.operators.LT;
        const len = it.opts.unicode === false ? (0, codegen_1._)`${data}.length` : (0, codegen_1._)`${(0, util_1.useFunc)(cxt.gen, ucs2length_1.default)}(${data})`;
        cxt.fail$data((0, codegen_1._)`${len} ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/pattern.js
var require_pattern = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/pattern.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var util_1 = require_util();
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must match pattern "${schemaCode}"`,
      params: ({ schemaCode }) => (0, codegen_1._)`{pattern: ${schemaCode}}`
    };
    var def = {
      keyword: "pattern",
      type: "string",
      schemaType: "string",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        const u = it.opts.unicodeRegExp ? "u" : "";
        if ($data) {
          const { regExp } = it.opts.code;
          const regExpCode = regExp.code === "new RegExp" ? (0, codegen_1._)`new RegExp` : (0, util_1.useFunc)(gen, regExp);
          const valid = gen.let("valid");
          gen.try(() => gen.assign(valid, (0, codegen_1._)`${regExpCode}(${schemaCode}, ${u}).test(${data})`), () => gen.assign(valid, false));
          cxt.fail$data((0, codegen_1._)`!${valid}`);
        } else {
          const regExp = (0, code_1.usePattern)(cxt, schema);
          cxt.fail$data((0, codegen_1._)`!${regExp}.test(${data})`);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitProperties.js
var require_limitProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxProperties" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} properties`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxProperties", "minProperties"],
      type: "object",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        const op = keyword === "maxProperties" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._)`Object.keys(${data}).length ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/required.js
var require_required = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/required.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { missingProperty } }) => (0, codegen_1.str)`must have required property '${missingProperty}'`,
      params: ({ params: { missingProperty } }) => (0, codegen_1._)`{missingProperty: ${missingProperty}}`
    };
    var def = {
      keyword: "required",
      type: "object",
      schemaType: "array",
      $data: true,
      error,
      code(cxt) {
        const { gen, schema, schemaCode, data, $data, it } = cxt;
        const { opts } = it;
        if (!$data && schema.length === 0)
          return;
        const useLoop = schema.length >= opts.loopRequired;
        if (it.allErrors)
          allErrorsMode();
        else
          exitOnErrorMode();
        if (opts.strictRequired) {
          const props = cxt.parentSchema.properties;
          const { definedProperties } = cxt.it;
          for (const requiredKey of schema) {
            if ((props === null || props === void 0 ? void 0 : props[requiredKey]) === void 0 && !definedProperties.has(requiredKey)) {
              const schemaPath = it.schemaEnv.baseId + it.errSchemaPath;
              const msg = `required property "${requiredKey}" is not defined at "${schemaPath}" (strictRequired)`;
              (0, util_1.checkStrictMode)(it, msg, it.opts.strictRequired);
            }
          }
        }
        function allErrorsMode() {
          if (useLoop || $data) {
            cxt.block$data(codegen_1.nil, loopAllRequired);
          } else {
            for (const prop of schema) {
              (0, code_1.checkReportMissingProp)(cxt, prop);
            }
          }
        }
        function exitOnErrorMode() {
          const missing = gen.let("missing");
          if (useLoop || $data) {
            const valid = gen.let("valid", true);
            cxt.block$data(valid, () => loopUntilMissing(missing, valid));
            cxt.ok(valid);
          } else {
            gen.if((0, code_1.checkMissingProp)(cxt, schema, missing));
            (0, code_1.reportMissingProp)(cxt, missing);
            gen.else();
          }
        }
        function loopAllRequired() {
          gen.forOf("prop", schemaCode, (prop) => {
            cxt.setParams({ missingProperty: prop });
            gen.if((0, code_1.noPropertyInData)(gen, data, prop, opts.ownProperties), () => cxt.error());
          });
        }
        function loopUntilMissing(missing, valid) {
          cxt.setParams({ missingProperty: missing });
          gen.forOf(missing, schemaCode, () => {
            gen.assign(valid, (0, code_1.propertyInData)(gen, data, missing, opts.ownProperties));
            gen.if((0, codegen_1.not)(valid), () => {
              cxt.error();
              gen.break();
            });
          }, codegen_1.nil);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitItems.js
var require_limitItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxItems" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} items`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxItems", "minItems"],
      type: "array",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        const op = keyword === "maxItems" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._)`${data}.length ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/runtime/equal.js
var require_equal = __commonJS({
  "node_modules/ajv/dist/runtime/equal.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var equal = require_fast_deep_equal();
    equal.code = 'require("ajv/dist/runtime/equal").default';
    exports.default = equal;
  }
});

// node_modules/ajv/dist/vocabularies/validation/uniqueItems.js
var require_uniqueItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/uniqueItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dataType_1 = require_dataType();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: ({ params: { i, j } }) => (0, codegen_1.str)`must NOT have duplicate items (items ## ${j} and ${i} are identical)`,
      params: ({ params: { i, j } }) => (0, codegen_1._)`{i: ${i}, j: ${j}}`
    };
    var def = {
      keyword: "uniqueItems",
      type: "array",
      schemaType: "boolean",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema, parentSchema, schemaCode, it } = cxt;
        if (!$data && !schema)
          return;
        const valid = gen.let("valid");
        const itemTypes = parentSchema.items ? (0, dataType_1.getSchemaTypes)(parentSchema.items) : [];
        cxt.block$data(valid, validateUniqueItems, (0, codegen_1._)`${schemaCode} === false`);
        cxt.ok(valid);
        function validateUniqueItems() {
          const i = gen.let("i", (0, codegen_1._)`${data}.length`);
          const j = gen.let("j");
          cxt.setParams({ i, j });
          gen.assign(valid, true);
          gen.if((0, codegen_1._)`${i} > 1`, () => (canOptimize() ? loopN : loopN2)(i, j));
        }
        function canOptimize() {
          return itemTypes.length > 0 && !itemTypes.some((t) => t === "object" || t === "array");
        }
        function loopN(i, j) {
          const item = gen.name("item");
          const wrongType = (0, dataType_1.checkDataTypes)(itemTypes, item, it.opts.strictNumbers, dataType_1.DataType.Wrong);
          const indices = gen.const("indices", (0, codegen_1._)`{}`);
          gen.for((0, codegen_1._)`;${i}--;`, () => {
            gen.let(item, (0, codegen_1._)`${data}[${i}]`);
            gen.if(wrongType, (0, codegen_1._)`continue`);
            if (itemTypes.length > 1)
              gen.if((0, codegen_1._)`typeof ${item} == "string"`, (0, codegen_1._)`${item} += "_"`);
            gen.if((0, codegen_1._)`typeof ${indices}[${item}] == "number"`, () => {
              gen.assign(j, (0, codegen_1._)`${indices}[${item}]`);
              cxt.error();
              gen.assign(valid, false).break();
            }).code((0, codegen_1._)`${indices}[${item}] = ${i}`);
          });
        }
        function loopN2(i, j) {
          const eql = (0, util_1.useFunc)(gen, equal_1.default);
          const outer = gen.name("outer");
          gen.label(outer).for((0, codegen_1._)`;${i}--;`, () => gen.for((0, codegen_1._)`${j} = ${i}; ${j}--;`, () => gen.if((0, codegen_1._)`${eql}(${data}[${i}], ${data}[${j}])`, () => {
            cxt.error();
            gen.assign(valid, false).break(outer);
          })));
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/const.js
var require_const = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/const.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: "must be equal to constant",
      params: ({ schemaCode }) => (0, codegen_1._)`{allowedValue: ${schemaCode}}`
    };
    var def = {
      keyword: "const",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schemaCode, schema } = cxt;
        if ($data || schema && typeof schema == "object") {
          cxt.fail$data((0, codegen_1._)`!${(0, util_1.useFunc)(gen, equal_1.default)}(${data}, ${schemaCode})`);
        } else {
          cxt.fail((0, codegen_1._)`${schema} !== ${data}`);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/enum.js
var require_enum = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/enum.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: "must be equal to one of the allowed values",
      params: ({ schemaCode }) => (0, codegen_1._)`{allowedValues: ${schemaCode}}`
    };
    var def = {
      keyword: "enum",
      schemaType: "array",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        if (!$data && schema.length === 0)
          throw new Error("enum must have non-empty array");
        const useLoop = schema.length >= it.opts.loopEnum;
        let eql;
        const getEql = () => eql !== null && eql !== void 0 ? eql : eql = (0, util_1.useFunc)(gen, equal_1.default);
        let valid;
        if (useLoop || $data) {
          valid = gen.let("valid");
          cxt.block$data(valid, loopEnum);
        } else {
          if (!Array.isArray(schema))
            throw new Error("ajv implementation error");
          const vSchema = gen.const("vSchema", schemaCode);
          valid = (0, codegen_1.or)(...schema.map((_x, i) => equalCode(vSchema, i)));
        }
        cxt.pass(valid);
        function loopEnum() {
          gen.assign(valid, false);
          gen.forOf("v", schemaCode, (v) => gen.if((0, codegen_1._)`${getEql()}(${data}, ${v})`, () => gen.assign(valid, true).break()));
        }
        function equalCode(vSchema, i) {
          const sch = schema[i];
          return typeof sch === "object" && sch !== null ? (0, codegen_1._)`${getEql()}(${data}, ${vSchema}[${i}])` : (0, codegen_1._)`${data} === ${sch}`;
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/index.js
var require_validation = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var limitNumber_1 = require_limitNumber();
    var multipleOf_1 = require_multipleOf();
    var limitLength_1 = require_limitLength();
    var pattern_1 = require_pattern();
    var limitProperties_1 = require_limitProperties();
    var required_1 = require_required();
    var limitItems_1 = require_limitItems();
    var uniqueItems_1 = require_uniqueItems();
    var const_1 = require_const();
    var enum_1 = require_enum();
    var validation = [
      // number
      limitNumber_1.default,
      multipleOf_1.default,
      // string
      limitLength_1.default,
      pattern_1.default,
      // object
      limitProperties_1.default,
      required_1.default,
      // array
      limitItems_1.default,
      uniqueItems_1.default,
      // any
      { keyword: "type", schemaType: ["string", "array"] },
      { keyword: "nullable", schemaType: "boolean" },
      const_1.default,
      enum_1.default
    ];
    exports.default = validation;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/additionalItems.js
var require_additionalItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/additionalItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateAdditionalItems = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { len } }) => (0, codegen_1.str)`must NOT have more than ${len} items`,
      params: ({ params: { len } }) => (0, codegen_1._)`{limit: ${len}}`
    };
    var def = {
      keyword: "additionalItems",
      type: "array",
      schemaType: ["boolean", "object"],
      before: "uniqueItems",
      error,
      code(cxt) {
        const { parentSchema, it } = cxt;
        const { items } = parentSchema;
        if (!Array.isArray(items)) {
          (0, util_1.checkStrictMode)(it, '"additionalItems" is ignored when "items" is not an array of schemas');
          return;
        }
        validateAdditionalItems(cxt, items);
      }
    };
    function validateAdditionalItems(cxt, items) {
      const { gen, schema, data, keyword, it } = cxt;
      it.items = true;
      const len = gen.const("len", (0, codegen_1._)`${data}.length`);
      if (schema === false) {
        cxt.setParams({ len: items.length });
        cxt.pass((0, codegen_1._)`${len} <= ${items.length}`);
      } else if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
        const valid = gen.var("valid", (0, codegen_1._)`${len} <= ${items.length}`);
        gen.if((0, codegen_1.not)(valid), () => validateItems(valid));
        cxt.ok(valid);
      }
      function validateItems(valid) {
        gen.forRange("i", items.length, len, (i) => {
          cxt.subschema({ keyword, dataProp: i, dataPropType: util_1.Type.Num }, valid);
          if (!it.allErrors)
            gen.if((0, codegen_1.not)(valid), () => gen.break());
        });
      }
    }
    exports.validateAdditionalItems = validateAdditionalItems;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/items.js
var require_items = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/items.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateTuple = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    var def = {
      keyword: "items",
      type: "array",
      schemaType: ["object", "array", "boolean"],
      before: "uniqueItems",
      code(cxt) {
        const { schema, it } = cxt;
        if (Array.isArray(schema))
          return validateTuple(cxt, "additionalItems", schema);
        it.items = true;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        cxt.ok((0, code_1.validateArray)(cxt));
      }
    };
    function validateTuple(cxt, extraItems, schArr = cxt.schema) {
      const { gen, parentSchema, data, keyword, it } = cxt;
      checkStrictTuple(parentSchema);
      if (it.opts.unevaluated && schArr.length && it.items !== true) {
        it.items = util_1.mergeEvaluated.items(gen, schArr.length, it.items);
      }
      const valid = gen.name("valid");
      const len = gen.const("len", (0, codegen_1._)`${data}.length`);
      schArr.forEach((sch, i) => {
        if ((0, util_1.alwaysValidSchema)(it, sch))
          return;
        gen.if((0, codegen_1._)`${len} > ${i}`, () => cxt.subschema({
          keyword,
          schemaProp: i,
          dataProp: i
        }, valid));
        cxt.ok(valid);
      });
      function checkStrictTuple(sch) {
        const { opts, errSchemaPath } = it;
        const l = schArr.length;
        const fullTuple = l === sch.minItems && (l === sch.maxItems || sch[extraItems] === false);
        if (opts.strictTuples && !fullTuple) {
          const msg = `"${keyword}" is ${l}-tuple, but minItems or maxItems/${extraItems} are not specified or different at path "${errSchemaPath}"`;
          (0, util_1.checkStrictMode)(it, msg, opts.strictTuples);
        }
      }
    }
    exports.validateTuple = validateTuple;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/prefixItems.js
var require_prefixItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/prefixItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var items_1 = require_items();
    var def = {
      keyword: "prefixItems",
      type: "array",
      schemaType: ["array"],
      before: "uniqueItems",
      code: (cxt) => (0, items_1.validateTuple)(cxt, "items")
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/items2020.js
var require_items2020 = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/items2020.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    var additionalItems_1 = require_additionalItems();
    var error = {
      message: ({ params: { len } }) => (0, codegen_1.str)`must NOT have more than ${len} items`,
      params: ({ params: { len } }) => (0, codegen_1._)`{limit: ${len}}`
    };
    var def = {
      keyword: "items",
      type: "array",
      schemaType: ["object", "boolean"],
      before: "uniqueItems",
      error,
      code(cxt) {
        const { schema, parentSchema, it } = cxt;
        const { prefixItems } = parentSchema;
        it.items = true;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        if (prefixItems)
          (0, additionalItems_1.validateAdditionalItems)(cxt, prefixItems);
        else
          cxt.ok((0, code_1.validateArray)(cxt));
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/contains.js
var require_contains = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/contains.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { min, max } }) => max === void 0 ? (0, codegen_1.str)`must contain at least ${min} valid item(s)` : (0, codegen_1.str)`must contain at least ${min} and no more than ${max} valid item(s)`,
      params: ({ params: { min, max } }) => max === void 0 ? (0, codegen_1._)`{minContains: ${min}}` : (0, codegen_1._)`{minContains: ${min}, maxContains: ${max}}`
    };
    var def = {
      keyword: "contains",
      type: "array",
      schemaType: ["object", "boolean"],
      before: "uniqueItems",
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, parentSchema, data, it } = cxt;
        let min;
        let max;
        const { minContains, maxContains } = parentSchema;
        if (it.opts.next) {
          min = minContains === void 0 ? 1 : minContains;
          max = maxContains;
        } else {
          min = 1;
        }
        const len = gen.const("len", (0, codegen_1._)`${data}.length`);
        cxt.setParams({ min, max });
        if (max === void 0 && min === 0) {
          (0, util_1.checkStrictMode)(it, `"minContains" == 0 without "maxContains": "contains" keyword ignored`);
          return;
        }
        if (max !== void 0 && min > max) {
          (0, util_1.checkStrictMode)(it, `"minContains" > "maxContains" is always invalid`);
          cxt.fail();
          return;
        }
        if ((0, util_1.alwaysValidSchema)(it, schema)) {
          let cond = (0, codegen_1._)`${len} >= ${min}`;
          if (max !== void 0)
            cond = (0, codegen_1._)`${cond} && ${len} <= ${max}`;
          cxt.pass(cond);
          return;
        }
        it.items = true;
        const valid = gen.name("valid");
        if (max === void 0 && min === 1) {
          validateItems(valid, () => gen.if(valid, () => gen.break()));
        } else if (min === 0) {
          gen.let(valid, true);
          if (max !== void 0)
            gen.if((0, codegen_1._)`${data}.length > 0`, validateItemsWithCount);
        } else {
          gen.let(valid, false);
          validateItemsWithCount();
        }
        cxt.result(valid, () => cxt.reset());
        function validateItemsWithCount() {
          const schValid = gen.name("_valid");
          const count = gen.let("count", 0);
          validateItems(schValid, () => gen.if(schValid, () => checkLimits(count)));
        }
        function validateItems(_valid, block) {
          gen.forRange("i", 0, len, (i) => {
            cxt.subschema({
              keyword: "contains",
              dataProp: i,
              dataPropType: util_1.Type.Num,
              compositeRule: true
            }, _valid);
            block();
          });
        }
        function checkLimits(count) {
          gen.code((0, codegen_1._)`${count}++`);
          if (max === void 0) {
            gen.if((0, codegen_1._)`${count} >= ${min}`, () => gen.assign(valid, true).break());
          } else {
            gen.if((0, codegen_1._)`${count} > ${max}`, () => gen.assign(valid, false).break());
            if (min === 1)
              gen.assign(valid, true);
            else
              gen.if((0, codegen_1._)`${count} >= ${min}`, () => gen.assign(valid, true));
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/dependencies.js
var require_dependencies = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/dependencies.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateSchemaDeps = exports.validatePropertyDeps = exports.error = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    exports.error = {
      message: ({ params: { property, depsCount, deps } }) => {
        const property_ies = depsCount === 1 ? "property" : "properties";
        return (0, codegen_1.str)`must have ${property_ies} ${deps} when property ${property} is present`;
      },
      params: ({ params: { property, depsCount, deps, missingProperty } }) => (0, codegen_1._)`{property: ${property},
    missingProperty: ${missingProperty},
    depsCount: ${depsCount},
    deps: ${deps}}`
      // TODO change to reference
    };
    var def = {
      keyword: "dependencies",
      type: "object",
      schemaType: "object",
      error: exports.error,
      code(cxt) {
        const [propDeps, schDeps] = splitDependencies(cxt);
        validatePropertyDeps(cxt, propDeps);
        validateSchemaDeps(cxt, schDeps);
      }
    };
    function splitDependencies({ schema }) {
      const propertyDeps = {};
      const schemaDeps = {};
      for (const key in schema) {
        if (key === "__proto__")
          continue;
        const deps = Array.isArray(schema[key]) ? propertyDeps : schemaDeps;
        deps[key] = schema[key];
      }
      return [propertyDeps, schemaDeps];
    }
    function validatePropertyDeps(cxt, propertyDeps = cxt.schema) {
      const { gen, data, it } = cxt;
      if (Object.keys(propertyDeps).length === 0)
        return;
      const missing = gen.let("missing");
      for (const prop in propertyDeps) {
        const deps = propertyDeps[prop];
        if (deps.length === 0)
          continue;
        const hasProperty = (0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties);
        cxt.setParams({
          property: prop,
          depsCount: deps.length,
          deps: deps.join(", ")
        });
        if (it.allErrors) {
          gen.if(hasProperty, () => {
            for (const depProp of deps) {
              (0, code_1.checkReportMissingProp)(cxt, depProp);
            }
          });
        } else {
          gen.if((0, codegen_1._)`${hasProperty} && (${(0, code_1.checkMissingProp)(cxt, deps, missing)})`);
          (0, code_1.reportMissingProp)(cxt, missing);
          gen.else();
        }
      }
    }
    exports.validatePropertyDeps = validatePropertyDeps;
    function validateSchemaDeps(cxt, schemaDeps = cxt.schema) {
      const { gen, data, keyword, it } = cxt;
      const valid = gen.name("valid");
      for (const prop in schemaDeps) {
        if ((0, util_1.alwaysValidSchema)(it, schemaDeps[prop]))
          continue;
        gen.if(
          (0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties),
          () => {
            const schCxt = cxt.subschema({ keyword, schemaProp: prop }, valid);
            cxt.mergeValidEvaluated(schCxt, valid);
          },
          () => gen.var(valid, true)
          // TODO var
        );
        cxt.ok(valid);
      }
    }
    exports.validateSchemaDeps = validateSchemaDeps;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/propertyNames.js
var require_propertyNames = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/propertyNames.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: "property name must be valid",
      params: ({ params }) => (0, codegen_1._)`{propertyName: ${params.propertyName}}`
    };
    var def = {
      keyword: "propertyNames",
      type: "object",
      schemaType: ["object", "boolean"],
      error,
      code(cxt) {
        const { gen, schema, data, it } = cxt;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        const valid = gen.name("valid");
        gen.forIn("key", data, (key) => {
          cxt.setParams({ propertyName: key });
          cxt.subschema({
            keyword: "propertyNames",
            data: key,
            dataTypes: ["string"],
            propertyName: key,
            compositeRule: true
          }, valid);
          gen.if((0, codegen_1.not)(valid), () => {
            cxt.error(true);
            if (!it.allErrors)
              gen.break();
          });
        });
        cxt.ok(valid);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/additionalProperties.js
var require_additionalProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/additionalProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var util_1 = require_util();
    var error = {
      message: "must NOT have additional properties",
      params: ({ params }) => (0, codegen_1._)`{additionalProperty: ${params.additionalProperty}}`
    };
    var def = {
      keyword: "additionalProperties",
      type: ["object"],
      schemaType: ["boolean", "object"],
      allowUndefined: true,
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, parentSchema, data, errsCount, it } = cxt;
        if (!errsCount)
          throw new Error("ajv implementation error");
        const { allErrors, opts } = it;
        it.props = true;
        if (opts.removeAdditional !== "all" && (0, util_1.alwaysValidSchema)(it, schema))
          return;
        const props = (0, code_1.allSchemaProperties)(parentSchema.properties);
        const patProps = (0, code_1.allSchemaProperties)(parentSchema.patternProperties);
        checkAdditionalProperties();
        cxt.ok((0, codegen_1._)`${errsCount} === ${names_1.default.errors}`);
        function checkAdditionalProperties() {
          gen.forIn("key", data, (key) => {
            if (!props.length && !patProps.length)
              additionalPropertyCode(key);
            else
              gen.if(isAdditional(key), () => additionalPropertyCode(key));
          });
        }
        function isAdditional(key) {
          let definedProp;
          if (props.length > 8) {
            const propsSchema = (0, util_1.schemaRefOrVal)(it, parentSchema.properties, "properties");
            definedProp = (0, code_1.isOwnProperty)(gen, propsSchema, key);
          } else if (props.length) {
            definedProp = (0, codegen_1.or)(...props.map((p) => (0, codegen_1._)`${key} === ${p}`));
          } else {
            definedProp = codegen_1.nil;
          }
          if (patProps.length) {
            definedProp = (0, codegen_1.or)(definedProp, ...patProps.map((p) => (0, codegen_1._)`${(0, code_1.usePattern)(cxt, p)}.test(${key})`));
          }
          return (0, codegen_1.not)(definedProp);
        }
        function deleteAdditional(key) {
          gen.code((0, codegen_1._)`delete ${data}[${key}]`);
        }
        function additionalPropertyCode(key) {
          if (opts.removeAdditional === "all" || opts.removeAdditional && schema === false) {
            deleteAdditional(key);
            return;
          }
          if (schema === false) {
            cxt.setParams({ additionalProperty: key });
            cxt.error();
            if (!allErrors)
              gen.break();
            return;
          }
          if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
            const valid = gen.name("valid");
            if (opts.removeAdditional === "failing") {
              applyAdditionalSchema(key, valid, false);
              gen.if((0, codegen_1.not)(valid), () => {
                cxt.reset();
                deleteAdditional(key);
              });
            } else {
              applyAdditionalSchema(key, valid);
              if (!allErrors)
                gen.if((0, codegen_1.not)(valid), () => gen.break());
            }
          }
        }
        function applyAdditionalSchema(key, valid, errors) {
          const subschema = {
            keyword: "additionalProperties",
            dataProp: key,
            dataPropType: util_1.Type.Str
          };
          if (errors === false) {
            Object.assign(subschema, {
              compositeRule: true,
              createErrors: false,
              allErrors: false
            });
          }
          cxt.subschema(subschema, valid);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/properties.js
var require_properties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/properties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var validate_1 = require_validate();
    var code_1 = require_code2();
    var util_1 = require_util();
    var additionalProperties_1 = require_additionalProperties();
    var def = {
      keyword: "properties",
      type: "object",
      schemaType: "object",
      code(cxt) {
        const { gen, schema, parentSchema, data, it } = cxt;
        if (it.opts.removeAdditional === "all" && parentSchema.additionalProperties === void 0) {
          additionalProperties_1.default.code(new validate_1.KeywordCxt(it, additionalProperties_1.default, "additionalProperties"));
        }
        const allProps = (0, code_1.allSchemaProperties)(schema);
        for (const prop of allProps) {
          it.definedProperties.add(prop);
        }
        if (it.opts.unevaluated && allProps.length && it.props !== true) {
          it.props = util_1.mergeEvaluated.props(gen, (0, util_1.toHash)(allProps), it.props);
        }
        const properties = allProps.filter((p) => !(0, util_1.alwaysValidSchema)(it, schema[p]));
        if (properties.length === 0)
          return;
        const valid = gen.name("valid");
        for (const prop of properties) {
          if (hasDefault(prop)) {
            applyPropertySchema(prop);
          } else {
            gen.if((0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties));
            applyPropertySchema(prop);
            if (!it.allErrors)
              gen.else().var(valid, true);
            gen.endIf();
          }
          cxt.it.definedProperties.add(prop);
          cxt.ok(valid);
        }
        function hasDefault(prop) {
          return it.opts.useDefaults && !it.compositeRule && schema[prop].default !== void 0;
        }
        function applyPropertySchema(prop) {
          cxt.subschema({
            keyword: "properties",
            schemaProp: prop,
            dataProp: prop
          }, valid);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/patternProperties.js
var require_patternProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/patternProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var util_2 = require_util();
    var def = {
      keyword: "patternProperties",
      type: "object",
      schemaType: "object",
      code(cxt) {
        const { gen, schema, data, parentSchema, it } = cxt;
        const { opts } = it;
        const patterns = (0, code_1.allSchemaProperties)(schema);
        const alwaysValidPatterns = patterns.filter((p) => (0, util_1.alwaysValidSchema)(it, schema[p]));
        if (patterns.length === 0 || alwaysValidPatterns.length === patterns.length && (!it.opts.unevaluated || it.props === true)) {
          return;
        }
        const checkProperties = opts.strictSchema && !opts.allowMatchingProperties && parentSchema.properties;
        const valid = gen.name("valid");
        if (it.props !== true && !(it.props instanceof codegen_1.Name)) {
          it.props = (0, util_2.evaluatedPropsToName)(gen, it.props);
        }
        const { props } = it;
        validatePatternProperties();
        function validatePatternProperties() {
          for (const pat of patterns) {
            if (checkProperties)
              checkMatchingProperties(pat);
            if (it.allErrors) {
              validateProperties(pat);
            } else {
              gen.var(valid, true);
              validateProperties(pat);
              gen.if(valid);
            }
          }
        }
        function checkMatchingProperties(pat) {
          for (const prop in checkProperties) {
            if (new RegExp(pat).test(prop)) {
              (0, util_1.checkStrictMode)(it, `property ${prop} matches pattern ${pat} (use allowMatchingProperties)`);
            }
          }
        }
        function validateProperties(pat) {
          gen.forIn("key", data, (key) => {
            gen.if((0, codegen_1._)`${(0, code_1.usePattern)(cxt, pat)}.test(${key})`, () => {
              const alwaysValid = alwaysValidPatterns.includes(pat);
              if (!alwaysValid) {
                cxt.subschema({
                  keyword: "patternProperties",
                  schemaProp: pat,
                  dataProp: key,
                  dataPropType: util_2.Type.Str
                }, valid);
              }
              if (it.opts.unevaluated && props !== true) {
                gen.assign((0, codegen_1._)`${props}[${key}]`, true);
              } else if (!alwaysValid && !it.allErrors) {
                gen.if((0, codegen_1.not)(valid), () => gen.break());
              }
            });
          });
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/not.js
var require_not = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/not.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: "not",
      schemaType: ["object", "boolean"],
      trackErrors: true,
      code(cxt) {
        const { gen, schema, it } = cxt;
        if ((0, util_1.alwaysValidSchema)(it, schema)) {
          cxt.fail();
          return;
        }
        const valid = gen.name("valid");
        cxt.subschema({
          keyword: "not",
          compositeRule: true,
          createErrors: false,
          allErrors: false
        }, valid);
        cxt.failResult(valid, () => cxt.reset(), () => cxt.error());
      },
      error: { message: "must NOT be valid" }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/anyOf.js
var require_anyOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/anyOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var def = {
      keyword: "anyOf",
      schemaType: "array",
      trackErrors: true,
      code: code_1.validateUnion,
      error: { message: "must match a schema in anyOf" }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/oneOf.js
var require_oneOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/oneOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: "must match exactly one schema in oneOf",
      params: ({ params }) => (0, codegen_1._)`{passingSchemas: ${params.passing}}`
    };
    var def = {
      keyword: "oneOf",
      schemaType: "array",
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, parentSchema, it } = cxt;
        if (!Array.isArray(schema))
          throw new Error("ajv implementation error");
        if (it.opts.discriminator && parentSchema.discriminator)
          return;
        const schArr = schema;
        const valid = gen.let("valid", false);
        const passing = gen.let("passing", null);
        const schValid = gen.name("_valid");
        cxt.setParams({ passing });
        gen.block(validateOneOf);
        cxt.result(valid, () => cxt.reset(), () => cxt.error(true));
        function validateOneOf() {
          schArr.forEach((sch, i) => {
            let schCxt;
            if ((0, util_1.alwaysValidSchema)(it, sch)) {
              gen.var(schValid, true);
            } else {
              schCxt = cxt.subschema({
                keyword: "oneOf",
                schemaProp: i,
                compositeRule: true
              }, schValid);
            }
            if (i > 0) {
              gen.if((0, codegen_1._)`${schValid} && ${valid}`).assign(valid, false).assign(passing, (0, codegen_1._)`[${passing}, ${i}]`).else();
            }
            gen.if(schValid, () => {
              gen.assign(valid, true);
              gen.assign(passing, i);
              if (schCxt)
                cxt.mergeEvaluated(schCxt, codegen_1.Name);
            });
          });
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/allOf.js
var require_allOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/allOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: "allOf",
      schemaType: "array",
      code(cxt) {
        const { gen, schema, it } = cxt;
        if (!Array.isArray(schema))
          throw new Error("ajv implementation error");
        const valid = gen.name("valid");
        schema.forEach((sch, i) => {
          if ((0, util_1.alwaysValidSchema)(it, sch))
            return;
          const schCxt = cxt.subschema({ keyword: "allOf", schemaProp: i }, valid);
          cxt.ok(valid);
          cxt.mergeEvaluated(schCxt);
        });
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/if.js
var require_if = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/if.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params }) => (0, codegen_1.str)`must match "${params.ifClause}" schema`,
      params: ({ params }) => (0, codegen_1._)`{failingKeyword: ${params.ifClause}}`
    };
    var def = {
      keyword: "if",
      schemaType: ["object", "boolean"],
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, parentSchema, it } = cxt;
        if (parentSchema.then === void 0 && parentSchema.else === void 0) {
          (0, util_1.checkStrictMode)(it, '"if" without "then" and "else" is ignored');
        }
        const hasThen = hasSchema(it, "then");
        const hasElse = hasSchema(it, "else");
        if (!hasThen && !hasElse)
          return;
        const valid = gen.let("valid", true);
        const schValid = gen.name("_valid");
        validateIf();
        cxt.reset();
        if (hasThen && hasElse) {
          const ifClause = gen.let("ifClause");
          cxt.setParams({ ifClause });
          gen.if(schValid, validateClause("then", ifClause), validateClause("else", ifClause));
        } else if (hasThen) {
          gen.if(schValid, validateClause("then"));
        } else {
          gen.if((0, codegen_1.not)(schValid), validateClause("else"));
        }
        cxt.pass(valid, () => cxt.error(true));
        function validateIf() {
          const schCxt = cxt.subschema({
            keyword: "if",
            compositeRule: true,
            createErrors: false,
            allErrors: false
          }, schValid);
          cxt.mergeEvaluated(schCxt);
        }
        function validateClause(keyword, ifClause) {
          return () => {
            const schCxt = cxt.subschema({ keyword }, schValid);
            gen.assign(valid, schValid);
            cxt.mergeValidEvaluated(schCxt, valid);
            if (ifClause)
              gen.assign(ifClause, (0, codegen_1._)`${keyword}`);
            else
              cxt.setParams({ ifClause: keyword });
          };
        }
      }
    };
    function hasSchema(it, keyword) {
      const schema = it.schema[keyword];
      return schema !== void 0 && !(0, util_1.alwaysValidSchema)(it, schema);
    }
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/thenElse.js
var require_thenElse = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/thenElse.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: ["then", "else"],
      schemaType: ["object", "boolean"],
      code({ keyword, parentSchema, it }) {
        if (parentSchema.if === void 0)
          (0, util_1.checkStrictMode)(it, `"${keyword}" without "if" is ignored`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/index.js
var require_applicator = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var additionalItems_1 = require_additionalItems();
    var prefixItems_1 = require_prefixItems();
    var items_1 = require_items();
    var items2020_1 = require_items2020();
    var contains_1 = require_contains();
    var dependencies_1 = require_dependencies();
    var propertyNames_1 = require_propertyNames();
    var additionalProperties_1 = require_additionalProperties();
    var properties_1 = require_properties();
    var patternProperties_1 = require_patternProperties();
    var not_1 = require_not();
    var anyOf_1 = require_anyOf();
    var oneOf_1 = require_oneOf();
    var allOf_1 = require_allOf();
    var if_1 = require_if();
    var thenElse_1 = require_thenElse();
    function getApplicator(draft2020 = false) {
      const applicator = [
        // any
        not_1.default,
        anyOf_1.default,
        oneOf_1.default,
        allOf_1.default,
        if_1.default,
        thenElse_1.default,
        // object
        propertyNames_1.default,
        additionalProperties_1.default,
        dependencies_1.default,
        properties_1.default,
        patternProperties_1.default
      ];
      if (draft2020)
        applicator.push(prefixItems_1.default, items2020_1.default);
      else
        applicator.push(additionalItems_1.default, items_1.default);
      applicator.push(contains_1.default);
      return applicator;
    }
    exports.default = getApplicator;
  }
});

// node_modules/ajv/dist/vocabularies/format/format.js
var require_format = __commonJS({
  "node_modules/ajv/dist/vocabularies/format/format.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must match format "${schemaCode}"`,
      params: ({ schemaCode }) => (0, codegen_1._)`{format: ${schemaCode}}`
    };
    var def = {
      keyword: "format",
      type: ["number", "string"],
      schemaType: "string",
      $data: true,
      error,
      code(cxt, ruleType) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        const { opts, errSchemaPath, schemaEnv, self } = it;
        if (!opts.validateFormats)
          return;
        if ($data)
          validate$DataFormat();
        else
          validateFormat();
        function validate$DataFormat() {
          const fmts = gen.scopeValue("formats", {
            ref: self.formats,
            code: opts.code.formats
          });
          const fDef = gen.const("fDef", (0, codegen_1._)`${fmts}[${schemaCode}]`);
          const fType = gen.let("fType");
          const format = gen.let("format");
          gen.if((0, codegen_1._)`typeof ${fDef} == "object" && !(${fDef} instanceof RegExp)`, () => gen.assign(fType, (0, codegen_1._)`${fDef}.type || "string"`).assign(format, (0, codegen_1._)`${fDef}.validate`), () => gen.assign(fType, (0, codegen_1._)`"string"`).assign(format, fDef));
          cxt.fail$data((0, codegen_1.or)(unknownFmt(), invalidFmt()));
          function unknownFmt() {
            if (opts.strictSchema === false)
              return codegen_1.nil;
            return (0, codegen_1._)`${schemaCode} && !${format}`;
          }
          function invalidFmt() {
            const callFormat = schemaEnv.$async ? (0, codegen_1._)`(${fDef}.async ? await ${format}(${data}) : ${format}(${data}))` : (0, codegen_1._)`${format}(${data})`;
            const validData = (0, codegen_1._)`(typeof ${format} == "function" ? ${callFormat} : ${format}.test(${data}))`;
            return (0, codegen_1._)`${format} && ${format} !== true && ${fType} === ${ruleType} && !${validData}`;
          }
        }
        function validateFormat() {
          const formatDef = self.formats[schema];
          if (!formatDef) {
            unknownFormat();
            return;
          }
          if (formatDef === true)
            return;
          const [fmtType, format, fmtRef] = getFormat(formatDef);
          if (fmtType === ruleType)
            cxt.pass(validCondition());
          function unknownFormat() {
            if (opts.strictSchema === false) {
              self.logger.warn(unknownMsg());
              return;
            }
            throw new Error(unknownMsg());
            function unknownMsg() {
              return `unknown format "${schema}" ignored in schema at path "${errSchemaPath}"`;
            }
          }
          function getFormat(fmtDef) {
            const code = fmtDef instanceof RegExp ? (0, codegen_1.regexpCode)(fmtDef) : opts.code.formats ? (0, codegen_1._)`${opts.code.formats}${(0, codegen_1.getProperty)(schema)}` : void 0;
            const fmt = gen.scopeValue("formats", { key: schema, ref: fmtDef, code });
            if (typeof fmtDef == "object" && !(fmtDef instanceof RegExp)) {
              return [fmtDef.type || "string", fmtDef.validate, (0, codegen_1._)`${fmt}.validate`];
            }
            return ["string", fmtDef, fmt];
          }
          function validCondition() {
            if (typeof formatDef == "object" && !(formatDef instanceof RegExp) && formatDef.async) {
              if (!schemaEnv.$async)
                throw new Error("async format in sync schema");
              return (0, codegen_1._)`await ${fmtRef}(${data})`;
            }
            return typeof format == "function" ? (0, codegen_1._)`${fmtRef}(${data})` : (0, codegen_1._)`${fmtRef}.test(${data})`;
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/format/index.js
var require_format2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/format/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var format_1 = require_format();
    var format = [format_1.default];
    exports.default = format;
  }
});

// node_modules/ajv/dist/vocabularies/metadata.js
var require_metadata = __commonJS({
  "node_modules/ajv/dist/vocabularies/metadata.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.contentVocabulary = exports.metadataVocabulary = void 0;
    exports.metadataVocabulary = [
      "title",
      "description",
      "default",
      "deprecated",
      "readOnly",
      "writeOnly",
      "examples"
    ];
    exports.contentVocabulary = [
      "contentMediaType",
      "contentEncoding",
      "contentSchema"
    ];
  }
});

// node_modules/ajv/dist/vocabularies/draft7.js
var require_draft7 = __commonJS({
  "node_modules/ajv/dist/vocabularies/draft7.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var core_1 = require_core2();
    var validation_1 = require_validation();
    var applicator_1 = require_applicator();
    var format_1 = require_format2();
    var metadata_1 = require_metadata();
    var draft7Vocabularies = [
      core_1.default,
      validation_1.default,
      (0, applicator_1.default)(),
      format_1.default,
      metadata_1.metadataVocabulary,
      metadata_1.contentVocabulary
    ];
    exports.default = draft7Vocabularies;
  }
});

// node_modules/ajv/dist/vocabularies/discriminator/types.js
var require_types = __commonJS({
  "node_modules/ajv/dist/vocabularies/discriminator/types.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.DiscrError = void 0;
    var DiscrError;
    (function(DiscrError2) {
      DiscrError2["Tag"] = "tag";
      DiscrError2["Mapping"] = "mapping";
    })(DiscrError || (exports.DiscrError = DiscrError = {}));
  }
});

// node_modules/ajv/dist/vocabularies/discriminator/index.js
var require_discriminator = __commonJS({
  "node_modules/ajv/dist/vocabularies/discriminator/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var types_1 = require_types();
    var compile_1 = require_compile();
    var ref_error_1 = require_ref_error();
    var util_1 = require_util();
    var error = {
      message: ({ params: { discrError, tagName } }) => discrError === types_1.DiscrError.Tag ? `tag "${tagName}" must be string` : `value of tag "${tagName}" must be in oneOf`,
      params: ({ params: { discrError, tag, tagName } }) => (0, codegen_1._)`{error: ${discrError}, tag: ${tagName}, tagValue: ${tag}}`
    };
    var def = {
      keyword: "discriminator",
      type: "object",
      schemaType: "object",
      error,
      code(cxt) {
        const { gen, data, schema, parentSchema, it } = cxt;
        const { oneOf } = parentSchema;
        if (!it.opts.discriminator) {
          throw new Error("discriminator: requires discriminator option");
        }
        const tagName = schema.propertyName;
        if (typeof tagName != "string")
          throw new Error("discriminator: requires propertyName");
        if (schema.mapping)
          throw new Error("discriminator: mapping is not supported");
        if (!oneOf)
          throw new Error("discriminator: requires oneOf keyword");
        const valid = gen.let("valid", false);
        const tag = gen.const("tag", (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(tagName)}`);
        gen.if((0, codegen_1._)`typeof ${tag} == "string"`, () => validateMapping(), () => cxt.error(false, { discrError: types_1.DiscrError.Tag, tag, tagName }));
        cxt.ok(valid);
        function validateMapping() {
          const mapping = getMapping();
          gen.if(false);
          for (const tagValue in mapping) {
            gen.elseIf((0, codegen_1._)`${tag} === ${tagValue}`);
            gen.assign(valid, applyTagSchema(mapping[tagValue]));
          }
          gen.else();
          cxt.error(false, { discrError: types_1.DiscrError.Mapping, tag, tagName });
          gen.endIf();
        }
        function applyTagSchema(schemaProp) {
          const _valid = gen.name("valid");
          const schCxt = cxt.subschema({ keyword: "oneOf", schemaProp }, _valid);
          cxt.mergeEvaluated(schCxt, codegen_1.Name);
          return _valid;
        }
        function getMapping() {
          var _a;
          const oneOfMapping = {};
          const topRequired = hasRequired(parentSchema);
          let tagRequired = true;
          for (let i = 0; i < oneOf.length; i++) {
            let sch = oneOf[i];
            if ((sch === null || sch === void 0 ? void 0 : sch.$ref) && !(0, util_1.schemaHasRulesButRef)(sch, it.self.RULES)) {
              const ref = sch.$ref;
              sch = compile_1.resolveRef.call(it.self, it.schemaEnv.root, it.baseId, ref);
              if (sch instanceof compile_1.SchemaEnv)
                sch = sch.schema;
              if (sch === void 0)
                throw new ref_error_1.default(it.opts.uriResolver, it.baseId, ref);
            }
            const propSch = (_a = sch === null || sch === void 0 ? void 0 : sch.properties) === null || _a === void 0 ? void 0 : _a[tagName];
            if (typeof propSch != "object") {
              throw new Error(`discriminator: oneOf subschemas (or referenced schemas) must have "properties/${tagName}"`);
            }
            tagRequired = tagRequired && (topRequired || hasRequired(sch));
            addMappings(propSch, i);
          }
          if (!tagRequired)
            throw new Error(`discriminator: "${tagName}" must be required`);
          return oneOfMapping;
          function hasRequired({ required }) {
            return Array.isArray(required) && required.includes(tagName);
          }
          function addMappings(sch, i) {
            if (sch.const) {
              addMapping(sch.const, i);
            } else if (sch.enum) {
              for (const tagValue of sch.enum) {
                addMapping(tagValue, i);
              }
            } else {
              throw new Error(`discriminator: "properties/${tagName}" must have "const" or "enum"`);
            }
          }
          function addMapping(tagValue, i) {
            if (typeof tagValue != "string" || tagValue in oneOfMapping) {
              throw new Error(`discriminator: "${tagName}" values must be unique strings`);
            }
            oneOfMapping[tagValue] = i;
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/refs/json-schema-draft-07.json
var require_json_schema_draft_07 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-draft-07.json"(exports, module) {
    module.exports = {
      $schema: "http://json-schema.org/draft-07/schema#",
      $id: "http://json-schema.org/draft-07/schema#",
      title: "Core schema meta-schema",
      definitions: {
        schemaArray: {
          type: "array",
          minItems: 1,
          items: { $ref: "#" }
        },
        nonNegativeInteger: {
          type: "integer",
          minimum: 0
        },
        nonNegativeIntegerDefault0: {
          allOf: [{ $ref: "#/definitions/nonNegativeInteger" }, { default: 0 }]
        },
        simpleTypes: {
          enum: ["array", "boolean", "integer", "null", "number", "object", "string"]
        },
        stringArray: {
          type: "array",
          items: { type: "string" },
          uniqueItems: true,
          default: []
        }
      },
      type: ["object", "boolean"],
      properties: {
        $id: {
          type: "string",
          format: "uri-reference"
        },
        $schema: {
          type: "string",
          format: "uri"
        },
        $ref: {
          type: "string",
          format: "uri-reference"
        },
        $comment: {
          type: "string"
        },
        title: {
          type: "string"
        },
        description: {
          type: "string"
        },
        default: true,
        readOnly: {
          type: "boolean",
          default: false
        },
        examples: {
          type: "array",
          items: true
        },
        multipleOf: {
          type: "number",
          exclusiveMinimum: 0
        },
        maximum: {
          type: "number"
        },
        exclusiveMaximum: {
          type: "number"
        },
        minimum: {
          type: "number"
        },
        exclusiveMinimum: {
          type: "number"
        },
        maxLength: { $ref: "#/definitions/nonNegativeInteger" },
        minLength: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        pattern: {
          type: "string",
          format: "regex"
        },
        additionalItems: { $ref: "#" },
        items: {
          anyOf: [{ $ref: "#" }, { $ref: "#/definitions/schemaArray" }],
          default: true
        },
        maxItems: { $ref: "#/definitions/nonNegativeInteger" },
        minItems: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        uniqueItems: {
          type: "boolean",
          default: false
        },
        contains: { $ref: "#" },
        maxProperties: { $ref: "#/definitions/nonNegativeInteger" },
        minProperties: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        required: { $ref: "#/definitions/stringArray" },
        additionalProperties: { $ref: "#" },
        definitions: {
          type: "object",
          additionalProperties: { $ref: "#" },
          default: {}
        },
        properties: {
          type: "object",
          additionalProperties: { $ref: "#" },
          default: {}
        },
        patternProperties: {
          type: "object",
          additionalProperties: { $ref: "#" },
          propertyNames: { format: "regex" },
          default: {}
        },
        dependencies: {
          type: "object",
          additionalProperties: {
            anyOf: [{ $ref: "#" }, { $ref: "#/definitions/stringArray" }]
          }
        },
        propertyNames: { $ref: "#" },
        const: true,
        enum: {
          type: "array",
          items: true,
          minItems: 1,
          uniqueItems: true
        },
        type: {
          anyOf: [
            { $ref: "#/definitions/simpleTypes" },
            {
              type: "array",
              items: { $ref: "#/definitions/simpleTypes" },
              minItems: 1,
              uniqueItems: true
            }
          ]
        },
        format: { type: "string" },
        contentMediaType: { type: "string" },
        contentEncoding: { type: "string" },
        if: { $ref: "#" },
        then: { $ref: "#" },
        else: { $ref: "#" },
        allOf: { $ref: "#/definitions/schemaArray" },
        anyOf: { $ref: "#/definitions/schemaArray" },
        oneOf: { $ref: "#/definitions/schemaArray" },
        not: { $ref: "#" }
      },
      default: true
    };
  }
});

// node_modules/ajv/dist/ajv.js
var require_ajv = __commonJS({
  "node_modules/ajv/dist/ajv.js"(exports, module) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.MissingRefError = exports.ValidationError = exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = exports.Ajv = void 0;
    var core_1 = require_core();
    var draft7_1 = require_draft7();
    var discriminator_1 = require_discriminator();
    var draft7MetaSchema = require_json_schema_draft_07();
    var META_SUPPORT_DATA = ["/properties"];
    var META_SCHEMA_ID = "http://json-schema.org/draft-07/schema";
    var Ajv2 = class extends core_1.default {
      _addVocabularies() {
        super._addVocabularies();
        draft7_1.default.forEach((v) => this.addVocabulary(v));
        if (this.opts.discriminator)
          this.addKeyword(discriminator_1.default);
      }
      _addDefaultMetaSchema() {
        super._addDefaultMetaSchema();
        if (!this.opts.meta)
          return;
        const metaSchema = this.opts.$data ? this.$dataMetaSchema(draft7MetaSchema, META_SUPPORT_DATA) : draft7MetaSchema;
        this.addMetaSchema(metaSchema, META_SCHEMA_ID, false);
        this.refs["http://json-schema.org/schema"] = META_SCHEMA_ID;
      }
      defaultMeta() {
        return this.opts.defaultMeta = super.defaultMeta() || (this.getSchema(META_SCHEMA_ID) ? META_SCHEMA_ID : void 0);
      }
    };
    exports.Ajv = Ajv2;
    module.exports = exports = Ajv2;
    module.exports.Ajv = Ajv2;
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.default = Ajv2;
    var validate_1 = require_validate();
    Object.defineProperty(exports, "KeywordCxt", { enumerable: true, get: function() {
      return validate_1.KeywordCxt;
    } });
    var codegen_1 = require_codegen();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return codegen_1._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return codegen_1.str;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return codegen_1.stringify;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return codegen_1.nil;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return codegen_1.Name;
    } });
    Object.defineProperty(exports, "CodeGen", { enumerable: true, get: function() {
      return codegen_1.CodeGen;
    } });
    var validation_error_1 = require_validation_error();
    Object.defineProperty(exports, "ValidationError", { enumerable: true, get: function() {
      return validation_error_1.default;
    } });
    var ref_error_1 = require_ref_error();
    Object.defineProperty(exports, "MissingRefError", { enumerable: true, get: function() {
      return ref_error_1.default;
    } });
  }
});

// src/commands/chart.ts
var import_yaml4 = __toESM(require_dist(), 1);
import { existsSync as existsSync2, readFileSync as readFileSync2 } from "node:fs";
import path4 from "node:path";

// src/chart/artifact.ts
var import_yaml = __toESM(require_dist(), 1);

// src/oci/layout.ts
import { randomBytes } from "node:crypto";
import { mkdir, open, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import { dirname, join, resolve as resolvePath } from "node:path";

// src/oci/digest.ts
import { createHash } from "node:crypto";
var DIGEST_RE = /^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-zA-Z0-9=_-]+$/;
var SHA256_RE = /^sha256:[a-f0-9]{64}$/;
function sha256Digest(bytes) {
  return `sha256:${createHash("sha256").update(bytes).digest("hex")}`;
}
function isDigest(value) {
  return DIGEST_RE.test(value);
}
function assertSha256Digest(digest) {
  if (!SHA256_RE.test(digest)) {
    throw new Error(`unsupported or malformed digest "${digest}": expected sha256:<64 lowercase hex>`);
  }
}
function verifyDigest(bytes, expected, what) {
  assertSha256Digest(expected);
  const actual = sha256Digest(bytes);
  if (actual !== expected) {
    throw new Error(`digest mismatch for ${what}: expected ${expected}, content hashes to ${actual}`);
  }
}
var Sha256Accumulator = class {
  hash = createHash("sha256");
  update(chunk) {
    this.hash.update(chunk);
  }
  digest() {
    return `sha256:${this.hash.digest("hex")}`;
  }
};

// src/oci/media-types.ts
var MEDIA_TYPE = {
  ociManifest: "application/vnd.oci.image.manifest.v1+json",
  ociIndex: "application/vnd.oci.image.index.v1+json",
  dockerManifest: "application/vnd.docker.distribution.manifest.v2+json",
  dockerManifestList: "application/vnd.docker.distribution.manifest.list.v2+json",
  ociEmptyConfig: "application/vnd.oci.empty.v1+json",
  ociLayerTarGzip: "application/vnd.oci.image.layer.v1.tar+gzip",
  ociImageConfig: "application/vnd.oci.image.config.v1+json",
  helmConfig: "application/vnd.cncf.helm.config.v1+json",
  helmChartContent: "application/vnd.cncf.helm.chart.content.v1.tar+gzip"
};
var MANIFEST_ACCEPT = [
  MEDIA_TYPE.ociManifest,
  MEDIA_TYPE.ociIndex,
  MEDIA_TYPE.dockerManifest,
  MEDIA_TYPE.dockerManifestList
].join(", ");
function isIndexMediaType(mediaType) {
  return mediaType === MEDIA_TYPE.ociIndex || mediaType === MEDIA_TYPE.dockerManifestList;
}

// src/oci/reference.ts
var TAG_RE = /^[a-zA-Z0-9_][a-zA-Z0-9._-]{0,127}$/;
var ReferenceError = class extends UserError {
  name = "ReferenceError";
};
function isValidTag(tag) {
  return TAG_RE.test(tag);
}
function assertValidTag(tag) {
  if (!isValidTag(tag)) {
    throw new ReferenceError(
      `invalid tag "${tag}": tags must match [a-zA-Z0-9_][a-zA-Z0-9._-]{0,127} (OCI distribution spec)`
    );
  }
}

// src/oci/target.ts
function bytesSource(bytes) {
  return { size: bytes.byteLength, read: async (offset, length) => bytes.subarray(offset, offset + length) };
}
function toBlobSource(content) {
  return content instanceof Uint8Array ? bytesSource(content) : content;
}
function asDescriptor(value, where) {
  if (typeof value !== "object" || value === null) throw new Error(`malformed manifest: ${where} is not a descriptor`);
  const d = value;
  if (typeof d.digest !== "string" || typeof d.size !== "number" || typeof d.mediaType !== "string") {
    throw new Error(`malformed manifest: ${where} lacks mediaType/digest/size`);
  }
  return d;
}
function parseManifestJson(bytes) {
  const parsed = JSON.parse(Buffer.from(bytes).toString("utf8"));
  if (typeof parsed !== "object" || parsed === null) throw new Error("malformed manifest: not a JSON object");
  return parsed;
}
function declaredMediaType(bytes) {
  const { mediaType } = parseManifestJson(bytes);
  return typeof mediaType === "string" ? mediaType : void 0;
}
function manifestReferences(bytes, mediaType) {
  const json = parseManifestJson(bytes);
  if (isIndexMediaType(mediaType) || Array.isArray(json.manifests)) {
    const manifests = Array.isArray(json.manifests) ? json.manifests : [];
    return { manifests: manifests.map((m, i) => asDescriptor(m, `manifests[${i}]`)), blobs: [] };
  }
  const blobs = [];
  if (json.config !== void 0) blobs.push(asDescriptor(json.config, "config"));
  const layers = Array.isArray(json.layers) ? json.layers : [];
  layers.forEach((l, i) => blobs.push(asDescriptor(l, `layers[${i}]`)));
  return { manifests: [], blobs };
}

// src/oci/layout.ts
var REF_NAME_ANNOTATION = "org.opencontainers.image.ref.name";
var LAYOUT_FILE_CONTENT = JSON.stringify({ imageLayoutVersion: "1.0.0" });
var READ_CHUNK = 4 * 1024 * 1024;
var LayoutError = class extends UserError {
  name = "LayoutError";
};
async function exists(path5) {
  try {
    await stat(path5);
    return true;
  } catch {
    return false;
  }
}
async function writeAtomic(path5, data) {
  const temp = `${path5}.tmp-${randomBytes(6).toString("hex")}`;
  await writeFile(temp, data);
  await rename(temp, path5);
}
var OciLayoutTarget = class {
  path;
  name;
  /** Serialises index.json read-modify-write cycles within this process. */
  indexLock = Promise.resolve();
  constructor(path5) {
    this.path = resolvePath(path5);
    this.name = `oci-layout://${this.path}`;
  }
  blobPath(digest) {
    assertSha256Digest(digest);
    const [algorithm, hex] = digest.split(":");
    return join(this.path, "blobs", algorithm, hex);
  }
  /** Create `oci-layout`, an empty `index.json` and `blobs/sha256` when missing. */
  async init() {
    await mkdir(join(this.path, "blobs", "sha256"), { recursive: true });
    const layoutFile = join(this.path, "oci-layout");
    if (!await exists(layoutFile)) await writeAtomic(layoutFile, LAYOUT_FILE_CONTENT);
    const indexFile = join(this.path, "index.json");
    if (!await exists(indexFile)) {
      await writeAtomic(indexFile, JSON.stringify({ schemaVersion: 2, mediaType: MEDIA_TYPE.ociIndex, manifests: [] }));
    }
  }
  async readIndex() {
    const file = join(this.path, "index.json");
    let text;
    try {
      text = await readFile(file, "utf8");
    } catch {
      throw new LayoutError(`${this.name} is not an OCI image layout: ${file} is missing`);
    }
    const parsed = JSON.parse(text);
    return { ...parsed, schemaVersion: 2, mediaType: parsed.mediaType ?? MEDIA_TYPE.ociIndex, manifests: Array.isArray(parsed.manifests) ? parsed.manifests : [] };
  }
  async updateIndex(change) {
    const run3 = this.indexLock.then(async () => {
      await this.init();
      const index = await this.readIndex();
      change(index);
      await writeAtomic(join(this.path, "index.json"), JSON.stringify(index, null, 2));
    });
    this.indexLock = run3.catch(() => void 0);
    await run3;
  }
  async resolve(reference) {
    const index = await this.readIndex();
    if (isDigest(reference)) {
      const listed = index.manifests.find((m) => m.digest === reference);
      if (listed) return stripRefName(listed);
      const bytes = await this.fetchBlob(reference);
      return { mediaType: declaredMediaType(bytes) ?? MEDIA_TYPE.ociManifest, digest: reference, size: bytes.byteLength };
    }
    const tagged = index.manifests.filter((m) => m.annotations?.[REF_NAME_ANNOTATION] === reference);
    const found = tagged.at(-1);
    if (!found) throw new LayoutError(`tag "${reference}" not found in ${this.name}`);
    return stripRefName(found);
  }
  async fetchManifest(reference) {
    const descriptor = await this.resolve(reference);
    const bytes = await this.fetchBlob(descriptor.digest);
    return { descriptor: { ...descriptor, size: bytes.byteLength }, bytes };
  }
  async blobExists(digest) {
    return exists(this.blobPath(digest));
  }
  async fetchBlob(digest) {
    let bytes;
    try {
      bytes = new Uint8Array(await readFile(this.blobPath(digest)));
    } catch {
      throw new LayoutError(`blob ${digest} not found in ${this.name}`);
    }
    verifyDigest(bytes, digest, `blob in ${this.name}`);
    return bytes;
  }
  async openBlob(descriptor) {
    const file = this.blobPath(descriptor.digest);
    const info = await stat(file).catch(() => {
      throw new LayoutError(`blob ${descriptor.digest} not found in ${this.name}`);
    });
    return {
      size: info.size,
      read: async (offset, length) => {
        const handle = await open(file, "r");
        try {
          const buffer = new Uint8Array(length);
          const { bytesRead } = await handle.read(buffer, 0, length, offset);
          return buffer.subarray(0, bytesRead);
        } finally {
          await handle.close();
        }
      }
    };
  }
  async pushBlob(descriptor, content) {
    const target = this.blobPath(descriptor.digest);
    if (await exists(target)) return false;
    await this.init();
    const source = toBlobSource(content);
    const temp = `${target}.tmp-${randomBytes(6).toString("hex")}`;
    const hash = new Sha256Accumulator();
    const handle = await open(temp, "w");
    try {
      for (let offset = 0; offset < source.size; ) {
        const chunk = await source.read(offset, Math.min(READ_CHUNK, source.size - offset));
        if (chunk.byteLength === 0) break;
        hash.update(chunk);
        await handle.write(chunk);
        offset += chunk.byteLength;
      }
    } finally {
      await handle.close();
    }
    const digest = hash.digest();
    const size = (await stat(temp)).size;
    if (digest !== descriptor.digest || size !== descriptor.size) {
      await rm(temp, { force: true });
      throw new LayoutError(`blob for ${this.name} hashes to ${digest} (${size} bytes), expected ${descriptor.digest} (${descriptor.size} bytes)`);
    }
    await mkdir(dirname(target), { recursive: true });
    await rename(temp, target);
    return true;
  }
  async pushManifest(bytes, mediaType, tag) {
    if (tag !== void 0) assertValidTag(tag);
    const refs = manifestReferences(bytes, mediaType);
    for (const needed of [...refs.blobs, ...refs.manifests]) {
      if (!await this.blobExists(needed.digest)) {
        throw new LayoutError(`cannot store manifest in ${this.name}: it references ${needed.digest}, which is not in the layout`);
      }
    }
    const descriptor = { mediaType, digest: sha256Digest(bytes), size: bytes.byteLength };
    await this.pushBlob(descriptor, bytes);
    if (tag !== void 0) await this.setTag(descriptor, tag);
    return descriptor;
  }
  async setTag(descriptor, tag) {
    await this.updateIndex((index) => {
      index.manifests = index.manifests.filter((m) => m.annotations?.[REF_NAME_ANNOTATION] !== tag);
      index.manifests.push({ ...stripRefName(descriptor), annotations: { ...descriptor.annotations, [REF_NAME_ANNOTATION]: tag } });
    });
  }
  async tag(reference, newTag) {
    assertValidTag(newTag);
    const descriptor = await this.resolve(reference);
    await this.setTag(descriptor, newTag);
    return descriptor;
  }
  async listTags() {
    const index = await this.readIndex();
    const tags = index.manifests.map((m) => m.annotations?.[REF_NAME_ANNOTATION]).filter((t) => t !== void 0);
    return [...new Set(tags)];
  }
};
function stripRefName(descriptor) {
  const { annotations, ...rest } = descriptor;
  if (!annotations) return rest;
  const { [REF_NAME_ANNOTATION]: _refName, ...others } = annotations;
  return Object.keys(others).length > 0 ? { ...rest, annotations: others } : rest;
}

// src/oci/errors.ts
var RegistryError = class extends UserError {
  name = "RegistryError";
  kind;
  status;
  /** `errors[]` of the registry's JSON body (codes like NAME_UNKNOWN, DENIED, MANIFEST_UNKNOWN). */
  ociErrors;
  registry;
  repository;
  /** What we were doing, e.g. "push manifest 1.6.1 to vfarcic/dot-ai". */
  operation;
  attempts;
  constructor(init) {
    super(init.message, init.cause === void 0 ? void 0 : { cause: init.cause });
    this.kind = init.kind;
    this.status = init.status;
    this.ociErrors = init.ociErrors ?? [];
    this.registry = init.registry;
    this.repository = init.repository;
    this.operation = init.operation;
    this.attempts = init.attempts;
  }
  hasCode(code) {
    return this.ociErrors.some((e) => e.code === code);
  }
};
function parseOciErrors(body) {
  try {
    const parsed = JSON.parse(body);
    if (typeof parsed !== "object" || parsed === null || !("errors" in parsed)) return [];
    const errors = parsed.errors;
    if (!Array.isArray(errors)) return [];
    return errors.flatMap((e) => {
      if (typeof e !== "object" || e === null) return [];
      const { code, message } = e;
      return [{ code: typeof code === "string" ? code : "UNKNOWN", message: typeof message === "string" ? message : "" }];
    });
  } catch {
    return [];
  }
}
function describeOciErrors(errors) {
  if (errors.length === 0) return "";
  return ": " + errors.map((e) => e.message ? `${e.code} ${e.message}` : e.code).join("; ");
}
function errorFromResponse(status, body, ctx) {
  const ociErrors = parseOciErrors(body);
  const details = describeOciErrors(ociErrors);
  const base = { registry: ctx.registry, repository: ctx.repository, operation: ctx.operation, status, ociErrors, attempts: ctx.attempts };
  const where = ctx.repository ? `${ctx.registry}/${ctx.repository}` : ctx.registry;
  if (status === 401) {
    const who = ctx.username ? `rejected the credentials of user "${ctx.username}"` : "requires authentication and no credentials were given";
    return new RegistryError({ ...base, kind: "unauthorized", message: `${ctx.operation}: registry ${ctx.registry} ${who} (HTTP 401${details})` });
  }
  if (status === 403) {
    const text = ociErrors.map((e) => `${e.code} ${e.message}`).join(" ");
    const ghcrWrite = /permission_denied/i.test(text) && /write_package/i.test(text);
    const hint = ghcrWrite ? '; the workflow needs `permissions: packages: write`, and the package\'s "Manage Actions access" settings must grant this repository the Write role' : "";
    const user = ctx.username ? ` for user "${ctx.username}"` : "";
    return new RegistryError({ ...base, kind: "denied", message: `${ctx.operation}: registry ${ctx.registry} denied access to ${where}${user} (HTTP 403${details})${hint}` });
  }
  if (status === 404) {
    const nameUnknown = ociErrors.some((e) => e.code === "NAME_UNKNOWN");
    const what = nameUnknown ? `repository ${where} does not exist (NAME_UNKNOWN); check the namespace/name spelling and that it was pushed before` : `not found in ${where} (HTTP 404${details})`;
    return new RegistryError({ ...base, kind: "not-found", message: `${ctx.operation}: ${what}` });
  }
  if (status === 429) {
    return new RegistryError({ ...base, kind: "rate-limited", message: `${ctx.operation}: registry ${ctx.registry} is rate limiting us (HTTP 429) and still was after ${ctx.attempts ?? 1} attempt(s); wait and retry later${details}` });
  }
  if (status >= 500) {
    return new RegistryError({ ...base, kind: "server-error", message: `${ctx.operation}: registry ${ctx.registry} failed with HTTP ${status} after ${ctx.attempts ?? 1} attempt(s)${details}` });
  }
  return new RegistryError({ ...base, kind: "protocol", message: `${ctx.operation}: registry ${ctx.registry} answered HTTP ${status}${details}` });
}
function networkErrorCodes(error) {
  const codes = [];
  const seen = /* @__PURE__ */ new Set();
  const visit = (e, depth) => {
    if (depth > 6 || e === null || typeof e !== "object" || seen.has(e)) return;
    seen.add(e);
    const { code, message, cause, errors } = e;
    if (typeof code === "string") codes.push(code);
    if (typeof message === "string") {
      if (/socket hang up/i.test(message)) codes.push("ECONNRESET");
      if (/other side closed/i.test(message)) codes.push("UND_ERR_SOCKET");
    }
    visit(cause, depth + 1);
    if (Array.isArray(errors)) for (const inner of errors) visit(inner, depth + 1);
  };
  visit(error, 0);
  return codes;
}
var UNREACHABLE_CODES = /* @__PURE__ */ new Set(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "EHOSTUNREACH", "ENETUNREACH"]);
function errorFromNetworkFailure(error, ctx) {
  const codes = networkErrorCodes(error);
  const base = { registry: ctx.registry, repository: ctx.repository, operation: ctx.operation, attempts: ctx.attempts, cause: error };
  const unreachable = codes.find((c) => UNREACHABLE_CODES.has(c));
  if (unreachable) {
    const reason = unreachable === "ECONNREFUSED" ? "connection refused" : unreachable;
    return new RegistryError({ ...base, kind: "unreachable", message: `${ctx.operation}: cannot reach registry ${ctx.registry} (${reason})` });
  }
  const code = codes[0] ?? (error instanceof Error ? error.message : String(error));
  return new RegistryError({ ...base, kind: "network", message: `${ctx.operation}: connection to registry ${ctx.registry} failed (${code}) after ${ctx.attempts ?? 1} attempt(s)` });
}

// src/oci/redact.ts
var MASK = "***";
var GENERIC_PATTERNS = [
  [/\b(authorization\s*[:=]\s*)(basic|bearer)\s+[^\s,;"']+/gi, `$1$2 ${MASK}`],
  [/\b(basic|bearer)\s+[A-Za-z0-9+/=._~-]{12,}/gi, `$1 ${MASK}`],
  [/("(?:token|access_token|refresh_token|password|secret)"\s*:\s*")[^"]*(")/gi, `$1${MASK}$2`],
  [/([?&](?:token|access_token|password)=)[^&\s]+/gi, `$1${MASK}`],
  [/(\/\/[^/@\s:]+:)[^/@\s]+@/g, `$1${MASK}@`]
];
function redact(text, secrets = []) {
  let out = text;
  const sorted = [...secrets].filter((s) => s.length >= 3).sort((a, b) => b.length - a.length);
  for (const secret of sorted) out = out.split(secret).join(MASK);
  for (const [pattern, replacement] of GENERIC_PATTERNS) out = out.replace(pattern, replacement);
  return out;
}
var Redactor = class {
  secrets = /* @__PURE__ */ new Set();
  add(secret) {
    if (secret !== void 0 && secret !== "") this.secrets.add(secret);
  }
  redact(text) {
    return redact(text, this.secrets);
  }
};
function redactingLog(sink, redactor) {
  return (line) => {
    if (sink) sink(redactor.redact(line));
  };
}
function urlForLog(url) {
  const cut = url.indexOf("?");
  return cut < 0 ? url : `${url.slice(0, cut)}?\u2026`;
}

// src/oci/retry.ts
function retryPolicy(options = {}) {
  return {
    maxAttempts: options.maxAttempts ?? 5,
    maxTotalMs: options.maxTotalMs ?? 6e4,
    baseDelayMs: options.baseDelayMs ?? 500,
    maxDelayMs: options.maxDelayMs ?? 1e4,
    sleep: options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms))),
    now: options.now ?? Date.now,
    random: options.random ?? Math.random
  };
}
var RETRYABLE_STATUSES = /* @__PURE__ */ new Set([429, 500, 502, 503, 504]);
function isRetryableStatus(status) {
  return RETRYABLE_STATUSES.has(status);
}
var RETRYABLE_NETWORK_CODES = /* @__PURE__ */ new Set([
  "ECONNRESET",
  "EPIPE",
  "ETIMEDOUT",
  "ECONNABORTED",
  "UND_ERR_SOCKET",
  "UND_ERR_CLOSED",
  // undici's own timeouts (headers/body 300 s by default): a stalled connection, worth a new one.
  "UND_ERR_HEADERS_TIMEOUT",
  "UND_ERR_BODY_TIMEOUT",
  "UND_ERR_CONNECT_TIMEOUT"
]);
function isRetryableNetworkError(error) {
  return networkErrorCodes(error).some((c) => RETRYABLE_NETWORK_CODES.has(c));
}
function parseRetryAfter(value, now) {
  if (value === null || value.trim() === "") return void 0;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1e3;
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return void 0;
  return Math.max(0, date - now);
}
function backoffDelay(policy, retry) {
  const exponential = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (retry - 1));
  return Math.round(exponential / 2 + policy.random() * (exponential / 2));
}
function nextRetryDelay(policy, attempt, startedAt, retryAfterMs) {
  if (attempt >= policy.maxAttempts) return void 0;
  const delay = retryAfterMs ?? backoffDelay(policy, attempt);
  const elapsed = policy.now() - startedAt;
  if (elapsed + delay > policy.maxTotalMs) return void 0;
  return delay;
}

// src/oci/http.ts
async function discard(response) {
  try {
    await response.body?.cancel();
  } catch {
  }
}
async function readText(response) {
  try {
    return await response.text();
  } catch {
    return "";
  }
}
async function fetchWithRetry(request, ctx) {
  const startedAt = ctx.policy.now();
  for (let attempt = 1; ; attempt++) {
    let response;
    try {
      response = await ctx.fetch(request.url, {
        method: request.method,
        headers: request.headers,
        body: request.body,
        // Redirects are followed by the caller, which drops credentials when the origin changes.
        redirect: "manual"
      });
    } catch (error) {
      const delay2 = isRetryableNetworkError(error) ? nextRetryDelay(ctx.policy, attempt, startedAt, void 0) : void 0;
      if (delay2 === void 0) throw errorFromNetworkFailure(error, { ...ctx, attempts: attempt });
      ctx.log(`oci: ${request.method} ${urlForLog(request.url)} failed (${error.message}); retry ${attempt} in ${delay2} ms`);
      await ctx.policy.sleep(delay2);
      continue;
    }
    if (!isRetryableStatus(response.status)) return response;
    const retryAfter = parseRetryAfter(response.headers.get("retry-after"), ctx.policy.now());
    const delay = nextRetryDelay(ctx.policy, attempt, startedAt, retryAfter);
    if (delay === void 0) {
      const body = ctx.redact(await readText(response));
      throw errorFromResponse(response.status, body, { ...ctx, attempts: attempt });
    }
    await discard(response);
    ctx.log(`oci: ${request.method} ${urlForLog(request.url)} answered ${response.status}; retry ${attempt} in ${delay} ms`);
    await ctx.policy.sleep(delay);
  }
}

// src/oci/auth.ts
function parseChallenge(header) {
  const match = /^\s*([A-Za-z][A-Za-z0-9_-]*)\s*(.*)$/s.exec(header);
  if (!match) return void 0;
  const scheme = (match[1] ?? "").toLowerCase();
  const params = {};
  const paramRe = /\s*([A-Za-z0-9_-]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s,]*))\s*,?/gy;
  const rest = match[2] ?? "";
  let m;
  while ((m = paramRe.exec(rest)) !== null && m[0] !== "") {
    const key = (m[1] ?? "").toLowerCase();
    params[key] = m[2] !== void 0 ? m[2].replace(/\\(.)/g, "$1") : m[3] ?? "";
  }
  return { scheme, params };
}
function repositoryScope(repository, actions) {
  return `repository:${repository}:${actions}`;
}
function scopeKey(scopes) {
  return [...scopes].sort().join(" ");
}
function actionsByResource(scopes) {
  const byResource = /* @__PURE__ */ new Map();
  for (const scope of scopes) {
    const cut = scope.lastIndexOf(":");
    const actions = byResource.get(scope.slice(0, cut)) ?? /* @__PURE__ */ new Set();
    for (const action of scope.slice(cut + 1).split(",")) if (action !== "") actions.add(action);
    byResource.set(scope.slice(0, cut), actions);
  }
  return byResource;
}
function mergeScopes(scopes) {
  return [...actionsByResource(scopes)].map(([resource, actions]) => `${resource}:${[...actions].sort().join(",")}`);
}
function scopesCover(have, wanted) {
  const granted = actionsByResource(have);
  return [...actionsByResource(wanted)].every(([resource, actions]) => {
    const got = granted.get(resource);
    return got !== void 0 && [...actions].every((a) => got.has(a));
  });
}
function isLoopback(hostname) {
  return hostname === "localhost" || hostname.startsWith("127.") || hostname === "[::1]" || hostname === "::1";
}
var DEFAULT_TOKEN_SECONDS = 60;
var RegistryAuth = class {
  constructor(registry, credentials, redactor) {
    this.registry = registry;
    this.credentials = credentials;
    this.redactor = redactor;
    if (credentials) {
      this.basicHeader = `Basic ${Buffer.from(`${credentials.username}:${credentials.password}`).toString("base64")}`;
      redactor.add(credentials.password);
      redactor.add(this.basicHeader.slice("Basic ".length));
    }
  }
  registry;
  credentials;
  redactor;
  /** Learned from the first challenge; until then requests go out anonymously. */
  scheme = "unknown";
  bearer;
  tokens = /* @__PURE__ */ new Map();
  inflight = /* @__PURE__ */ new Map();
  basicHeader;
  get username() {
    return this.credentials?.username;
  }
  /** Authorization header to send up front for these scopes, fetching a token if we know the realm. */
  async authorization(scopes, ctx) {
    if (this.scheme === "basic") return this.basicHeader;
    if (this.scheme === "bearer") return `Bearer ${await this.token(scopes, ctx, false)}`;
    return void 0;
  }
  /**
   * React to a 401 to a request sent with `sentAuthorization`. Returns true when a retry with other
   * authorization makes sense: Basic credentials not sent yet, or a Bearer challenge (fresh token,
   * or one another request fetched meanwhile). A second 401 on the same request is final.
   */
  async onUnauthorized(header, scopes, ctx, sentAuthorization, alreadyRetried) {
    if (alreadyRetried || header === null) return false;
    const challenge = parseChallenge(header);
    if (!challenge) return false;
    if (challenge.scheme === "basic") {
      if (!this.basicHeader || sentAuthorization === this.basicHeader) return false;
      this.scheme = "basic";
      return true;
    }
    if (challenge.scheme === "bearer") {
      const realm = challenge.params["realm"];
      if (!realm) return false;
      this.scheme = "bearer";
      this.bearer = { realm, service: challenge.params["service"] };
      const current = this.cachedCovering(scopes, ctx.policy.now());
      if (current && `Bearer ${current}` !== sentAuthorization) return true;
      const extra = challenge.params["scope"]?.split(" ").filter((s) => s !== "") ?? [];
      const wanted = mergeScopes([...scopes, ...extra]);
      if (sentAuthorization?.startsWith("Bearer ")) this.forget(sentAuthorization.slice("Bearer ".length));
      await this.token(scopes, ctx, true, wanted);
      return true;
    }
    return false;
  }
  forget(token) {
    for (const [key, entry] of this.tokens) if (entry.token === token) this.tokens.delete(key);
  }
  async token(scopes, ctx, force, requested = scopes) {
    const key = scopeKey(scopes);
    if (!force) {
      const reusable = this.cachedCovering(scopes, ctx.policy.now());
      if (reusable) return reusable;
    }
    const pending = this.inflight.get(key);
    if (pending) return pending;
    const promise = this.fetchToken(requested, ctx).then(
      (entry) => {
        this.tokens.set(key, entry);
        this.inflight.delete(key);
        return entry.token;
      },
      (error) => {
        this.inflight.delete(key);
        throw error;
      }
    );
    this.inflight.set(key, promise);
    return promise;
  }
  /** A live token whose scopes include all of `wanted` (a pull,push token serves pulls too). */
  cachedCovering(wanted, now) {
    const exact = this.tokens.get(scopeKey(wanted));
    if (exact && exact.expiresAt > now) return exact.token;
    for (const [key, entry] of this.tokens) {
      if (entry.expiresAt > now && scopesCover(key.split(" "), wanted)) return entry.token;
    }
    return void 0;
  }
  async fetchToken(scopes, ctx) {
    if (!this.bearer) throw new Error("bearer realm unknown");
    const url = new URL(this.bearer.realm);
    if (url.protocol !== "https:" && !(url.protocol === "http:" && isLoopback(url.hostname))) {
      throw new RegistryError({
        kind: "protocol",
        registry: this.registry,
        operation: ctx.operation,
        message: `${ctx.operation}: registry ${this.registry} sent token realm ${url.origin}, which is not HTTPS; refusing to send credentials there`
      });
    }
    if (this.bearer.service) url.searchParams.set("service", this.bearer.service);
    for (const scope of scopes) url.searchParams.append("scope", scope);
    const headers = { accept: "application/json" };
    if (this.basicHeader) headers["authorization"] = this.basicHeader;
    ctx.log(`oci: token request ${url.origin}${url.pathname} scope=${scopes.join(" ")}`);
    const tokenCtx = { ...ctx, operation: `${ctx.operation} (token from ${url.host})`, username: this.username };
    const response = await fetchWithRetry({ method: "GET", url: url.toString(), headers }, tokenCtx);
    const body = await readText(response);
    if (!response.ok) {
      throw errorFromResponse(response.status, this.redactor.redact(body), tokenCtx);
    }
    let parsed;
    try {
      parsed = JSON.parse(body);
    } catch {
      throw new RegistryError({ kind: "protocol", registry: this.registry, operation: ctx.operation, message: `${ctx.operation}: token endpoint ${url.host} did not answer JSON` });
    }
    const token = typeof parsed.token === "string" ? parsed.token : typeof parsed.access_token === "string" ? parsed.access_token : void 0;
    if (!token) {
      throw new RegistryError({ kind: "protocol", registry: this.registry, operation: ctx.operation, message: `${ctx.operation}: token endpoint ${url.host} answered without a token` });
    }
    this.redactor.add(token);
    const seconds = typeof parsed.expires_in === "number" && parsed.expires_in > 0 ? parsed.expires_in : DEFAULT_TOKEN_SECONDS;
    return { token, expiresAt: ctx.policy.now() + Math.max(1, seconds - 5) * 1e3 };
  }
};

// src/oci/registry.ts
var MIB = 1024 * 1024;
var MAX_REDIRECTS = 5;
var MAX_UPLOAD_SESSIONS = 2;
function isBrokenUploadSession(error) {
  if (!(error instanceof RegistryError)) return false;
  if (error.kind === "network" || error.kind === "server-error") return true;
  if (error.status === 416) return true;
  return error.hasCode("BLOB_UPLOAD_INVALID") || error.hasCode("BLOB_UPLOAD_UNKNOWN");
}
function isLoopbackHost(registry) {
  const host = registry.replace(/:\d+$/, "");
  return host === "localhost" || host.startsWith("127.") || host === "[::1]";
}
function shortDigest(digest) {
  return digest.length > 19 ? `${digest.slice(0, 19)}\u2026` : digest;
}
function withDigestParam(location, digest) {
  return `${location}${location.includes("?") ? "&" : "?"}digest=${encodeURIComponent(digest)}`;
}
var RegistryClient = class {
  registry;
  baseUrl;
  auth;
  monolithicMaxBytes;
  chunkSize;
  redactor = new Redactor();
  policy;
  log;
  fetchFn;
  constructor(options) {
    this.registry = options.registry.toLowerCase();
    const plain = options.plainHttp ?? isLoopbackHost(this.registry);
    this.baseUrl = `${plain ? "http" : "https"}://${this.registry}`;
    this.auth = new RegistryAuth(this.registry, options.credentials, this.redactor);
    this.policy = retryPolicy(options.retry);
    this.log = redactingLog(options.log, this.redactor);
    this.fetchFn = options.fetch ?? ((input, init) => fetch(input, init));
    this.monolithicMaxBytes = options.monolithicMaxBytes ?? 16 * MIB;
    this.chunkSize = options.chunkSize ?? 8 * MIB;
  }
  repository(name) {
    return new RegistryRepository(this, name);
  }
  /** Log through the redacting sink. */
  logLine(line) {
    this.log(line);
  }
  /** Redact with every secret this client knows (password, tokens). */
  redact(text) {
    return this.redactor.redact(text);
  }
  /** `GET /v2/`: checks reachability and credentials. */
  async ping() {
    const response = await this.send({ method: "GET", url: `${this.baseUrl}/v2/`, scopes: [], operation: `ping ${this.registry}`, repository: "" });
    await this.expect(response, [200], { operation: `ping ${this.registry}`, repository: "" });
  }
  context(operation, repository) {
    return {
      registry: this.registry,
      repository: repository === "" ? void 0 : repository,
      operation,
      username: this.auth.username,
      fetch: this.fetchFn,
      policy: this.policy,
      log: this.log,
      redact: (text) => this.redactor.redact(text)
    };
  }
  /** One request with auth (challenge answered once), retries, and redirects (credentials only to our origin). */
  async send(request) {
    const ctx = this.context(request.operation, request.repository);
    let url = request.url;
    let authRetried = false;
    let redirects = 0;
    let foreignOrigin = false;
    for (; ; ) {
      const headers = { ...request.headers };
      const authorization = foreignOrigin ? void 0 : await this.auth.authorization(request.scopes, ctx);
      if (authorization) headers["authorization"] = authorization;
      const response = await fetchWithRetry({ method: request.method, url, headers, body: request.body }, ctx);
      this.log(`oci: ${request.method} ${urlForLog(url)} -> ${response.status}`);
      if (response.status === 401 && !foreignOrigin) {
        const challenge = response.headers.get("www-authenticate");
        const retry = await this.auth.onUnauthorized(challenge, request.scopes, ctx, authorization, authRetried);
        if (retry) {
          authRetried = true;
          await discard(response);
          continue;
        }
      }
      const location = response.headers.get("location");
      const isRedirect = [301, 302, 303, 307, 308].includes(response.status);
      if (isRedirect && location && (request.method === "GET" || request.method === "HEAD")) {
        if (++redirects > MAX_REDIRECTS) {
          throw new RegistryError({ kind: "protocol", registry: this.registry, repository: request.repository, operation: request.operation, message: `${request.operation}: too many redirects` });
        }
        await discard(response);
        url = new URL(location, url).toString();
        foreignOrigin = new URL(url).origin !== this.baseUrl;
        continue;
      }
      return response;
    }
  }
  /** Throw the matching RegistryError unless the status is one we expect. */
  async expect(response, statuses, where) {
    if (statuses.includes(response.status)) return;
    const body = this.redactor.redact(await readText(response));
    throw errorFromResponse(response.status, body, this.context(where.operation, where.repository));
  }
};
var RegistryRepository = class {
  constructor(client, repository) {
    this.client = client;
    this.repository = repository;
    this.name = `${client.registry}/${repository}`;
  }
  client;
  repository;
  name;
  url(path5) {
    return `${this.client.baseUrl}/v2/${this.repository}/${path5}`;
  }
  get pullScopes() {
    return [repositoryScope(this.repository, "pull")];
  }
  get pushScopes() {
    return [repositoryScope(this.repository, "pull,push")];
  }
  async call(method, url, operation, scopes, expected, extra = {}) {
    const response = await this.client.send({ method, url, scopes, operation, repository: this.repository, ...extra });
    await this.client.expect(response, expected, { operation, repository: this.repository });
    return response;
  }
  async resolve(reference) {
    const operation = `resolve ${this.name}:${reference}`;
    const response = await this.call("HEAD", this.url(`manifests/${reference}`), operation, this.pullScopes, [200], {
      headers: { accept: MANIFEST_ACCEPT }
    });
    const digest = response.headers.get("docker-content-digest") ?? (isDigest(reference) ? reference : void 0);
    const mediaType = response.headers.get("content-type")?.split(";")[0]?.trim();
    const length = response.headers.get("content-length");
    if (!digest || !mediaType || length === null) {
      return (await this.fetchManifest(reference)).descriptor;
    }
    return { mediaType, digest, size: Number(length) };
  }
  async fetchManifest(reference) {
    const operation = `fetch manifest ${this.name}:${reference}`;
    const response = await this.call("GET", this.url(`manifests/${reference}`), operation, this.pullScopes, [200], {
      headers: { accept: MANIFEST_ACCEPT }
    });
    const bytes = new Uint8Array(await response.arrayBuffer());
    const digest = sha256Digest(bytes);
    const claimed = isDigest(reference) ? reference : response.headers.get("docker-content-digest");
    if (claimed && claimed.startsWith("sha256:") && claimed !== digest) {
      throw this.integrityError(operation, `manifest bytes hash to ${digest}, registry said ${claimed}`);
    }
    const mediaType = response.headers.get("content-type")?.split(";")[0]?.trim() || declaredMediaType(bytes) || "";
    return { descriptor: { mediaType, digest, size: bytes.byteLength }, bytes };
  }
  async blobExists(digest) {
    return this.headBlob(digest, this.pullScopes);
  }
  /** HEAD a blob; pushes ask with the push scope so one token serves the whole push. */
  async headBlob(digest, scopes) {
    const operation = `check blob ${shortDigest(digest)} in ${this.name}`;
    const response = await this.client.send({ method: "HEAD", url: this.url(`blobs/${digest}`), scopes, operation, repository: this.repository });
    await discard(response);
    if (response.status === 404) return false;
    await this.client.expect(response, [200], { operation, repository: this.repository });
    return true;
  }
  async fetchBlob(digest) {
    const operation = `fetch blob ${shortDigest(digest)} from ${this.name}`;
    const response = await this.call("GET", this.url(`blobs/${digest}`), operation, this.pullScopes, [200]);
    const bytes = new Uint8Array(await response.arrayBuffer());
    try {
      verifyDigest(bytes, digest, `blob from ${this.name}`);
    } catch (error) {
      throw this.integrityError(operation, error.message);
    }
    return bytes;
  }
  async openBlob(descriptor) {
    return bytesSource(await this.fetchBlob(descriptor.digest));
  }
  async pushBlob(descriptor, content) {
    assertSha256Digest(descriptor.digest);
    if (await this.headBlob(descriptor.digest, this.pushScopes)) return false;
    const operation = `push blob ${shortDigest(descriptor.digest)} to ${this.name}`;
    for (let session = 1; ; session++) {
      try {
        const response = await this.call("POST", this.url("blobs/uploads/"), operation, this.pushScopes, [202]);
        await discard(response);
        await this.uploadToSession(this.uploadLocation(response, operation), descriptor, content, operation);
        return true;
      } catch (error) {
        if (session >= MAX_UPLOAD_SESSIONS || !isBrokenUploadSession(error)) throw error;
        this.client.logLine(`oci: ${operation}: ${error.message}; restarting the upload`);
      }
    }
  }
  /**
   * Cross-repository mount: link a blob `fromRepository` already has, without transferring it.
   * When the registry answers 202 (not mounted: unknown source, no access, or unsupported) the blob
   * is uploaded from `content` through the session it opened; without content the session is
   * cancelled. Returns true when mounted.
   */
  async mountBlob(descriptor, fromRepository, content) {
    assertSha256Digest(descriptor.digest);
    const operation = `mount blob ${shortDigest(descriptor.digest)} from ${fromRepository} into ${this.name}`;
    const query = `?mount=${encodeURIComponent(descriptor.digest)}&from=${encodeURIComponent(fromRepository)}`;
    const scopes = [...this.pushScopes, repositoryScope(fromRepository, "pull")];
    const response = await this.call("POST", this.url(`blobs/uploads/${query}`), operation, scopes, [201, 202]);
    await discard(response);
    if (response.status === 201) {
      const got = response.headers.get("docker-content-digest");
      if (got && got !== descriptor.digest) throw this.integrityError(operation, `registry mounted ${got}`);
      return true;
    }
    const location = this.uploadLocation(response, operation);
    if (content === void 0) {
      this.client.logLine(`oci: ${operation}: not mounted, cancelling upload session`);
      const cancel = await this.client.send({ method: "DELETE", url: location, scopes: this.pushScopes, operation, repository: this.repository });
      await discard(cancel);
      return false;
    }
    await this.uploadToSession(location, descriptor, content, `${operation} (fallback upload)`);
    return false;
  }
  uploadLocation(response, operation) {
    const location = response.headers.get("location");
    if (!location) throw new RegistryError({ kind: "protocol", registry: this.client.registry, repository: this.repository, operation, message: `${operation}: registry opened an upload without a Location header` });
    return new URL(location, this.client.baseUrl).toString();
  }
  /** Monolithic PUT for small blobs, PATCH chunks for large ones; then confirm the digest. */
  async uploadToSession(location, descriptor, content, operation) {
    const source = toBlobSource(content);
    if (source.size !== descriptor.size) {
      throw this.integrityError(operation, `content is ${source.size} bytes, descriptor says ${descriptor.size}`);
    }
    try {
      if (source.size <= this.client.monolithicMaxBytes) {
        await this.uploadMonolithic(location, descriptor, source, operation);
      } else {
        await this.uploadChunked(location, descriptor, source, operation);
      }
    } catch (error) {
      const worthChecking = error instanceof RegistryError && !["unauthorized", "denied", "integrity", "unreachable"].includes(error.kind);
      if (worthChecking && await this.headBlob(descriptor.digest, this.pushScopes).catch(() => false)) {
        return;
      }
      throw error;
    }
  }
  async uploadMonolithic(location, descriptor, source, operation) {
    const bytes = await source.read(0, source.size);
    try {
      verifyDigest(bytes, descriptor.digest, operation);
    } catch (error) {
      throw this.integrityError(operation, error.message);
    }
    const response = await this.call("PUT", withDigestParam(location, descriptor.digest), operation, this.pushScopes, [201], {
      headers: { "content-type": "application/octet-stream" },
      body: bytes
    });
    await discard(response);
    this.checkStoredDigest(response, descriptor.digest, operation);
  }
  async uploadChunked(location, descriptor, source, operation) {
    const hash = new Sha256Accumulator();
    let offset = 0;
    let url = location;
    while (offset < source.size) {
      const chunk = await source.read(offset, Math.min(this.client.chunkSize, source.size - offset));
      const end = offset + chunk.byteLength - 1;
      const response2 = await this.client.send({
        method: "PATCH",
        url,
        scopes: this.pushScopes,
        operation: `${operation} (bytes ${offset}-${end})`,
        repository: this.repository,
        headers: { "content-type": "application/octet-stream", "content-range": `${offset}-${end}` },
        body: chunk
      });
      if (response2.status === 416) {
        await discard(response2);
        const status = await this.uploadStatus(url, operation);
        url = status.location;
        if (status.received === end + 1) {
          hash.update(chunk);
          offset = end + 1;
          continue;
        }
        if (status.received === offset) continue;
        throw this.integrityError(operation, `upload is at byte ${status.received}, expected ${offset} or ${end + 1}`);
      }
      await this.client.expect(response2, [202], { operation, repository: this.repository });
      await discard(response2);
      url = this.uploadLocation(response2, operation);
      hash.update(chunk);
      offset = end + 1;
    }
    const digest = hash.digest();
    if (digest !== descriptor.digest) {
      const cancel = await this.client.send({ method: "DELETE", url, scopes: this.pushScopes, operation, repository: this.repository });
      await discard(cancel);
      throw this.integrityError(operation, `content hashes to ${digest}, not ${descriptor.digest}; upload cancelled`);
    }
    const response = await this.call("PUT", withDigestParam(url, descriptor.digest), operation, this.pushScopes, [201]);
    await discard(response);
    this.checkStoredDigest(response, descriptor.digest, operation);
  }
  /** `GET <upload location>` → how many bytes the registry holds (Range: 0-N) and the next Location. */
  async uploadStatus(location, operation) {
    const response = await this.call("GET", location, `${operation} (upload status)`, this.pushScopes, [204]);
    const range = /^(?:bytes=)?0-(\d+)$/.exec(response.headers.get("range") ?? "");
    return { received: range ? Number(range[1]) + 1 : 0, location: response.headers.get("location") ? this.uploadLocation(response, operation) : location };
  }
  checkStoredDigest(response, expected, operation) {
    const stored = response.headers.get("docker-content-digest");
    if (stored && stored !== expected) throw this.integrityError(operation, `registry stored ${stored}, expected ${expected}`);
  }
  async pushManifest(bytes, mediaType, tag) {
    if (tag !== void 0) assertValidTag(tag);
    const digest = sha256Digest(bytes);
    const reference = tag ?? digest;
    const operation = `push manifest ${reference === digest ? shortDigest(digest) : reference} to ${this.name}`;
    await this.assertReferencesPresent(bytes, mediaType, operation);
    return this.putManifest(bytes, mediaType, reference, digest, operation);
  }
  /** No tag may name an incomplete artifact: HEAD every blob and child manifest first. */
  async assertReferencesPresent(bytes, mediaType, operation) {
    const refs = manifestReferences(bytes, mediaType);
    for (const blob of refs.blobs) {
      if (!await this.headBlob(blob.digest, this.pushScopes)) {
        throw this.integrityError(operation, `blob ${blob.digest} (${blob.mediaType}) is not in ${this.name}; refusing to push a manifest that points at it`);
      }
    }
    for (const child of refs.manifests) {
      const response = await this.client.send({ method: "HEAD", url: this.url(`manifests/${child.digest}`), scopes: this.pushScopes, operation, repository: this.repository, headers: { accept: MANIFEST_ACCEPT } });
      await discard(response);
      if (response.status === 404) throw this.integrityError(operation, `child manifest ${child.digest} is not in ${this.name}`);
      await this.client.expect(response, [200], { operation, repository: this.repository });
    }
  }
  async putManifest(bytes, mediaType, reference, digest, operation) {
    const response = await this.call("PUT", this.url(`manifests/${reference}`), operation, this.pushScopes, [201], {
      headers: { "content-type": mediaType },
      body: bytes
    });
    await discard(response);
    const stored = response.headers.get("docker-content-digest");
    if (stored && stored !== digest) {
      throw this.integrityError(operation, `registry stored the manifest as ${stored}, but its bytes hash to ${digest}`);
    }
    return { mediaType, digest, size: bytes.byteLength };
  }
  async tag(reference, newTag) {
    assertValidTag(newTag);
    const { bytes, descriptor } = await this.fetchManifest(reference);
    return this.putManifest(bytes, descriptor.mediaType, newTag, descriptor.digest, `tag ${this.name}:${reference} as ${newTag}`);
  }
  async listTags(pageSize = 1e3) {
    const operation = `list tags of ${this.name}`;
    const tags = [];
    let url = this.url(`tags/list?n=${pageSize}`);
    for (let page = 0; url !== void 0; page++) {
      if (page > 1e4) throw this.integrityError(operation, "tag pagination does not end");
      const response = await this.call("GET", url, operation, this.pullScopes, [200]);
      const body = await response.json();
      if (Array.isArray(body.tags)) {
        for (const t of body.tags) if (typeof t === "string") tags.push(t);
      }
      const next = /<([^>]+)>\s*;\s*rel="?next"?/i.exec(response.headers.get("link") ?? "");
      url = next?.[1] ? new URL(next[1], url).toString() : void 0;
    }
    return tags;
  }
  /** Delete a manifest by digest (registries refuse deleting by tag). */
  async deleteManifest(digest) {
    assertSha256Digest(digest);
    const response = await this.call("DELETE", this.url(`manifests/${digest}`), `delete manifest ${shortDigest(digest)} from ${this.name}`, this.pushScopes, [202]);
    await discard(response);
  }
  integrityError(operation, detail) {
    return new RegistryError({ kind: "integrity", registry: this.client.registry, repository: this.repository, operation, message: `${operation}: ${detail}` });
  }
};

// src/oci/copy.ts
async function forEachLimited(items, limit, work) {
  let next = 0;
  const lanes = Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, async () => {
    while (next < items.length) {
      const item = items[next++];
      await work(item);
    }
  });
  await Promise.all(lanes);
}
function describeBytes(mediaType, bytes, annotations) {
  const descriptor = { mediaType, digest: sha256Digest(bytes), size: bytes.byteLength };
  if (annotations) descriptor.annotations = annotations;
  return descriptor;
}
function buildImageManifest(input) {
  const manifest = {
    schemaVersion: 2,
    mediaType: MEDIA_TYPE.ociManifest,
    ...input.artifactType ? { artifactType: input.artifactType } : {},
    config: input.config,
    layers: input.layers,
    ...input.annotations ? { annotations: input.annotations } : {}
  };
  return { bytes: new TextEncoder().encode(JSON.stringify(manifest)), mediaType: MEDIA_TYPE.ociManifest };
}
async function pushArtifact(target, input) {
  await forEachLimited(input.blobs, input.concurrency ?? 3, async (blob) => {
    await target.pushBlob(blob.descriptor, blob.content);
  });
  return target.pushManifest(input.manifest, input.mediaType, input.tag);
}

// src/chart/archive.ts
import { createHash as createHash2 } from "node:crypto";
import { gunzipSync } from "node:zlib";
function field(header, offset, length) {
  const raw = header.subarray(offset, offset + length);
  const end = raw.indexOf(0);
  return raw.subarray(0, end === -1 ? length : end).toString("utf8");
}
function readTgz(bytes, what) {
  let tar;
  try {
    tar = gunzipSync(bytes);
  } catch (err) {
    throw new UserError(`${what}: not a gzip archive (${err.message})`);
  }
  const entries = [];
  let longName;
  for (let offset = 0; offset + 512 <= tar.length; ) {
    const header = tar.subarray(offset, offset + 512);
    if (header.every((b) => b === 0)) break;
    const size = parseInt(field(header, 124, 12).trim() || "0", 8);
    const type = String.fromCharCode(header[156] ?? 48);
    const prefix = field(header, 345, 155);
    const name = longName ?? (prefix ? `${prefix}/${field(header, 0, 100)}` : field(header, 0, 100));
    const content = tar.subarray(offset + 512, offset + 512 + size);
    longName = void 0;
    if (type === "L") longName = content.toString("utf8").replace(/\0+$/, "");
    else if (type === "x") longName = /\d+ path=([^\n]*)\n/.exec(content.toString("utf8"))?.[1];
    else if (type === "0" || type === "\0") entries.push({ name, content: Buffer.from(content) });
    offset += 512 + Math.ceil(size / 512) * 512;
  }
  return entries;
}
function contentDigest(entries) {
  const hash = createHash2("sha256");
  for (const entry of [...entries].sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0)) {
    hash.update(`${entry.name}\0${entry.content.length}\0`);
    hash.update(entry.content);
  }
  return `sha256:${hash.digest("hex")}`;
}

// src/chart/artifact.ts
function chartArtifact(tgz, what, env = process.env) {
  const entries = readTgz(tgz, what);
  const chartYaml = entries.find((e) => /^[^/]+\/Chart\.yaml$/.test(e.name));
  if (!chartYaml) throw new UserError(`${what}: no Chart.yaml at the top of the package`);
  const metadata2 = (0, import_yaml.parse)(chartYaml.content.toString("utf8"));
  if (!metadata2?.name || !metadata2.version) throw new UserError(`${what}: Chart.yaml lacks name or version`);
  const config = describeBytes(MEDIA_TYPE.helmConfig, new TextEncoder().encode(JSON.stringify(metadata2)));
  const layer = describeBytes(MEDIA_TYPE.helmChartContent, tgz);
  const annotations = {
    "org.opencontainers.image.title": metadata2.name,
    "org.opencontainers.image.version": metadata2.version
  };
  if (metadata2.description) annotations["org.opencontainers.image.description"] = metadata2.description;
  if (metadata2.home) annotations["org.opencontainers.image.url"] = metadata2.home;
  if (metadata2.sources?.[0]) annotations["org.opencontainers.image.source"] = metadata2.sources[0];
  const authors = (metadata2.maintainers ?? []).map((m) => m.email ? `${m.name} (${m.email})` : m.name).filter(Boolean);
  if (authors.length) annotations["org.opencontainers.image.authors"] = authors.join(", ");
  if (env.SOURCE_DATE_EPOCH && /^\d+$/.test(env.SOURCE_DATE_EPOCH)) {
    annotations["org.opencontainers.image.created"] = new Date(Number(env.SOURCE_DATE_EPOCH) * 1e3).toISOString();
  }
  const manifest = buildImageManifest({ config, layers: [layer], annotations });
  return {
    metadata: metadata2,
    contentDigest: contentDigest(entries),
    blobs: [
      { descriptor: config, content: new TextEncoder().encode(JSON.stringify(metadata2)) },
      { descriptor: layer, content: tgz }
    ],
    layer,
    manifest: manifest.bytes,
    manifestDigest: describeBytes(manifest.mediaType, manifest.bytes).digest,
    mediaType: manifest.mediaType
  };
}

// src/chart/dependencies.ts
var import_yaml2 = __toESM(require_dist(), 1);
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
function missingDependencies(chartDir, dependencies) {
  const vendored = path.join(chartDir, "charts");
  const archives = existsSync(vendored) ? readdirSync(vendored).filter((f) => f.endsWith(".tgz")) : [];
  const lockFile = path.join(chartDir, "Chart.lock");
  const locked = existsSync(lockFile) ? (0, import_yaml2.parse)(readFileSync(lockFile, "utf8")).dependencies ?? [] : [];
  return dependencies.filter((dep) => {
    if (existsSync(path.join(vendored, dep.name, "Chart.yaml"))) return false;
    const version = locked.find((l) => l.name === dep.name)?.version ?? dep.version;
    if (!version || !/^\d+\.\d+\.\d+/.test(version) || /[\s^~<>=*|xX]/.test(version)) {
      return !archives.some((a) => a.startsWith(`${dep.name}-`));
    }
    return !archives.includes(`${dep.name}-${version}.tgz`);
  });
}

// src/chart/destination.ts
import path2 from "node:path";
function parseDestination(input, chartName, images, what = "input registry") {
  if (input.startsWith("oci-layout://")) {
    const dir = input.slice("oci-layout://".length);
    if (!dir) throw new UserError(`${what}: "${input}" has no path`);
    const layout = path2.resolve(dir, chartName);
    return { destination: { kind: "layout", dir: layout, display: `oci-layout://${layout}` } };
  }
  const bare = input.replace(/^oci:\/\//, "");
  if (/^[a-z]+:\/\//i.test(bare)) throw new UserError(`${what}: "${input}" must be oci://HOST/NAMESPACE or oci-layout://PATH`);
  const slash = bare.indexOf("/");
  const registry = slash === -1 ? bare : bare.slice(0, slash);
  const namespace = slash === -1 ? "" : bare.slice(slash + 1).replace(/\/+$/, "");
  if (!/^[a-zA-Z0-9.-]+(:\d+)?$/.test(registry) && !/^\[[0-9a-fA-F:]+\](:\d+)?$/.test(registry)) {
    throw new UserError(`${what}: "${input}" does not start with a registry host`);
  }
  if (namespace.includes("@")) throw new UserError(`${what}: "${input}" carries a digest; give the namespace only, e.g. oci://${registry}/charts`);
  if (namespace.includes(":")) {
    throw new UserError(`${what}: "${input}" carries a tag; give the namespace only (the chart version becomes the tag), e.g. oci://${registry}/${namespace.split(":")[0]}`);
  }
  const segments = namespace.split("/").filter(Boolean);
  if (segments.at(-1)?.toLowerCase() === chartName.toLowerCase()) {
    throw new UserError(
      `${what}: "${input}" ends with the chart name "${chartName}"; give the namespace only (like helm push): oci://${[registry, ...segments.slice(0, -1)].join("/")}`
    );
  }
  const lower = namespace.toLowerCase();
  const repository = [lower, chartName].filter(Boolean).join("/");
  const full = `${registry.toLowerCase()}/${repository}`;
  if (images.map((i) => i.toLowerCase()).includes(full)) {
    throw new UserError(
      `${what}: the chart would be pushed to ${full}, the repository of the released image; use a namespace of its own, e.g. oci://${registry}/${lower ? `${lower}/` : ""}charts`
    );
  }
  return {
    destination: { kind: "registry", registry: registry.toLowerCase(), namespace: lower, repository, display: `oci://${full}` },
    notice: lower !== namespace ? `${what}: namespace "${namespace}" lowercased to "${lower}" (registries require lowercase names)` : void 0
  };
}

// src/chart/publish.ts
async function openChartTarget(destination, options) {
  if (destination.kind === "layout") {
    const layout = new OciLayoutTarget(destination.dir);
    await layout.init();
    return layout;
  }
  const client = new RegistryClient({
    registry: destination.registry,
    credentials: options.credentials,
    plainHttp: options.plainHttp,
    log: options.log
  });
  return client.repository(destination.repository);
}
async function existing(target, tag) {
  try {
    return (await target.resolve(tag)).digest;
  } catch (err) {
    if (err instanceof RegistryError && err.kind === "not-found") return void 0;
    if (!(err instanceof RegistryError) && /not found|no such|unknown/i.test(err.message)) return void 0;
    throw err;
  }
}
async function publishedContent(target, tag) {
  const manifest = JSON.parse(new TextDecoder().decode((await target.fetchManifest(tag)).bytes));
  const layer = manifest.layers?.find((l) => l.mediaType === "application/vnd.cncf.helm.chart.content.v1.tar+gzip");
  if (!layer?.digest) return void 0;
  return contentDigest(readTgz(await target.fetchBlob(layer.digest), `${target.name}:${tag}`));
}
async function publishChart(target, artifact, tag, options) {
  const current = await existing(target, tag);
  if (current) {
    if (current === artifact.manifestDigest || await publishedContent(target, tag) === artifact.contentDigest) {
      return { status: "already-published", digest: current, bytesUploaded: 0 };
    }
    if (!options.overwrite) {
      throw new UserError(
        `${target.name}:${tag} is already published with different content (${current}); a released version is immutable: bump the version, or pass overwrite to replace it`
      );
    }
  }
  let bytesUploaded = 0;
  for (const blob of artifact.blobs) if (!await target.blobExists(blob.descriptor.digest)) bytesUploaded += blob.descriptor.size;
  const pushed = await pushArtifact(target, { blobs: artifact.blobs, manifest: artifact.manifest, mediaType: artifact.mediaType, tag });
  bytesUploaded += artifact.manifest.byteLength;
  const resolved = await target.resolve(tag);
  if (resolved.digest !== pushed.digest || pushed.digest !== artifact.manifestDigest) {
    throw new UserError(`${target.name}:${tag} resolves to ${resolved.digest} after the push, not to the pushed ${artifact.manifestDigest}`);
  }
  const pulled = await target.fetchBlob(artifact.layer.digest);
  const original = artifact.blobs[1]?.content;
  if (Buffer.compare(Buffer.from(pulled), Buffer.from(original)) !== 0) {
    throw new UserError(`${target.name}:${tag}: the chart read back differs from the packaged one`);
  }
  return { status: current ? "overwritten" : "pushed", digest: pushed.digest, bytesUploaded };
}

// src/kit/types.ts
function formatFinding(f) {
  const where = [
    `${f.kind}/${f.name}`,
    f.container ? `container ${f.container}` : void 0,
    f.kubeVersion ? `k8s ${f.kubeVersion}` : void 0,
    f.source ? `(${f.source})` : void 0
  ].filter(Boolean);
  return `[${f.check}:${f.rule}] ${where.join(" ")}: ${f.message}`;
}
function kindOf(o) {
  return typeof o.kind === "string" ? o.kind : "<no kind>";
}
function nameOf(o) {
  const n = o.metadata?.name;
  return typeof n === "string" ? n : "<no name>";
}

// src/kit/deprecations.ts
var REMOVED_APIS = [
  { apiVersion: "extensions/v1beta1", kinds: ["DaemonSet", "Deployment", "ReplicaSet"], removedIn: "1.16", replacement: "apps/v1" },
  { apiVersion: "extensions/v1beta1", kinds: ["NetworkPolicy"], removedIn: "1.16", replacement: "networking.k8s.io/v1" },
  { apiVersion: "extensions/v1beta1", kinds: ["PodSecurityPolicy"], removedIn: "1.16", replacement: "Pod Security Admission" },
  { apiVersion: "extensions/v1beta1", kinds: ["Ingress"], removedIn: "1.22", replacement: "networking.k8s.io/v1" },
  { apiVersion: "apps/v1beta1", kinds: "*", removedIn: "1.16", replacement: "apps/v1" },
  { apiVersion: "apps/v1beta2", kinds: "*", removedIn: "1.16", replacement: "apps/v1" },
  { apiVersion: "networking.k8s.io/v1beta1", kinds: ["Ingress", "IngressClass"], removedIn: "1.22", replacement: "networking.k8s.io/v1" },
  { apiVersion: "admissionregistration.k8s.io/v1beta1", kinds: ["MutatingWebhookConfiguration", "ValidatingWebhookConfiguration"], removedIn: "1.22", replacement: "admissionregistration.k8s.io/v1" },
  { apiVersion: "apiextensions.k8s.io/v1beta1", kinds: ["CustomResourceDefinition"], removedIn: "1.22", replacement: "apiextensions.k8s.io/v1" },
  { apiVersion: "apiregistration.k8s.io/v1beta1", kinds: ["APIService"], removedIn: "1.22", replacement: "apiregistration.k8s.io/v1" },
  { apiVersion: "authentication.k8s.io/v1beta1", kinds: ["TokenReview"], removedIn: "1.22", replacement: "authentication.k8s.io/v1" },
  { apiVersion: "authorization.k8s.io/v1beta1", kinds: ["LocalSubjectAccessReview", "SelfSubjectAccessReview", "SubjectAccessReview", "SelfSubjectRulesReview"], removedIn: "1.22", replacement: "authorization.k8s.io/v1" },
  { apiVersion: "certificates.k8s.io/v1beta1", kinds: ["CertificateSigningRequest"], removedIn: "1.22", replacement: "certificates.k8s.io/v1" },
  { apiVersion: "coordination.k8s.io/v1beta1", kinds: ["Lease"], removedIn: "1.22", replacement: "coordination.k8s.io/v1" },
  { apiVersion: "rbac.authorization.k8s.io/v1beta1", kinds: "*", removedIn: "1.22", replacement: "rbac.authorization.k8s.io/v1" },
  { apiVersion: "rbac.authorization.k8s.io/v1alpha1", kinds: "*", removedIn: "1.22", replacement: "rbac.authorization.k8s.io/v1" },
  { apiVersion: "scheduling.k8s.io/v1beta1", kinds: ["PriorityClass"], removedIn: "1.22", replacement: "scheduling.k8s.io/v1" },
  { apiVersion: "storage.k8s.io/v1beta1", kinds: ["CSIDriver", "CSINode", "StorageClass", "VolumeAttachment"], removedIn: "1.22", replacement: "storage.k8s.io/v1" },
  { apiVersion: "batch/v1beta1", kinds: ["CronJob"], removedIn: "1.25", replacement: "batch/v1" },
  { apiVersion: "discovery.k8s.io/v1beta1", kinds: ["EndpointSlice"], removedIn: "1.25", replacement: "discovery.k8s.io/v1" },
  { apiVersion: "events.k8s.io/v1beta1", kinds: ["Event"], removedIn: "1.25", replacement: "events.k8s.io/v1" },
  { apiVersion: "autoscaling/v2beta1", kinds: ["HorizontalPodAutoscaler"], removedIn: "1.25", replacement: "autoscaling/v2" },
  { apiVersion: "policy/v1beta1", kinds: ["PodDisruptionBudget"], removedIn: "1.25", replacement: "policy/v1" },
  { apiVersion: "policy/v1beta1", kinds: ["PodSecurityPolicy"], removedIn: "1.25", replacement: "Pod Security Admission" },
  { apiVersion: "node.k8s.io/v1beta1", kinds: ["RuntimeClass"], removedIn: "1.25", replacement: "node.k8s.io/v1" },
  { apiVersion: "autoscaling/v2beta2", kinds: ["HorizontalPodAutoscaler"], removedIn: "1.26", replacement: "autoscaling/v2" },
  { apiVersion: "flowcontrol.apiserver.k8s.io/v1beta1", kinds: ["FlowSchema", "PriorityLevelConfiguration"], removedIn: "1.26", replacement: "flowcontrol.apiserver.k8s.io/v1" },
  { apiVersion: "storage.k8s.io/v1beta1", kinds: ["CSIStorageCapacity"], removedIn: "1.27", replacement: "storage.k8s.io/v1" },
  { apiVersion: "flowcontrol.apiserver.k8s.io/v1beta2", kinds: ["FlowSchema", "PriorityLevelConfiguration"], removedIn: "1.29", replacement: "flowcontrol.apiserver.k8s.io/v1" },
  { apiVersion: "flowcontrol.apiserver.k8s.io/v1beta3", kinds: ["FlowSchema", "PriorityLevelConfiguration"], removedIn: "1.32", replacement: "flowcontrol.apiserver.k8s.io/v1" }
];
function findRemovedApi(apiVersion, kind) {
  return REMOVED_APIS.find((r) => r.apiVersion === apiVersion && (r.kinds === "*" || r.kinds.includes(kind)));
}
function checkDeprecations(objects) {
  const findings = [];
  for (const { object, source } of objects) {
    if (typeof object.apiVersion !== "string") continue;
    const removed = findRemovedApi(object.apiVersion, kindOf(object));
    if (!removed) continue;
    findings.push({
      check: "deprecation",
      rule: "removed-api",
      kind: kindOf(object),
      name: nameOf(object),
      source,
      kubeVersion: removed.removedIn,
      message: `${object.apiVersion} ${kindOf(object)} is no longer served since Kubernetes ${removed.removedIn}; use ${removed.replacement}`
    });
  }
  return findings;
}

// src/kit/schemas/k8s-1.24.json
var k8s_1_24_default = { schema: { $id: "k8s-1.24", definitions: { KubeMutatingWebhookConfigurationProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, webhooks: { type: "array", items: { $ref: "#/definitions/MutatingWebhook" } } }, additionalProperties: false }, KubeMutatingWebhookConfigurationListProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeMutatingWebhookConfigurationProps" } } }, additionalProperties: false, required: ["items"] }, KubeValidatingWebhookConfigurationProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, webhooks: { type: "array", items: { $ref: "#/definitions/ValidatingWebhook" } } }, additionalProperties: false }, KubeValidatingWebhookConfigurationListProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeValidatingWebhookConfigurationProps" } } }, additionalProperties: false, required: ["items"] }, KubeStorageVersionV1Alpha1Props: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: {} }, additionalProperties: false, required: ["spec"] }, KubeStorageVersionListV1Alpha1Props: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeStorageVersionV1Alpha1Props" } } }, additionalProperties: false, required: ["items"] }, KubeControllerRevisionProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, data: {}, revision: { type: "number" } }, additionalProperties: false, required: ["revision"] }, KubeControllerRevisionListProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeControllerRevisionProps" } } }, additionalProperties: false, required: ["items"] }, KubeDaemonSetProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/DaemonSetSpec" } }, additionalProperties: false }, KubeDaemonSetListProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeDaemonSetProps" } } }, additionalProperties: false, required: ["items"] }, KubeDeploymentProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/DeploymentSpec" } }, additionalProperties: false }, KubeDeploymentListProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeDeploymentProps" } } }, additionalProperties: false, required: ["items"] }, KubeReplicaSetProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/ReplicaSetSpec" } }, additionalProperties: false }, KubeReplicaSetListProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeReplicaSetProps" } } }, additionalProperties: false, required: ["items"] }, KubeStatefulSetProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/StatefulSetSpec" } }, additionalProperties: false }, KubeStatefulSetListProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeStatefulSetProps" } } }, additionalProperties: false, required: ["items"] }, KubeTokenRequestProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/TokenRequestSpec" } }, additionalProperties: false, required: ["spec"] }, KubeTokenReviewProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/TokenReviewSpec" } }, additionalProperties: false, required: ["spec"] }, KubeLocalSubjectAccessReviewProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/SubjectAccessReviewSpec" } }, additionalProperties: false, required: ["spec"] }, KubeSelfSubjectAccessReviewProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/SelfSubjectAccessReviewSpec" } }, additionalProperties: false, required: ["spec"] }, KubeSelfSubjectRulesReviewProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/SelfSubjectRulesReviewSpec" } }, additionalProperties: false, required: ["spec"] }, KubeSubjectAccessReviewProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/SubjectAccessReviewSpec" } }, additionalProperties: false, required: ["spec"] }, KubeHorizontalPodAutoscalerProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/HorizontalPodAutoscalerSpec" } }, additionalProperties: false }, KubeHorizontalPodAutoscalerListProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeHorizontalPodAutoscalerProps" } } }, additionalProperties: false, required: ["items"] }, KubeScaleProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/ScaleSpec" } }, additionalProperties: false }, KubeHorizontalPodAutoscalerV2Props: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/HorizontalPodAutoscalerSpecV2" } }, additionalProperties: false }, KubeHorizontalPodAutoscalerListV2Props: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeHorizontalPodAutoscalerV2Props" } } }, additionalProperties: false, required: ["items"] }, KubeHorizontalPodAutoscalerV2Beta1Props: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/HorizontalPodAutoscalerSpecV2Beta1" } }, additionalProperties: false }, KubeHorizontalPodAutoscalerListV2Beta1Props: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeHorizontalPodAutoscalerV2Beta1Props" } } }, additionalProperties: false, required: ["items"] }, KubeHorizontalPodAutoscalerV2Beta2Props: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/HorizontalPodAutoscalerSpecV2Beta2" } }, additionalProperties: false }, KubeHorizontalPodAutoscalerListV2Beta2Props: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeHorizontalPodAutoscalerV2Beta2Props" } } }, additionalProperties: false, required: ["items"] }, KubeCronJobProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/CronJobSpec" } }, additionalProperties: false }, KubeCronJobListProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeCronJobProps" } } }, additionalProperties: false, required: ["items"] }, KubeJobProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/JobSpec" } }, additionalProperties: false }, KubeJobListProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeJobProps" } } }, additionalProperties: false, required: ["items"] }, KubeCronJobV1Beta1Props: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/CronJobSpecV1Beta1" } }, additionalProperties: false }, KubeCronJobListV1Beta1Props: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeCronJobV1Beta1Props" } } }, additionalProperties: false, required: ["items"] }, KubeCertificateSigningRequestProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/CertificateSigningRequestSpec" } }, additionalProperties: false, required: ["spec"] }, KubeCertificateSigningRequestListProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeCertificateSigningRequestProps" } } }, additionalProperties: false, required: ["items"] }, KubeLeaseProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/LeaseSpec" } }, additionalProperties: false }, KubeLeaseListProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeLeaseProps" } } }, additionalProperties: false, required: ["items"] }, KubeBindingProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, target: { $ref: "#/definitions/ObjectReference" } }, additionalProperties: false, required: ["target"] }, KubeComponentStatusProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, conditions: { type: "array", items: { $ref: "#/definitions/ComponentCondition" } } }, additionalProperties: false }, KubeComponentStatusListProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeComponentStatusProps" } } }, additionalProperties: false, required: ["items"] }, KubeConfigMapProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, binaryData: { type: "object", additionalProperties: { type: "string" } }, data: { type: "object", additionalProperties: { type: "string" } }, immutable: { type: "boolean" } }, additionalProperties: false }, KubeConfigMapListProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeConfigMapProps" } } }, additionalProperties: false, required: ["items"] }, KubeEndpointsProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, subsets: { type: "array", items: { $ref: "#/definitions/EndpointSubset" } } }, additionalProperties: false }, KubeEndpointsListProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeEndpointsProps" } } }, additionalProperties: false, required: ["items"] }, KubeEventProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, action: { type: "string" }, deprecatedCount: { type: "number" }, deprecatedFirstTimestamp: { type: "string" }, deprecatedLastTimestamp: { type: "string" }, deprecatedSource: { $ref: "#/definitions/EventSource" }, eventTime: { type: "string" }, note: { type: "string" }, reason: { type: "string" }, regarding: { $ref: "#/definitions/ObjectReference" }, related: { $ref: "#/definitions/ObjectReference" }, reportingController: { type: "string" }, reportingInstance: { type: "string" }, series: { $ref: "#/definitions/EventSeries" }, type: { type: "string" } }, additionalProperties: false, required: ["eventTime"] }, KubeEventListProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeEventProps" } } }, additionalProperties: false, required: ["items"] }, KubeLimitRangeProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/LimitRangeSpec" } }, additionalProperties: false }, KubeLimitRangeListProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeLimitRangeProps" } } }, additionalProperties: false, required: ["items"] }, KubeNamespaceProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/NamespaceSpec" } }, additionalProperties: false }, KubeNamespaceListProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeNamespaceProps" } } }, additionalProperties: false, required: ["items"] }, KubeNodeProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/NodeSpec" } }, additionalProperties: false }, KubeNodeListProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeNodeProps" } } }, additionalProperties: false, required: ["items"] }, KubePersistentVolumeProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/PersistentVolumeSpec" } }, additionalProperties: false }, KubePersistentVolumeClaimProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/PersistentVolumeClaimSpec" } }, additionalProperties: false }, KubePersistentVolumeClaimListProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubePersistentVolumeClaimProps" } } }, additionalProperties: false, required: ["items"] }, KubePersistentVolumeListProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubePersistentVolumeProps" } } }, additionalProperties: false, required: ["items"] }, KubePodProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/PodSpec" } }, additionalProperties: false }, KubePodListProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubePodProps" } } }, additionalProperties: false, required: ["items"] }, KubePodTemplateProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, template: { $ref: "#/definitions/PodTemplateSpec" } }, additionalProperties: false }, KubePodTemplateListProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubePodTemplateProps" } } }, additionalProperties: false, required: ["items"] }, KubeReplicationControllerProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/ReplicationControllerSpec" } }, additionalProperties: false }, KubeReplicationControllerListProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeReplicationControllerProps" } } }, additionalProperties: false, required: ["items"] }, KubeResourceQuotaProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/ResourceQuotaSpec" } }, additionalProperties: false }, KubeResourceQuotaListProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeResourceQuotaProps" } } }, additionalProperties: false, required: ["items"] }, KubeSecretProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, data: { type: "object", additionalProperties: { type: "string" } }, immutable: { type: "boolean" }, stringData: { type: "object", additionalProperties: { type: "string" } }, type: { type: "string" } }, additionalProperties: false }, KubeSecretListProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeSecretProps" } } }, additionalProperties: false, required: ["items"] }, KubeServiceProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/ServiceSpec" } }, additionalProperties: false }, KubeServiceAccountProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, automountServiceAccountToken: { type: "boolean" }, imagePullSecrets: { type: "array", items: { $ref: "#/definitions/LocalObjectReference" } }, secrets: { type: "array", items: { $ref: "#/definitions/ObjectReference" } } }, additionalProperties: false }, KubeServiceAccountListProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeServiceAccountProps" } } }, additionalProperties: false, required: ["items"] }, KubeServiceListProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeServiceProps" } } }, additionalProperties: false, required: ["items"] }, KubeEndpointSliceProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, addressType: { type: "string" }, endpoints: { type: "array", items: { $ref: "#/definitions/Endpoint" } }, ports: { type: "array", items: { $ref: "#/definitions/EndpointPort" } } }, additionalProperties: false, required: ["addressType", "endpoints"] }, KubeEndpointSliceListProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeEndpointSliceProps" } } }, additionalProperties: false, required: ["items"] }, KubeEndpointSliceV1Beta1Props: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, addressType: { type: "string" }, endpoints: { type: "array", items: { $ref: "#/definitions/EndpointV1Beta1" } }, ports: { type: "array", items: { $ref: "#/definitions/EndpointPortV1Beta1" } } }, additionalProperties: false, required: ["addressType", "endpoints"] }, KubeEndpointSliceListV1Beta1Props: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeEndpointSliceV1Beta1Props" } } }, additionalProperties: false, required: ["items"] }, KubeEventV1Beta1Props: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, action: { type: "string" }, deprecatedCount: { type: "number" }, deprecatedFirstTimestamp: { type: "string" }, deprecatedLastTimestamp: { type: "string" }, deprecatedSource: { $ref: "#/definitions/EventSource" }, eventTime: { type: "string" }, note: { type: "string" }, reason: { type: "string" }, regarding: { $ref: "#/definitions/ObjectReference" }, related: { $ref: "#/definitions/ObjectReference" }, reportingController: { type: "string" }, reportingInstance: { type: "string" }, series: { $ref: "#/definitions/EventSeriesV1Beta1" }, type: { type: "string" } }, additionalProperties: false, required: ["eventTime"] }, KubeEventListV1Beta1Props: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeEventV1Beta1Props" } } }, additionalProperties: false, required: ["items"] }, KubeFlowSchemaV1Beta1Props: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/FlowSchemaSpecV1Beta1" } }, additionalProperties: false }, KubeFlowSchemaListV1Beta1Props: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeFlowSchemaV1Beta1Props" } } }, additionalProperties: false, required: ["items"] }, KubePriorityLevelConfigurationV1Beta1Props: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/PriorityLevelConfigurationSpecV1Beta1" } }, additionalProperties: false }, KubePriorityLevelConfigurationListV1Beta1Props: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubePriorityLevelConfigurationV1Beta1Props" } } }, additionalProperties: false, required: ["items"] }, KubeFlowSchemaV1Beta2Props: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/FlowSchemaSpecV1Beta2" } }, additionalProperties: false }, KubeFlowSchemaListV1Beta2Props: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeFlowSchemaV1Beta2Props" } } }, additionalProperties: false, required: ["items"] }, KubePriorityLevelConfigurationV1Beta2Props: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/PriorityLevelConfigurationSpecV1Beta2" } }, additionalProperties: false }, KubePriorityLevelConfigurationListV1Beta2Props: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubePriorityLevelConfigurationV1Beta2Props" } } }, additionalProperties: false, required: ["items"] }, KubeIngressProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/IngressSpec" } }, additionalProperties: false }, KubeIngressClassProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/IngressClassSpec" } }, additionalProperties: false }, KubeIngressClassListProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeIngressClassProps" } } }, additionalProperties: false, required: ["items"] }, KubeIngressListProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeIngressProps" } } }, additionalProperties: false, required: ["items"] }, KubeNetworkPolicyProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/NetworkPolicySpec" } }, additionalProperties: false }, KubeNetworkPolicyListProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeNetworkPolicyProps" } } }, additionalProperties: false, required: ["items"] }, KubeRuntimeClassProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, handler: { type: "string" }, overhead: { $ref: "#/definitions/Overhead" }, scheduling: { $ref: "#/definitions/Scheduling" } }, additionalProperties: false, required: ["handler"] }, KubeRuntimeClassListProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeRuntimeClassProps" } } }, additionalProperties: false, required: ["items"] }, KubeRuntimeClassV1Beta1Props: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, handler: { type: "string" }, overhead: { $ref: "#/definitions/OverheadV1Beta1" }, scheduling: { $ref: "#/definitions/SchedulingV1Beta1" } }, additionalProperties: false, required: ["handler"] }, KubeRuntimeClassListV1Beta1Props: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeRuntimeClassV1Beta1Props" } } }, additionalProperties: false, required: ["items"] }, KubeEvictionProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, deleteOptions: { $ref: "#/definitions/DeleteOptions" } }, additionalProperties: false }, KubePodDisruptionBudgetProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/PodDisruptionBudgetSpec" } }, additionalProperties: false }, KubePodDisruptionBudgetListProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubePodDisruptionBudgetProps" } } }, additionalProperties: false, required: ["items"] }, KubePodDisruptionBudgetV1Beta1Props: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/PodDisruptionBudgetSpecV1Beta1" } }, additionalProperties: false }, KubePodDisruptionBudgetListV1Beta1Props: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubePodDisruptionBudgetV1Beta1Props" } } }, additionalProperties: false, required: ["items"] }, KubePodSecurityPolicyV1Beta1Props: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/PodSecurityPolicySpecV1Beta1" } }, additionalProperties: false }, KubePodSecurityPolicyListV1Beta1Props: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubePodSecurityPolicyV1Beta1Props" } } }, additionalProperties: false, required: ["items"] }, KubeClusterRoleProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, aggregationRule: { $ref: "#/definitions/AggregationRule" }, rules: { type: "array", items: { $ref: "#/definitions/PolicyRule" } } }, additionalProperties: false }, KubeClusterRoleBindingProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, roleRef: { $ref: "#/definitions/RoleRef" }, subjects: { type: "array", items: { $ref: "#/definitions/Subject" } } }, additionalProperties: false, required: ["roleRef"] }, KubeClusterRoleBindingListProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeClusterRoleBindingProps" } } }, additionalProperties: false, required: ["items"] }, KubeClusterRoleListProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeClusterRoleProps" } } }, additionalProperties: false, required: ["items"] }, KubeRoleProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, rules: { type: "array", items: { $ref: "#/definitions/PolicyRule" } } }, additionalProperties: false }, KubeRoleBindingProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, roleRef: { $ref: "#/definitions/RoleRef" }, subjects: { type: "array", items: { $ref: "#/definitions/Subject" } } }, additionalProperties: false, required: ["roleRef"] }, KubeRoleBindingListProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeRoleBindingProps" } } }, additionalProperties: false, required: ["items"] }, KubeRoleListProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeRoleProps" } } }, additionalProperties: false, required: ["items"] }, KubePriorityClassProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, description: { type: "string" }, globalDefault: { type: "boolean" }, preemptionPolicy: { type: "string" }, value: { type: "number" } }, additionalProperties: false, required: ["value"] }, KubePriorityClassListProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubePriorityClassProps" } } }, additionalProperties: false, required: ["items"] }, KubeCsiDriverProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/CsiDriverSpec" } }, additionalProperties: false, required: ["spec"] }, KubeCsiDriverListProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeCsiDriverProps" } } }, additionalProperties: false, required: ["items"] }, KubeCsiNodeProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/CsiNodeSpec" } }, additionalProperties: false, required: ["spec"] }, KubeCsiNodeListProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeCsiNodeProps" } } }, additionalProperties: false, required: ["items"] }, KubeCsiStorageCapacityProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, capacity: { type: ["string", "number"] }, maximumVolumeSize: { type: ["string", "number"] }, nodeTopology: { $ref: "#/definitions/LabelSelector" }, storageClassName: { type: "string" } }, additionalProperties: false, required: ["storageClassName"] }, KubeCsiStorageCapacityListProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeCsiStorageCapacityProps" } } }, additionalProperties: false, required: ["items"] }, KubeStorageClassProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, allowVolumeExpansion: { type: "boolean" }, allowedTopologies: { type: "array", items: { $ref: "#/definitions/TopologySelectorTerm" } }, mountOptions: { type: "array", items: { type: "string" } }, parameters: { type: "object", additionalProperties: { type: "string" } }, provisioner: { type: "string" }, reclaimPolicy: { type: "string" }, volumeBindingMode: { type: "string" } }, additionalProperties: false, required: ["provisioner"] }, KubeStorageClassListProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeStorageClassProps" } } }, additionalProperties: false, required: ["items"] }, KubeVolumeAttachmentProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/VolumeAttachmentSpec" } }, additionalProperties: false, required: ["spec"] }, KubeVolumeAttachmentListProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeVolumeAttachmentProps" } } }, additionalProperties: false, required: ["items"] }, KubeCsiStorageCapacityV1Beta1Props: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, capacity: { type: ["string", "number"] }, maximumVolumeSize: { type: ["string", "number"] }, nodeTopology: { $ref: "#/definitions/LabelSelector" }, storageClassName: { type: "string" } }, additionalProperties: false, required: ["storageClassName"] }, KubeCsiStorageCapacityListV1Beta1Props: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeCsiStorageCapacityV1Beta1Props" } } }, additionalProperties: false, required: ["items"] }, KubeCustomResourceDefinitionProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/CustomResourceDefinitionSpec" } }, additionalProperties: false, required: ["spec"] }, KubeCustomResourceDefinitionListProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeCustomResourceDefinitionProps" } } }, additionalProperties: false, required: ["items"] }, KubeStatusProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, code: { type: "number" }, details: { $ref: "#/definitions/StatusDetails" }, message: { type: "string" }, reason: { type: "string" } }, additionalProperties: false }, KubeApiServiceProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/ApiServiceSpec" } }, additionalProperties: false }, KubeApiServiceListProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeApiServiceProps" } } }, additionalProperties: false, required: ["items"] }, ObjectMeta: { type: "object", properties: { annotations: { type: "object", additionalProperties: { type: "string" } }, clusterName: { type: "string" }, creationTimestamp: { type: "string" }, deletionGracePeriodSeconds: { type: "number" }, deletionTimestamp: { type: "string" }, finalizers: { type: "array", items: { type: "string" } }, generateName: { type: "string" }, generation: { type: "number" }, labels: { type: "object", additionalProperties: { type: "string" } }, managedFields: { type: "array", items: { $ref: "#/definitions/ManagedFieldsEntry" } }, name: { type: "string" }, namespace: { type: "string" }, ownerReferences: { type: "array", items: { $ref: "#/definitions/OwnerReference" } }, resourceVersion: { type: "string" }, selfLink: { type: "string" }, uid: { type: "string" } }, additionalProperties: false }, MutatingWebhook: { type: "object", properties: { admissionReviewVersions: { type: "array", items: { type: "string" } }, clientConfig: { $ref: "#/definitions/WebhookClientConfig" }, failurePolicy: { type: "string" }, matchPolicy: { type: "string" }, name: { type: "string" }, namespaceSelector: { $ref: "#/definitions/LabelSelector" }, objectSelector: { $ref: "#/definitions/LabelSelector" }, reinvocationPolicy: { type: "string" }, rules: { type: "array", items: { $ref: "#/definitions/RuleWithOperations" } }, sideEffects: { type: "string" }, timeoutSeconds: { type: "number" } }, additionalProperties: false, required: ["admissionReviewVersions", "clientConfig", "name", "sideEffects"] }, ListMeta: { type: "object", properties: { continue: { type: "string" }, remainingItemCount: { type: "number" }, resourceVersion: { type: "string" }, selfLink: { type: "string" } }, additionalProperties: false }, ValidatingWebhook: { type: "object", properties: { admissionReviewVersions: { type: "array", items: { type: "string" } }, clientConfig: { $ref: "#/definitions/WebhookClientConfig" }, failurePolicy: { type: "string" }, matchPolicy: { type: "string" }, name: { type: "string" }, namespaceSelector: { $ref: "#/definitions/LabelSelector" }, objectSelector: { $ref: "#/definitions/LabelSelector" }, rules: { type: "array", items: { $ref: "#/definitions/RuleWithOperations" } }, sideEffects: { type: "string" }, timeoutSeconds: { type: "number" } }, additionalProperties: false, required: ["admissionReviewVersions", "clientConfig", "name", "sideEffects"] }, DaemonSetSpec: { type: "object", properties: { minReadySeconds: { type: "number" }, revisionHistoryLimit: { type: "number" }, selector: { $ref: "#/definitions/LabelSelector" }, template: { $ref: "#/definitions/PodTemplateSpec" }, updateStrategy: { $ref: "#/definitions/DaemonSetUpdateStrategy" } }, additionalProperties: false, required: ["selector", "template"] }, DeploymentSpec: { type: "object", properties: { minReadySeconds: { type: "number" }, paused: { type: "boolean" }, progressDeadlineSeconds: { type: "number" }, replicas: { type: "number" }, revisionHistoryLimit: { type: "number" }, selector: { $ref: "#/definitions/LabelSelector" }, strategy: { $ref: "#/definitions/DeploymentStrategy" }, template: { $ref: "#/definitions/PodTemplateSpec" } }, additionalProperties: false, required: ["selector", "template"] }, ReplicaSetSpec: { type: "object", properties: { minReadySeconds: { type: "number" }, replicas: { type: "number" }, selector: { $ref: "#/definitions/LabelSelector" }, template: { $ref: "#/definitions/PodTemplateSpec" } }, additionalProperties: false, required: ["selector"] }, StatefulSetSpec: { type: "object", properties: { minReadySeconds: { type: "number" }, persistentVolumeClaimRetentionPolicy: { $ref: "#/definitions/StatefulSetPersistentVolumeClaimRetentionPolicy" }, podManagementPolicy: { type: "string" }, replicas: { type: "number" }, revisionHistoryLimit: { type: "number" }, selector: { $ref: "#/definitions/LabelSelector" }, serviceName: { type: "string" }, template: { $ref: "#/definitions/PodTemplateSpec" }, updateStrategy: { $ref: "#/definitions/StatefulSetUpdateStrategy" }, volumeClaimTemplates: { type: "array", items: { $ref: "#/definitions/KubePersistentVolumeClaimProps" } } }, additionalProperties: false, required: ["selector", "serviceName", "template"] }, TokenRequestSpec: { type: "object", properties: { audiences: { type: "array", items: { type: "string" } }, boundObjectRef: { $ref: "#/definitions/BoundObjectReference" }, expirationSeconds: { type: "number" } }, additionalProperties: false, required: ["audiences"] }, TokenReviewSpec: { type: "object", properties: { audiences: { type: "array", items: { type: "string" } }, token: { type: "string" } }, additionalProperties: false }, SubjectAccessReviewSpec: { type: "object", properties: { extra: { type: "object", additionalProperties: { type: "array", items: { type: "string" } } }, groups: { type: "array", items: { type: "string" } }, nonResourceAttributes: { $ref: "#/definitions/NonResourceAttributes" }, resourceAttributes: { $ref: "#/definitions/ResourceAttributes" }, uid: { type: "string" }, user: { type: "string" } }, additionalProperties: false }, SelfSubjectAccessReviewSpec: { type: "object", properties: { nonResourceAttributes: { $ref: "#/definitions/NonResourceAttributes" }, resourceAttributes: { $ref: "#/definitions/ResourceAttributes" } }, additionalProperties: false }, SelfSubjectRulesReviewSpec: { type: "object", properties: { namespace: { type: "string" } }, additionalProperties: false }, HorizontalPodAutoscalerSpec: { type: "object", properties: { maxReplicas: { type: "number" }, minReplicas: { type: "number" }, scaleTargetRef: { $ref: "#/definitions/CrossVersionObjectReference" }, targetCPUUtilizationPercentage: { type: "number" } }, additionalProperties: false, required: ["maxReplicas", "scaleTargetRef"] }, ScaleSpec: { type: "object", properties: { replicas: { type: "number" } }, additionalProperties: false }, HorizontalPodAutoscalerSpecV2: { type: "object", properties: { behavior: { $ref: "#/definitions/HorizontalPodAutoscalerBehaviorV2" }, maxReplicas: { type: "number" }, metrics: { type: "array", items: { $ref: "#/definitions/MetricSpecV2" } }, minReplicas: { type: "number" }, scaleTargetRef: { $ref: "#/definitions/CrossVersionObjectReferenceV2" } }, additionalProperties: false, required: ["maxReplicas", "scaleTargetRef"] }, HorizontalPodAutoscalerSpecV2Beta1: { type: "object", properties: { maxReplicas: { type: "number" }, metrics: { type: "array", items: { $ref: "#/definitions/MetricSpecV2Beta1" } }, minReplicas: { type: "number" }, scaleTargetRef: { $ref: "#/definitions/CrossVersionObjectReferenceV2Beta1" } }, additionalProperties: false, required: ["maxReplicas", "scaleTargetRef"] }, HorizontalPodAutoscalerSpecV2Beta2: { type: "object", properties: { behavior: { $ref: "#/definitions/HorizontalPodAutoscalerBehaviorV2Beta2" }, maxReplicas: { type: "number" }, metrics: { type: "array", items: { $ref: "#/definitions/MetricSpecV2Beta2" } }, minReplicas: { type: "number" }, scaleTargetRef: { $ref: "#/definitions/CrossVersionObjectReferenceV2Beta2" } }, additionalProperties: false, required: ["maxReplicas", "scaleTargetRef"] }, CronJobSpec: { type: "object", properties: { concurrencyPolicy: { type: "string" }, failedJobsHistoryLimit: { type: "number" }, jobTemplate: { $ref: "#/definitions/JobTemplateSpec" }, schedule: { type: "string" }, startingDeadlineSeconds: { type: "number" }, successfulJobsHistoryLimit: { type: "number" }, suspend: { type: "boolean" }, timeZone: { type: "string" } }, additionalProperties: false, required: ["jobTemplate", "schedule"] }, JobSpec: { type: "object", properties: { activeDeadlineSeconds: { type: "number" }, backoffLimit: { type: "number" }, completionMode: { type: "string" }, completions: { type: "number" }, manualSelector: { type: "boolean" }, parallelism: { type: "number" }, selector: { $ref: "#/definitions/LabelSelector" }, suspend: { type: "boolean" }, template: { $ref: "#/definitions/PodTemplateSpec" }, ttlSecondsAfterFinished: { type: "number" } }, additionalProperties: false, required: ["template"] }, CronJobSpecV1Beta1: { type: "object", properties: { concurrencyPolicy: { type: "string" }, failedJobsHistoryLimit: { type: "number" }, jobTemplate: { $ref: "#/definitions/JobTemplateSpecV1Beta1" }, schedule: { type: "string" }, startingDeadlineSeconds: { type: "number" }, successfulJobsHistoryLimit: { type: "number" }, suspend: { type: "boolean" }, timeZone: { type: "string" } }, additionalProperties: false, required: ["jobTemplate", "schedule"] }, CertificateSigningRequestSpec: { type: "object", properties: { expirationSeconds: { type: "number" }, extra: { type: "object", additionalProperties: { type: "array", items: { type: "string" } } }, groups: { type: "array", items: { type: "string" } }, request: { type: "string" }, signerName: { type: "string" }, uid: { type: "string" }, usages: { type: "array", items: { type: "string" } }, username: { type: "string" } }, additionalProperties: false, required: ["request", "signerName"] }, LeaseSpec: { type: "object", properties: { acquireTime: { type: "string" }, holderIdentity: { type: "string" }, leaseDurationSeconds: { type: "number" }, leaseTransitions: { type: "number" }, renewTime: { type: "string" } }, additionalProperties: false }, ObjectReference: { type: "object", properties: { apiVersion: { type: "string" }, fieldPath: { type: "string" }, kind: { type: "string" }, name: { type: "string" }, namespace: { type: "string" }, resourceVersion: { type: "string" }, uid: { type: "string" } }, additionalProperties: false }, ComponentCondition: { type: "object", properties: { error: { type: "string" }, message: { type: "string" }, status: { type: "string" }, type: { type: "string" } }, additionalProperties: false, required: ["status", "type"] }, EndpointSubset: { type: "object", properties: { addresses: { type: "array", items: { $ref: "#/definitions/EndpointAddress" } }, notReadyAddresses: { type: "array", items: { $ref: "#/definitions/EndpointAddress" } }, ports: { type: "array", items: { $ref: "#/definitions/EndpointPort" } } }, additionalProperties: false }, EventSource: { type: "object", properties: { component: { type: "string" }, host: { type: "string" } }, additionalProperties: false }, EventSeries: { type: "object", properties: { count: { type: "number" }, lastObservedTime: { type: "string" } }, additionalProperties: false, required: ["count", "lastObservedTime"] }, LimitRangeSpec: { type: "object", properties: { limits: { type: "array", items: { $ref: "#/definitions/LimitRangeItem" } } }, additionalProperties: false, required: ["limits"] }, NamespaceSpec: { type: "object", properties: { finalizers: { type: "array", items: { type: "string" } } }, additionalProperties: false }, NodeSpec: { type: "object", properties: { configSource: { $ref: "#/definitions/NodeConfigSource" }, externalID: { type: "string" }, podCIDR: { type: "string" }, podCIDRs: { type: "array", items: { type: "string" } }, providerID: { type: "string" }, taints: { type: "array", items: { $ref: "#/definitions/Taint" } }, unschedulable: { type: "boolean" } }, additionalProperties: false }, PersistentVolumeSpec: { type: "object", properties: { accessModes: { type: "array", items: { type: "string" } }, awsElasticBlockStore: { $ref: "#/definitions/AwsElasticBlockStoreVolumeSource" }, azureDisk: { $ref: "#/definitions/AzureDiskVolumeSource" }, azureFile: { $ref: "#/definitions/AzureFilePersistentVolumeSource" }, capacity: { type: "object", additionalProperties: { type: ["string", "number"] } }, cephfs: { $ref: "#/definitions/CephFsPersistentVolumeSource" }, cinder: { $ref: "#/definitions/CinderPersistentVolumeSource" }, claimRef: { $ref: "#/definitions/ObjectReference" }, csi: { $ref: "#/definitions/CsiPersistentVolumeSource" }, fc: { $ref: "#/definitions/FcVolumeSource" }, flexVolume: { $ref: "#/definitions/FlexPersistentVolumeSource" }, flocker: { $ref: "#/definitions/FlockerVolumeSource" }, gcePersistentDisk: { $ref: "#/definitions/GcePersistentDiskVolumeSource" }, glusterfs: { $ref: "#/definitions/GlusterfsPersistentVolumeSource" }, hostPath: { $ref: "#/definitions/HostPathVolumeSource" }, iscsi: { $ref: "#/definitions/IscsiPersistentVolumeSource" }, local: { $ref: "#/definitions/LocalVolumeSource" }, mountOptions: { type: "array", items: { type: "string" } }, nfs: { $ref: "#/definitions/NfsVolumeSource" }, nodeAffinity: { $ref: "#/definitions/VolumeNodeAffinity" }, persistentVolumeReclaimPolicy: { type: "string" }, photonPersistentDisk: { $ref: "#/definitions/PhotonPersistentDiskVolumeSource" }, portworxVolume: { $ref: "#/definitions/PortworxVolumeSource" }, quobyte: { $ref: "#/definitions/QuobyteVolumeSource" }, rbd: { $ref: "#/definitions/RbdPersistentVolumeSource" }, scaleIO: { $ref: "#/definitions/ScaleIoPersistentVolumeSource" }, storageClassName: { type: "string" }, storageos: { $ref: "#/definitions/StorageOsPersistentVolumeSource" }, volumeMode: { type: "string" }, vsphereVolume: { $ref: "#/definitions/VsphereVirtualDiskVolumeSource" } }, additionalProperties: false }, PersistentVolumeClaimSpec: { type: "object", properties: { accessModes: { type: "array", items: { type: "string" } }, dataSource: { $ref: "#/definitions/TypedLocalObjectReference" }, dataSourceRef: { $ref: "#/definitions/TypedLocalObjectReference" }, resources: { $ref: "#/definitions/ResourceRequirements" }, selector: { $ref: "#/definitions/LabelSelector" }, storageClassName: { type: "string" }, volumeMode: { type: "string" }, volumeName: { type: "string" } }, additionalProperties: false }, PodSpec: { type: "object", properties: { activeDeadlineSeconds: { type: "number" }, affinity: { $ref: "#/definitions/Affinity" }, automountServiceAccountToken: { type: "boolean" }, containers: { type: "array", items: { $ref: "#/definitions/Container" } }, dnsConfig: { $ref: "#/definitions/PodDnsConfig" }, dnsPolicy: { type: "string" }, enableServiceLinks: { type: "boolean" }, ephemeralContainers: { type: "array", items: { $ref: "#/definitions/EphemeralContainer" } }, hostAliases: { type: "array", items: { $ref: "#/definitions/HostAlias" } }, hostIPC: { type: "boolean" }, hostNetwork: { type: "boolean" }, hostPID: { type: "boolean" }, hostname: { type: "string" }, imagePullSecrets: { type: "array", items: { $ref: "#/definitions/LocalObjectReference" } }, initContainers: { type: "array", items: { $ref: "#/definitions/Container" } }, nodeName: { type: "string" }, nodeSelector: { type: "object", additionalProperties: { type: "string" } }, os: { $ref: "#/definitions/PodOs" }, overhead: { type: "object", additionalProperties: { type: ["string", "number"] } }, preemptionPolicy: { type: "string" }, priority: { type: "number" }, priorityClassName: { type: "string" }, readinessGates: { type: "array", items: { $ref: "#/definitions/PodReadinessGate" } }, restartPolicy: { type: "string" }, runtimeClassName: { type: "string" }, schedulerName: { type: "string" }, securityContext: { $ref: "#/definitions/PodSecurityContext" }, serviceAccount: { type: "string" }, serviceAccountName: { type: "string" }, setHostnameAsFQDN: { type: "boolean" }, shareProcessNamespace: { type: "boolean" }, subdomain: { type: "string" }, terminationGracePeriodSeconds: { type: "number" }, tolerations: { type: "array", items: { $ref: "#/definitions/Toleration" } }, topologySpreadConstraints: { type: "array", items: { $ref: "#/definitions/TopologySpreadConstraint" } }, volumes: { type: "array", items: { $ref: "#/definitions/Volume" } } }, additionalProperties: false, required: ["containers"] }, PodTemplateSpec: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/PodSpec" } }, additionalProperties: false }, ReplicationControllerSpec: { type: "object", properties: { minReadySeconds: { type: "number" }, replicas: { type: "number" }, selector: { type: "object", additionalProperties: { type: "string" } }, template: { $ref: "#/definitions/PodTemplateSpec" } }, additionalProperties: false }, ResourceQuotaSpec: { type: "object", properties: { hard: { type: "object", additionalProperties: { type: ["string", "number"] } }, scopeSelector: { $ref: "#/definitions/ScopeSelector" }, scopes: { type: "array", items: { type: "string" } } }, additionalProperties: false }, ServiceSpec: { type: "object", properties: { allocateLoadBalancerNodePorts: { type: "boolean" }, clusterIP: { type: "string" }, clusterIPs: { type: "array", items: { type: "string" } }, externalIPs: { type: "array", items: { type: "string" } }, externalName: { type: "string" }, externalTrafficPolicy: { type: "string" }, healthCheckNodePort: { type: "number" }, internalTrafficPolicy: { type: "string" }, ipFamilies: { type: "array", items: { type: "string" } }, ipFamilyPolicy: { type: "string" }, loadBalancerClass: { type: "string" }, loadBalancerIP: { type: "string" }, loadBalancerSourceRanges: { type: "array", items: { type: "string" } }, ports: { type: "array", items: { $ref: "#/definitions/ServicePort" } }, publishNotReadyAddresses: { type: "boolean" }, selector: { type: "object", additionalProperties: { type: "string" } }, sessionAffinity: { type: "string" }, sessionAffinityConfig: { $ref: "#/definitions/SessionAffinityConfig" }, type: { type: "string" } }, additionalProperties: false }, LocalObjectReference: { type: "object", properties: { name: { type: "string" } }, additionalProperties: false }, Endpoint: { type: "object", properties: { addresses: { type: "array", items: { type: "string" } }, conditions: { $ref: "#/definitions/EndpointConditions" }, deprecatedTopology: { type: "object", additionalProperties: { type: "string" } }, hints: { $ref: "#/definitions/EndpointHints" }, hostname: { type: "string" }, nodeName: { type: "string" }, targetRef: { $ref: "#/definitions/ObjectReference" }, zone: { type: "string" } }, additionalProperties: false, required: ["addresses"] }, EndpointPort: { type: "object", properties: { appProtocol: { type: "string" }, name: { type: "string" }, port: { type: "number" }, protocol: { type: "string" } }, additionalProperties: false, required: ["port"] }, EndpointV1Beta1: { type: "object", properties: { addresses: { type: "array", items: { type: "string" } }, conditions: { $ref: "#/definitions/EndpointConditionsV1Beta1" }, hints: { $ref: "#/definitions/EndpointHintsV1Beta1" }, hostname: { type: "string" }, nodeName: { type: "string" }, targetRef: { $ref: "#/definitions/ObjectReference" }, topology: { type: "object", additionalProperties: { type: "string" } } }, additionalProperties: false, required: ["addresses"] }, EndpointPortV1Beta1: { type: "object", properties: { appProtocol: { type: "string" }, name: { type: "string" }, port: { type: "number" }, protocol: { type: "string" } }, additionalProperties: false }, EventSeriesV1Beta1: { type: "object", properties: { count: { type: "number" }, lastObservedTime: { type: "string" } }, additionalProperties: false, required: ["count", "lastObservedTime"] }, FlowSchemaSpecV1Beta1: { type: "object", properties: { distinguisherMethod: { $ref: "#/definitions/FlowDistinguisherMethodV1Beta1" }, matchingPrecedence: { type: "number" }, priorityLevelConfiguration: { $ref: "#/definitions/PriorityLevelConfigurationReferenceV1Beta1" }, rules: { type: "array", items: { $ref: "#/definitions/PolicyRulesWithSubjectsV1Beta1" } } }, additionalProperties: false, required: ["priorityLevelConfiguration"] }, PriorityLevelConfigurationSpecV1Beta1: { type: "object", properties: { limited: { $ref: "#/definitions/LimitedPriorityLevelConfigurationV1Beta1" }, type: { type: "string" } }, additionalProperties: false, required: ["type"] }, FlowSchemaSpecV1Beta2: { type: "object", properties: { distinguisherMethod: { $ref: "#/definitions/FlowDistinguisherMethodV1Beta2" }, matchingPrecedence: { type: "number" }, priorityLevelConfiguration: { $ref: "#/definitions/PriorityLevelConfigurationReferenceV1Beta2" }, rules: { type: "array", items: { $ref: "#/definitions/PolicyRulesWithSubjectsV1Beta2" } } }, additionalProperties: false, required: ["priorityLevelConfiguration"] }, PriorityLevelConfigurationSpecV1Beta2: { type: "object", properties: { limited: { $ref: "#/definitions/LimitedPriorityLevelConfigurationV1Beta2" }, type: { type: "string" } }, additionalProperties: false, required: ["type"] }, IngressSpec: { type: "object", properties: { defaultBackend: { $ref: "#/definitions/IngressBackend" }, ingressClassName: { type: "string" }, rules: { type: "array", items: { $ref: "#/definitions/IngressRule" } }, tls: { type: "array", items: { $ref: "#/definitions/IngressTls" } } }, additionalProperties: false }, IngressClassSpec: { type: "object", properties: { controller: { type: "string" }, parameters: { $ref: "#/definitions/IngressClassParametersReference" } }, additionalProperties: false }, NetworkPolicySpec: { type: "object", properties: { egress: { type: "array", items: { $ref: "#/definitions/NetworkPolicyEgressRule" } }, ingress: { type: "array", items: { $ref: "#/definitions/NetworkPolicyIngressRule" } }, podSelector: { $ref: "#/definitions/LabelSelector" }, policyTypes: { type: "array", items: { type: "string" } } }, additionalProperties: false, required: ["podSelector"] }, Overhead: { type: "object", properties: { podFixed: { type: "object", additionalProperties: { type: ["string", "number"] } } }, additionalProperties: false }, Scheduling: { type: "object", properties: { nodeSelector: { type: "object", additionalProperties: { type: "string" } }, tolerations: { type: "array", items: { $ref: "#/definitions/Toleration" } } }, additionalProperties: false }, OverheadV1Beta1: { type: "object", properties: { podFixed: { type: "object", additionalProperties: { type: ["string", "number"] } } }, additionalProperties: false }, SchedulingV1Beta1: { type: "object", properties: { nodeSelector: { type: "object", additionalProperties: { type: "string" } }, tolerations: { type: "array", items: { $ref: "#/definitions/Toleration" } } }, additionalProperties: false }, DeleteOptions: { type: "object", properties: { apiVersion: { type: "string" }, dryRun: { type: "array", items: { type: "string" } }, gracePeriodSeconds: { type: "number" }, kind: { type: "string", enum: ["DeleteOptions"] }, orphanDependents: { type: "boolean" }, preconditions: { $ref: "#/definitions/Preconditions" }, propagationPolicy: { type: "string" } }, additionalProperties: false }, PodDisruptionBudgetSpec: { type: "object", properties: { maxUnavailable: { type: ["string", "integer"] }, minAvailable: { type: ["string", "integer"] }, selector: { $ref: "#/definitions/LabelSelector" } }, additionalProperties: false }, PodDisruptionBudgetSpecV1Beta1: { type: "object", properties: { maxUnavailable: { type: ["string", "integer"] }, minAvailable: { type: ["string", "integer"] }, selector: { $ref: "#/definitions/LabelSelector" } }, additionalProperties: false }, PodSecurityPolicySpecV1Beta1: { type: "object", properties: { allowPrivilegeEscalation: { type: "boolean" }, allowedCSIDrivers: { type: "array", items: { $ref: "#/definitions/AllowedCsiDriverV1Beta1" } }, allowedCapabilities: { type: "array", items: { type: "string" } }, allowedFlexVolumes: { type: "array", items: { $ref: "#/definitions/AllowedFlexVolumeV1Beta1" } }, allowedHostPaths: { type: "array", items: { $ref: "#/definitions/AllowedHostPathV1Beta1" } }, allowedProcMountTypes: { type: "array", items: { type: "string" } }, allowedUnsafeSysctls: { type: "array", items: { type: "string" } }, defaultAddCapabilities: { type: "array", items: { type: "string" } }, defaultAllowPrivilegeEscalation: { type: "boolean" }, forbiddenSysctls: { type: "array", items: { type: "string" } }, fsGroup: { $ref: "#/definitions/FsGroupStrategyOptionsV1Beta1" }, hostIPC: { type: "boolean" }, hostNetwork: { type: "boolean" }, hostPID: { type: "boolean" }, hostPorts: { type: "array", items: { $ref: "#/definitions/HostPortRangeV1Beta1" } }, privileged: { type: "boolean" }, readOnlyRootFilesystem: { type: "boolean" }, requiredDropCapabilities: { type: "array", items: { type: "string" } }, runAsGroup: { $ref: "#/definitions/RunAsGroupStrategyOptionsV1Beta1" }, runAsUser: { $ref: "#/definitions/RunAsUserStrategyOptionsV1Beta1" }, runtimeClass: { $ref: "#/definitions/RuntimeClassStrategyOptionsV1Beta1" }, seLinux: { $ref: "#/definitions/SeLinuxStrategyOptionsV1Beta1" }, supplementalGroups: { $ref: "#/definitions/SupplementalGroupsStrategyOptionsV1Beta1" }, volumes: { type: "array", items: { type: "string" } } }, additionalProperties: false, required: ["fsGroup", "runAsUser", "seLinux", "supplementalGroups"] }, AggregationRule: { type: "object", properties: { clusterRoleSelectors: { type: "array", items: { $ref: "#/definitions/LabelSelector" } } }, additionalProperties: false }, PolicyRule: { type: "object", properties: { apiGroups: { type: "array", items: { type: "string" } }, nonResourceURLs: { type: "array", items: { type: "string" } }, resourceNames: { type: "array", items: { type: "string" } }, resources: { type: "array", items: { type: "string" } }, verbs: { type: "array", items: { type: "string" } } }, additionalProperties: false, required: ["verbs"] }, RoleRef: { type: "object", properties: { apiGroup: { type: "string" }, kind: { type: "string" }, name: { type: "string" } }, additionalProperties: false, required: ["apiGroup", "kind", "name"] }, Subject: { type: "object", properties: { apiGroup: { type: "string" }, kind: { type: "string" }, name: { type: "string" }, namespace: { type: "string" } }, additionalProperties: false, required: ["kind", "name"] }, CsiDriverSpec: { type: "object", properties: { attachRequired: { type: "boolean" }, fsGroupPolicy: { type: "string" }, podInfoOnMount: { type: "boolean" }, requiresRepublish: { type: "boolean" }, storageCapacity: { type: "boolean" }, tokenRequests: { type: "array", items: { $ref: "#/definitions/TokenRequest" } }, volumeLifecycleModes: { type: "array", items: { type: "string" } } }, additionalProperties: false }, CsiNodeSpec: { type: "object", properties: { drivers: { type: "array", items: { $ref: "#/definitions/CsiNodeDriver" } } }, additionalProperties: false, required: ["drivers"] }, LabelSelector: { type: "object", properties: { matchExpressions: { type: "array", items: { $ref: "#/definitions/LabelSelectorRequirement" } }, matchLabels: { type: "object", additionalProperties: { type: "string" } } }, additionalProperties: false }, TopologySelectorTerm: { type: "object", properties: { matchLabelExpressions: { type: "array", items: { $ref: "#/definitions/TopologySelectorLabelRequirement" } } }, additionalProperties: false }, VolumeAttachmentSpec: { type: "object", properties: { attacher: { type: "string" }, nodeName: { type: "string" }, source: { $ref: "#/definitions/VolumeAttachmentSource" } }, additionalProperties: false, required: ["attacher", "nodeName", "source"] }, CustomResourceDefinitionSpec: { type: "object", properties: { conversion: { $ref: "#/definitions/CustomResourceConversion" }, group: { type: "string" }, names: { $ref: "#/definitions/CustomResourceDefinitionNames" }, preserveUnknownFields: { type: "boolean" }, scope: { type: "string" }, versions: { type: "array", items: { $ref: "#/definitions/CustomResourceDefinitionVersion" } } }, additionalProperties: false, required: ["group", "names", "scope", "versions"] }, StatusDetails: { type: "object", properties: { causes: { type: "array", items: { $ref: "#/definitions/StatusCause" } }, group: { type: "string" }, kind: { type: "string" }, name: { type: "string" }, retryAfterSeconds: { type: "number" }, uid: { type: "string" } }, additionalProperties: false }, ApiServiceSpec: { type: "object", properties: { caBundle: { type: "string" }, group: { type: "string" }, groupPriorityMinimum: { type: "number" }, insecureSkipTLSVerify: { type: "boolean" }, service: { $ref: "#/definitions/ServiceReference" }, version: { type: "string" }, versionPriority: { type: "number" } }, additionalProperties: false, required: ["groupPriorityMinimum", "versionPriority"] }, ManagedFieldsEntry: { type: "object", properties: { apiVersion: { type: "string" }, fieldsType: { type: "string" }, fieldsV1: {}, manager: { type: "string" }, operation: { type: "string" }, subresource: { type: "string" }, time: { type: "string" } }, additionalProperties: false }, OwnerReference: { type: "object", properties: { apiVersion: { type: "string" }, blockOwnerDeletion: { type: "boolean" }, controller: { type: "boolean" }, kind: { type: "string" }, name: { type: "string" }, uid: { type: "string" } }, additionalProperties: false, required: ["apiVersion", "kind", "name", "uid"] }, WebhookClientConfig: { type: "object", properties: { caBundle: { type: "string" }, service: { $ref: "#/definitions/ServiceReference" }, url: { type: "string" } }, additionalProperties: false }, RuleWithOperations: { type: "object", properties: { apiGroups: { type: "array", items: { type: "string" } }, apiVersions: { type: "array", items: { type: "string" } }, operations: { type: "array", items: { type: "string" } }, resources: { type: "array", items: { type: "string" } }, scope: { type: "string" } }, additionalProperties: false }, DaemonSetUpdateStrategy: { type: "object", properties: { rollingUpdate: { $ref: "#/definitions/RollingUpdateDaemonSet" }, type: { type: "string" } }, additionalProperties: false }, DeploymentStrategy: { type: "object", properties: { rollingUpdate: { $ref: "#/definitions/RollingUpdateDeployment" }, type: { type: "string" } }, additionalProperties: false }, StatefulSetPersistentVolumeClaimRetentionPolicy: { type: "object", properties: { whenDeleted: { type: "string" }, whenScaled: { type: "string" } }, additionalProperties: false }, StatefulSetUpdateStrategy: { type: "object", properties: { rollingUpdate: { $ref: "#/definitions/RollingUpdateStatefulSetStrategy" }, type: { type: "string" } }, additionalProperties: false }, BoundObjectReference: { type: "object", properties: { apiVersion: { type: "string" }, kind: { type: "string" }, name: { type: "string" }, uid: { type: "string" } }, additionalProperties: false }, NonResourceAttributes: { type: "object", properties: { path: { type: "string" }, verb: { type: "string" } }, additionalProperties: false }, ResourceAttributes: { type: "object", properties: { group: { type: "string" }, name: { type: "string" }, namespace: { type: "string" }, resource: { type: "string" }, subresource: { type: "string" }, verb: { type: "string" }, version: { type: "string" } }, additionalProperties: false }, CrossVersionObjectReference: { type: "object", properties: { apiVersion: { type: "string" }, kind: { type: "string" }, name: { type: "string" } }, additionalProperties: false, required: ["kind", "name"] }, HorizontalPodAutoscalerBehaviorV2: { type: "object", properties: { scaleDown: { $ref: "#/definitions/HpaScalingRulesV2" }, scaleUp: { $ref: "#/definitions/HpaScalingRulesV2" } }, additionalProperties: false }, MetricSpecV2: { type: "object", properties: { containerResource: { $ref: "#/definitions/ContainerResourceMetricSourceV2" }, external: { $ref: "#/definitions/ExternalMetricSourceV2" }, object: { $ref: "#/definitions/ObjectMetricSourceV2" }, pods: { $ref: "#/definitions/PodsMetricSourceV2" }, resource: { $ref: "#/definitions/ResourceMetricSourceV2" }, type: { type: "string" } }, additionalProperties: false, required: ["type"] }, CrossVersionObjectReferenceV2: { type: "object", properties: { apiVersion: { type: "string" }, kind: { type: "string" }, name: { type: "string" } }, additionalProperties: false, required: ["kind", "name"] }, MetricSpecV2Beta1: { type: "object", properties: { containerResource: { $ref: "#/definitions/ContainerResourceMetricSourceV2Beta1" }, external: { $ref: "#/definitions/ExternalMetricSourceV2Beta1" }, object: { $ref: "#/definitions/ObjectMetricSourceV2Beta1" }, pods: { $ref: "#/definitions/PodsMetricSourceV2Beta1" }, resource: { $ref: "#/definitions/ResourceMetricSourceV2Beta1" }, type: { type: "string" } }, additionalProperties: false, required: ["type"] }, CrossVersionObjectReferenceV2Beta1: { type: "object", properties: { apiVersion: { type: "string" }, kind: { type: "string" }, name: { type: "string" } }, additionalProperties: false, required: ["kind", "name"] }, HorizontalPodAutoscalerBehaviorV2Beta2: { type: "object", properties: { scaleDown: { $ref: "#/definitions/HpaScalingRulesV2Beta2" }, scaleUp: { $ref: "#/definitions/HpaScalingRulesV2Beta2" } }, additionalProperties: false }, MetricSpecV2Beta2: { type: "object", properties: { containerResource: { $ref: "#/definitions/ContainerResourceMetricSourceV2Beta2" }, external: { $ref: "#/definitions/ExternalMetricSourceV2Beta2" }, object: { $ref: "#/definitions/ObjectMetricSourceV2Beta2" }, pods: { $ref: "#/definitions/PodsMetricSourceV2Beta2" }, resource: { $ref: "#/definitions/ResourceMetricSourceV2Beta2" }, type: { type: "string" } }, additionalProperties: false, required: ["type"] }, CrossVersionObjectReferenceV2Beta2: { type: "object", properties: { apiVersion: { type: "string" }, kind: { type: "string" }, name: { type: "string" } }, additionalProperties: false, required: ["kind", "name"] }, JobTemplateSpec: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/JobSpec" } }, additionalProperties: false }, JobTemplateSpecV1Beta1: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/JobSpec" } }, additionalProperties: false }, EndpointAddress: { type: "object", properties: { hostname: { type: "string" }, ip: { type: "string" }, nodeName: { type: "string" }, targetRef: { $ref: "#/definitions/ObjectReference" } }, additionalProperties: false, required: ["ip"] }, LimitRangeItem: { type: "object", properties: { default: { type: "object", additionalProperties: { type: ["string", "number"] } }, defaultRequest: { type: "object", additionalProperties: { type: ["string", "number"] } }, max: { type: "object", additionalProperties: { type: ["string", "number"] } }, maxLimitRequestRatio: { type: "object", additionalProperties: { type: ["string", "number"] } }, min: { type: "object", additionalProperties: { type: ["string", "number"] } }, type: { type: "string" } }, additionalProperties: false, required: ["type"] }, NodeConfigSource: { type: "object", properties: { configMap: { $ref: "#/definitions/ConfigMapNodeConfigSource" } }, additionalProperties: false }, Taint: { type: "object", properties: { effect: { type: "string" }, key: { type: "string" }, timeAdded: { type: "string" }, value: { type: "string" } }, additionalProperties: false, required: ["effect", "key"] }, AwsElasticBlockStoreVolumeSource: { type: "object", properties: { fsType: { type: "string" }, partition: { type: "number" }, readOnly: { type: "boolean" }, volumeID: { type: "string" } }, additionalProperties: false, required: ["volumeID"] }, AzureDiskVolumeSource: { type: "object", properties: { cachingMode: { type: "string" }, diskName: { type: "string" }, diskURI: { type: "string" }, fsType: { type: "string" }, kind: { type: "string" }, readOnly: { type: "boolean" } }, additionalProperties: false, required: ["diskName", "diskURI"] }, AzureFilePersistentVolumeSource: { type: "object", properties: { readOnly: { type: "boolean" }, secretName: { type: "string" }, secretNamespace: { type: "string" }, shareName: { type: "string" } }, additionalProperties: false, required: ["secretName", "shareName"] }, CephFsPersistentVolumeSource: { type: "object", properties: { monitors: { type: "array", items: { type: "string" } }, path: { type: "string" }, readOnly: { type: "boolean" }, secretFile: { type: "string" }, secretRef: { $ref: "#/definitions/SecretReference" }, user: { type: "string" } }, additionalProperties: false, required: ["monitors"] }, CinderPersistentVolumeSource: { type: "object", properties: { fsType: { type: "string" }, readOnly: { type: "boolean" }, secretRef: { $ref: "#/definitions/SecretReference" }, volumeID: { type: "string" } }, additionalProperties: false, required: ["volumeID"] }, CsiPersistentVolumeSource: { type: "object", properties: { controllerExpandSecretRef: { $ref: "#/definitions/SecretReference" }, controllerPublishSecretRef: { $ref: "#/definitions/SecretReference" }, driver: { type: "string" }, fsType: { type: "string" }, nodePublishSecretRef: { $ref: "#/definitions/SecretReference" }, nodeStageSecretRef: { $ref: "#/definitions/SecretReference" }, readOnly: { type: "boolean" }, volumeAttributes: { type: "object", additionalProperties: { type: "string" } }, volumeHandle: { type: "string" } }, additionalProperties: false, required: ["driver", "volumeHandle"] }, FcVolumeSource: { type: "object", properties: { fsType: { type: "string" }, lun: { type: "number" }, readOnly: { type: "boolean" }, targetWWNs: { type: "array", items: { type: "string" } }, wwids: { type: "array", items: { type: "string" } } }, additionalProperties: false }, FlexPersistentVolumeSource: { type: "object", properties: { driver: { type: "string" }, fsType: { type: "string" }, options: { type: "object", additionalProperties: { type: "string" } }, readOnly: { type: "boolean" }, secretRef: { $ref: "#/definitions/SecretReference" } }, additionalProperties: false, required: ["driver"] }, FlockerVolumeSource: { type: "object", properties: { datasetName: { type: "string" }, datasetUUID: { type: "string" } }, additionalProperties: false }, GcePersistentDiskVolumeSource: { type: "object", properties: { fsType: { type: "string" }, partition: { type: "number" }, pdName: { type: "string" }, readOnly: { type: "boolean" } }, additionalProperties: false, required: ["pdName"] }, GlusterfsPersistentVolumeSource: { type: "object", properties: { endpoints: { type: "string" }, endpointsNamespace: { type: "string" }, path: { type: "string" }, readOnly: { type: "boolean" } }, additionalProperties: false, required: ["endpoints", "path"] }, HostPathVolumeSource: { type: "object", properties: { path: { type: "string" }, type: { type: "string" } }, additionalProperties: false, required: ["path"] }, IscsiPersistentVolumeSource: { type: "object", properties: { chapAuthDiscovery: { type: "boolean" }, chapAuthSession: { type: "boolean" }, fsType: { type: "string" }, initiatorName: { type: "string" }, iqn: { type: "string" }, iscsiInterface: { type: "string" }, lun: { type: "number" }, portals: { type: "array", items: { type: "string" } }, readOnly: { type: "boolean" }, secretRef: { $ref: "#/definitions/SecretReference" }, targetPortal: { type: "string" } }, additionalProperties: false, required: ["iqn", "lun", "targetPortal"] }, LocalVolumeSource: { type: "object", properties: { fsType: { type: "string" }, path: { type: "string" } }, additionalProperties: false, required: ["path"] }, NfsVolumeSource: { type: "object", properties: { path: { type: "string" }, readOnly: { type: "boolean" }, server: { type: "string" } }, additionalProperties: false, required: ["path", "server"] }, VolumeNodeAffinity: { type: "object", properties: { required: { $ref: "#/definitions/NodeSelector" } }, additionalProperties: false }, PhotonPersistentDiskVolumeSource: { type: "object", properties: { fsType: { type: "string" }, pdID: { type: "string" } }, additionalProperties: false, required: ["pdID"] }, PortworxVolumeSource: { type: "object", properties: { fsType: { type: "string" }, readOnly: { type: "boolean" }, volumeID: { type: "string" } }, additionalProperties: false, required: ["volumeID"] }, QuobyteVolumeSource: { type: "object", properties: { group: { type: "string" }, readOnly: { type: "boolean" }, registry: { type: "string" }, tenant: { type: "string" }, user: { type: "string" }, volume: { type: "string" } }, additionalProperties: false, required: ["registry", "volume"] }, RbdPersistentVolumeSource: { type: "object", properties: { fsType: { type: "string" }, image: { type: "string" }, keyring: { type: "string" }, monitors: { type: "array", items: { type: "string" } }, pool: { type: "string" }, readOnly: { type: "boolean" }, secretRef: { $ref: "#/definitions/SecretReference" }, user: { type: "string" } }, additionalProperties: false, required: ["image", "monitors"] }, ScaleIoPersistentVolumeSource: { type: "object", properties: { fsType: { type: "string" }, gateway: { type: "string" }, protectionDomain: { type: "string" }, readOnly: { type: "boolean" }, secretRef: { $ref: "#/definitions/SecretReference" }, sslEnabled: { type: "boolean" }, storageMode: { type: "string" }, storagePool: { type: "string" }, system: { type: "string" }, volumeName: { type: "string" } }, additionalProperties: false, required: ["gateway", "secretRef", "system"] }, StorageOsPersistentVolumeSource: { type: "object", properties: { fsType: { type: "string" }, readOnly: { type: "boolean" }, secretRef: { $ref: "#/definitions/ObjectReference" }, volumeName: { type: "string" }, volumeNamespace: { type: "string" } }, additionalProperties: false }, VsphereVirtualDiskVolumeSource: { type: "object", properties: { fsType: { type: "string" }, storagePolicyID: { type: "string" }, storagePolicyName: { type: "string" }, volumePath: { type: "string" } }, additionalProperties: false, required: ["volumePath"] }, TypedLocalObjectReference: { type: "object", properties: { apiGroup: { type: "string" }, kind: { type: "string" }, name: { type: "string" } }, additionalProperties: false, required: ["kind", "name"] }, ResourceRequirements: { type: "object", properties: { limits: { type: "object", additionalProperties: { type: ["string", "number"] } }, requests: { type: "object", additionalProperties: { type: ["string", "number"] } } }, additionalProperties: false }, Affinity: { type: "object", properties: { nodeAffinity: { $ref: "#/definitions/NodeAffinity" }, podAffinity: { $ref: "#/definitions/PodAffinity" }, podAntiAffinity: { $ref: "#/definitions/PodAntiAffinity" } }, additionalProperties: false }, Container: { type: "object", properties: { args: { type: "array", items: { type: "string" } }, command: { type: "array", items: { type: "string" } }, env: { type: "array", items: { $ref: "#/definitions/EnvVar" } }, envFrom: { type: "array", items: { $ref: "#/definitions/EnvFromSource" } }, image: { type: "string" }, imagePullPolicy: { type: "string" }, lifecycle: { $ref: "#/definitions/Lifecycle" }, livenessProbe: { $ref: "#/definitions/Probe" }, name: { type: "string" }, ports: { type: "array", items: { $ref: "#/definitions/ContainerPort" } }, readinessProbe: { $ref: "#/definitions/Probe" }, resources: { $ref: "#/definitions/ResourceRequirements" }, securityContext: { $ref: "#/definitions/SecurityContext" }, startupProbe: { $ref: "#/definitions/Probe" }, stdin: { type: "boolean" }, stdinOnce: { type: "boolean" }, terminationMessagePath: { type: "string" }, terminationMessagePolicy: { type: "string" }, tty: { type: "boolean" }, volumeDevices: { type: "array", items: { $ref: "#/definitions/VolumeDevice" } }, volumeMounts: { type: "array", items: { $ref: "#/definitions/VolumeMount" } }, workingDir: { type: "string" } }, additionalProperties: false, required: ["name"] }, PodDnsConfig: { type: "object", properties: { nameservers: { type: "array", items: { type: "string" } }, options: { type: "array", items: { $ref: "#/definitions/PodDnsConfigOption" } }, searches: { type: "array", items: { type: "string" } } }, additionalProperties: false }, EphemeralContainer: { type: "object", properties: { args: { type: "array", items: { type: "string" } }, command: { type: "array", items: { type: "string" } }, env: { type: "array", items: { $ref: "#/definitions/EnvVar" } }, envFrom: { type: "array", items: { $ref: "#/definitions/EnvFromSource" } }, image: { type: "string" }, imagePullPolicy: { type: "string" }, lifecycle: { $ref: "#/definitions/Lifecycle" }, livenessProbe: { $ref: "#/definitions/Probe" }, name: { type: "string" }, ports: { type: "array", items: { $ref: "#/definitions/ContainerPort" } }, readinessProbe: { $ref: "#/definitions/Probe" }, resources: { $ref: "#/definitions/ResourceRequirements" }, securityContext: { $ref: "#/definitions/SecurityContext" }, startupProbe: { $ref: "#/definitions/Probe" }, stdin: { type: "boolean" }, stdinOnce: { type: "boolean" }, targetContainerName: { type: "string" }, terminationMessagePath: { type: "string" }, terminationMessagePolicy: { type: "string" }, tty: { type: "boolean" }, volumeDevices: { type: "array", items: { $ref: "#/definitions/VolumeDevice" } }, volumeMounts: { type: "array", items: { $ref: "#/definitions/VolumeMount" } }, workingDir: { type: "string" } }, additionalProperties: false, required: ["name"] }, HostAlias: { type: "object", properties: { hostnames: { type: "array", items: { type: "string" } }, ip: { type: "string" } }, additionalProperties: false }, PodOs: { type: "object", properties: { name: { type: "string" } }, additionalProperties: false, required: ["name"] }, PodReadinessGate: { type: "object", properties: { conditionType: { type: "string" } }, additionalProperties: false, required: ["conditionType"] }, PodSecurityContext: { type: "object", properties: { fsGroup: { type: "number" }, fsGroupChangePolicy: { type: "string" }, runAsGroup: { type: "number" }, runAsNonRoot: { type: "boolean" }, runAsUser: { type: "number" }, seLinuxOptions: { $ref: "#/definitions/SeLinuxOptions" }, seccompProfile: { $ref: "#/definitions/SeccompProfile" }, supplementalGroups: { type: "array", items: { type: "number" } }, sysctls: { type: "array", items: { $ref: "#/definitions/Sysctl" } }, windowsOptions: { $ref: "#/definitions/WindowsSecurityContextOptions" } }, additionalProperties: false }, Toleration: { type: "object", properties: { effect: { type: "string" }, key: { type: "string" }, operator: { type: "string" }, tolerationSeconds: { type: "number" }, value: { type: "string" } }, additionalProperties: false }, TopologySpreadConstraint: { type: "object", properties: { labelSelector: { $ref: "#/definitions/LabelSelector" }, maxSkew: { type: "number" }, minDomains: { type: "number" }, topologyKey: { type: "string" }, whenUnsatisfiable: { type: "string" } }, additionalProperties: false, required: ["maxSkew", "topologyKey", "whenUnsatisfiable"] }, Volume: { type: "object", properties: { awsElasticBlockStore: { $ref: "#/definitions/AwsElasticBlockStoreVolumeSource" }, azureDisk: { $ref: "#/definitions/AzureDiskVolumeSource" }, azureFile: { $ref: "#/definitions/AzureFileVolumeSource" }, cephfs: { $ref: "#/definitions/CephFsVolumeSource" }, cinder: { $ref: "#/definitions/CinderVolumeSource" }, configMap: { $ref: "#/definitions/ConfigMapVolumeSource" }, csi: { $ref: "#/definitions/CsiVolumeSource" }, downwardAPI: { $ref: "#/definitions/DownwardApiVolumeSource" }, emptyDir: { $ref: "#/definitions/EmptyDirVolumeSource" }, ephemeral: { $ref: "#/definitions/EphemeralVolumeSource" }, fc: { $ref: "#/definitions/FcVolumeSource" }, flexVolume: { $ref: "#/definitions/FlexVolumeSource" }, flocker: { $ref: "#/definitions/FlockerVolumeSource" }, gcePersistentDisk: { $ref: "#/definitions/GcePersistentDiskVolumeSource" }, gitRepo: { $ref: "#/definitions/GitRepoVolumeSource" }, glusterfs: { $ref: "#/definitions/GlusterfsVolumeSource" }, hostPath: { $ref: "#/definitions/HostPathVolumeSource" }, iscsi: { $ref: "#/definitions/IscsiVolumeSource" }, name: { type: "string" }, nfs: { $ref: "#/definitions/NfsVolumeSource" }, persistentVolumeClaim: { $ref: "#/definitions/PersistentVolumeClaimVolumeSource" }, photonPersistentDisk: { $ref: "#/definitions/PhotonPersistentDiskVolumeSource" }, portworxVolume: { $ref: "#/definitions/PortworxVolumeSource" }, projected: { $ref: "#/definitions/ProjectedVolumeSource" }, quobyte: { $ref: "#/definitions/QuobyteVolumeSource" }, rbd: { $ref: "#/definitions/RbdVolumeSource" }, scaleIO: { $ref: "#/definitions/ScaleIoVolumeSource" }, secret: { $ref: "#/definitions/SecretVolumeSource" }, storageos: { $ref: "#/definitions/StorageOsVolumeSource" }, vsphereVolume: { $ref: "#/definitions/VsphereVirtualDiskVolumeSource" } }, additionalProperties: false, required: ["name"] }, ScopeSelector: { type: "object", properties: { matchExpressions: { type: "array", items: { $ref: "#/definitions/ScopedResourceSelectorRequirement" } } }, additionalProperties: false }, ServicePort: { type: "object", properties: { appProtocol: { type: "string" }, name: { type: "string" }, nodePort: { type: "number" }, port: { type: "number" }, protocol: { type: "string" }, targetPort: { type: ["string", "integer"] } }, additionalProperties: false, required: ["port"] }, SessionAffinityConfig: { type: "object", properties: { clientIP: { $ref: "#/definitions/ClientIpConfig" } }, additionalProperties: false }, EndpointConditions: { type: "object", properties: { ready: { type: "boolean" }, serving: { type: "boolean" }, terminating: { type: "boolean" } }, additionalProperties: false }, EndpointHints: { type: "object", properties: { forZones: { type: "array", items: { $ref: "#/definitions/ForZone" } } }, additionalProperties: false }, EndpointConditionsV1Beta1: { type: "object", properties: { ready: { type: "boolean" }, serving: { type: "boolean" }, terminating: { type: "boolean" } }, additionalProperties: false }, EndpointHintsV1Beta1: { type: "object", properties: { forZones: { type: "array", items: { $ref: "#/definitions/ForZoneV1Beta1" } } }, additionalProperties: false }, FlowDistinguisherMethodV1Beta1: { type: "object", properties: { type: { type: "string" } }, additionalProperties: false, required: ["type"] }, PriorityLevelConfigurationReferenceV1Beta1: { type: "object", properties: { name: { type: "string" } }, additionalProperties: false, required: ["name"] }, PolicyRulesWithSubjectsV1Beta1: { type: "object", properties: { nonResourceRules: { type: "array", items: { $ref: "#/definitions/NonResourcePolicyRuleV1Beta1" } }, resourceRules: { type: "array", items: { $ref: "#/definitions/ResourcePolicyRuleV1Beta1" } }, subjects: { type: "array", items: { $ref: "#/definitions/SubjectV1Beta1" } } }, additionalProperties: false, required: ["subjects"] }, LimitedPriorityLevelConfigurationV1Beta1: { type: "object", properties: { assuredConcurrencyShares: { type: "number" }, limitResponse: { $ref: "#/definitions/LimitResponseV1Beta1" } }, additionalProperties: false }, FlowDistinguisherMethodV1Beta2: { type: "object", properties: { type: { type: "string" } }, additionalProperties: false, required: ["type"] }, PriorityLevelConfigurationReferenceV1Beta2: { type: "object", properties: { name: { type: "string" } }, additionalProperties: false, required: ["name"] }, PolicyRulesWithSubjectsV1Beta2: { type: "object", properties: { nonResourceRules: { type: "array", items: { $ref: "#/definitions/NonResourcePolicyRuleV1Beta2" } }, resourceRules: { type: "array", items: { $ref: "#/definitions/ResourcePolicyRuleV1Beta2" } }, subjects: { type: "array", items: { $ref: "#/definitions/SubjectV1Beta2" } } }, additionalProperties: false, required: ["subjects"] }, LimitedPriorityLevelConfigurationV1Beta2: { type: "object", properties: { assuredConcurrencyShares: { type: "number" }, limitResponse: { $ref: "#/definitions/LimitResponseV1Beta2" } }, additionalProperties: false }, IngressBackend: { type: "object", properties: { resource: { $ref: "#/definitions/TypedLocalObjectReference" }, service: { $ref: "#/definitions/IngressServiceBackend" } }, additionalProperties: false }, IngressRule: { type: "object", properties: { host: { type: "string" }, http: { $ref: "#/definitions/HttpIngressRuleValue" } }, additionalProperties: false }, IngressTls: { type: "object", properties: { hosts: { type: "array", items: { type: "string" } }, secretName: { type: "string" } }, additionalProperties: false }, IngressClassParametersReference: { type: "object", properties: { apiGroup: { type: "string" }, kind: { type: "string" }, name: { type: "string" }, namespace: { type: "string" }, scope: { type: "string" } }, additionalProperties: false, required: ["kind", "name"] }, NetworkPolicyEgressRule: { type: "object", properties: { ports: { type: "array", items: { $ref: "#/definitions/NetworkPolicyPort" } }, to: { type: "array", items: { $ref: "#/definitions/NetworkPolicyPeer" } } }, additionalProperties: false }, NetworkPolicyIngressRule: { type: "object", properties: { from: { type: "array", items: { $ref: "#/definitions/NetworkPolicyPeer" } }, ports: { type: "array", items: { $ref: "#/definitions/NetworkPolicyPort" } } }, additionalProperties: false }, Preconditions: { type: "object", properties: { resourceVersion: { type: "string" }, uid: { type: "string" } }, additionalProperties: false }, AllowedCsiDriverV1Beta1: { type: "object", properties: { name: { type: "string" } }, additionalProperties: false, required: ["name"] }, AllowedFlexVolumeV1Beta1: { type: "object", properties: { driver: { type: "string" } }, additionalProperties: false, required: ["driver"] }, AllowedHostPathV1Beta1: { type: "object", properties: { pathPrefix: { type: "string" }, readOnly: { type: "boolean" } }, additionalProperties: false }, FsGroupStrategyOptionsV1Beta1: { type: "object", properties: { ranges: { type: "array", items: { $ref: "#/definitions/IdRangeV1Beta1" } }, rule: { type: "string" } }, additionalProperties: false }, HostPortRangeV1Beta1: { type: "object", properties: { max: { type: "number" }, min: { type: "number" } }, additionalProperties: false, required: ["max", "min"] }, RunAsGroupStrategyOptionsV1Beta1: { type: "object", properties: { ranges: { type: "array", items: { $ref: "#/definitions/IdRangeV1Beta1" } }, rule: { type: "string" } }, additionalProperties: false, required: ["rule"] }, RunAsUserStrategyOptionsV1Beta1: { type: "object", properties: { ranges: { type: "array", items: { $ref: "#/definitions/IdRangeV1Beta1" } }, rule: { type: "string" } }, additionalProperties: false, required: ["rule"] }, RuntimeClassStrategyOptionsV1Beta1: { type: "object", properties: { allowedRuntimeClassNames: { type: "array", items: { type: "string" } }, defaultRuntimeClassName: { type: "string" } }, additionalProperties: false, required: ["allowedRuntimeClassNames"] }, SeLinuxStrategyOptionsV1Beta1: { type: "object", properties: { rule: { type: "string" }, seLinuxOptions: { $ref: "#/definitions/SeLinuxOptions" } }, additionalProperties: false, required: ["rule"] }, SupplementalGroupsStrategyOptionsV1Beta1: { type: "object", properties: { ranges: { type: "array", items: { $ref: "#/definitions/IdRangeV1Beta1" } }, rule: { type: "string" } }, additionalProperties: false }, TokenRequest: { type: "object", properties: { audience: { type: "string" }, expirationSeconds: { type: "number" } }, additionalProperties: false, required: ["audience"] }, CsiNodeDriver: { type: "object", properties: { allocatable: { $ref: "#/definitions/VolumeNodeResources" }, name: { type: "string" }, nodeID: { type: "string" }, topologyKeys: { type: "array", items: { type: "string" } } }, additionalProperties: false, required: ["name", "nodeID"] }, LabelSelectorRequirement: { type: "object", properties: { key: { type: "string" }, operator: { type: "string" }, values: { type: "array", items: { type: "string" } } }, additionalProperties: false, required: ["key", "operator"] }, TopologySelectorLabelRequirement: { type: "object", properties: { key: { type: "string" }, values: { type: "array", items: { type: "string" } } }, additionalProperties: false, required: ["key", "values"] }, VolumeAttachmentSource: { type: "object", properties: { inlineVolumeSpec: { $ref: "#/definitions/PersistentVolumeSpec" }, persistentVolumeName: { type: "string" } }, additionalProperties: false }, CustomResourceConversion: { type: "object", properties: { strategy: { type: "string" }, webhook: { $ref: "#/definitions/WebhookConversion" } }, additionalProperties: false, required: ["strategy"] }, CustomResourceDefinitionNames: { type: "object", properties: { categories: { type: "array", items: { type: "string" } }, kind: { type: "string" }, listKind: { type: "string" }, plural: { type: "string" }, shortNames: { type: "array", items: { type: "string" } }, singular: { type: "string" } }, additionalProperties: false, required: ["kind", "plural"] }, CustomResourceDefinitionVersion: { type: "object", properties: { additionalPrinterColumns: { type: "array", items: { $ref: "#/definitions/CustomResourceColumnDefinition" } }, deprecated: { type: "boolean" }, deprecationWarning: { type: "string" }, name: { type: "string" }, schema: { $ref: "#/definitions/CustomResourceValidation" }, served: { type: "boolean" }, storage: { type: "boolean" }, subresources: { $ref: "#/definitions/CustomResourceSubresources" } }, additionalProperties: false, required: ["name", "served", "storage"] }, StatusCause: { type: "object", properties: { field: { type: "string" }, message: { type: "string" }, reason: { type: "string" } }, additionalProperties: false }, ServiceReference: { type: "object", properties: { name: { type: "string" }, namespace: { type: "string" }, path: { type: "string" }, port: { type: "number" } }, additionalProperties: false, required: ["name", "namespace"] }, RollingUpdateDaemonSet: { type: "object", properties: { maxSurge: { type: ["string", "integer"] }, maxUnavailable: { type: ["string", "integer"] } }, additionalProperties: false }, RollingUpdateDeployment: { type: "object", properties: { maxSurge: { type: ["string", "integer"] }, maxUnavailable: { type: ["string", "integer"] } }, additionalProperties: false }, RollingUpdateStatefulSetStrategy: { type: "object", properties: { maxUnavailable: { type: ["string", "integer"] }, partition: { type: "number" } }, additionalProperties: false }, HpaScalingRulesV2: { type: "object", properties: { policies: { type: "array", items: { $ref: "#/definitions/HpaScalingPolicyV2" } }, selectPolicy: { type: "string" }, stabilizationWindowSeconds: { type: "number" } }, additionalProperties: false }, ContainerResourceMetricSourceV2: { type: "object", properties: { container: { type: "string" }, name: { type: "string" }, target: { $ref: "#/definitions/MetricTargetV2" } }, additionalProperties: false, required: ["container", "name", "target"] }, ExternalMetricSourceV2: { type: "object", properties: { metric: { $ref: "#/definitions/MetricIdentifierV2" }, target: { $ref: "#/definitions/MetricTargetV2" } }, additionalProperties: false, required: ["metric", "target"] }, ObjectMetricSourceV2: { type: "object", properties: { describedObject: { $ref: "#/definitions/CrossVersionObjectReferenceV2" }, metric: { $ref: "#/definitions/MetricIdentifierV2" }, target: { $ref: "#/definitions/MetricTargetV2" } }, additionalProperties: false, required: ["describedObject", "metric", "target"] }, PodsMetricSourceV2: { type: "object", properties: { metric: { $ref: "#/definitions/MetricIdentifierV2" }, target: { $ref: "#/definitions/MetricTargetV2" } }, additionalProperties: false, required: ["metric", "target"] }, ResourceMetricSourceV2: { type: "object", properties: { name: { type: "string" }, target: { $ref: "#/definitions/MetricTargetV2" } }, additionalProperties: false, required: ["name", "target"] }, ContainerResourceMetricSourceV2Beta1: { type: "object", properties: { container: { type: "string" }, name: { type: "string" }, targetAverageUtilization: { type: "number" }, targetAverageValue: { type: ["string", "number"] } }, additionalProperties: false, required: ["container", "name"] }, ExternalMetricSourceV2Beta1: { type: "object", properties: { metricName: { type: "string" }, metricSelector: { $ref: "#/definitions/LabelSelector" }, targetAverageValue: { type: ["string", "number"] }, targetValue: { type: ["string", "number"] } }, additionalProperties: false, required: ["metricName"] }, ObjectMetricSourceV2Beta1: { type: "object", properties: { averageValue: { type: ["string", "number"] }, metricName: { type: "string" }, selector: { $ref: "#/definitions/LabelSelector" }, target: { $ref: "#/definitions/CrossVersionObjectReferenceV2Beta1" }, targetValue: { type: ["string", "number"] } }, additionalProperties: false, required: ["metricName", "target", "targetValue"] }, PodsMetricSourceV2Beta1: { type: "object", properties: { metricName: { type: "string" }, selector: { $ref: "#/definitions/LabelSelector" }, targetAverageValue: { type: ["string", "number"] } }, additionalProperties: false, required: ["metricName", "targetAverageValue"] }, ResourceMetricSourceV2Beta1: { type: "object", properties: { name: { type: "string" }, targetAverageUtilization: { type: "number" }, targetAverageValue: { type: ["string", "number"] } }, additionalProperties: false, required: ["name"] }, HpaScalingRulesV2Beta2: { type: "object", properties: { policies: { type: "array", items: { $ref: "#/definitions/HpaScalingPolicyV2Beta2" } }, selectPolicy: { type: "string" }, stabilizationWindowSeconds: { type: "number" } }, additionalProperties: false }, ContainerResourceMetricSourceV2Beta2: { type: "object", properties: { container: { type: "string" }, name: { type: "string" }, target: { $ref: "#/definitions/MetricTargetV2Beta2" } }, additionalProperties: false, required: ["container", "name", "target"] }, ExternalMetricSourceV2Beta2: { type: "object", properties: { metric: { $ref: "#/definitions/MetricIdentifierV2Beta2" }, target: { $ref: "#/definitions/MetricTargetV2Beta2" } }, additionalProperties: false, required: ["metric", "target"] }, ObjectMetricSourceV2Beta2: { type: "object", properties: { describedObject: { $ref: "#/definitions/CrossVersionObjectReferenceV2Beta2" }, metric: { $ref: "#/definitions/MetricIdentifierV2Beta2" }, target: { $ref: "#/definitions/MetricTargetV2Beta2" } }, additionalProperties: false, required: ["describedObject", "metric", "target"] }, PodsMetricSourceV2Beta2: { type: "object", properties: { metric: { $ref: "#/definitions/MetricIdentifierV2Beta2" }, target: { $ref: "#/definitions/MetricTargetV2Beta2" } }, additionalProperties: false, required: ["metric", "target"] }, ResourceMetricSourceV2Beta2: { type: "object", properties: { name: { type: "string" }, target: { $ref: "#/definitions/MetricTargetV2Beta2" } }, additionalProperties: false, required: ["name", "target"] }, ConfigMapNodeConfigSource: { type: "object", properties: { kubeletConfigKey: { type: "string" }, name: { type: "string" }, namespace: { type: "string" }, resourceVersion: { type: "string" }, uid: { type: "string" } }, additionalProperties: false, required: ["kubeletConfigKey", "name", "namespace"] }, SecretReference: { type: "object", properties: { name: { type: "string" }, namespace: { type: "string" } }, additionalProperties: false }, NodeSelector: { type: "object", properties: { nodeSelectorTerms: { type: "array", items: { $ref: "#/definitions/NodeSelectorTerm" } } }, additionalProperties: false, required: ["nodeSelectorTerms"] }, NodeAffinity: { type: "object", properties: { preferredDuringSchedulingIgnoredDuringExecution: { type: "array", items: { $ref: "#/definitions/PreferredSchedulingTerm" } }, requiredDuringSchedulingIgnoredDuringExecution: { $ref: "#/definitions/NodeSelector" } }, additionalProperties: false }, PodAffinity: { type: "object", properties: { preferredDuringSchedulingIgnoredDuringExecution: { type: "array", items: { $ref: "#/definitions/WeightedPodAffinityTerm" } }, requiredDuringSchedulingIgnoredDuringExecution: { type: "array", items: { $ref: "#/definitions/PodAffinityTerm" } } }, additionalProperties: false }, PodAntiAffinity: { type: "object", properties: { preferredDuringSchedulingIgnoredDuringExecution: { type: "array", items: { $ref: "#/definitions/WeightedPodAffinityTerm" } }, requiredDuringSchedulingIgnoredDuringExecution: { type: "array", items: { $ref: "#/definitions/PodAffinityTerm" } } }, additionalProperties: false }, EnvVar: { type: "object", properties: { name: { type: "string" }, value: { type: "string" }, valueFrom: { $ref: "#/definitions/EnvVarSource" } }, additionalProperties: false, required: ["name"] }, EnvFromSource: { type: "object", properties: { configMapRef: { $ref: "#/definitions/ConfigMapEnvSource" }, prefix: { type: "string" }, secretRef: { $ref: "#/definitions/SecretEnvSource" } }, additionalProperties: false }, Lifecycle: { type: "object", properties: { postStart: { $ref: "#/definitions/LifecycleHandler" }, preStop: { $ref: "#/definitions/LifecycleHandler" } }, additionalProperties: false }, Probe: { type: "object", properties: { exec: { $ref: "#/definitions/ExecAction" }, failureThreshold: { type: "number" }, grpc: { $ref: "#/definitions/GrpcAction" }, httpGet: { $ref: "#/definitions/HttpGetAction" }, initialDelaySeconds: { type: "number" }, periodSeconds: { type: "number" }, successThreshold: { type: "number" }, tcpSocket: { $ref: "#/definitions/TcpSocketAction" }, terminationGracePeriodSeconds: { type: "number" }, timeoutSeconds: { type: "number" } }, additionalProperties: false }, ContainerPort: { type: "object", properties: { containerPort: { type: "number" }, hostIP: { type: "string" }, hostPort: { type: "number" }, name: { type: "string" }, protocol: { type: "string" } }, additionalProperties: false, required: ["containerPort"] }, SecurityContext: { type: "object", properties: { allowPrivilegeEscalation: { type: "boolean" }, capabilities: { $ref: "#/definitions/Capabilities" }, privileged: { type: "boolean" }, procMount: { type: "string" }, readOnlyRootFilesystem: { type: "boolean" }, runAsGroup: { type: "number" }, runAsNonRoot: { type: "boolean" }, runAsUser: { type: "number" }, seLinuxOptions: { $ref: "#/definitions/SeLinuxOptions" }, seccompProfile: { $ref: "#/definitions/SeccompProfile" }, windowsOptions: { $ref: "#/definitions/WindowsSecurityContextOptions" } }, additionalProperties: false }, VolumeDevice: { type: "object", properties: { devicePath: { type: "string" }, name: { type: "string" } }, additionalProperties: false, required: ["devicePath", "name"] }, VolumeMount: { type: "object", properties: { mountPath: { type: "string" }, mountPropagation: { type: "string" }, name: { type: "string" }, readOnly: { type: "boolean" }, subPath: { type: "string" }, subPathExpr: { type: "string" } }, additionalProperties: false, required: ["mountPath", "name"] }, PodDnsConfigOption: { type: "object", properties: { name: { type: "string" }, value: { type: "string" } }, additionalProperties: false }, SeLinuxOptions: { type: "object", properties: { level: { type: "string" }, role: { type: "string" }, type: { type: "string" }, user: { type: "string" } }, additionalProperties: false }, SeccompProfile: { type: "object", properties: { localhostProfile: { type: "string" }, type: { type: "string" } }, additionalProperties: false, required: ["type"] }, Sysctl: { type: "object", properties: { name: { type: "string" }, value: { type: "string" } }, additionalProperties: false, required: ["name", "value"] }, WindowsSecurityContextOptions: { type: "object", properties: { gmsaCredentialSpec: { type: "string" }, gmsaCredentialSpecName: { type: "string" }, hostProcess: { type: "boolean" }, runAsUserName: { type: "string" } }, additionalProperties: false }, AzureFileVolumeSource: { type: "object", properties: { readOnly: { type: "boolean" }, secretName: { type: "string" }, shareName: { type: "string" } }, additionalProperties: false, required: ["secretName", "shareName"] }, CephFsVolumeSource: { type: "object", properties: { monitors: { type: "array", items: { type: "string" } }, path: { type: "string" }, readOnly: { type: "boolean" }, secretFile: { type: "string" }, secretRef: { $ref: "#/definitions/LocalObjectReference" }, user: { type: "string" } }, additionalProperties: false, required: ["monitors"] }, CinderVolumeSource: { type: "object", properties: { fsType: { type: "string" }, readOnly: { type: "boolean" }, secretRef: { $ref: "#/definitions/LocalObjectReference" }, volumeID: { type: "string" } }, additionalProperties: false, required: ["volumeID"] }, ConfigMapVolumeSource: { type: "object", properties: { defaultMode: { type: "number" }, items: { type: "array", items: { $ref: "#/definitions/KeyToPath" } }, name: { type: "string" }, optional: { type: "boolean" } }, additionalProperties: false }, CsiVolumeSource: { type: "object", properties: { driver: { type: "string" }, fsType: { type: "string" }, nodePublishSecretRef: { $ref: "#/definitions/LocalObjectReference" }, readOnly: { type: "boolean" }, volumeAttributes: { type: "object", additionalProperties: { type: "string" } } }, additionalProperties: false, required: ["driver"] }, DownwardApiVolumeSource: { type: "object", properties: { defaultMode: { type: "number" }, items: { type: "array", items: { $ref: "#/definitions/DownwardApiVolumeFile" } } }, additionalProperties: false }, EmptyDirVolumeSource: { type: "object", properties: { medium: { type: "string" }, sizeLimit: { type: ["string", "number"] } }, additionalProperties: false }, EphemeralVolumeSource: { type: "object", properties: { volumeClaimTemplate: { $ref: "#/definitions/PersistentVolumeClaimTemplate" } }, additionalProperties: false }, FlexVolumeSource: { type: "object", properties: { driver: { type: "string" }, fsType: { type: "string" }, options: { type: "object", additionalProperties: { type: "string" } }, readOnly: { type: "boolean" }, secretRef: { $ref: "#/definitions/LocalObjectReference" } }, additionalProperties: false, required: ["driver"] }, GitRepoVolumeSource: { type: "object", properties: { directory: { type: "string" }, repository: { type: "string" }, revision: { type: "string" } }, additionalProperties: false, required: ["repository"] }, GlusterfsVolumeSource: { type: "object", properties: { endpoints: { type: "string" }, path: { type: "string" }, readOnly: { type: "boolean" } }, additionalProperties: false, required: ["endpoints", "path"] }, IscsiVolumeSource: { type: "object", properties: { chapAuthDiscovery: { type: "boolean" }, chapAuthSession: { type: "boolean" }, fsType: { type: "string" }, initiatorName: { type: "string" }, iqn: { type: "string" }, iscsiInterface: { type: "string" }, lun: { type: "number" }, portals: { type: "array", items: { type: "string" } }, readOnly: { type: "boolean" }, secretRef: { $ref: "#/definitions/LocalObjectReference" }, targetPortal: { type: "string" } }, additionalProperties: false, required: ["iqn", "lun", "targetPortal"] }, PersistentVolumeClaimVolumeSource: { type: "object", properties: { claimName: { type: "string" }, readOnly: { type: "boolean" } }, additionalProperties: false, required: ["claimName"] }, ProjectedVolumeSource: { type: "object", properties: { defaultMode: { type: "number" }, sources: { type: "array", items: { $ref: "#/definitions/VolumeProjection" } } }, additionalProperties: false }, RbdVolumeSource: { type: "object", properties: { fsType: { type: "string" }, image: { type: "string" }, keyring: { type: "string" }, monitors: { type: "array", items: { type: "string" } }, pool: { type: "string" }, readOnly: { type: "boolean" }, secretRef: { $ref: "#/definitions/LocalObjectReference" }, user: { type: "string" } }, additionalProperties: false, required: ["image", "monitors"] }, ScaleIoVolumeSource: { type: "object", properties: { fsType: { type: "string" }, gateway: { type: "string" }, protectionDomain: { type: "string" }, readOnly: { type: "boolean" }, secretRef: { $ref: "#/definitions/LocalObjectReference" }, sslEnabled: { type: "boolean" }, storageMode: { type: "string" }, storagePool: { type: "string" }, system: { type: "string" }, volumeName: { type: "string" } }, additionalProperties: false, required: ["gateway", "secretRef", "system"] }, SecretVolumeSource: { type: "object", properties: { defaultMode: { type: "number" }, items: { type: "array", items: { $ref: "#/definitions/KeyToPath" } }, optional: { type: "boolean" }, secretName: { type: "string" } }, additionalProperties: false }, StorageOsVolumeSource: { type: "object", properties: { fsType: { type: "string" }, readOnly: { type: "boolean" }, secretRef: { $ref: "#/definitions/LocalObjectReference" }, volumeName: { type: "string" }, volumeNamespace: { type: "string" } }, additionalProperties: false }, ScopedResourceSelectorRequirement: { type: "object", properties: { operator: { type: "string" }, scopeName: { type: "string" }, values: { type: "array", items: { type: "string" } } }, additionalProperties: false, required: ["operator", "scopeName"] }, ClientIpConfig: { type: "object", properties: { timeoutSeconds: { type: "number" } }, additionalProperties: false }, ForZone: { type: "object", properties: { name: { type: "string" } }, additionalProperties: false, required: ["name"] }, ForZoneV1Beta1: { type: "object", properties: { name: { type: "string" } }, additionalProperties: false, required: ["name"] }, NonResourcePolicyRuleV1Beta1: { type: "object", properties: { nonResourceURLs: { type: "array", items: { type: "string" } }, verbs: { type: "array", items: { type: "string" } } }, additionalProperties: false, required: ["nonResourceURLs", "verbs"] }, ResourcePolicyRuleV1Beta1: { type: "object", properties: { apiGroups: { type: "array", items: { type: "string" } }, clusterScope: { type: "boolean" }, namespaces: { type: "array", items: { type: "string" } }, resources: { type: "array", items: { type: "string" } }, verbs: { type: "array", items: { type: "string" } } }, additionalProperties: false, required: ["apiGroups", "resources", "verbs"] }, SubjectV1Beta1: { type: "object", properties: { group: { $ref: "#/definitions/GroupSubjectV1Beta1" }, kind: { type: "string" }, serviceAccount: { $ref: "#/definitions/ServiceAccountSubjectV1Beta1" }, user: { $ref: "#/definitions/UserSubjectV1Beta1" } }, additionalProperties: false, required: ["kind"] }, LimitResponseV1Beta1: { type: "object", properties: { queuing: { $ref: "#/definitions/QueuingConfigurationV1Beta1" }, type: { type: "string" } }, additionalProperties: false, required: ["type"] }, NonResourcePolicyRuleV1Beta2: { type: "object", properties: { nonResourceURLs: { type: "array", items: { type: "string" } }, verbs: { type: "array", items: { type: "string" } } }, additionalProperties: false, required: ["nonResourceURLs", "verbs"] }, ResourcePolicyRuleV1Beta2: { type: "object", properties: { apiGroups: { type: "array", items: { type: "string" } }, clusterScope: { type: "boolean" }, namespaces: { type: "array", items: { type: "string" } }, resources: { type: "array", items: { type: "string" } }, verbs: { type: "array", items: { type: "string" } } }, additionalProperties: false, required: ["apiGroups", "resources", "verbs"] }, SubjectV1Beta2: { type: "object", properties: { group: { $ref: "#/definitions/GroupSubjectV1Beta2" }, kind: { type: "string" }, serviceAccount: { $ref: "#/definitions/ServiceAccountSubjectV1Beta2" }, user: { $ref: "#/definitions/UserSubjectV1Beta2" } }, additionalProperties: false, required: ["kind"] }, LimitResponseV1Beta2: { type: "object", properties: { queuing: { $ref: "#/definitions/QueuingConfigurationV1Beta2" }, type: { type: "string" } }, additionalProperties: false, required: ["type"] }, IngressServiceBackend: { type: "object", properties: { name: { type: "string" }, port: { $ref: "#/definitions/ServiceBackendPort" } }, additionalProperties: false, required: ["name"] }, HttpIngressRuleValue: { type: "object", properties: { paths: { type: "array", items: { $ref: "#/definitions/HttpIngressPath" } } }, additionalProperties: false, required: ["paths"] }, NetworkPolicyPort: { type: "object", properties: { endPort: { type: "number" }, port: { type: ["string", "integer"] }, protocol: { type: "string" } }, additionalProperties: false }, NetworkPolicyPeer: { type: "object", properties: { ipBlock: { $ref: "#/definitions/IpBlock" }, namespaceSelector: { $ref: "#/definitions/LabelSelector" }, podSelector: { $ref: "#/definitions/LabelSelector" } }, additionalProperties: false }, IdRangeV1Beta1: { type: "object", properties: { max: { type: "number" }, min: { type: "number" } }, additionalProperties: false, required: ["max", "min"] }, VolumeNodeResources: { type: "object", properties: { count: { type: "number" } }, additionalProperties: false }, WebhookConversion: { type: "object", properties: { clientConfig: { $ref: "#/definitions/WebhookClientConfig" }, conversionReviewVersions: { type: "array", items: { type: "string" } } }, additionalProperties: false, required: ["conversionReviewVersions"] }, CustomResourceColumnDefinition: { type: "object", properties: { description: { type: "string" }, format: { type: "string" }, jsonPath: { type: "string" }, name: { type: "string" }, priority: { type: "number" }, type: { type: "string" } }, additionalProperties: false, required: ["jsonPath", "name", "type"] }, CustomResourceValidation: { type: "object", properties: { openAPIV3Schema: { $ref: "#/definitions/JsonSchemaProps" } }, additionalProperties: false }, CustomResourceSubresources: { type: "object", properties: { scale: { $ref: "#/definitions/CustomResourceSubresourceScale" }, status: {} }, additionalProperties: false }, HpaScalingPolicyV2: { type: "object", properties: { periodSeconds: { type: "number" }, type: { type: "string" }, value: { type: "number" } }, additionalProperties: false, required: ["periodSeconds", "type", "value"] }, MetricTargetV2: { type: "object", properties: { averageUtilization: { type: "number" }, averageValue: { type: ["string", "number"] }, type: { type: "string" }, value: { type: ["string", "number"] } }, additionalProperties: false, required: ["type"] }, MetricIdentifierV2: { type: "object", properties: { name: { type: "string" }, selector: { $ref: "#/definitions/LabelSelector" } }, additionalProperties: false, required: ["name"] }, HpaScalingPolicyV2Beta2: { type: "object", properties: { periodSeconds: { type: "number" }, type: { type: "string" }, value: { type: "number" } }, additionalProperties: false, required: ["periodSeconds", "type", "value"] }, MetricTargetV2Beta2: { type: "object", properties: { averageUtilization: { type: "number" }, averageValue: { type: ["string", "number"] }, type: { type: "string" }, value: { type: ["string", "number"] } }, additionalProperties: false, required: ["type"] }, MetricIdentifierV2Beta2: { type: "object", properties: { name: { type: "string" }, selector: { $ref: "#/definitions/LabelSelector" } }, additionalProperties: false, required: ["name"] }, NodeSelectorTerm: { type: "object", properties: { matchExpressions: { type: "array", items: { $ref: "#/definitions/NodeSelectorRequirement" } }, matchFields: { type: "array", items: { $ref: "#/definitions/NodeSelectorRequirement" } } }, additionalProperties: false }, PreferredSchedulingTerm: { type: "object", properties: { preference: { $ref: "#/definitions/NodeSelectorTerm" }, weight: { type: "number" } }, additionalProperties: false, required: ["preference", "weight"] }, WeightedPodAffinityTerm: { type: "object", properties: { podAffinityTerm: { $ref: "#/definitions/PodAffinityTerm" }, weight: { type: "number" } }, additionalProperties: false, required: ["podAffinityTerm", "weight"] }, PodAffinityTerm: { type: "object", properties: { labelSelector: { $ref: "#/definitions/LabelSelector" }, namespaceSelector: { $ref: "#/definitions/LabelSelector" }, namespaces: { type: "array", items: { type: "string" } }, topologyKey: { type: "string" } }, additionalProperties: false, required: ["topologyKey"] }, EnvVarSource: { type: "object", properties: { configMapKeyRef: { $ref: "#/definitions/ConfigMapKeySelector" }, fieldRef: { $ref: "#/definitions/ObjectFieldSelector" }, resourceFieldRef: { $ref: "#/definitions/ResourceFieldSelector" }, secretKeyRef: { $ref: "#/definitions/SecretKeySelector" } }, additionalProperties: false }, ConfigMapEnvSource: { type: "object", properties: { name: { type: "string" }, optional: { type: "boolean" } }, additionalProperties: false }, SecretEnvSource: { type: "object", properties: { name: { type: "string" }, optional: { type: "boolean" } }, additionalProperties: false }, LifecycleHandler: { type: "object", properties: { exec: { $ref: "#/definitions/ExecAction" }, httpGet: { $ref: "#/definitions/HttpGetAction" }, tcpSocket: { $ref: "#/definitions/TcpSocketAction" } }, additionalProperties: false }, ExecAction: { type: "object", properties: { command: { type: "array", items: { type: "string" } } }, additionalProperties: false }, GrpcAction: { type: "object", properties: { port: { type: "number" }, service: { type: "string" } }, additionalProperties: false, required: ["port"] }, HttpGetAction: { type: "object", properties: { host: { type: "string" }, httpHeaders: { type: "array", items: { $ref: "#/definitions/HttpHeader" } }, path: { type: "string" }, port: { type: ["string", "integer"] }, scheme: { type: "string" } }, additionalProperties: false, required: ["port"] }, TcpSocketAction: { type: "object", properties: { host: { type: "string" }, port: { type: ["string", "integer"] } }, additionalProperties: false, required: ["port"] }, Capabilities: { type: "object", properties: { add: { type: "array", items: { type: "string" } }, drop: { type: "array", items: { type: "string" } } }, additionalProperties: false }, KeyToPath: { type: "object", properties: { key: { type: "string" }, mode: { type: "number" }, path: { type: "string" } }, additionalProperties: false, required: ["key", "path"] }, DownwardApiVolumeFile: { type: "object", properties: { fieldRef: { $ref: "#/definitions/ObjectFieldSelector" }, mode: { type: "number" }, path: { type: "string" }, resourceFieldRef: { $ref: "#/definitions/ResourceFieldSelector" } }, additionalProperties: false, required: ["path"] }, PersistentVolumeClaimTemplate: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/PersistentVolumeClaimSpec" } }, additionalProperties: false, required: ["spec"] }, VolumeProjection: { type: "object", properties: { configMap: { $ref: "#/definitions/ConfigMapProjection" }, downwardAPI: { $ref: "#/definitions/DownwardApiProjection" }, secret: { $ref: "#/definitions/SecretProjection" }, serviceAccountToken: { $ref: "#/definitions/ServiceAccountTokenProjection" } }, additionalProperties: false }, GroupSubjectV1Beta1: { type: "object", properties: { name: { type: "string" } }, additionalProperties: false, required: ["name"] }, ServiceAccountSubjectV1Beta1: { type: "object", properties: { name: { type: "string" }, namespace: { type: "string" } }, additionalProperties: false, required: ["name", "namespace"] }, UserSubjectV1Beta1: { type: "object", properties: { name: { type: "string" } }, additionalProperties: false, required: ["name"] }, QueuingConfigurationV1Beta1: { type: "object", properties: { handSize: { type: "number" }, queueLengthLimit: { type: "number" }, queues: { type: "number" } }, additionalProperties: false }, GroupSubjectV1Beta2: { type: "object", properties: { name: { type: "string" } }, additionalProperties: false, required: ["name"] }, ServiceAccountSubjectV1Beta2: { type: "object", properties: { name: { type: "string" }, namespace: { type: "string" } }, additionalProperties: false, required: ["name", "namespace"] }, UserSubjectV1Beta2: { type: "object", properties: { name: { type: "string" } }, additionalProperties: false, required: ["name"] }, QueuingConfigurationV1Beta2: { type: "object", properties: { handSize: { type: "number" }, queueLengthLimit: { type: "number" }, queues: { type: "number" } }, additionalProperties: false }, ServiceBackendPort: { type: "object", properties: { name: { type: "string" }, number: { type: "number" } }, additionalProperties: false }, HttpIngressPath: { type: "object", properties: { backend: { $ref: "#/definitions/IngressBackend" }, path: { type: "string" }, pathType: { type: "string" } }, additionalProperties: false, required: ["backend", "pathType"] }, IpBlock: { type: "object", properties: { cidr: { type: "string" }, except: { type: "array", items: { type: "string" } } }, additionalProperties: false, required: ["cidr"] }, JsonSchemaProps: { type: "object", properties: { $ref: { type: "string" }, $schema: { type: "string" }, additionalItems: {}, additionalProperties: {}, allOf: { type: "array", items: { $ref: "#/definitions/JsonSchemaProps" } }, anyOf: { type: "array", items: { $ref: "#/definitions/JsonSchemaProps" } }, default: {}, definitions: { type: "object", additionalProperties: { $ref: "#/definitions/JsonSchemaProps" } }, dependencies: { type: "object", additionalProperties: {} }, description: { type: "string" }, enum: { type: "array", items: {} }, example: {}, exclusiveMaximum: { type: "boolean" }, exclusiveMinimum: { type: "boolean" }, externalDocs: { $ref: "#/definitions/ExternalDocumentation" }, format: { type: "string" }, id: { type: "string" }, items: {}, maxItems: { type: "number" }, maxLength: { type: "number" }, maxProperties: { type: "number" }, maximum: { type: "number" }, minItems: { type: "number" }, minLength: { type: "number" }, minProperties: { type: "number" }, minimum: { type: "number" }, multipleOf: { type: "number" }, not: { $ref: "#/definitions/JsonSchemaProps" }, nullable: { type: "boolean" }, oneOf: { type: "array", items: { $ref: "#/definitions/JsonSchemaProps" } }, pattern: { type: "string" }, patternProperties: { type: "object", additionalProperties: { $ref: "#/definitions/JsonSchemaProps" } }, properties: { type: "object", additionalProperties: { $ref: "#/definitions/JsonSchemaProps" } }, required: { type: "array", items: { type: "string" } }, title: { type: "string" }, type: { type: "string" }, uniqueItems: { type: "boolean" }, "x-kubernetes-embedded-resource": { type: "boolean" }, "x-kubernetes-int-or-string": { type: "boolean" }, "x-kubernetes-list-map-keys": { type: "array", items: { type: "string" } }, "x-kubernetes-list-type": { type: "string" }, "x-kubernetes-map-type": { type: "string" }, "x-kubernetes-preserve-unknown-fields": { type: "boolean" }, "x-kubernetes-validations": { type: "array", items: { $ref: "#/definitions/ValidationRule" } } }, additionalProperties: false }, CustomResourceSubresourceScale: { type: "object", properties: { labelSelectorPath: { type: "string" }, specReplicasPath: { type: "string" }, statusReplicasPath: { type: "string" } }, additionalProperties: false, required: ["specReplicasPath", "statusReplicasPath"] }, NodeSelectorRequirement: { type: "object", properties: { key: { type: "string" }, operator: { type: "string" }, values: { type: "array", items: { type: "string" } } }, additionalProperties: false, required: ["key", "operator"] }, ConfigMapKeySelector: { type: "object", properties: { key: { type: "string" }, name: { type: "string" }, optional: { type: "boolean" } }, additionalProperties: false, required: ["key"] }, ObjectFieldSelector: { type: "object", properties: { apiVersion: { type: "string" }, fieldPath: { type: "string" } }, additionalProperties: false, required: ["fieldPath"] }, ResourceFieldSelector: { type: "object", properties: { containerName: { type: "string" }, divisor: { type: ["string", "number"] }, resource: { type: "string" } }, additionalProperties: false, required: ["resource"] }, SecretKeySelector: { type: "object", properties: { key: { type: "string" }, name: { type: "string" }, optional: { type: "boolean" } }, additionalProperties: false, required: ["key"] }, HttpHeader: { type: "object", properties: { name: { type: "string" }, value: { type: "string" } }, additionalProperties: false, required: ["name", "value"] }, ConfigMapProjection: { type: "object", properties: { items: { type: "array", items: { $ref: "#/definitions/KeyToPath" } }, name: { type: "string" }, optional: { type: "boolean" } }, additionalProperties: false }, DownwardApiProjection: { type: "object", properties: { items: { type: "array", items: { $ref: "#/definitions/DownwardApiVolumeFile" } } }, additionalProperties: false }, SecretProjection: { type: "object", properties: { items: { type: "array", items: { $ref: "#/definitions/KeyToPath" } }, name: { type: "string" }, optional: { type: "boolean" } }, additionalProperties: false }, ServiceAccountTokenProjection: { type: "object", properties: { audience: { type: "string" }, expirationSeconds: { type: "number" }, path: { type: "string" } }, additionalProperties: false, required: ["path"] }, ExternalDocumentation: { type: "object", properties: { description: { type: "string" }, url: { type: "string" } }, additionalProperties: false }, ValidationRule: { type: "object", properties: { message: { type: "string" }, rule: { type: "string" } }, additionalProperties: false, required: ["rule"] }, KubeMutatingWebhookConfigurationManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, webhooks: { type: "array", items: { $ref: "#/definitions/MutatingWebhook" } }, apiVersion: { const: "admissionregistration.k8s.io/v1" }, kind: { const: "MutatingWebhookConfiguration" }, status: { type: "object" } }, additionalProperties: false, required: ["apiVersion", "kind"] }, KubeMutatingWebhookConfigurationListManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeMutatingWebhookConfigurationProps" } }, apiVersion: { const: "admissionregistration.k8s.io/v1" }, kind: { const: "MutatingWebhookConfigurationList" }, status: { type: "object" } }, additionalProperties: false, required: ["items", "apiVersion", "kind"] }, KubeValidatingWebhookConfigurationManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, webhooks: { type: "array", items: { $ref: "#/definitions/ValidatingWebhook" } }, apiVersion: { const: "admissionregistration.k8s.io/v1" }, kind: { const: "ValidatingWebhookConfiguration" }, status: { type: "object" } }, additionalProperties: false, required: ["apiVersion", "kind"] }, KubeValidatingWebhookConfigurationListManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeValidatingWebhookConfigurationProps" } }, apiVersion: { const: "admissionregistration.k8s.io/v1" }, kind: { const: "ValidatingWebhookConfigurationList" }, status: { type: "object" } }, additionalProperties: false, required: ["items", "apiVersion", "kind"] }, KubeStorageVersionV1Alpha1Manifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: {}, apiVersion: { const: "internal.apiserver.k8s.io/v1alpha1" }, kind: { const: "StorageVersion" }, status: { type: "object" } }, additionalProperties: false, required: ["spec", "apiVersion", "kind"] }, KubeStorageVersionListV1Alpha1Manifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeStorageVersionV1Alpha1Props" } }, apiVersion: { const: "internal.apiserver.k8s.io/v1alpha1" }, kind: { const: "StorageVersionList" }, status: { type: "object" } }, additionalProperties: false, required: ["items", "apiVersion", "kind"] }, KubeControllerRevisionManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, data: {}, revision: { type: "number" }, apiVersion: { const: "apps/v1" }, kind: { const: "ControllerRevision" }, status: { type: "object" } }, additionalProperties: false, required: ["revision", "apiVersion", "kind"] }, KubeControllerRevisionListManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeControllerRevisionProps" } }, apiVersion: { const: "apps/v1" }, kind: { const: "ControllerRevisionList" }, status: { type: "object" } }, additionalProperties: false, required: ["items", "apiVersion", "kind"] }, KubeDaemonSetManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/DaemonSetSpec" }, apiVersion: { const: "apps/v1" }, kind: { const: "DaemonSet" }, status: { type: "object" } }, additionalProperties: false, required: ["apiVersion", "kind"] }, KubeDaemonSetListManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeDaemonSetProps" } }, apiVersion: { const: "apps/v1" }, kind: { const: "DaemonSetList" }, status: { type: "object" } }, additionalProperties: false, required: ["items", "apiVersion", "kind"] }, KubeDeploymentManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/DeploymentSpec" }, apiVersion: { const: "apps/v1" }, kind: { const: "Deployment" }, status: { type: "object" } }, additionalProperties: false, required: ["apiVersion", "kind"] }, KubeDeploymentListManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeDeploymentProps" } }, apiVersion: { const: "apps/v1" }, kind: { const: "DeploymentList" }, status: { type: "object" } }, additionalProperties: false, required: ["items", "apiVersion", "kind"] }, KubeReplicaSetManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/ReplicaSetSpec" }, apiVersion: { const: "apps/v1" }, kind: { const: "ReplicaSet" }, status: { type: "object" } }, additionalProperties: false, required: ["apiVersion", "kind"] }, KubeReplicaSetListManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeReplicaSetProps" } }, apiVersion: { const: "apps/v1" }, kind: { const: "ReplicaSetList" }, status: { type: "object" } }, additionalProperties: false, required: ["items", "apiVersion", "kind"] }, KubeStatefulSetManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/StatefulSetSpec" }, apiVersion: { const: "apps/v1" }, kind: { const: "StatefulSet" }, status: { type: "object" } }, additionalProperties: false, required: ["apiVersion", "kind"] }, KubeStatefulSetListManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeStatefulSetProps" } }, apiVersion: { const: "apps/v1" }, kind: { const: "StatefulSetList" }, status: { type: "object" } }, additionalProperties: false, required: ["items", "apiVersion", "kind"] }, KubeTokenRequestManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/TokenRequestSpec" }, apiVersion: { const: "authentication.k8s.io/v1" }, kind: { const: "TokenRequest" }, status: { type: "object" } }, additionalProperties: false, required: ["spec", "apiVersion", "kind"] }, KubeTokenReviewManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/TokenReviewSpec" }, apiVersion: { const: "authentication.k8s.io/v1" }, kind: { const: "TokenReview" }, status: { type: "object" } }, additionalProperties: false, required: ["spec", "apiVersion", "kind"] }, KubeLocalSubjectAccessReviewManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/SubjectAccessReviewSpec" }, apiVersion: { const: "authorization.k8s.io/v1" }, kind: { const: "LocalSubjectAccessReview" }, status: { type: "object" } }, additionalProperties: false, required: ["spec", "apiVersion", "kind"] }, KubeSelfSubjectAccessReviewManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/SelfSubjectAccessReviewSpec" }, apiVersion: { const: "authorization.k8s.io/v1" }, kind: { const: "SelfSubjectAccessReview" }, status: { type: "object" } }, additionalProperties: false, required: ["spec", "apiVersion", "kind"] }, KubeSelfSubjectRulesReviewManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/SelfSubjectRulesReviewSpec" }, apiVersion: { const: "authorization.k8s.io/v1" }, kind: { const: "SelfSubjectRulesReview" }, status: { type: "object" } }, additionalProperties: false, required: ["spec", "apiVersion", "kind"] }, KubeSubjectAccessReviewManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/SubjectAccessReviewSpec" }, apiVersion: { const: "authorization.k8s.io/v1" }, kind: { const: "SubjectAccessReview" }, status: { type: "object" } }, additionalProperties: false, required: ["spec", "apiVersion", "kind"] }, KubeHorizontalPodAutoscalerManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/HorizontalPodAutoscalerSpec" }, apiVersion: { const: "autoscaling/v1" }, kind: { const: "HorizontalPodAutoscaler" }, status: { type: "object" } }, additionalProperties: false, required: ["apiVersion", "kind"] }, KubeHorizontalPodAutoscalerListManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeHorizontalPodAutoscalerProps" } }, apiVersion: { const: "autoscaling/v1" }, kind: { const: "HorizontalPodAutoscalerList" }, status: { type: "object" } }, additionalProperties: false, required: ["items", "apiVersion", "kind"] }, KubeScaleManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/ScaleSpec" }, apiVersion: { const: "autoscaling/v1" }, kind: { const: "Scale" }, status: { type: "object" } }, additionalProperties: false, required: ["apiVersion", "kind"] }, KubeHorizontalPodAutoscalerV2Manifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/HorizontalPodAutoscalerSpecV2" }, apiVersion: { const: "autoscaling/v2" }, kind: { const: "HorizontalPodAutoscaler" }, status: { type: "object" } }, additionalProperties: false, required: ["apiVersion", "kind"] }, KubeHorizontalPodAutoscalerListV2Manifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeHorizontalPodAutoscalerV2Props" } }, apiVersion: { const: "autoscaling/v2" }, kind: { const: "HorizontalPodAutoscalerList" }, status: { type: "object" } }, additionalProperties: false, required: ["items", "apiVersion", "kind"] }, KubeHorizontalPodAutoscalerV2Beta1Manifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/HorizontalPodAutoscalerSpecV2Beta1" }, apiVersion: { const: "autoscaling/v2beta1" }, kind: { const: "HorizontalPodAutoscaler" }, status: { type: "object" } }, additionalProperties: false, required: ["apiVersion", "kind"] }, KubeHorizontalPodAutoscalerListV2Beta1Manifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeHorizontalPodAutoscalerV2Beta1Props" } }, apiVersion: { const: "autoscaling/v2beta1" }, kind: { const: "HorizontalPodAutoscalerList" }, status: { type: "object" } }, additionalProperties: false, required: ["items", "apiVersion", "kind"] }, KubeHorizontalPodAutoscalerV2Beta2Manifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/HorizontalPodAutoscalerSpecV2Beta2" }, apiVersion: { const: "autoscaling/v2beta2" }, kind: { const: "HorizontalPodAutoscaler" }, status: { type: "object" } }, additionalProperties: false, required: ["apiVersion", "kind"] }, KubeHorizontalPodAutoscalerListV2Beta2Manifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeHorizontalPodAutoscalerV2Beta2Props" } }, apiVersion: { const: "autoscaling/v2beta2" }, kind: { const: "HorizontalPodAutoscalerList" }, status: { type: "object" } }, additionalProperties: false, required: ["items", "apiVersion", "kind"] }, KubeCronJobManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/CronJobSpec" }, apiVersion: { const: "batch/v1" }, kind: { const: "CronJob" }, status: { type: "object" } }, additionalProperties: false, required: ["apiVersion", "kind"] }, KubeCronJobListManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeCronJobProps" } }, apiVersion: { const: "batch/v1" }, kind: { const: "CronJobList" }, status: { type: "object" } }, additionalProperties: false, required: ["items", "apiVersion", "kind"] }, KubeJobManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/JobSpec" }, apiVersion: { const: "batch/v1" }, kind: { const: "Job" }, status: { type: "object" } }, additionalProperties: false, required: ["apiVersion", "kind"] }, KubeJobListManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeJobProps" } }, apiVersion: { const: "batch/v1" }, kind: { const: "JobList" }, status: { type: "object" } }, additionalProperties: false, required: ["items", "apiVersion", "kind"] }, KubeCronJobV1Beta1Manifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/CronJobSpecV1Beta1" }, apiVersion: { const: "batch/v1beta1" }, kind: { const: "CronJob" }, status: { type: "object" } }, additionalProperties: false, required: ["apiVersion", "kind"] }, KubeCronJobListV1Beta1Manifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeCronJobV1Beta1Props" } }, apiVersion: { const: "batch/v1beta1" }, kind: { const: "CronJobList" }, status: { type: "object" } }, additionalProperties: false, required: ["items", "apiVersion", "kind"] }, KubeCertificateSigningRequestManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/CertificateSigningRequestSpec" }, apiVersion: { const: "certificates.k8s.io/v1" }, kind: { const: "CertificateSigningRequest" }, status: { type: "object" } }, additionalProperties: false, required: ["spec", "apiVersion", "kind"] }, KubeCertificateSigningRequestListManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeCertificateSigningRequestProps" } }, apiVersion: { const: "certificates.k8s.io/v1" }, kind: { const: "CertificateSigningRequestList" }, status: { type: "object" } }, additionalProperties: false, required: ["items", "apiVersion", "kind"] }, KubeLeaseManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/LeaseSpec" }, apiVersion: { const: "coordination.k8s.io/v1" }, kind: { const: "Lease" }, status: { type: "object" } }, additionalProperties: false, required: ["apiVersion", "kind"] }, KubeLeaseListManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeLeaseProps" } }, apiVersion: { const: "coordination.k8s.io/v1" }, kind: { const: "LeaseList" }, status: { type: "object" } }, additionalProperties: false, required: ["items", "apiVersion", "kind"] }, KubeBindingManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, target: { $ref: "#/definitions/ObjectReference" }, apiVersion: { const: "v1" }, kind: { const: "Binding" }, status: { type: "object" } }, additionalProperties: false, required: ["target", "apiVersion", "kind"] }, KubeComponentStatusManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, conditions: { type: "array", items: { $ref: "#/definitions/ComponentCondition" } }, apiVersion: { const: "v1" }, kind: { const: "ComponentStatus" }, status: { type: "object" } }, additionalProperties: false, required: ["apiVersion", "kind"] }, KubeComponentStatusListManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeComponentStatusProps" } }, apiVersion: { const: "v1" }, kind: { const: "ComponentStatusList" }, status: { type: "object" } }, additionalProperties: false, required: ["items", "apiVersion", "kind"] }, KubeConfigMapManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, binaryData: { type: "object", additionalProperties: { type: "string" } }, data: { type: "object", additionalProperties: { type: "string" } }, immutable: { type: "boolean" }, apiVersion: { const: "v1" }, kind: { const: "ConfigMap" }, status: { type: "object" } }, additionalProperties: false, required: ["apiVersion", "kind"] }, KubeConfigMapListManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeConfigMapProps" } }, apiVersion: { const: "v1" }, kind: { const: "ConfigMapList" }, status: { type: "object" } }, additionalProperties: false, required: ["items", "apiVersion", "kind"] }, KubeEndpointsManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, subsets: { type: "array", items: { $ref: "#/definitions/EndpointSubset" } }, apiVersion: { const: "v1" }, kind: { const: "Endpoints" }, status: { type: "object" } }, additionalProperties: false, required: ["apiVersion", "kind"] }, KubeEndpointsListManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeEndpointsProps" } }, apiVersion: { const: "v1" }, kind: { const: "EndpointsList" }, status: { type: "object" } }, additionalProperties: false, required: ["items", "apiVersion", "kind"] }, KubeEventManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, action: { type: "string" }, deprecatedCount: { type: "number" }, deprecatedFirstTimestamp: { type: "string" }, deprecatedLastTimestamp: { type: "string" }, deprecatedSource: { $ref: "#/definitions/EventSource" }, eventTime: { type: "string" }, note: { type: "string" }, reason: { type: "string" }, regarding: { $ref: "#/definitions/ObjectReference" }, related: { $ref: "#/definitions/ObjectReference" }, reportingController: { type: "string" }, reportingInstance: { type: "string" }, series: { $ref: "#/definitions/EventSeries" }, type: { type: "string" }, apiVersion: { const: "events.k8s.io/v1" }, kind: { const: "Event" }, status: { type: "object" } }, additionalProperties: false, required: ["eventTime", "apiVersion", "kind"] }, KubeEventListManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeEventProps" } }, apiVersion: { const: "events.k8s.io/v1" }, kind: { const: "EventList" }, status: { type: "object" } }, additionalProperties: false, required: ["items", "apiVersion", "kind"] }, KubeLimitRangeManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/LimitRangeSpec" }, apiVersion: { const: "v1" }, kind: { const: "LimitRange" }, status: { type: "object" } }, additionalProperties: false, required: ["apiVersion", "kind"] }, KubeLimitRangeListManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeLimitRangeProps" } }, apiVersion: { const: "v1" }, kind: { const: "LimitRangeList" }, status: { type: "object" } }, additionalProperties: false, required: ["items", "apiVersion", "kind"] }, KubeNamespaceManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/NamespaceSpec" }, apiVersion: { const: "v1" }, kind: { const: "Namespace" }, status: { type: "object" } }, additionalProperties: false, required: ["apiVersion", "kind"] }, KubeNamespaceListManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeNamespaceProps" } }, apiVersion: { const: "v1" }, kind: { const: "NamespaceList" }, status: { type: "object" } }, additionalProperties: false, required: ["items", "apiVersion", "kind"] }, KubeNodeManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/NodeSpec" }, apiVersion: { const: "v1" }, kind: { const: "Node" }, status: { type: "object" } }, additionalProperties: false, required: ["apiVersion", "kind"] }, KubeNodeListManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeNodeProps" } }, apiVersion: { const: "v1" }, kind: { const: "NodeList" }, status: { type: "object" } }, additionalProperties: false, required: ["items", "apiVersion", "kind"] }, KubePersistentVolumeManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/PersistentVolumeSpec" }, apiVersion: { const: "v1" }, kind: { const: "PersistentVolume" }, status: { type: "object" } }, additionalProperties: false, required: ["apiVersion", "kind"] }, KubePersistentVolumeClaimManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/PersistentVolumeClaimSpec" }, apiVersion: { const: "v1" }, kind: { const: "PersistentVolumeClaim" }, status: { type: "object" } }, additionalProperties: false, required: ["apiVersion", "kind"] }, KubePersistentVolumeClaimListManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubePersistentVolumeClaimProps" } }, apiVersion: { const: "v1" }, kind: { const: "PersistentVolumeClaimList" }, status: { type: "object" } }, additionalProperties: false, required: ["items", "apiVersion", "kind"] }, KubePersistentVolumeListManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubePersistentVolumeProps" } }, apiVersion: { const: "v1" }, kind: { const: "PersistentVolumeList" }, status: { type: "object" } }, additionalProperties: false, required: ["items", "apiVersion", "kind"] }, KubePodManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/PodSpec" }, apiVersion: { const: "v1" }, kind: { const: "Pod" }, status: { type: "object" } }, additionalProperties: false, required: ["apiVersion", "kind"] }, KubePodListManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubePodProps" } }, apiVersion: { const: "v1" }, kind: { const: "PodList" }, status: { type: "object" } }, additionalProperties: false, required: ["items", "apiVersion", "kind"] }, KubePodTemplateManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, template: { $ref: "#/definitions/PodTemplateSpec" }, apiVersion: { const: "v1" }, kind: { const: "PodTemplate" }, status: { type: "object" } }, additionalProperties: false, required: ["apiVersion", "kind"] }, KubePodTemplateListManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubePodTemplateProps" } }, apiVersion: { const: "v1" }, kind: { const: "PodTemplateList" }, status: { type: "object" } }, additionalProperties: false, required: ["items", "apiVersion", "kind"] }, KubeReplicationControllerManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/ReplicationControllerSpec" }, apiVersion: { const: "v1" }, kind: { const: "ReplicationController" }, status: { type: "object" } }, additionalProperties: false, required: ["apiVersion", "kind"] }, KubeReplicationControllerListManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeReplicationControllerProps" } }, apiVersion: { const: "v1" }, kind: { const: "ReplicationControllerList" }, status: { type: "object" } }, additionalProperties: false, required: ["items", "apiVersion", "kind"] }, KubeResourceQuotaManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/ResourceQuotaSpec" }, apiVersion: { const: "v1" }, kind: { const: "ResourceQuota" }, status: { type: "object" } }, additionalProperties: false, required: ["apiVersion", "kind"] }, KubeResourceQuotaListManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeResourceQuotaProps" } }, apiVersion: { const: "v1" }, kind: { const: "ResourceQuotaList" }, status: { type: "object" } }, additionalProperties: false, required: ["items", "apiVersion", "kind"] }, KubeSecretManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, data: { type: "object", additionalProperties: { type: "string" } }, immutable: { type: "boolean" }, stringData: { type: "object", additionalProperties: { type: "string" } }, type: { type: "string" }, apiVersion: { const: "v1" }, kind: { const: "Secret" }, status: { type: "object" } }, additionalProperties: false, required: ["apiVersion", "kind"] }, KubeSecretListManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeSecretProps" } }, apiVersion: { const: "v1" }, kind: { const: "SecretList" }, status: { type: "object" } }, additionalProperties: false, required: ["items", "apiVersion", "kind"] }, KubeServiceManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/ServiceSpec" }, apiVersion: { const: "v1" }, kind: { const: "Service" }, status: { type: "object" } }, additionalProperties: false, required: ["apiVersion", "kind"] }, KubeServiceAccountManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, automountServiceAccountToken: { type: "boolean" }, imagePullSecrets: { type: "array", items: { $ref: "#/definitions/LocalObjectReference" } }, secrets: { type: "array", items: { $ref: "#/definitions/ObjectReference" } }, apiVersion: { const: "v1" }, kind: { const: "ServiceAccount" }, status: { type: "object" } }, additionalProperties: false, required: ["apiVersion", "kind"] }, KubeServiceAccountListManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeServiceAccountProps" } }, apiVersion: { const: "v1" }, kind: { const: "ServiceAccountList" }, status: { type: "object" } }, additionalProperties: false, required: ["items", "apiVersion", "kind"] }, KubeServiceListManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeServiceProps" } }, apiVersion: { const: "v1" }, kind: { const: "ServiceList" }, status: { type: "object" } }, additionalProperties: false, required: ["items", "apiVersion", "kind"] }, KubeEndpointSliceManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, addressType: { type: "string" }, endpoints: { type: "array", items: { $ref: "#/definitions/Endpoint" } }, ports: { type: "array", items: { $ref: "#/definitions/EndpointPort" } }, apiVersion: { const: "discovery.k8s.io/v1" }, kind: { const: "EndpointSlice" }, status: { type: "object" } }, additionalProperties: false, required: ["addressType", "endpoints", "apiVersion", "kind"] }, KubeEndpointSliceListManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeEndpointSliceProps" } }, apiVersion: { const: "discovery.k8s.io/v1" }, kind: { const: "EndpointSliceList" }, status: { type: "object" } }, additionalProperties: false, required: ["items", "apiVersion", "kind"] }, KubeEndpointSliceV1Beta1Manifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, addressType: { type: "string" }, endpoints: { type: "array", items: { $ref: "#/definitions/EndpointV1Beta1" } }, ports: { type: "array", items: { $ref: "#/definitions/EndpointPortV1Beta1" } }, apiVersion: { const: "discovery.k8s.io/v1beta1" }, kind: { const: "EndpointSlice" }, status: { type: "object" } }, additionalProperties: false, required: ["addressType", "endpoints", "apiVersion", "kind"] }, KubeEndpointSliceListV1Beta1Manifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeEndpointSliceV1Beta1Props" } }, apiVersion: { const: "discovery.k8s.io/v1beta1" }, kind: { const: "EndpointSliceList" }, status: { type: "object" } }, additionalProperties: false, required: ["items", "apiVersion", "kind"] }, KubeEventV1Beta1Manifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, action: { type: "string" }, deprecatedCount: { type: "number" }, deprecatedFirstTimestamp: { type: "string" }, deprecatedLastTimestamp: { type: "string" }, deprecatedSource: { $ref: "#/definitions/EventSource" }, eventTime: { type: "string" }, note: { type: "string" }, reason: { type: "string" }, regarding: { $ref: "#/definitions/ObjectReference" }, related: { $ref: "#/definitions/ObjectReference" }, reportingController: { type: "string" }, reportingInstance: { type: "string" }, series: { $ref: "#/definitions/EventSeriesV1Beta1" }, type: { type: "string" }, apiVersion: { const: "events.k8s.io/v1beta1" }, kind: { const: "Event" }, status: { type: "object" } }, additionalProperties: false, required: ["eventTime", "apiVersion", "kind"] }, KubeEventListV1Beta1Manifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeEventV1Beta1Props" } }, apiVersion: { const: "events.k8s.io/v1beta1" }, kind: { const: "EventList" }, status: { type: "object" } }, additionalProperties: false, required: ["items", "apiVersion", "kind"] }, KubeFlowSchemaV1Beta1Manifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/FlowSchemaSpecV1Beta1" }, apiVersion: { const: "flowcontrol.apiserver.k8s.io/v1beta1" }, kind: { const: "FlowSchema" }, status: { type: "object" } }, additionalProperties: false, required: ["apiVersion", "kind"] }, KubeFlowSchemaListV1Beta1Manifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeFlowSchemaV1Beta1Props" } }, apiVersion: { const: "flowcontrol.apiserver.k8s.io/v1beta1" }, kind: { const: "FlowSchemaList" }, status: { type: "object" } }, additionalProperties: false, required: ["items", "apiVersion", "kind"] }, KubePriorityLevelConfigurationV1Beta1Manifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/PriorityLevelConfigurationSpecV1Beta1" }, apiVersion: { const: "flowcontrol.apiserver.k8s.io/v1beta1" }, kind: { const: "PriorityLevelConfiguration" }, status: { type: "object" } }, additionalProperties: false, required: ["apiVersion", "kind"] }, KubePriorityLevelConfigurationListV1Beta1Manifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubePriorityLevelConfigurationV1Beta1Props" } }, apiVersion: { const: "flowcontrol.apiserver.k8s.io/v1beta1" }, kind: { const: "PriorityLevelConfigurationList" }, status: { type: "object" } }, additionalProperties: false, required: ["items", "apiVersion", "kind"] }, KubeFlowSchemaV1Beta2Manifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/FlowSchemaSpecV1Beta2" }, apiVersion: { const: "flowcontrol.apiserver.k8s.io/v1beta2" }, kind: { const: "FlowSchema" }, status: { type: "object" } }, additionalProperties: false, required: ["apiVersion", "kind"] }, KubeFlowSchemaListV1Beta2Manifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeFlowSchemaV1Beta2Props" } }, apiVersion: { const: "flowcontrol.apiserver.k8s.io/v1beta2" }, kind: { const: "FlowSchemaList" }, status: { type: "object" } }, additionalProperties: false, required: ["items", "apiVersion", "kind"] }, KubePriorityLevelConfigurationV1Beta2Manifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/PriorityLevelConfigurationSpecV1Beta2" }, apiVersion: { const: "flowcontrol.apiserver.k8s.io/v1beta2" }, kind: { const: "PriorityLevelConfiguration" }, status: { type: "object" } }, additionalProperties: false, required: ["apiVersion", "kind"] }, KubePriorityLevelConfigurationListV1Beta2Manifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubePriorityLevelConfigurationV1Beta2Props" } }, apiVersion: { const: "flowcontrol.apiserver.k8s.io/v1beta2" }, kind: { const: "PriorityLevelConfigurationList" }, status: { type: "object" } }, additionalProperties: false, required: ["items", "apiVersion", "kind"] }, KubeIngressManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/IngressSpec" }, apiVersion: { const: "networking.k8s.io/v1" }, kind: { const: "Ingress" }, status: { type: "object" } }, additionalProperties: false, required: ["apiVersion", "kind"] }, KubeIngressClassManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/IngressClassSpec" }, apiVersion: { const: "networking.k8s.io/v1" }, kind: { const: "IngressClass" }, status: { type: "object" } }, additionalProperties: false, required: ["apiVersion", "kind"] }, KubeIngressClassListManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeIngressClassProps" } }, apiVersion: { const: "networking.k8s.io/v1" }, kind: { const: "IngressClassList" }, status: { type: "object" } }, additionalProperties: false, required: ["items", "apiVersion", "kind"] }, KubeIngressListManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeIngressProps" } }, apiVersion: { const: "networking.k8s.io/v1" }, kind: { const: "IngressList" }, status: { type: "object" } }, additionalProperties: false, required: ["items", "apiVersion", "kind"] }, KubeNetworkPolicyManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/NetworkPolicySpec" }, apiVersion: { const: "networking.k8s.io/v1" }, kind: { const: "NetworkPolicy" }, status: { type: "object" } }, additionalProperties: false, required: ["apiVersion", "kind"] }, KubeNetworkPolicyListManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeNetworkPolicyProps" } }, apiVersion: { const: "networking.k8s.io/v1" }, kind: { const: "NetworkPolicyList" }, status: { type: "object" } }, additionalProperties: false, required: ["items", "apiVersion", "kind"] }, KubeRuntimeClassManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, handler: { type: "string" }, overhead: { $ref: "#/definitions/Overhead" }, scheduling: { $ref: "#/definitions/Scheduling" }, apiVersion: { const: "node.k8s.io/v1" }, kind: { const: "RuntimeClass" }, status: { type: "object" } }, additionalProperties: false, required: ["handler", "apiVersion", "kind"] }, KubeRuntimeClassListManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeRuntimeClassProps" } }, apiVersion: { const: "node.k8s.io/v1" }, kind: { const: "RuntimeClassList" }, status: { type: "object" } }, additionalProperties: false, required: ["items", "apiVersion", "kind"] }, KubeRuntimeClassV1Beta1Manifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, handler: { type: "string" }, overhead: { $ref: "#/definitions/OverheadV1Beta1" }, scheduling: { $ref: "#/definitions/SchedulingV1Beta1" }, apiVersion: { const: "node.k8s.io/v1beta1" }, kind: { const: "RuntimeClass" }, status: { type: "object" } }, additionalProperties: false, required: ["handler", "apiVersion", "kind"] }, KubeRuntimeClassListV1Beta1Manifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeRuntimeClassV1Beta1Props" } }, apiVersion: { const: "node.k8s.io/v1beta1" }, kind: { const: "RuntimeClassList" }, status: { type: "object" } }, additionalProperties: false, required: ["items", "apiVersion", "kind"] }, KubeEvictionManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, deleteOptions: { $ref: "#/definitions/DeleteOptions" }, apiVersion: { const: "policy/v1" }, kind: { const: "Eviction" }, status: { type: "object" } }, additionalProperties: false, required: ["apiVersion", "kind"] }, KubePodDisruptionBudgetManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/PodDisruptionBudgetSpec" }, apiVersion: { const: "policy/v1" }, kind: { const: "PodDisruptionBudget" }, status: { type: "object" } }, additionalProperties: false, required: ["apiVersion", "kind"] }, KubePodDisruptionBudgetListManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubePodDisruptionBudgetProps" } }, apiVersion: { const: "policy/v1" }, kind: { const: "PodDisruptionBudgetList" }, status: { type: "object" } }, additionalProperties: false, required: ["items", "apiVersion", "kind"] }, KubePodDisruptionBudgetV1Beta1Manifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/PodDisruptionBudgetSpecV1Beta1" }, apiVersion: { const: "policy/v1beta1" }, kind: { const: "PodDisruptionBudget" }, status: { type: "object" } }, additionalProperties: false, required: ["apiVersion", "kind"] }, KubePodDisruptionBudgetListV1Beta1Manifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubePodDisruptionBudgetV1Beta1Props" } }, apiVersion: { const: "policy/v1beta1" }, kind: { const: "PodDisruptionBudgetList" }, status: { type: "object" } }, additionalProperties: false, required: ["items", "apiVersion", "kind"] }, KubePodSecurityPolicyV1Beta1Manifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/PodSecurityPolicySpecV1Beta1" }, apiVersion: { const: "policy/v1beta1" }, kind: { const: "PodSecurityPolicy" }, status: { type: "object" } }, additionalProperties: false, required: ["apiVersion", "kind"] }, KubePodSecurityPolicyListV1Beta1Manifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubePodSecurityPolicyV1Beta1Props" } }, apiVersion: { const: "policy/v1beta1" }, kind: { const: "PodSecurityPolicyList" }, status: { type: "object" } }, additionalProperties: false, required: ["items", "apiVersion", "kind"] }, KubeClusterRoleManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, aggregationRule: { $ref: "#/definitions/AggregationRule" }, rules: { type: "array", items: { $ref: "#/definitions/PolicyRule" } }, apiVersion: { const: "rbac.authorization.k8s.io/v1" }, kind: { const: "ClusterRole" }, status: { type: "object" } }, additionalProperties: false, required: ["apiVersion", "kind"] }, KubeClusterRoleBindingManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, roleRef: { $ref: "#/definitions/RoleRef" }, subjects: { type: "array", items: { $ref: "#/definitions/Subject" } }, apiVersion: { const: "rbac.authorization.k8s.io/v1" }, kind: { const: "ClusterRoleBinding" }, status: { type: "object" } }, additionalProperties: false, required: ["roleRef", "apiVersion", "kind"] }, KubeClusterRoleBindingListManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeClusterRoleBindingProps" } }, apiVersion: { const: "rbac.authorization.k8s.io/v1" }, kind: { const: "ClusterRoleBindingList" }, status: { type: "object" } }, additionalProperties: false, required: ["items", "apiVersion", "kind"] }, KubeClusterRoleListManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeClusterRoleProps" } }, apiVersion: { const: "rbac.authorization.k8s.io/v1" }, kind: { const: "ClusterRoleList" }, status: { type: "object" } }, additionalProperties: false, required: ["items", "apiVersion", "kind"] }, KubeRoleManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, rules: { type: "array", items: { $ref: "#/definitions/PolicyRule" } }, apiVersion: { const: "rbac.authorization.k8s.io/v1" }, kind: { const: "Role" }, status: { type: "object" } }, additionalProperties: false, required: ["apiVersion", "kind"] }, KubeRoleBindingManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, roleRef: { $ref: "#/definitions/RoleRef" }, subjects: { type: "array", items: { $ref: "#/definitions/Subject" } }, apiVersion: { const: "rbac.authorization.k8s.io/v1" }, kind: { const: "RoleBinding" }, status: { type: "object" } }, additionalProperties: false, required: ["roleRef", "apiVersion", "kind"] }, KubeRoleBindingListManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeRoleBindingProps" } }, apiVersion: { const: "rbac.authorization.k8s.io/v1" }, kind: { const: "RoleBindingList" }, status: { type: "object" } }, additionalProperties: false, required: ["items", "apiVersion", "kind"] }, KubeRoleListManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeRoleProps" } }, apiVersion: { const: "rbac.authorization.k8s.io/v1" }, kind: { const: "RoleList" }, status: { type: "object" } }, additionalProperties: false, required: ["items", "apiVersion", "kind"] }, KubePriorityClassManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, description: { type: "string" }, globalDefault: { type: "boolean" }, preemptionPolicy: { type: "string" }, value: { type: "number" }, apiVersion: { const: "scheduling.k8s.io/v1" }, kind: { const: "PriorityClass" }, status: { type: "object" } }, additionalProperties: false, required: ["value", "apiVersion", "kind"] }, KubePriorityClassListManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubePriorityClassProps" } }, apiVersion: { const: "scheduling.k8s.io/v1" }, kind: { const: "PriorityClassList" }, status: { type: "object" } }, additionalProperties: false, required: ["items", "apiVersion", "kind"] }, KubeCsiDriverManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/CsiDriverSpec" }, apiVersion: { const: "storage.k8s.io/v1" }, kind: { const: "CSIDriver" }, status: { type: "object" } }, additionalProperties: false, required: ["spec", "apiVersion", "kind"] }, KubeCsiDriverListManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeCsiDriverProps" } }, apiVersion: { const: "storage.k8s.io/v1" }, kind: { const: "CSIDriverList" }, status: { type: "object" } }, additionalProperties: false, required: ["items", "apiVersion", "kind"] }, KubeCsiNodeManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/CsiNodeSpec" }, apiVersion: { const: "storage.k8s.io/v1" }, kind: { const: "CSINode" }, status: { type: "object" } }, additionalProperties: false, required: ["spec", "apiVersion", "kind"] }, KubeCsiNodeListManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeCsiNodeProps" } }, apiVersion: { const: "storage.k8s.io/v1" }, kind: { const: "CSINodeList" }, status: { type: "object" } }, additionalProperties: false, required: ["items", "apiVersion", "kind"] }, KubeCsiStorageCapacityManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, capacity: { type: ["string", "number"] }, maximumVolumeSize: { type: ["string", "number"] }, nodeTopology: { $ref: "#/definitions/LabelSelector" }, storageClassName: { type: "string" }, apiVersion: { const: "storage.k8s.io/v1" }, kind: { const: "CSIStorageCapacity" }, status: { type: "object" } }, additionalProperties: false, required: ["storageClassName", "apiVersion", "kind"] }, KubeCsiStorageCapacityListManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeCsiStorageCapacityProps" } }, apiVersion: { const: "storage.k8s.io/v1" }, kind: { const: "CSIStorageCapacityList" }, status: { type: "object" } }, additionalProperties: false, required: ["items", "apiVersion", "kind"] }, KubeStorageClassManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, allowVolumeExpansion: { type: "boolean" }, allowedTopologies: { type: "array", items: { $ref: "#/definitions/TopologySelectorTerm" } }, mountOptions: { type: "array", items: { type: "string" } }, parameters: { type: "object", additionalProperties: { type: "string" } }, provisioner: { type: "string" }, reclaimPolicy: { type: "string" }, volumeBindingMode: { type: "string" }, apiVersion: { const: "storage.k8s.io/v1" }, kind: { const: "StorageClass" }, status: { type: "object" } }, additionalProperties: false, required: ["provisioner", "apiVersion", "kind"] }, KubeStorageClassListManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeStorageClassProps" } }, apiVersion: { const: "storage.k8s.io/v1" }, kind: { const: "StorageClassList" }, status: { type: "object" } }, additionalProperties: false, required: ["items", "apiVersion", "kind"] }, KubeVolumeAttachmentManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/VolumeAttachmentSpec" }, apiVersion: { const: "storage.k8s.io/v1" }, kind: { const: "VolumeAttachment" }, status: { type: "object" } }, additionalProperties: false, required: ["spec", "apiVersion", "kind"] }, KubeVolumeAttachmentListManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeVolumeAttachmentProps" } }, apiVersion: { const: "storage.k8s.io/v1" }, kind: { const: "VolumeAttachmentList" }, status: { type: "object" } }, additionalProperties: false, required: ["items", "apiVersion", "kind"] }, KubeCsiStorageCapacityV1Beta1Manifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, capacity: { type: ["string", "number"] }, maximumVolumeSize: { type: ["string", "number"] }, nodeTopology: { $ref: "#/definitions/LabelSelector" }, storageClassName: { type: "string" }, apiVersion: { const: "storage.k8s.io/v1beta1" }, kind: { const: "CSIStorageCapacity" }, status: { type: "object" } }, additionalProperties: false, required: ["storageClassName", "apiVersion", "kind"] }, KubeCsiStorageCapacityListV1Beta1Manifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeCsiStorageCapacityV1Beta1Props" } }, apiVersion: { const: "storage.k8s.io/v1beta1" }, kind: { const: "CSIStorageCapacityList" }, status: { type: "object" } }, additionalProperties: false, required: ["items", "apiVersion", "kind"] }, KubeCustomResourceDefinitionManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/CustomResourceDefinitionSpec" }, apiVersion: { const: "apiextensions.k8s.io/v1" }, kind: { const: "CustomResourceDefinition" }, status: { type: "object" } }, additionalProperties: false, required: ["spec", "apiVersion", "kind"] }, KubeCustomResourceDefinitionListManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeCustomResourceDefinitionProps" } }, apiVersion: { const: "apiextensions.k8s.io/v1" }, kind: { const: "CustomResourceDefinitionList" }, status: { type: "object" } }, additionalProperties: false, required: ["items", "apiVersion", "kind"] }, KubeStatusManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, code: { type: "number" }, details: { $ref: "#/definitions/StatusDetails" }, message: { type: "string" }, reason: { type: "string" }, apiVersion: { const: "v1" }, kind: { const: "Status" }, status: { type: "object" } }, additionalProperties: false, required: ["apiVersion", "kind"] }, KubeApiServiceManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/ApiServiceSpec" }, apiVersion: { const: "apiregistration.k8s.io/v1" }, kind: { const: "APIService" }, status: { type: "object" } }, additionalProperties: false, required: ["apiVersion", "kind"] }, KubeApiServiceListManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeApiServiceProps" } }, apiVersion: { const: "apiregistration.k8s.io/v1" }, kind: { const: "APIServiceList" }, status: { type: "object" } }, additionalProperties: false, required: ["items", "apiVersion", "kind"] } } }, kinds: { "admissionregistration.k8s.io/v1 MutatingWebhookConfiguration": "KubeMutatingWebhookConfigurationManifest", "admissionregistration.k8s.io/v1 MutatingWebhookConfigurationList": "KubeMutatingWebhookConfigurationListManifest", "admissionregistration.k8s.io/v1 ValidatingWebhookConfiguration": "KubeValidatingWebhookConfigurationManifest", "admissionregistration.k8s.io/v1 ValidatingWebhookConfigurationList": "KubeValidatingWebhookConfigurationListManifest", "apiextensions.k8s.io/v1 CustomResourceDefinition": "KubeCustomResourceDefinitionManifest", "apiextensions.k8s.io/v1 CustomResourceDefinitionList": "KubeCustomResourceDefinitionListManifest", "apiregistration.k8s.io/v1 APIService": "KubeApiServiceManifest", "apiregistration.k8s.io/v1 APIServiceList": "KubeApiServiceListManifest", "apps/v1 ControllerRevision": "KubeControllerRevisionManifest", "apps/v1 ControllerRevisionList": "KubeControllerRevisionListManifest", "apps/v1 DaemonSet": "KubeDaemonSetManifest", "apps/v1 DaemonSetList": "KubeDaemonSetListManifest", "apps/v1 Deployment": "KubeDeploymentManifest", "apps/v1 DeploymentList": "KubeDeploymentListManifest", "apps/v1 ReplicaSet": "KubeReplicaSetManifest", "apps/v1 ReplicaSetList": "KubeReplicaSetListManifest", "apps/v1 StatefulSet": "KubeStatefulSetManifest", "apps/v1 StatefulSetList": "KubeStatefulSetListManifest", "authentication.k8s.io/v1 TokenRequest": "KubeTokenRequestManifest", "authentication.k8s.io/v1 TokenReview": "KubeTokenReviewManifest", "authorization.k8s.io/v1 LocalSubjectAccessReview": "KubeLocalSubjectAccessReviewManifest", "authorization.k8s.io/v1 SelfSubjectAccessReview": "KubeSelfSubjectAccessReviewManifest", "authorization.k8s.io/v1 SelfSubjectRulesReview": "KubeSelfSubjectRulesReviewManifest", "authorization.k8s.io/v1 SubjectAccessReview": "KubeSubjectAccessReviewManifest", "autoscaling/v1 HorizontalPodAutoscaler": "KubeHorizontalPodAutoscalerManifest", "autoscaling/v1 HorizontalPodAutoscalerList": "KubeHorizontalPodAutoscalerListManifest", "autoscaling/v1 Scale": "KubeScaleManifest", "autoscaling/v2 HorizontalPodAutoscaler": "KubeHorizontalPodAutoscalerV2Manifest", "autoscaling/v2 HorizontalPodAutoscalerList": "KubeHorizontalPodAutoscalerListV2Manifest", "autoscaling/v2beta1 HorizontalPodAutoscaler": "KubeHorizontalPodAutoscalerV2Beta1Manifest", "autoscaling/v2beta1 HorizontalPodAutoscalerList": "KubeHorizontalPodAutoscalerListV2Beta1Manifest", "autoscaling/v2beta2 HorizontalPodAutoscaler": "KubeHorizontalPodAutoscalerV2Beta2Manifest", "autoscaling/v2beta2 HorizontalPodAutoscalerList": "KubeHorizontalPodAutoscalerListV2Beta2Manifest", "batch/v1 CronJob": "KubeCronJobManifest", "batch/v1 CronJobList": "KubeCronJobListManifest", "batch/v1 Job": "KubeJobManifest", "batch/v1 JobList": "KubeJobListManifest", "batch/v1beta1 CronJob": "KubeCronJobV1Beta1Manifest", "batch/v1beta1 CronJobList": "KubeCronJobListV1Beta1Manifest", "certificates.k8s.io/v1 CertificateSigningRequest": "KubeCertificateSigningRequestManifest", "certificates.k8s.io/v1 CertificateSigningRequestList": "KubeCertificateSigningRequestListManifest", "coordination.k8s.io/v1 Lease": "KubeLeaseManifest", "coordination.k8s.io/v1 LeaseList": "KubeLeaseListManifest", "discovery.k8s.io/v1 EndpointSlice": "KubeEndpointSliceManifest", "discovery.k8s.io/v1 EndpointSliceList": "KubeEndpointSliceListManifest", "discovery.k8s.io/v1beta1 EndpointSlice": "KubeEndpointSliceV1Beta1Manifest", "discovery.k8s.io/v1beta1 EndpointSliceList": "KubeEndpointSliceListV1Beta1Manifest", "events.k8s.io/v1 Event": "KubeEventManifest", "events.k8s.io/v1 EventList": "KubeEventListManifest", "events.k8s.io/v1beta1 Event": "KubeEventV1Beta1Manifest", "events.k8s.io/v1beta1 EventList": "KubeEventListV1Beta1Manifest", "flowcontrol.apiserver.k8s.io/v1beta1 FlowSchema": "KubeFlowSchemaV1Beta1Manifest", "flowcontrol.apiserver.k8s.io/v1beta1 FlowSchemaList": "KubeFlowSchemaListV1Beta1Manifest", "flowcontrol.apiserver.k8s.io/v1beta1 PriorityLevelConfiguration": "KubePriorityLevelConfigurationV1Beta1Manifest", "flowcontrol.apiserver.k8s.io/v1beta1 PriorityLevelConfigurationList": "KubePriorityLevelConfigurationListV1Beta1Manifest", "flowcontrol.apiserver.k8s.io/v1beta2 FlowSchema": "KubeFlowSchemaV1Beta2Manifest", "flowcontrol.apiserver.k8s.io/v1beta2 FlowSchemaList": "KubeFlowSchemaListV1Beta2Manifest", "flowcontrol.apiserver.k8s.io/v1beta2 PriorityLevelConfiguration": "KubePriorityLevelConfigurationV1Beta2Manifest", "flowcontrol.apiserver.k8s.io/v1beta2 PriorityLevelConfigurationList": "KubePriorityLevelConfigurationListV1Beta2Manifest", "internal.apiserver.k8s.io/v1alpha1 StorageVersion": "KubeStorageVersionV1Alpha1Manifest", "internal.apiserver.k8s.io/v1alpha1 StorageVersionList": "KubeStorageVersionListV1Alpha1Manifest", "networking.k8s.io/v1 Ingress": "KubeIngressManifest", "networking.k8s.io/v1 IngressClass": "KubeIngressClassManifest", "networking.k8s.io/v1 IngressClassList": "KubeIngressClassListManifest", "networking.k8s.io/v1 IngressList": "KubeIngressListManifest", "networking.k8s.io/v1 NetworkPolicy": "KubeNetworkPolicyManifest", "networking.k8s.io/v1 NetworkPolicyList": "KubeNetworkPolicyListManifest", "node.k8s.io/v1 RuntimeClass": "KubeRuntimeClassManifest", "node.k8s.io/v1 RuntimeClassList": "KubeRuntimeClassListManifest", "node.k8s.io/v1beta1 RuntimeClass": "KubeRuntimeClassV1Beta1Manifest", "node.k8s.io/v1beta1 RuntimeClassList": "KubeRuntimeClassListV1Beta1Manifest", "policy/v1 Eviction": "KubeEvictionManifest", "policy/v1 PodDisruptionBudget": "KubePodDisruptionBudgetManifest", "policy/v1 PodDisruptionBudgetList": "KubePodDisruptionBudgetListManifest", "policy/v1beta1 PodDisruptionBudget": "KubePodDisruptionBudgetV1Beta1Manifest", "policy/v1beta1 PodDisruptionBudgetList": "KubePodDisruptionBudgetListV1Beta1Manifest", "policy/v1beta1 PodSecurityPolicy": "KubePodSecurityPolicyV1Beta1Manifest", "policy/v1beta1 PodSecurityPolicyList": "KubePodSecurityPolicyListV1Beta1Manifest", "rbac.authorization.k8s.io/v1 ClusterRole": "KubeClusterRoleManifest", "rbac.authorization.k8s.io/v1 ClusterRoleBinding": "KubeClusterRoleBindingManifest", "rbac.authorization.k8s.io/v1 ClusterRoleBindingList": "KubeClusterRoleBindingListManifest", "rbac.authorization.k8s.io/v1 ClusterRoleList": "KubeClusterRoleListManifest", "rbac.authorization.k8s.io/v1 Role": "KubeRoleManifest", "rbac.authorization.k8s.io/v1 RoleBinding": "KubeRoleBindingManifest", "rbac.authorization.k8s.io/v1 RoleBindingList": "KubeRoleBindingListManifest", "rbac.authorization.k8s.io/v1 RoleList": "KubeRoleListManifest", "scheduling.k8s.io/v1 PriorityClass": "KubePriorityClassManifest", "scheduling.k8s.io/v1 PriorityClassList": "KubePriorityClassListManifest", "storage.k8s.io/v1 CSIDriver": "KubeCsiDriverManifest", "storage.k8s.io/v1 CSIDriverList": "KubeCsiDriverListManifest", "storage.k8s.io/v1 CSINode": "KubeCsiNodeManifest", "storage.k8s.io/v1 CSINodeList": "KubeCsiNodeListManifest", "storage.k8s.io/v1 CSIStorageCapacity": "KubeCsiStorageCapacityManifest", "storage.k8s.io/v1 CSIStorageCapacityList": "KubeCsiStorageCapacityListManifest", "storage.k8s.io/v1 StorageClass": "KubeStorageClassManifest", "storage.k8s.io/v1 StorageClassList": "KubeStorageClassListManifest", "storage.k8s.io/v1 VolumeAttachment": "KubeVolumeAttachmentManifest", "storage.k8s.io/v1 VolumeAttachmentList": "KubeVolumeAttachmentListManifest", "storage.k8s.io/v1beta1 CSIStorageCapacity": "KubeCsiStorageCapacityV1Beta1Manifest", "storage.k8s.io/v1beta1 CSIStorageCapacityList": "KubeCsiStorageCapacityListV1Beta1Manifest", "v1 Binding": "KubeBindingManifest", "v1 ComponentStatus": "KubeComponentStatusManifest", "v1 ComponentStatusList": "KubeComponentStatusListManifest", "v1 ConfigMap": "KubeConfigMapManifest", "v1 ConfigMapList": "KubeConfigMapListManifest", "v1 Endpoints": "KubeEndpointsManifest", "v1 EndpointsList": "KubeEndpointsListManifest", "v1 LimitRange": "KubeLimitRangeManifest", "v1 LimitRangeList": "KubeLimitRangeListManifest", "v1 Namespace": "KubeNamespaceManifest", "v1 NamespaceList": "KubeNamespaceListManifest", "v1 Node": "KubeNodeManifest", "v1 NodeList": "KubeNodeListManifest", "v1 PersistentVolume": "KubePersistentVolumeManifest", "v1 PersistentVolumeClaim": "KubePersistentVolumeClaimManifest", "v1 PersistentVolumeClaimList": "KubePersistentVolumeClaimListManifest", "v1 PersistentVolumeList": "KubePersistentVolumeListManifest", "v1 Pod": "KubePodManifest", "v1 PodList": "KubePodListManifest", "v1 PodTemplate": "KubePodTemplateManifest", "v1 PodTemplateList": "KubePodTemplateListManifest", "v1 ReplicationController": "KubeReplicationControllerManifest", "v1 ReplicationControllerList": "KubeReplicationControllerListManifest", "v1 ResourceQuota": "KubeResourceQuotaManifest", "v1 ResourceQuotaList": "KubeResourceQuotaListManifest", "v1 Secret": "KubeSecretManifest", "v1 SecretList": "KubeSecretListManifest", "v1 Service": "KubeServiceManifest", "v1 ServiceAccount": "KubeServiceAccountManifest", "v1 ServiceAccountList": "KubeServiceAccountListManifest", "v1 ServiceList": "KubeServiceListManifest", "v1 Status": "KubeStatusManifest" } };

// src/kit/schemas/k8s-1.34.json
var k8s_1_34_default = { schema: { $id: "k8s-1.34", definitions: { KubeMutatingWebhookConfigurationProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, webhooks: { type: "array", items: { $ref: "#/definitions/MutatingWebhook" } } }, additionalProperties: false }, KubeMutatingWebhookConfigurationListProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeMutatingWebhookConfigurationProps" } } }, additionalProperties: false, required: ["items"] }, KubeValidatingAdmissionPolicyProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/ValidatingAdmissionPolicySpec" } }, additionalProperties: false }, KubeValidatingAdmissionPolicyBindingProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/ValidatingAdmissionPolicyBindingSpec" } }, additionalProperties: false }, KubeValidatingAdmissionPolicyBindingListProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeValidatingAdmissionPolicyBindingProps" } } }, additionalProperties: false, required: ["items"] }, KubeValidatingAdmissionPolicyListProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeValidatingAdmissionPolicyProps" } } }, additionalProperties: false, required: ["items"] }, KubeValidatingWebhookConfigurationProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, webhooks: { type: "array", items: { $ref: "#/definitions/ValidatingWebhook" } } }, additionalProperties: false }, KubeValidatingWebhookConfigurationListProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeValidatingWebhookConfigurationProps" } } }, additionalProperties: false, required: ["items"] }, KubeMutatingAdmissionPolicyV1Alpha1Props: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/MutatingAdmissionPolicySpecV1Alpha1" } }, additionalProperties: false }, KubeMutatingAdmissionPolicyBindingV1Alpha1Props: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/MutatingAdmissionPolicyBindingSpecV1Alpha1" } }, additionalProperties: false }, KubeMutatingAdmissionPolicyBindingListV1Alpha1Props: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeMutatingAdmissionPolicyBindingV1Alpha1Props" } } }, additionalProperties: false, required: ["items"] }, KubeMutatingAdmissionPolicyListV1Alpha1Props: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeMutatingAdmissionPolicyV1Alpha1Props" } } }, additionalProperties: false, required: ["items"] }, KubeMutatingAdmissionPolicyV1Beta1Props: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/MutatingAdmissionPolicySpecV1Beta1" } }, additionalProperties: false }, KubeMutatingAdmissionPolicyBindingV1Beta1Props: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/MutatingAdmissionPolicyBindingSpecV1Beta1" } }, additionalProperties: false }, KubeMutatingAdmissionPolicyBindingListV1Beta1Props: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeMutatingAdmissionPolicyBindingV1Beta1Props" } } }, additionalProperties: false, required: ["items"] }, KubeMutatingAdmissionPolicyListV1Beta1Props: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeMutatingAdmissionPolicyV1Beta1Props" } } }, additionalProperties: false, required: ["items"] }, KubeStorageVersionV1Alpha1Props: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: {} }, additionalProperties: false, required: ["spec"] }, KubeStorageVersionListV1Alpha1Props: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeStorageVersionV1Alpha1Props" } } }, additionalProperties: false, required: ["items"] }, KubeControllerRevisionProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, data: {}, revision: { type: "number" } }, additionalProperties: false, required: ["revision"] }, KubeControllerRevisionListProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeControllerRevisionProps" } } }, additionalProperties: false, required: ["items"] }, KubeDaemonSetProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/DaemonSetSpec" } }, additionalProperties: false }, KubeDaemonSetListProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeDaemonSetProps" } } }, additionalProperties: false, required: ["items"] }, KubeDeploymentProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/DeploymentSpec" } }, additionalProperties: false }, KubeDeploymentListProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeDeploymentProps" } } }, additionalProperties: false, required: ["items"] }, KubeReplicaSetProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/ReplicaSetSpec" } }, additionalProperties: false }, KubeReplicaSetListProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeReplicaSetProps" } } }, additionalProperties: false, required: ["items"] }, KubeStatefulSetProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/StatefulSetSpec" } }, additionalProperties: false }, KubeStatefulSetListProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeStatefulSetProps" } } }, additionalProperties: false, required: ["items"] }, KubeSelfSubjectReviewProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" } }, additionalProperties: false }, KubeTokenRequestProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/TokenRequestSpec" } }, additionalProperties: false, required: ["spec"] }, KubeTokenReviewProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/TokenReviewSpec" } }, additionalProperties: false, required: ["spec"] }, KubeLocalSubjectAccessReviewProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/SubjectAccessReviewSpec" } }, additionalProperties: false, required: ["spec"] }, KubeSelfSubjectAccessReviewProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/SelfSubjectAccessReviewSpec" } }, additionalProperties: false, required: ["spec"] }, KubeSelfSubjectRulesReviewProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/SelfSubjectRulesReviewSpec" } }, additionalProperties: false, required: ["spec"] }, KubeSubjectAccessReviewProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/SubjectAccessReviewSpec" } }, additionalProperties: false, required: ["spec"] }, KubeHorizontalPodAutoscalerProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/HorizontalPodAutoscalerSpec" } }, additionalProperties: false }, KubeHorizontalPodAutoscalerListProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeHorizontalPodAutoscalerProps" } } }, additionalProperties: false, required: ["items"] }, KubeScaleProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/ScaleSpec" } }, additionalProperties: false }, KubeHorizontalPodAutoscalerV2Props: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/HorizontalPodAutoscalerSpecV2" } }, additionalProperties: false }, KubeHorizontalPodAutoscalerListV2Props: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeHorizontalPodAutoscalerV2Props" } } }, additionalProperties: false, required: ["items"] }, KubeCronJobProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/CronJobSpec" } }, additionalProperties: false }, KubeCronJobListProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeCronJobProps" } } }, additionalProperties: false, required: ["items"] }, KubeJobProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/JobSpec" } }, additionalProperties: false }, KubeJobListProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeJobProps" } } }, additionalProperties: false, required: ["items"] }, KubeCertificateSigningRequestProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/CertificateSigningRequestSpec" } }, additionalProperties: false, required: ["spec"] }, KubeCertificateSigningRequestListProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeCertificateSigningRequestProps" } } }, additionalProperties: false, required: ["items"] }, KubeClusterTrustBundleV1Alpha1Props: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/ClusterTrustBundleSpecV1Alpha1" } }, additionalProperties: false, required: ["spec"] }, KubeClusterTrustBundleListV1Alpha1Props: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeClusterTrustBundleV1Alpha1Props" } } }, additionalProperties: false, required: ["items"] }, KubePodCertificateRequestV1Alpha1Props: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/PodCertificateRequestSpecV1Alpha1" } }, additionalProperties: false, required: ["spec"] }, KubePodCertificateRequestListV1Alpha1Props: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubePodCertificateRequestV1Alpha1Props" } } }, additionalProperties: false, required: ["items"] }, KubeClusterTrustBundleV1Beta1Props: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/ClusterTrustBundleSpecV1Beta1" } }, additionalProperties: false, required: ["spec"] }, KubeClusterTrustBundleListV1Beta1Props: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeClusterTrustBundleV1Beta1Props" } } }, additionalProperties: false, required: ["items"] }, KubeLeaseProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/LeaseSpec" } }, additionalProperties: false }, KubeLeaseListProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeLeaseProps" } } }, additionalProperties: false, required: ["items"] }, KubeLeaseCandidateV1Alpha2Props: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/LeaseCandidateSpecV1Alpha2" } }, additionalProperties: false }, KubeLeaseCandidateListV1Alpha2Props: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeLeaseCandidateV1Alpha2Props" } } }, additionalProperties: false, required: ["items"] }, KubeLeaseCandidateV1Beta1Props: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/LeaseCandidateSpecV1Beta1" } }, additionalProperties: false }, KubeLeaseCandidateListV1Beta1Props: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeLeaseCandidateV1Beta1Props" } } }, additionalProperties: false, required: ["items"] }, KubeBindingProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, target: { $ref: "#/definitions/ObjectReference" } }, additionalProperties: false, required: ["target"] }, KubeComponentStatusProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, conditions: { type: "array", items: { $ref: "#/definitions/ComponentCondition" } } }, additionalProperties: false }, KubeComponentStatusListProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeComponentStatusProps" } } }, additionalProperties: false, required: ["items"] }, KubeConfigMapProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, binaryData: { type: "object", additionalProperties: { type: "string" } }, data: { type: "object", additionalProperties: { type: "string" } }, immutable: { type: "boolean" } }, additionalProperties: false }, KubeConfigMapListProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeConfigMapProps" } } }, additionalProperties: false, required: ["items"] }, KubeEndpointsProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, subsets: { type: "array", items: { $ref: "#/definitions/EndpointSubset" } } }, additionalProperties: false }, KubeEndpointsListProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeEndpointsProps" } } }, additionalProperties: false, required: ["items"] }, KubeEventProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, action: { type: "string" }, deprecatedCount: { type: "number" }, deprecatedFirstTimestamp: { type: "string" }, deprecatedLastTimestamp: { type: "string" }, deprecatedSource: { $ref: "#/definitions/EventSource" }, eventTime: { type: "string" }, note: { type: "string" }, reason: { type: "string" }, regarding: { $ref: "#/definitions/ObjectReference" }, related: { $ref: "#/definitions/ObjectReference" }, reportingController: { type: "string" }, reportingInstance: { type: "string" }, series: { $ref: "#/definitions/EventSeries" }, type: { type: "string" } }, additionalProperties: false, required: ["eventTime"] }, KubeEventListProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeEventProps" } } }, additionalProperties: false, required: ["items"] }, KubeLimitRangeProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/LimitRangeSpec" } }, additionalProperties: false }, KubeLimitRangeListProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeLimitRangeProps" } } }, additionalProperties: false, required: ["items"] }, KubeNamespaceProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/NamespaceSpec" } }, additionalProperties: false }, KubeNamespaceListProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeNamespaceProps" } } }, additionalProperties: false, required: ["items"] }, KubeNodeProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/NodeSpec" } }, additionalProperties: false }, KubeNodeListProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeNodeProps" } } }, additionalProperties: false, required: ["items"] }, KubePersistentVolumeProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/PersistentVolumeSpec" } }, additionalProperties: false }, KubePersistentVolumeClaimProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/PersistentVolumeClaimSpec" } }, additionalProperties: false }, KubePersistentVolumeClaimListProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubePersistentVolumeClaimProps" } } }, additionalProperties: false, required: ["items"] }, KubePersistentVolumeListProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubePersistentVolumeProps" } } }, additionalProperties: false, required: ["items"] }, KubePodProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/PodSpec" } }, additionalProperties: false }, KubePodListProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubePodProps" } } }, additionalProperties: false, required: ["items"] }, KubePodTemplateProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, template: { $ref: "#/definitions/PodTemplateSpec" } }, additionalProperties: false }, KubePodTemplateListProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubePodTemplateProps" } } }, additionalProperties: false, required: ["items"] }, KubeReplicationControllerProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/ReplicationControllerSpec" } }, additionalProperties: false }, KubeReplicationControllerListProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeReplicationControllerProps" } } }, additionalProperties: false, required: ["items"] }, KubeResourceQuotaProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/ResourceQuotaSpec" } }, additionalProperties: false }, KubeResourceQuotaListProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeResourceQuotaProps" } } }, additionalProperties: false, required: ["items"] }, KubeSecretProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, data: { type: "object", additionalProperties: { type: "string" } }, immutable: { type: "boolean" }, stringData: { type: "object", additionalProperties: { type: "string" } }, type: { type: "string" } }, additionalProperties: false }, KubeSecretListProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeSecretProps" } } }, additionalProperties: false, required: ["items"] }, KubeServiceProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/ServiceSpec" } }, additionalProperties: false }, KubeServiceAccountProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, automountServiceAccountToken: { type: "boolean" }, imagePullSecrets: { type: "array", items: { $ref: "#/definitions/LocalObjectReference" } }, secrets: { type: "array", items: { $ref: "#/definitions/ObjectReference" } } }, additionalProperties: false }, KubeServiceAccountListProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeServiceAccountProps" } } }, additionalProperties: false, required: ["items"] }, KubeServiceListProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeServiceProps" } } }, additionalProperties: false, required: ["items"] }, KubeEndpointSliceProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, addressType: { type: "string" }, endpoints: { type: "array", items: { $ref: "#/definitions/Endpoint" } }, ports: { type: "array", items: { $ref: "#/definitions/EndpointPort" } } }, additionalProperties: false, required: ["addressType", "endpoints"] }, KubeEndpointSliceListProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeEndpointSliceProps" } } }, additionalProperties: false, required: ["items"] }, KubeFlowSchemaProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/FlowSchemaSpec" } }, additionalProperties: false }, KubeFlowSchemaListProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeFlowSchemaProps" } } }, additionalProperties: false, required: ["items"] }, KubePriorityLevelConfigurationProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/PriorityLevelConfigurationSpec" } }, additionalProperties: false }, KubePriorityLevelConfigurationListProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubePriorityLevelConfigurationProps" } } }, additionalProperties: false, required: ["items"] }, KubeIpAddressProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/IpAddressSpec" } }, additionalProperties: false }, KubeIpAddressListProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeIpAddressProps" } } }, additionalProperties: false, required: ["items"] }, KubeIngressProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/IngressSpec" } }, additionalProperties: false }, KubeIngressClassProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/IngressClassSpec" } }, additionalProperties: false }, KubeIngressClassListProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeIngressClassProps" } } }, additionalProperties: false, required: ["items"] }, KubeIngressListProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeIngressProps" } } }, additionalProperties: false, required: ["items"] }, KubeNetworkPolicyProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/NetworkPolicySpec" } }, additionalProperties: false }, KubeNetworkPolicyListProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeNetworkPolicyProps" } } }, additionalProperties: false, required: ["items"] }, KubeServiceCidrProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/ServiceCidrSpec" } }, additionalProperties: false }, KubeServiceCidrListProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeServiceCidrProps" } } }, additionalProperties: false, required: ["items"] }, KubeIpAddressV1Beta1Props: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/IpAddressSpecV1Beta1" } }, additionalProperties: false }, KubeIpAddressListV1Beta1Props: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeIpAddressV1Beta1Props" } } }, additionalProperties: false, required: ["items"] }, KubeServiceCidrv1Beta1Props: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/ServiceCidrSpecV1Beta1" } }, additionalProperties: false }, KubeServiceCidrListV1Beta1Props: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeServiceCidrv1Beta1Props" } } }, additionalProperties: false, required: ["items"] }, KubeRuntimeClassProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, handler: { type: "string" }, overhead: { $ref: "#/definitions/Overhead" }, scheduling: { $ref: "#/definitions/Scheduling" } }, additionalProperties: false, required: ["handler"] }, KubeRuntimeClassListProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeRuntimeClassProps" } } }, additionalProperties: false, required: ["items"] }, KubeEvictionProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, deleteOptions: { $ref: "#/definitions/DeleteOptions" } }, additionalProperties: false }, KubePodDisruptionBudgetProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/PodDisruptionBudgetSpec" } }, additionalProperties: false }, KubePodDisruptionBudgetListProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubePodDisruptionBudgetProps" } } }, additionalProperties: false, required: ["items"] }, KubeClusterRoleProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, aggregationRule: { $ref: "#/definitions/AggregationRule" }, rules: { type: "array", items: { $ref: "#/definitions/PolicyRule" } } }, additionalProperties: false }, KubeClusterRoleBindingProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, roleRef: { $ref: "#/definitions/RoleRef" }, subjects: { type: "array", items: { $ref: "#/definitions/Subject" } } }, additionalProperties: false, required: ["roleRef"] }, KubeClusterRoleBindingListProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeClusterRoleBindingProps" } } }, additionalProperties: false, required: ["items"] }, KubeClusterRoleListProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeClusterRoleProps" } } }, additionalProperties: false, required: ["items"] }, KubeRoleProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, rules: { type: "array", items: { $ref: "#/definitions/PolicyRule" } } }, additionalProperties: false }, KubeRoleBindingProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, roleRef: { $ref: "#/definitions/RoleRef" }, subjects: { type: "array", items: { $ref: "#/definitions/Subject" } } }, additionalProperties: false, required: ["roleRef"] }, KubeRoleBindingListProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeRoleBindingProps" } } }, additionalProperties: false, required: ["items"] }, KubeRoleListProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeRoleProps" } } }, additionalProperties: false, required: ["items"] }, KubeDeviceClassProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/DeviceClassSpec" } }, additionalProperties: false, required: ["spec"] }, KubeDeviceClassListProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeDeviceClassProps" } } }, additionalProperties: false, required: ["items"] }, KubeResourceClaimProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/ResourceClaimSpec" } }, additionalProperties: false, required: ["spec"] }, KubeResourceClaimListProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeResourceClaimProps" } } }, additionalProperties: false, required: ["items"] }, KubeResourceClaimTemplateProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/ResourceClaimTemplateSpec" } }, additionalProperties: false, required: ["spec"] }, KubeResourceClaimTemplateListProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeResourceClaimTemplateProps" } } }, additionalProperties: false, required: ["items"] }, KubeResourceSliceProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/ResourceSliceSpec" } }, additionalProperties: false, required: ["spec"] }, KubeResourceSliceListProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeResourceSliceProps" } } }, additionalProperties: false, required: ["items"] }, KubeDeviceTaintRuleV1Alpha3Props: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/DeviceTaintRuleSpecV1Alpha3" } }, additionalProperties: false, required: ["spec"] }, KubeDeviceTaintRuleListV1Alpha3Props: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeDeviceTaintRuleV1Alpha3Props" } } }, additionalProperties: false, required: ["items"] }, KubeDeviceClassV1Beta1Props: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/DeviceClassSpecV1Beta1" } }, additionalProperties: false, required: ["spec"] }, KubeDeviceClassListV1Beta1Props: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeDeviceClassV1Beta1Props" } } }, additionalProperties: false, required: ["items"] }, KubeResourceClaimV1Beta1Props: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/ResourceClaimSpecV1Beta1" } }, additionalProperties: false, required: ["spec"] }, KubeResourceClaimListV1Beta1Props: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeResourceClaimV1Beta1Props" } } }, additionalProperties: false, required: ["items"] }, KubeResourceClaimTemplateV1Beta1Props: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/ResourceClaimTemplateSpecV1Beta1" } }, additionalProperties: false, required: ["spec"] }, KubeResourceClaimTemplateListV1Beta1Props: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeResourceClaimTemplateV1Beta1Props" } } }, additionalProperties: false, required: ["items"] }, KubeResourceSliceV1Beta1Props: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/ResourceSliceSpecV1Beta1" } }, additionalProperties: false, required: ["spec"] }, KubeResourceSliceListV1Beta1Props: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeResourceSliceV1Beta1Props" } } }, additionalProperties: false, required: ["items"] }, KubeDeviceClassV1Beta2Props: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/DeviceClassSpecV1Beta2" } }, additionalProperties: false, required: ["spec"] }, KubeDeviceClassListV1Beta2Props: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeDeviceClassV1Beta2Props" } } }, additionalProperties: false, required: ["items"] }, KubeResourceClaimV1Beta2Props: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/ResourceClaimSpecV1Beta2" } }, additionalProperties: false, required: ["spec"] }, KubeResourceClaimListV1Beta2Props: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeResourceClaimV1Beta2Props" } } }, additionalProperties: false, required: ["items"] }, KubeResourceClaimTemplateV1Beta2Props: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/ResourceClaimTemplateSpecV1Beta2" } }, additionalProperties: false, required: ["spec"] }, KubeResourceClaimTemplateListV1Beta2Props: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeResourceClaimTemplateV1Beta2Props" } } }, additionalProperties: false, required: ["items"] }, KubeResourceSliceV1Beta2Props: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/ResourceSliceSpecV1Beta2" } }, additionalProperties: false, required: ["spec"] }, KubeResourceSliceListV1Beta2Props: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeResourceSliceV1Beta2Props" } } }, additionalProperties: false, required: ["items"] }, KubePriorityClassProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, description: { type: "string" }, globalDefault: { type: "boolean" }, preemptionPolicy: { type: "string" }, value: { type: "number" } }, additionalProperties: false, required: ["value"] }, KubePriorityClassListProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubePriorityClassProps" } } }, additionalProperties: false, required: ["items"] }, KubeCsiDriverProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/CsiDriverSpec" } }, additionalProperties: false, required: ["spec"] }, KubeCsiDriverListProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeCsiDriverProps" } } }, additionalProperties: false, required: ["items"] }, KubeCsiNodeProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/CsiNodeSpec" } }, additionalProperties: false, required: ["spec"] }, KubeCsiNodeListProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeCsiNodeProps" } } }, additionalProperties: false, required: ["items"] }, KubeCsiStorageCapacityProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, capacity: { type: ["string", "number"] }, maximumVolumeSize: { type: ["string", "number"] }, nodeTopology: { $ref: "#/definitions/LabelSelector" }, storageClassName: { type: "string" } }, additionalProperties: false, required: ["storageClassName"] }, KubeCsiStorageCapacityListProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeCsiStorageCapacityProps" } } }, additionalProperties: false, required: ["items"] }, KubeStorageClassProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, allowVolumeExpansion: { type: "boolean" }, allowedTopologies: { type: "array", items: { $ref: "#/definitions/TopologySelectorTerm" } }, mountOptions: { type: "array", items: { type: "string" } }, parameters: { type: "object", additionalProperties: { type: "string" } }, provisioner: { type: "string" }, reclaimPolicy: { type: "string" }, volumeBindingMode: { type: "string" } }, additionalProperties: false, required: ["provisioner"] }, KubeStorageClassListProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeStorageClassProps" } } }, additionalProperties: false, required: ["items"] }, KubeVolumeAttachmentProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/VolumeAttachmentSpec" } }, additionalProperties: false, required: ["spec"] }, KubeVolumeAttachmentListProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeVolumeAttachmentProps" } } }, additionalProperties: false, required: ["items"] }, KubeVolumeAttributesClassProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, driverName: { type: "string" }, parameters: { type: "object", additionalProperties: { type: "string" } } }, additionalProperties: false, required: ["driverName"] }, KubeVolumeAttributesClassListProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeVolumeAttributesClassProps" } } }, additionalProperties: false, required: ["items"] }, KubeVolumeAttributesClassV1Alpha1Props: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, driverName: { type: "string" }, parameters: { type: "object", additionalProperties: { type: "string" } } }, additionalProperties: false, required: ["driverName"] }, KubeVolumeAttributesClassListV1Alpha1Props: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeVolumeAttributesClassV1Alpha1Props" } } }, additionalProperties: false, required: ["items"] }, KubeVolumeAttributesClassV1Beta1Props: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, driverName: { type: "string" }, parameters: { type: "object", additionalProperties: { type: "string" } } }, additionalProperties: false, required: ["driverName"] }, KubeVolumeAttributesClassListV1Beta1Props: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeVolumeAttributesClassV1Beta1Props" } } }, additionalProperties: false, required: ["items"] }, KubeStorageVersionMigrationV1Alpha1Props: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/StorageVersionMigrationSpecV1Alpha1" } }, additionalProperties: false }, KubeStorageVersionMigrationListV1Alpha1Props: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeStorageVersionMigrationV1Alpha1Props" } } }, additionalProperties: false, required: ["items"] }, KubeCustomResourceDefinitionProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/CustomResourceDefinitionSpec" } }, additionalProperties: false, required: ["spec"] }, KubeCustomResourceDefinitionListProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeCustomResourceDefinitionProps" } } }, additionalProperties: false, required: ["items"] }, KubeStatusProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, code: { type: "number" }, details: { $ref: "#/definitions/StatusDetails" }, message: { type: "string" }, reason: { type: "string" } }, additionalProperties: false }, KubeApiServiceProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/ApiServiceSpec" } }, additionalProperties: false }, KubeApiServiceListProps: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeApiServiceProps" } } }, additionalProperties: false, required: ["items"] }, ObjectMeta: { type: "object", properties: { annotations: { type: "object", additionalProperties: { type: "string" } }, creationTimestamp: { type: "string" }, deletionGracePeriodSeconds: { type: "number" }, deletionTimestamp: { type: "string" }, finalizers: { type: "array", items: { type: "string" } }, generateName: { type: "string" }, generation: { type: "number" }, labels: { type: "object", additionalProperties: { type: "string" } }, managedFields: { type: "array", items: { $ref: "#/definitions/ManagedFieldsEntry" } }, name: { type: "string" }, namespace: { type: "string" }, ownerReferences: { type: "array", items: { $ref: "#/definitions/OwnerReference" } }, resourceVersion: { type: "string" }, selfLink: { type: "string" }, uid: { type: "string" } }, additionalProperties: false }, MutatingWebhook: { type: "object", properties: { admissionReviewVersions: { type: "array", items: { type: "string" } }, clientConfig: { $ref: "#/definitions/WebhookClientConfig" }, failurePolicy: { type: "string" }, matchConditions: { type: "array", items: { $ref: "#/definitions/MatchCondition" } }, matchPolicy: { type: "string" }, name: { type: "string" }, namespaceSelector: { $ref: "#/definitions/LabelSelector" }, objectSelector: { $ref: "#/definitions/LabelSelector" }, reinvocationPolicy: { type: "string" }, rules: { type: "array", items: { $ref: "#/definitions/RuleWithOperations" } }, sideEffects: { type: "string" }, timeoutSeconds: { type: "number" } }, additionalProperties: false, required: ["admissionReviewVersions", "clientConfig", "name", "sideEffects"] }, ListMeta: { type: "object", properties: { continue: { type: "string" }, remainingItemCount: { type: "number" }, resourceVersion: { type: "string" }, selfLink: { type: "string" } }, additionalProperties: false }, ValidatingAdmissionPolicySpec: { type: "object", properties: { auditAnnotations: { type: "array", items: { $ref: "#/definitions/AuditAnnotation" } }, failurePolicy: { type: "string" }, matchConditions: { type: "array", items: { $ref: "#/definitions/MatchCondition" } }, matchConstraints: { $ref: "#/definitions/MatchResources" }, paramKind: { $ref: "#/definitions/ParamKind" }, validations: { type: "array", items: { $ref: "#/definitions/Validation" } }, variables: { type: "array", items: { $ref: "#/definitions/Variable" } } }, additionalProperties: false }, ValidatingAdmissionPolicyBindingSpec: { type: "object", properties: { matchResources: { $ref: "#/definitions/MatchResources" }, paramRef: { $ref: "#/definitions/ParamRef" }, policyName: { type: "string" }, validationActions: { type: "array", items: { type: "string" } } }, additionalProperties: false }, ValidatingWebhook: { type: "object", properties: { admissionReviewVersions: { type: "array", items: { type: "string" } }, clientConfig: { $ref: "#/definitions/WebhookClientConfig" }, failurePolicy: { type: "string" }, matchConditions: { type: "array", items: { $ref: "#/definitions/MatchCondition" } }, matchPolicy: { type: "string" }, name: { type: "string" }, namespaceSelector: { $ref: "#/definitions/LabelSelector" }, objectSelector: { $ref: "#/definitions/LabelSelector" }, rules: { type: "array", items: { $ref: "#/definitions/RuleWithOperations" } }, sideEffects: { type: "string" }, timeoutSeconds: { type: "number" } }, additionalProperties: false, required: ["admissionReviewVersions", "clientConfig", "name", "sideEffects"] }, MutatingAdmissionPolicySpecV1Alpha1: { type: "object", properties: { failurePolicy: { type: "string" }, matchConditions: { type: "array", items: { $ref: "#/definitions/MatchConditionV1Alpha1" } }, matchConstraints: { $ref: "#/definitions/MatchResourcesV1Alpha1" }, mutations: { type: "array", items: { $ref: "#/definitions/MutationV1Alpha1" } }, paramKind: { $ref: "#/definitions/ParamKindV1Alpha1" }, reinvocationPolicy: { type: "string" }, variables: { type: "array", items: { $ref: "#/definitions/VariableV1Alpha1" } } }, additionalProperties: false }, MutatingAdmissionPolicyBindingSpecV1Alpha1: { type: "object", properties: { matchResources: { $ref: "#/definitions/MatchResourcesV1Alpha1" }, paramRef: { $ref: "#/definitions/ParamRefV1Alpha1" }, policyName: { type: "string" } }, additionalProperties: false }, MutatingAdmissionPolicySpecV1Beta1: { type: "object", properties: { failurePolicy: { type: "string" }, matchConditions: { type: "array", items: { $ref: "#/definitions/MatchConditionV1Beta1" } }, matchConstraints: { $ref: "#/definitions/MatchResourcesV1Beta1" }, mutations: { type: "array", items: { $ref: "#/definitions/MutationV1Beta1" } }, paramKind: { $ref: "#/definitions/ParamKindV1Beta1" }, reinvocationPolicy: { type: "string" }, variables: { type: "array", items: { $ref: "#/definitions/VariableV1Beta1" } } }, additionalProperties: false }, MutatingAdmissionPolicyBindingSpecV1Beta1: { type: "object", properties: { matchResources: { $ref: "#/definitions/MatchResourcesV1Beta1" }, paramRef: { $ref: "#/definitions/ParamRefV1Beta1" }, policyName: { type: "string" } }, additionalProperties: false }, DaemonSetSpec: { type: "object", properties: { minReadySeconds: { type: "number" }, revisionHistoryLimit: { type: "number" }, selector: { $ref: "#/definitions/LabelSelector" }, template: { $ref: "#/definitions/PodTemplateSpec" }, updateStrategy: { $ref: "#/definitions/DaemonSetUpdateStrategy" } }, additionalProperties: false, required: ["selector", "template"] }, DeploymentSpec: { type: "object", properties: { minReadySeconds: { type: "number" }, paused: { type: "boolean" }, progressDeadlineSeconds: { type: "number" }, replicas: { type: "number" }, revisionHistoryLimit: { type: "number" }, selector: { $ref: "#/definitions/LabelSelector" }, strategy: { $ref: "#/definitions/DeploymentStrategy" }, template: { $ref: "#/definitions/PodTemplateSpec" } }, additionalProperties: false, required: ["selector", "template"] }, ReplicaSetSpec: { type: "object", properties: { minReadySeconds: { type: "number" }, replicas: { type: "number" }, selector: { $ref: "#/definitions/LabelSelector" }, template: { $ref: "#/definitions/PodTemplateSpec" } }, additionalProperties: false, required: ["selector"] }, StatefulSetSpec: { type: "object", properties: { minReadySeconds: { type: "number" }, ordinals: { $ref: "#/definitions/StatefulSetOrdinals" }, persistentVolumeClaimRetentionPolicy: { $ref: "#/definitions/StatefulSetPersistentVolumeClaimRetentionPolicy" }, podManagementPolicy: { type: "string" }, replicas: { type: "number" }, revisionHistoryLimit: { type: "number" }, selector: { $ref: "#/definitions/LabelSelector" }, serviceName: { type: "string" }, template: { $ref: "#/definitions/PodTemplateSpec" }, updateStrategy: { $ref: "#/definitions/StatefulSetUpdateStrategy" }, volumeClaimTemplates: { type: "array", items: { $ref: "#/definitions/KubePersistentVolumeClaimProps" } } }, additionalProperties: false, required: ["selector", "template"] }, TokenRequestSpec: { type: "object", properties: { audiences: { type: "array", items: { type: "string" } }, boundObjectRef: { $ref: "#/definitions/BoundObjectReference" }, expirationSeconds: { type: "number" } }, additionalProperties: false, required: ["audiences"] }, TokenReviewSpec: { type: "object", properties: { audiences: { type: "array", items: { type: "string" } }, token: { type: "string" } }, additionalProperties: false }, SubjectAccessReviewSpec: { type: "object", properties: { extra: { type: "object", additionalProperties: { type: "array", items: { type: "string" } } }, groups: { type: "array", items: { type: "string" } }, nonResourceAttributes: { $ref: "#/definitions/NonResourceAttributes" }, resourceAttributes: { $ref: "#/definitions/ResourceAttributes" }, uid: { type: "string" }, user: { type: "string" } }, additionalProperties: false }, SelfSubjectAccessReviewSpec: { type: "object", properties: { nonResourceAttributes: { $ref: "#/definitions/NonResourceAttributes" }, resourceAttributes: { $ref: "#/definitions/ResourceAttributes" } }, additionalProperties: false }, SelfSubjectRulesReviewSpec: { type: "object", properties: { namespace: { type: "string" } }, additionalProperties: false }, HorizontalPodAutoscalerSpec: { type: "object", properties: { maxReplicas: { type: "number" }, minReplicas: { type: "number" }, scaleTargetRef: { $ref: "#/definitions/CrossVersionObjectReference" }, targetCPUUtilizationPercentage: { type: "number" } }, additionalProperties: false, required: ["maxReplicas", "scaleTargetRef"] }, ScaleSpec: { type: "object", properties: { replicas: { type: "number" } }, additionalProperties: false }, HorizontalPodAutoscalerSpecV2: { type: "object", properties: { behavior: { $ref: "#/definitions/HorizontalPodAutoscalerBehaviorV2" }, maxReplicas: { type: "number" }, metrics: { type: "array", items: { $ref: "#/definitions/MetricSpecV2" } }, minReplicas: { type: "number" }, scaleTargetRef: { $ref: "#/definitions/CrossVersionObjectReferenceV2" } }, additionalProperties: false, required: ["maxReplicas", "scaleTargetRef"] }, CronJobSpec: { type: "object", properties: { concurrencyPolicy: { type: "string" }, failedJobsHistoryLimit: { type: "number" }, jobTemplate: { $ref: "#/definitions/JobTemplateSpec" }, schedule: { type: "string" }, startingDeadlineSeconds: { type: "number" }, successfulJobsHistoryLimit: { type: "number" }, suspend: { type: "boolean" }, timeZone: { type: "string" } }, additionalProperties: false, required: ["jobTemplate", "schedule"] }, JobSpec: { type: "object", properties: { activeDeadlineSeconds: { type: "number" }, backoffLimit: { type: "number" }, backoffLimitPerIndex: { type: "number" }, completionMode: { type: "string" }, completions: { type: "number" }, managedBy: { type: "string" }, manualSelector: { type: "boolean" }, maxFailedIndexes: { type: "number" }, parallelism: { type: "number" }, podFailurePolicy: { $ref: "#/definitions/PodFailurePolicy" }, podReplacementPolicy: { type: "string" }, selector: { $ref: "#/definitions/LabelSelector" }, successPolicy: { $ref: "#/definitions/SuccessPolicy" }, suspend: { type: "boolean" }, template: { $ref: "#/definitions/PodTemplateSpec" }, ttlSecondsAfterFinished: { type: "number" } }, additionalProperties: false, required: ["template"] }, CertificateSigningRequestSpec: { type: "object", properties: { expirationSeconds: { type: "number" }, extra: { type: "object", additionalProperties: { type: "array", items: { type: "string" } } }, groups: { type: "array", items: { type: "string" } }, request: { type: "string" }, signerName: { type: "string" }, uid: { type: "string" }, usages: { type: "array", items: { type: "string" } }, username: { type: "string" } }, additionalProperties: false, required: ["request", "signerName"] }, ClusterTrustBundleSpecV1Alpha1: { type: "object", properties: { signerName: { type: "string" }, trustBundle: { type: "string" } }, additionalProperties: false, required: ["trustBundle"] }, PodCertificateRequestSpecV1Alpha1: { type: "object", properties: { maxExpirationSeconds: { type: "number" }, nodeName: { type: "string" }, nodeUID: { type: "string" }, pkixPublicKey: { type: "string" }, podName: { type: "string" }, podUID: { type: "string" }, proofOfPossession: { type: "string" }, serviceAccountName: { type: "string" }, serviceAccountUID: { type: "string" }, signerName: { type: "string" } }, additionalProperties: false, required: ["nodeName", "nodeUID", "pkixPublicKey", "podName", "podUID", "proofOfPossession", "serviceAccountName", "serviceAccountUID", "signerName"] }, ClusterTrustBundleSpecV1Beta1: { type: "object", properties: { signerName: { type: "string" }, trustBundle: { type: "string" } }, additionalProperties: false, required: ["trustBundle"] }, LeaseSpec: { type: "object", properties: { acquireTime: { type: "string" }, holderIdentity: { type: "string" }, leaseDurationSeconds: { type: "number" }, leaseTransitions: { type: "number" }, preferredHolder: { type: "string" }, renewTime: { type: "string" }, strategy: { type: "string" } }, additionalProperties: false }, LeaseCandidateSpecV1Alpha2: { type: "object", properties: { binaryVersion: { type: "string" }, emulationVersion: { type: "string" }, leaseName: { type: "string" }, pingTime: { type: "string" }, renewTime: { type: "string" }, strategy: { type: "string" } }, additionalProperties: false, required: ["binaryVersion", "leaseName", "strategy"] }, LeaseCandidateSpecV1Beta1: { type: "object", properties: { binaryVersion: { type: "string" }, emulationVersion: { type: "string" }, leaseName: { type: "string" }, pingTime: { type: "string" }, renewTime: { type: "string" }, strategy: { type: "string" } }, additionalProperties: false, required: ["binaryVersion", "leaseName", "strategy"] }, ObjectReference: { type: "object", properties: { apiVersion: { type: "string" }, fieldPath: { type: "string" }, kind: { type: "string" }, name: { type: "string" }, namespace: { type: "string" }, resourceVersion: { type: "string" }, uid: { type: "string" } }, additionalProperties: false }, ComponentCondition: { type: "object", properties: { error: { type: "string" }, message: { type: "string" }, status: { type: "string" }, type: { type: "string" } }, additionalProperties: false, required: ["status", "type"] }, EndpointSubset: { type: "object", properties: { addresses: { type: "array", items: { $ref: "#/definitions/EndpointAddress" } }, notReadyAddresses: { type: "array", items: { $ref: "#/definitions/EndpointAddress" } }, ports: { type: "array", items: { $ref: "#/definitions/EndpointPort" } } }, additionalProperties: false }, EventSource: { type: "object", properties: { component: { type: "string" }, host: { type: "string" } }, additionalProperties: false }, EventSeries: { type: "object", properties: { count: { type: "number" }, lastObservedTime: { type: "string" } }, additionalProperties: false, required: ["count", "lastObservedTime"] }, LimitRangeSpec: { type: "object", properties: { limits: { type: "array", items: { $ref: "#/definitions/LimitRangeItem" } } }, additionalProperties: false, required: ["limits"] }, NamespaceSpec: { type: "object", properties: { finalizers: { type: "array", items: { type: "string" } } }, additionalProperties: false }, NodeSpec: { type: "object", properties: { configSource: { $ref: "#/definitions/NodeConfigSource" }, externalID: { type: "string" }, podCIDR: { type: "string" }, podCIDRs: { type: "array", items: { type: "string" } }, providerID: { type: "string" }, taints: { type: "array", items: { $ref: "#/definitions/Taint" } }, unschedulable: { type: "boolean" } }, additionalProperties: false }, PersistentVolumeSpec: { type: "object", properties: { accessModes: { type: "array", items: { type: "string" } }, awsElasticBlockStore: { $ref: "#/definitions/AwsElasticBlockStoreVolumeSource" }, azureDisk: { $ref: "#/definitions/AzureDiskVolumeSource" }, azureFile: { $ref: "#/definitions/AzureFilePersistentVolumeSource" }, capacity: { type: "object", additionalProperties: { type: ["string", "number"] } }, cephfs: { $ref: "#/definitions/CephFsPersistentVolumeSource" }, cinder: { $ref: "#/definitions/CinderPersistentVolumeSource" }, claimRef: { $ref: "#/definitions/ObjectReference" }, csi: { $ref: "#/definitions/CsiPersistentVolumeSource" }, fc: { $ref: "#/definitions/FcVolumeSource" }, flexVolume: { $ref: "#/definitions/FlexPersistentVolumeSource" }, flocker: { $ref: "#/definitions/FlockerVolumeSource" }, gcePersistentDisk: { $ref: "#/definitions/GcePersistentDiskVolumeSource" }, glusterfs: { $ref: "#/definitions/GlusterfsPersistentVolumeSource" }, hostPath: { $ref: "#/definitions/HostPathVolumeSource" }, iscsi: { $ref: "#/definitions/IscsiPersistentVolumeSource" }, local: { $ref: "#/definitions/LocalVolumeSource" }, mountOptions: { type: "array", items: { type: "string" } }, nfs: { $ref: "#/definitions/NfsVolumeSource" }, nodeAffinity: { $ref: "#/definitions/VolumeNodeAffinity" }, persistentVolumeReclaimPolicy: { type: "string" }, photonPersistentDisk: { $ref: "#/definitions/PhotonPersistentDiskVolumeSource" }, portworxVolume: { $ref: "#/definitions/PortworxVolumeSource" }, quobyte: { $ref: "#/definitions/QuobyteVolumeSource" }, rbd: { $ref: "#/definitions/RbdPersistentVolumeSource" }, scaleIO: { $ref: "#/definitions/ScaleIoPersistentVolumeSource" }, storageClassName: { type: "string" }, storageos: { $ref: "#/definitions/StorageOsPersistentVolumeSource" }, volumeAttributesClassName: { type: "string" }, volumeMode: { type: "string" }, vsphereVolume: { $ref: "#/definitions/VsphereVirtualDiskVolumeSource" } }, additionalProperties: false }, PersistentVolumeClaimSpec: { type: "object", properties: { accessModes: { type: "array", items: { type: "string" } }, dataSource: { $ref: "#/definitions/TypedLocalObjectReference" }, dataSourceRef: { $ref: "#/definitions/TypedObjectReference" }, resources: { $ref: "#/definitions/VolumeResourceRequirements" }, selector: { $ref: "#/definitions/LabelSelector" }, storageClassName: { type: "string" }, volumeAttributesClassName: { type: "string" }, volumeMode: { type: "string" }, volumeName: { type: "string" } }, additionalProperties: false }, PodSpec: { type: "object", properties: { activeDeadlineSeconds: { type: "number" }, affinity: { $ref: "#/definitions/Affinity" }, automountServiceAccountToken: { type: "boolean" }, containers: { type: "array", items: { $ref: "#/definitions/Container" } }, dnsConfig: { $ref: "#/definitions/PodDnsConfig" }, dnsPolicy: { type: "string" }, enableServiceLinks: { type: "boolean" }, ephemeralContainers: { type: "array", items: { $ref: "#/definitions/EphemeralContainer" } }, hostAliases: { type: "array", items: { $ref: "#/definitions/HostAlias" } }, hostIPC: { type: "boolean" }, hostNetwork: { type: "boolean" }, hostPID: { type: "boolean" }, hostUsers: { type: "boolean" }, hostname: { type: "string" }, hostnameOverride: { type: "string" }, imagePullSecrets: { type: "array", items: { $ref: "#/definitions/LocalObjectReference" } }, initContainers: { type: "array", items: { $ref: "#/definitions/Container" } }, nodeName: { type: "string" }, nodeSelector: { type: "object", additionalProperties: { type: "string" } }, os: { $ref: "#/definitions/PodOs" }, overhead: { type: "object", additionalProperties: { type: ["string", "number"] } }, preemptionPolicy: { type: "string" }, priority: { type: "number" }, priorityClassName: { type: "string" }, readinessGates: { type: "array", items: { $ref: "#/definitions/PodReadinessGate" } }, resourceClaims: { type: "array", items: { $ref: "#/definitions/PodResourceClaim" } }, resources: { $ref: "#/definitions/ResourceRequirements" }, restartPolicy: { type: "string" }, runtimeClassName: { type: "string" }, schedulerName: { type: "string" }, schedulingGates: { type: "array", items: { $ref: "#/definitions/PodSchedulingGate" } }, securityContext: { $ref: "#/definitions/PodSecurityContext" }, serviceAccount: { type: "string" }, serviceAccountName: { type: "string" }, setHostnameAsFQDN: { type: "boolean" }, shareProcessNamespace: { type: "boolean" }, subdomain: { type: "string" }, terminationGracePeriodSeconds: { type: "number" }, tolerations: { type: "array", items: { $ref: "#/definitions/Toleration" } }, topologySpreadConstraints: { type: "array", items: { $ref: "#/definitions/TopologySpreadConstraint" } }, volumes: { type: "array", items: { $ref: "#/definitions/Volume" } } }, additionalProperties: false, required: ["containers"] }, PodTemplateSpec: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/PodSpec" } }, additionalProperties: false }, ReplicationControllerSpec: { type: "object", properties: { minReadySeconds: { type: "number" }, replicas: { type: "number" }, selector: { type: "object", additionalProperties: { type: "string" } }, template: { $ref: "#/definitions/PodTemplateSpec" } }, additionalProperties: false }, ResourceQuotaSpec: { type: "object", properties: { hard: { type: "object", additionalProperties: { type: ["string", "number"] } }, scopeSelector: { $ref: "#/definitions/ScopeSelector" }, scopes: { type: "array", items: { type: "string" } } }, additionalProperties: false }, ServiceSpec: { type: "object", properties: { allocateLoadBalancerNodePorts: { type: "boolean" }, clusterIP: { type: "string" }, clusterIPs: { type: "array", items: { type: "string" } }, externalIPs: { type: "array", items: { type: "string" } }, externalName: { type: "string" }, externalTrafficPolicy: { type: "string" }, healthCheckNodePort: { type: "number" }, internalTrafficPolicy: { type: "string" }, ipFamilies: { type: "array", items: { type: "string" } }, ipFamilyPolicy: { type: "string" }, loadBalancerClass: { type: "string" }, loadBalancerIP: { type: "string" }, loadBalancerSourceRanges: { type: "array", items: { type: "string" } }, ports: { type: "array", items: { $ref: "#/definitions/ServicePort" } }, publishNotReadyAddresses: { type: "boolean" }, selector: { type: "object", additionalProperties: { type: "string" } }, sessionAffinity: { type: "string" }, sessionAffinityConfig: { $ref: "#/definitions/SessionAffinityConfig" }, trafficDistribution: { type: "string" }, type: { type: "string" } }, additionalProperties: false }, LocalObjectReference: { type: "object", properties: { name: { type: "string" } }, additionalProperties: false }, Endpoint: { type: "object", properties: { addresses: { type: "array", items: { type: "string" } }, conditions: { $ref: "#/definitions/EndpointConditions" }, deprecatedTopology: { type: "object", additionalProperties: { type: "string" } }, hints: { $ref: "#/definitions/EndpointHints" }, hostname: { type: "string" }, nodeName: { type: "string" }, targetRef: { $ref: "#/definitions/ObjectReference" }, zone: { type: "string" } }, additionalProperties: false, required: ["addresses"] }, EndpointPort: { type: "object", properties: { appProtocol: { type: "string" }, name: { type: "string" }, port: { type: "number" }, protocol: { type: "string" } }, additionalProperties: false, required: ["port"] }, FlowSchemaSpec: { type: "object", properties: { distinguisherMethod: { $ref: "#/definitions/FlowDistinguisherMethod" }, matchingPrecedence: { type: "number" }, priorityLevelConfiguration: { $ref: "#/definitions/PriorityLevelConfigurationReference" }, rules: { type: "array", items: { $ref: "#/definitions/PolicyRulesWithSubjects" } } }, additionalProperties: false, required: ["priorityLevelConfiguration"] }, PriorityLevelConfigurationSpec: { type: "object", properties: { exempt: { $ref: "#/definitions/ExemptPriorityLevelConfiguration" }, limited: { $ref: "#/definitions/LimitedPriorityLevelConfiguration" }, type: { type: "string" } }, additionalProperties: false, required: ["type"] }, IpAddressSpec: { type: "object", properties: { parentRef: { $ref: "#/definitions/ParentReference" } }, additionalProperties: false, required: ["parentRef"] }, IngressSpec: { type: "object", properties: { defaultBackend: { $ref: "#/definitions/IngressBackend" }, ingressClassName: { type: "string" }, rules: { type: "array", items: { $ref: "#/definitions/IngressRule" } }, tls: { type: "array", items: { $ref: "#/definitions/IngressTls" } } }, additionalProperties: false }, IngressClassSpec: { type: "object", properties: { controller: { type: "string" }, parameters: { $ref: "#/definitions/IngressClassParametersReference" } }, additionalProperties: false }, NetworkPolicySpec: { type: "object", properties: { egress: { type: "array", items: { $ref: "#/definitions/NetworkPolicyEgressRule" } }, ingress: { type: "array", items: { $ref: "#/definitions/NetworkPolicyIngressRule" } }, podSelector: { $ref: "#/definitions/LabelSelector" }, policyTypes: { type: "array", items: { type: "string" } } }, additionalProperties: false }, ServiceCidrSpec: { type: "object", properties: { cidrs: { type: "array", items: { type: "string" } } }, additionalProperties: false }, IpAddressSpecV1Beta1: { type: "object", properties: { parentRef: { $ref: "#/definitions/ParentReferenceV1Beta1" } }, additionalProperties: false, required: ["parentRef"] }, ServiceCidrSpecV1Beta1: { type: "object", properties: { cidrs: { type: "array", items: { type: "string" } } }, additionalProperties: false }, Overhead: { type: "object", properties: { podFixed: { type: "object", additionalProperties: { type: ["string", "number"] } } }, additionalProperties: false }, Scheduling: { type: "object", properties: { nodeSelector: { type: "object", additionalProperties: { type: "string" } }, tolerations: { type: "array", items: { $ref: "#/definitions/Toleration" } } }, additionalProperties: false }, DeleteOptions: { type: "object", properties: { apiVersion: { type: "string" }, dryRun: { type: "array", items: { type: "string" } }, gracePeriodSeconds: { type: "number" }, ignoreStoreReadErrorWithClusterBreakingPotential: { type: "boolean" }, kind: { type: "string", enum: ["DeleteOptions"] }, orphanDependents: { type: "boolean" }, preconditions: { $ref: "#/definitions/Preconditions" }, propagationPolicy: { type: "string" } }, additionalProperties: false }, PodDisruptionBudgetSpec: { type: "object", properties: { maxUnavailable: { type: ["string", "integer"] }, minAvailable: { type: ["string", "integer"] }, selector: { $ref: "#/definitions/LabelSelector" }, unhealthyPodEvictionPolicy: { type: "string" } }, additionalProperties: false }, AggregationRule: { type: "object", properties: { clusterRoleSelectors: { type: "array", items: { $ref: "#/definitions/LabelSelector" } } }, additionalProperties: false }, PolicyRule: { type: "object", properties: { apiGroups: { type: "array", items: { type: "string" } }, nonResourceURLs: { type: "array", items: { type: "string" } }, resourceNames: { type: "array", items: { type: "string" } }, resources: { type: "array", items: { type: "string" } }, verbs: { type: "array", items: { type: "string" } } }, additionalProperties: false, required: ["verbs"] }, RoleRef: { type: "object", properties: { apiGroup: { type: "string" }, kind: { type: "string" }, name: { type: "string" } }, additionalProperties: false, required: ["apiGroup", "kind", "name"] }, Subject: { type: "object", properties: { apiGroup: { type: "string" }, kind: { type: "string" }, name: { type: "string" }, namespace: { type: "string" } }, additionalProperties: false, required: ["kind", "name"] }, DeviceClassSpec: { type: "object", properties: { config: { type: "array", items: { $ref: "#/definitions/DeviceClassConfiguration" } }, extendedResourceName: { type: "string" }, selectors: { type: "array", items: { $ref: "#/definitions/DeviceSelector" } } }, additionalProperties: false }, ResourceClaimSpec: { type: "object", properties: { devices: { $ref: "#/definitions/DeviceClaim" } }, additionalProperties: false }, ResourceClaimTemplateSpec: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/ResourceClaimSpec" } }, additionalProperties: false, required: ["spec"] }, ResourceSliceSpec: { type: "object", properties: { allNodes: { type: "boolean" }, devices: { type: "array", items: { $ref: "#/definitions/Device" } }, driver: { type: "string" }, nodeName: { type: "string" }, nodeSelector: { $ref: "#/definitions/NodeSelector" }, perDeviceNodeSelection: { type: "boolean" }, pool: { $ref: "#/definitions/ResourcePool" }, sharedCounters: { type: "array", items: { $ref: "#/definitions/CounterSet" } } }, additionalProperties: false, required: ["driver", "pool"] }, DeviceTaintRuleSpecV1Alpha3: { type: "object", properties: { deviceSelector: { $ref: "#/definitions/DeviceTaintSelectorV1Alpha3" }, taint: { $ref: "#/definitions/DeviceTaintV1Alpha3" } }, additionalProperties: false, required: ["taint"] }, DeviceClassSpecV1Beta1: { type: "object", properties: { config: { type: "array", items: { $ref: "#/definitions/DeviceClassConfigurationV1Beta1" } }, extendedResourceName: { type: "string" }, selectors: { type: "array", items: { $ref: "#/definitions/DeviceSelectorV1Beta1" } } }, additionalProperties: false }, ResourceClaimSpecV1Beta1: { type: "object", properties: { devices: { $ref: "#/definitions/DeviceClaimV1Beta1" } }, additionalProperties: false }, ResourceClaimTemplateSpecV1Beta1: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/ResourceClaimSpecV1Beta1" } }, additionalProperties: false, required: ["spec"] }, ResourceSliceSpecV1Beta1: { type: "object", properties: { allNodes: { type: "boolean" }, devices: { type: "array", items: { $ref: "#/definitions/DeviceV1Beta1" } }, driver: { type: "string" }, nodeName: { type: "string" }, nodeSelector: { $ref: "#/definitions/NodeSelector" }, perDeviceNodeSelection: { type: "boolean" }, pool: { $ref: "#/definitions/ResourcePoolV1Beta1" }, sharedCounters: { type: "array", items: { $ref: "#/definitions/CounterSetV1Beta1" } } }, additionalProperties: false, required: ["driver", "pool"] }, DeviceClassSpecV1Beta2: { type: "object", properties: { config: { type: "array", items: { $ref: "#/definitions/DeviceClassConfigurationV1Beta2" } }, extendedResourceName: { type: "string" }, selectors: { type: "array", items: { $ref: "#/definitions/DeviceSelectorV1Beta2" } } }, additionalProperties: false }, ResourceClaimSpecV1Beta2: { type: "object", properties: { devices: { $ref: "#/definitions/DeviceClaimV1Beta2" } }, additionalProperties: false }, ResourceClaimTemplateSpecV1Beta2: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/ResourceClaimSpecV1Beta2" } }, additionalProperties: false, required: ["spec"] }, ResourceSliceSpecV1Beta2: { type: "object", properties: { allNodes: { type: "boolean" }, devices: { type: "array", items: { $ref: "#/definitions/DeviceV1Beta2" } }, driver: { type: "string" }, nodeName: { type: "string" }, nodeSelector: { $ref: "#/definitions/NodeSelector" }, perDeviceNodeSelection: { type: "boolean" }, pool: { $ref: "#/definitions/ResourcePoolV1Beta2" }, sharedCounters: { type: "array", items: { $ref: "#/definitions/CounterSetV1Beta2" } } }, additionalProperties: false, required: ["driver", "pool"] }, CsiDriverSpec: { type: "object", properties: { attachRequired: { type: "boolean" }, fsGroupPolicy: { type: "string" }, nodeAllocatableUpdatePeriodSeconds: { type: "number" }, podInfoOnMount: { type: "boolean" }, requiresRepublish: { type: "boolean" }, seLinuxMount: { type: "boolean" }, storageCapacity: { type: "boolean" }, tokenRequests: { type: "array", items: { $ref: "#/definitions/TokenRequest" } }, volumeLifecycleModes: { type: "array", items: { type: "string" } } }, additionalProperties: false }, CsiNodeSpec: { type: "object", properties: { drivers: { type: "array", items: { $ref: "#/definitions/CsiNodeDriver" } } }, additionalProperties: false, required: ["drivers"] }, LabelSelector: { type: "object", properties: { matchExpressions: { type: "array", items: { $ref: "#/definitions/LabelSelectorRequirement" } }, matchLabels: { type: "object", additionalProperties: { type: "string" } } }, additionalProperties: false }, TopologySelectorTerm: { type: "object", properties: { matchLabelExpressions: { type: "array", items: { $ref: "#/definitions/TopologySelectorLabelRequirement" } } }, additionalProperties: false }, VolumeAttachmentSpec: { type: "object", properties: { attacher: { type: "string" }, nodeName: { type: "string" }, source: { $ref: "#/definitions/VolumeAttachmentSource" } }, additionalProperties: false, required: ["attacher", "nodeName", "source"] }, StorageVersionMigrationSpecV1Alpha1: { type: "object", properties: { continueToken: { type: "string" }, resource: { $ref: "#/definitions/GroupVersionResourceV1Alpha1" } }, additionalProperties: false, required: ["resource"] }, CustomResourceDefinitionSpec: { type: "object", properties: { conversion: { $ref: "#/definitions/CustomResourceConversion" }, group: { type: "string" }, names: { $ref: "#/definitions/CustomResourceDefinitionNames" }, preserveUnknownFields: { type: "boolean" }, scope: { type: "string" }, versions: { type: "array", items: { $ref: "#/definitions/CustomResourceDefinitionVersion" } } }, additionalProperties: false, required: ["group", "names", "scope", "versions"] }, StatusDetails: { type: "object", properties: { causes: { type: "array", items: { $ref: "#/definitions/StatusCause" } }, group: { type: "string" }, kind: { type: "string" }, name: { type: "string" }, retryAfterSeconds: { type: "number" }, uid: { type: "string" } }, additionalProperties: false }, ApiServiceSpec: { type: "object", properties: { caBundle: { type: "string" }, group: { type: "string" }, groupPriorityMinimum: { type: "number" }, insecureSkipTLSVerify: { type: "boolean" }, service: { $ref: "#/definitions/ServiceReference" }, version: { type: "string" }, versionPriority: { type: "number" } }, additionalProperties: false, required: ["groupPriorityMinimum", "versionPriority"] }, ManagedFieldsEntry: { type: "object", properties: { apiVersion: { type: "string" }, fieldsType: { type: "string" }, fieldsV1: {}, manager: { type: "string" }, operation: { type: "string" }, subresource: { type: "string" }, time: { type: "string" } }, additionalProperties: false }, OwnerReference: { type: "object", properties: { apiVersion: { type: "string" }, blockOwnerDeletion: { type: "boolean" }, controller: { type: "boolean" }, kind: { type: "string" }, name: { type: "string" }, uid: { type: "string" } }, additionalProperties: false, required: ["apiVersion", "kind", "name", "uid"] }, WebhookClientConfig: { type: "object", properties: { caBundle: { type: "string" }, service: { $ref: "#/definitions/ServiceReference" }, url: { type: "string" } }, additionalProperties: false }, MatchCondition: { type: "object", properties: { expression: { type: "string" }, name: { type: "string" } }, additionalProperties: false, required: ["expression", "name"] }, RuleWithOperations: { type: "object", properties: { apiGroups: { type: "array", items: { type: "string" } }, apiVersions: { type: "array", items: { type: "string" } }, operations: { type: "array", items: { type: "string" } }, resources: { type: "array", items: { type: "string" } }, scope: { type: "string" } }, additionalProperties: false }, AuditAnnotation: { type: "object", properties: { key: { type: "string" }, valueExpression: { type: "string" } }, additionalProperties: false, required: ["key", "valueExpression"] }, MatchResources: { type: "object", properties: { excludeResourceRules: { type: "array", items: { $ref: "#/definitions/NamedRuleWithOperations" } }, matchPolicy: { type: "string" }, namespaceSelector: { $ref: "#/definitions/LabelSelector" }, objectSelector: { $ref: "#/definitions/LabelSelector" }, resourceRules: { type: "array", items: { $ref: "#/definitions/NamedRuleWithOperations" } } }, additionalProperties: false }, ParamKind: { type: "object", properties: { apiVersion: { type: "string" }, kind: { type: "string" } }, additionalProperties: false }, Validation: { type: "object", properties: { expression: { type: "string" }, message: { type: "string" }, messageExpression: { type: "string" }, reason: { type: "string" } }, additionalProperties: false, required: ["expression"] }, Variable: { type: "object", properties: { expression: { type: "string" }, name: { type: "string" } }, additionalProperties: false, required: ["expression", "name"] }, ParamRef: { type: "object", properties: { name: { type: "string" }, namespace: { type: "string" }, parameterNotFoundAction: { type: "string" }, selector: { $ref: "#/definitions/LabelSelector" } }, additionalProperties: false }, MatchConditionV1Alpha1: { type: "object", properties: { expression: { type: "string" }, name: { type: "string" } }, additionalProperties: false, required: ["expression", "name"] }, MatchResourcesV1Alpha1: { type: "object", properties: { excludeResourceRules: { type: "array", items: { $ref: "#/definitions/NamedRuleWithOperationsV1Alpha1" } }, matchPolicy: { type: "string" }, namespaceSelector: { $ref: "#/definitions/LabelSelector" }, objectSelector: { $ref: "#/definitions/LabelSelector" }, resourceRules: { type: "array", items: { $ref: "#/definitions/NamedRuleWithOperationsV1Alpha1" } } }, additionalProperties: false }, MutationV1Alpha1: { type: "object", properties: { applyConfiguration: { $ref: "#/definitions/ApplyConfigurationV1Alpha1" }, jsonPatch: { $ref: "#/definitions/JsonPatchV1Alpha1" }, patchType: { type: "string" } }, additionalProperties: false, required: ["patchType"] }, ParamKindV1Alpha1: { type: "object", properties: { apiVersion: { type: "string" }, kind: { type: "string" } }, additionalProperties: false }, VariableV1Alpha1: { type: "object", properties: { expression: { type: "string" }, name: { type: "string" } }, additionalProperties: false, required: ["expression", "name"] }, ParamRefV1Alpha1: { type: "object", properties: { name: { type: "string" }, namespace: { type: "string" }, parameterNotFoundAction: { type: "string" }, selector: { $ref: "#/definitions/LabelSelector" } }, additionalProperties: false }, MatchConditionV1Beta1: { type: "object", properties: { expression: { type: "string" }, name: { type: "string" } }, additionalProperties: false, required: ["expression", "name"] }, MatchResourcesV1Beta1: { type: "object", properties: { excludeResourceRules: { type: "array", items: { $ref: "#/definitions/NamedRuleWithOperationsV1Beta1" } }, matchPolicy: { type: "string" }, namespaceSelector: { $ref: "#/definitions/LabelSelector" }, objectSelector: { $ref: "#/definitions/LabelSelector" }, resourceRules: { type: "array", items: { $ref: "#/definitions/NamedRuleWithOperationsV1Beta1" } } }, additionalProperties: false }, MutationV1Beta1: { type: "object", properties: { applyConfiguration: { $ref: "#/definitions/ApplyConfigurationV1Beta1" }, jsonPatch: { $ref: "#/definitions/JsonPatchV1Beta1" }, patchType: { type: "string" } }, additionalProperties: false, required: ["patchType"] }, ParamKindV1Beta1: { type: "object", properties: { apiVersion: { type: "string" }, kind: { type: "string" } }, additionalProperties: false }, VariableV1Beta1: { type: "object", properties: { expression: { type: "string" }, name: { type: "string" } }, additionalProperties: false, required: ["expression", "name"] }, ParamRefV1Beta1: { type: "object", properties: { name: { type: "string" }, namespace: { type: "string" }, parameterNotFoundAction: { type: "string" }, selector: { $ref: "#/definitions/LabelSelector" } }, additionalProperties: false }, DaemonSetUpdateStrategy: { type: "object", properties: { rollingUpdate: { $ref: "#/definitions/RollingUpdateDaemonSet" }, type: { type: "string" } }, additionalProperties: false }, DeploymentStrategy: { type: "object", properties: { rollingUpdate: { $ref: "#/definitions/RollingUpdateDeployment" }, type: { type: "string" } }, additionalProperties: false }, StatefulSetOrdinals: { type: "object", properties: { start: { type: "number" } }, additionalProperties: false }, StatefulSetPersistentVolumeClaimRetentionPolicy: { type: "object", properties: { whenDeleted: { type: "string" }, whenScaled: { type: "string" } }, additionalProperties: false }, StatefulSetUpdateStrategy: { type: "object", properties: { rollingUpdate: { $ref: "#/definitions/RollingUpdateStatefulSetStrategy" }, type: { type: "string" } }, additionalProperties: false }, BoundObjectReference: { type: "object", properties: { apiVersion: { type: "string" }, kind: { type: "string" }, name: { type: "string" }, uid: { type: "string" } }, additionalProperties: false }, NonResourceAttributes: { type: "object", properties: { path: { type: "string" }, verb: { type: "string" } }, additionalProperties: false }, ResourceAttributes: { type: "object", properties: { fieldSelector: { $ref: "#/definitions/FieldSelectorAttributes" }, group: { type: "string" }, labelSelector: { $ref: "#/definitions/LabelSelectorAttributes" }, name: { type: "string" }, namespace: { type: "string" }, resource: { type: "string" }, subresource: { type: "string" }, verb: { type: "string" }, version: { type: "string" } }, additionalProperties: false }, CrossVersionObjectReference: { type: "object", properties: { apiVersion: { type: "string" }, kind: { type: "string" }, name: { type: "string" } }, additionalProperties: false, required: ["kind", "name"] }, HorizontalPodAutoscalerBehaviorV2: { type: "object", properties: { scaleDown: { $ref: "#/definitions/HpaScalingRulesV2" }, scaleUp: { $ref: "#/definitions/HpaScalingRulesV2" } }, additionalProperties: false }, MetricSpecV2: { type: "object", properties: { containerResource: { $ref: "#/definitions/ContainerResourceMetricSourceV2" }, external: { $ref: "#/definitions/ExternalMetricSourceV2" }, object: { $ref: "#/definitions/ObjectMetricSourceV2" }, pods: { $ref: "#/definitions/PodsMetricSourceV2" }, resource: { $ref: "#/definitions/ResourceMetricSourceV2" }, type: { type: "string" } }, additionalProperties: false, required: ["type"] }, CrossVersionObjectReferenceV2: { type: "object", properties: { apiVersion: { type: "string" }, kind: { type: "string" }, name: { type: "string" } }, additionalProperties: false, required: ["kind", "name"] }, JobTemplateSpec: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/JobSpec" } }, additionalProperties: false }, PodFailurePolicy: { type: "object", properties: { rules: { type: "array", items: { $ref: "#/definitions/PodFailurePolicyRule" } } }, additionalProperties: false, required: ["rules"] }, SuccessPolicy: { type: "object", properties: { rules: { type: "array", items: { $ref: "#/definitions/SuccessPolicyRule" } } }, additionalProperties: false, required: ["rules"] }, EndpointAddress: { type: "object", properties: { hostname: { type: "string" }, ip: { type: "string" }, nodeName: { type: "string" }, targetRef: { $ref: "#/definitions/ObjectReference" } }, additionalProperties: false, required: ["ip"] }, LimitRangeItem: { type: "object", properties: { default: { type: "object", additionalProperties: { type: ["string", "number"] } }, defaultRequest: { type: "object", additionalProperties: { type: ["string", "number"] } }, max: { type: "object", additionalProperties: { type: ["string", "number"] } }, maxLimitRequestRatio: { type: "object", additionalProperties: { type: ["string", "number"] } }, min: { type: "object", additionalProperties: { type: ["string", "number"] } }, type: { type: "string" } }, additionalProperties: false, required: ["type"] }, NodeConfigSource: { type: "object", properties: { configMap: { $ref: "#/definitions/ConfigMapNodeConfigSource" } }, additionalProperties: false }, Taint: { type: "object", properties: { effect: { type: "string" }, key: { type: "string" }, timeAdded: { type: "string" }, value: { type: "string" } }, additionalProperties: false, required: ["effect", "key"] }, AwsElasticBlockStoreVolumeSource: { type: "object", properties: { fsType: { type: "string" }, partition: { type: "number" }, readOnly: { type: "boolean" }, volumeID: { type: "string" } }, additionalProperties: false, required: ["volumeID"] }, AzureDiskVolumeSource: { type: "object", properties: { cachingMode: { type: "string" }, diskName: { type: "string" }, diskURI: { type: "string" }, fsType: { type: "string" }, kind: { type: "string" }, readOnly: { type: "boolean" } }, additionalProperties: false, required: ["diskName", "diskURI"] }, AzureFilePersistentVolumeSource: { type: "object", properties: { readOnly: { type: "boolean" }, secretName: { type: "string" }, secretNamespace: { type: "string" }, shareName: { type: "string" } }, additionalProperties: false, required: ["secretName", "shareName"] }, CephFsPersistentVolumeSource: { type: "object", properties: { monitors: { type: "array", items: { type: "string" } }, path: { type: "string" }, readOnly: { type: "boolean" }, secretFile: { type: "string" }, secretRef: { $ref: "#/definitions/SecretReference" }, user: { type: "string" } }, additionalProperties: false, required: ["monitors"] }, CinderPersistentVolumeSource: { type: "object", properties: { fsType: { type: "string" }, readOnly: { type: "boolean" }, secretRef: { $ref: "#/definitions/SecretReference" }, volumeID: { type: "string" } }, additionalProperties: false, required: ["volumeID"] }, CsiPersistentVolumeSource: { type: "object", properties: { controllerExpandSecretRef: { $ref: "#/definitions/SecretReference" }, controllerPublishSecretRef: { $ref: "#/definitions/SecretReference" }, driver: { type: "string" }, fsType: { type: "string" }, nodeExpandSecretRef: { $ref: "#/definitions/SecretReference" }, nodePublishSecretRef: { $ref: "#/definitions/SecretReference" }, nodeStageSecretRef: { $ref: "#/definitions/SecretReference" }, readOnly: { type: "boolean" }, volumeAttributes: { type: "object", additionalProperties: { type: "string" } }, volumeHandle: { type: "string" } }, additionalProperties: false, required: ["driver", "volumeHandle"] }, FcVolumeSource: { type: "object", properties: { fsType: { type: "string" }, lun: { type: "number" }, readOnly: { type: "boolean" }, targetWWNs: { type: "array", items: { type: "string" } }, wwids: { type: "array", items: { type: "string" } } }, additionalProperties: false }, FlexPersistentVolumeSource: { type: "object", properties: { driver: { type: "string" }, fsType: { type: "string" }, options: { type: "object", additionalProperties: { type: "string" } }, readOnly: { type: "boolean" }, secretRef: { $ref: "#/definitions/SecretReference" } }, additionalProperties: false, required: ["driver"] }, FlockerVolumeSource: { type: "object", properties: { datasetName: { type: "string" }, datasetUUID: { type: "string" } }, additionalProperties: false }, GcePersistentDiskVolumeSource: { type: "object", properties: { fsType: { type: "string" }, partition: { type: "number" }, pdName: { type: "string" }, readOnly: { type: "boolean" } }, additionalProperties: false, required: ["pdName"] }, GlusterfsPersistentVolumeSource: { type: "object", properties: { endpoints: { type: "string" }, endpointsNamespace: { type: "string" }, path: { type: "string" }, readOnly: { type: "boolean" } }, additionalProperties: false, required: ["endpoints", "path"] }, HostPathVolumeSource: { type: "object", properties: { path: { type: "string" }, type: { type: "string" } }, additionalProperties: false, required: ["path"] }, IscsiPersistentVolumeSource: { type: "object", properties: { chapAuthDiscovery: { type: "boolean" }, chapAuthSession: { type: "boolean" }, fsType: { type: "string" }, initiatorName: { type: "string" }, iqn: { type: "string" }, iscsiInterface: { type: "string" }, lun: { type: "number" }, portals: { type: "array", items: { type: "string" } }, readOnly: { type: "boolean" }, secretRef: { $ref: "#/definitions/SecretReference" }, targetPortal: { type: "string" } }, additionalProperties: false, required: ["iqn", "lun", "targetPortal"] }, LocalVolumeSource: { type: "object", properties: { fsType: { type: "string" }, path: { type: "string" } }, additionalProperties: false, required: ["path"] }, NfsVolumeSource: { type: "object", properties: { path: { type: "string" }, readOnly: { type: "boolean" }, server: { type: "string" } }, additionalProperties: false, required: ["path", "server"] }, VolumeNodeAffinity: { type: "object", properties: { required: { $ref: "#/definitions/NodeSelector" } }, additionalProperties: false }, PhotonPersistentDiskVolumeSource: { type: "object", properties: { fsType: { type: "string" }, pdID: { type: "string" } }, additionalProperties: false, required: ["pdID"] }, PortworxVolumeSource: { type: "object", properties: { fsType: { type: "string" }, readOnly: { type: "boolean" }, volumeID: { type: "string" } }, additionalProperties: false, required: ["volumeID"] }, QuobyteVolumeSource: { type: "object", properties: { group: { type: "string" }, readOnly: { type: "boolean" }, registry: { type: "string" }, tenant: { type: "string" }, user: { type: "string" }, volume: { type: "string" } }, additionalProperties: false, required: ["registry", "volume"] }, RbdPersistentVolumeSource: { type: "object", properties: { fsType: { type: "string" }, image: { type: "string" }, keyring: { type: "string" }, monitors: { type: "array", items: { type: "string" } }, pool: { type: "string" }, readOnly: { type: "boolean" }, secretRef: { $ref: "#/definitions/SecretReference" }, user: { type: "string" } }, additionalProperties: false, required: ["image", "monitors"] }, ScaleIoPersistentVolumeSource: { type: "object", properties: { fsType: { type: "string" }, gateway: { type: "string" }, protectionDomain: { type: "string" }, readOnly: { type: "boolean" }, secretRef: { $ref: "#/definitions/SecretReference" }, sslEnabled: { type: "boolean" }, storageMode: { type: "string" }, storagePool: { type: "string" }, system: { type: "string" }, volumeName: { type: "string" } }, additionalProperties: false, required: ["gateway", "secretRef", "system"] }, StorageOsPersistentVolumeSource: { type: "object", properties: { fsType: { type: "string" }, readOnly: { type: "boolean" }, secretRef: { $ref: "#/definitions/ObjectReference" }, volumeName: { type: "string" }, volumeNamespace: { type: "string" } }, additionalProperties: false }, VsphereVirtualDiskVolumeSource: { type: "object", properties: { fsType: { type: "string" }, storagePolicyID: { type: "string" }, storagePolicyName: { type: "string" }, volumePath: { type: "string" } }, additionalProperties: false, required: ["volumePath"] }, TypedLocalObjectReference: { type: "object", properties: { apiGroup: { type: "string" }, kind: { type: "string" }, name: { type: "string" } }, additionalProperties: false, required: ["kind", "name"] }, TypedObjectReference: { type: "object", properties: { apiGroup: { type: "string" }, kind: { type: "string" }, name: { type: "string" }, namespace: { type: "string" } }, additionalProperties: false, required: ["kind", "name"] }, VolumeResourceRequirements: { type: "object", properties: { limits: { type: "object", additionalProperties: { type: ["string", "number"] } }, requests: { type: "object", additionalProperties: { type: ["string", "number"] } } }, additionalProperties: false }, Affinity: { type: "object", properties: { nodeAffinity: { $ref: "#/definitions/NodeAffinity" }, podAffinity: { $ref: "#/definitions/PodAffinity" }, podAntiAffinity: { $ref: "#/definitions/PodAntiAffinity" } }, additionalProperties: false }, Container: { type: "object", properties: { args: { type: "array", items: { type: "string" } }, command: { type: "array", items: { type: "string" } }, env: { type: "array", items: { $ref: "#/definitions/EnvVar" } }, envFrom: { type: "array", items: { $ref: "#/definitions/EnvFromSource" } }, image: { type: "string" }, imagePullPolicy: { type: "string" }, lifecycle: { $ref: "#/definitions/Lifecycle" }, livenessProbe: { $ref: "#/definitions/Probe" }, name: { type: "string" }, ports: { type: "array", items: { $ref: "#/definitions/ContainerPort" } }, readinessProbe: { $ref: "#/definitions/Probe" }, resizePolicy: { type: "array", items: { $ref: "#/definitions/ContainerResizePolicy" } }, resources: { $ref: "#/definitions/ResourceRequirements" }, restartPolicy: { type: "string" }, restartPolicyRules: { type: "array", items: { $ref: "#/definitions/ContainerRestartRule" } }, securityContext: { $ref: "#/definitions/SecurityContext" }, startupProbe: { $ref: "#/definitions/Probe" }, stdin: { type: "boolean" }, stdinOnce: { type: "boolean" }, terminationMessagePath: { type: "string" }, terminationMessagePolicy: { type: "string" }, tty: { type: "boolean" }, volumeDevices: { type: "array", items: { $ref: "#/definitions/VolumeDevice" } }, volumeMounts: { type: "array", items: { $ref: "#/definitions/VolumeMount" } }, workingDir: { type: "string" } }, additionalProperties: false, required: ["name"] }, PodDnsConfig: { type: "object", properties: { nameservers: { type: "array", items: { type: "string" } }, options: { type: "array", items: { $ref: "#/definitions/PodDnsConfigOption" } }, searches: { type: "array", items: { type: "string" } } }, additionalProperties: false }, EphemeralContainer: { type: "object", properties: { args: { type: "array", items: { type: "string" } }, command: { type: "array", items: { type: "string" } }, env: { type: "array", items: { $ref: "#/definitions/EnvVar" } }, envFrom: { type: "array", items: { $ref: "#/definitions/EnvFromSource" } }, image: { type: "string" }, imagePullPolicy: { type: "string" }, lifecycle: { $ref: "#/definitions/Lifecycle" }, livenessProbe: { $ref: "#/definitions/Probe" }, name: { type: "string" }, ports: { type: "array", items: { $ref: "#/definitions/ContainerPort" } }, readinessProbe: { $ref: "#/definitions/Probe" }, resizePolicy: { type: "array", items: { $ref: "#/definitions/ContainerResizePolicy" } }, resources: { $ref: "#/definitions/ResourceRequirements" }, restartPolicy: { type: "string" }, restartPolicyRules: { type: "array", items: { $ref: "#/definitions/ContainerRestartRule" } }, securityContext: { $ref: "#/definitions/SecurityContext" }, startupProbe: { $ref: "#/definitions/Probe" }, stdin: { type: "boolean" }, stdinOnce: { type: "boolean" }, targetContainerName: { type: "string" }, terminationMessagePath: { type: "string" }, terminationMessagePolicy: { type: "string" }, tty: { type: "boolean" }, volumeDevices: { type: "array", items: { $ref: "#/definitions/VolumeDevice" } }, volumeMounts: { type: "array", items: { $ref: "#/definitions/VolumeMount" } }, workingDir: { type: "string" } }, additionalProperties: false, required: ["name"] }, HostAlias: { type: "object", properties: { hostnames: { type: "array", items: { type: "string" } }, ip: { type: "string" } }, additionalProperties: false, required: ["ip"] }, PodOs: { type: "object", properties: { name: { type: "string" } }, additionalProperties: false, required: ["name"] }, PodReadinessGate: { type: "object", properties: { conditionType: { type: "string" } }, additionalProperties: false, required: ["conditionType"] }, PodResourceClaim: { type: "object", properties: { name: { type: "string" }, resourceClaimName: { type: "string" }, resourceClaimTemplateName: { type: "string" } }, additionalProperties: false, required: ["name"] }, ResourceRequirements: { type: "object", properties: { claims: { type: "array", items: { $ref: "#/definitions/ResourceClaim" } }, limits: { type: "object", additionalProperties: { type: ["string", "number"] } }, requests: { type: "object", additionalProperties: { type: ["string", "number"] } } }, additionalProperties: false }, PodSchedulingGate: { type: "object", properties: { name: { type: "string" } }, additionalProperties: false, required: ["name"] }, PodSecurityContext: { type: "object", properties: { appArmorProfile: { $ref: "#/definitions/AppArmorProfile" }, fsGroup: { type: "number" }, fsGroupChangePolicy: { type: "string" }, runAsGroup: { type: "number" }, runAsNonRoot: { type: "boolean" }, runAsUser: { type: "number" }, seLinuxChangePolicy: { type: "string" }, seLinuxOptions: { $ref: "#/definitions/SeLinuxOptions" }, seccompProfile: { $ref: "#/definitions/SeccompProfile" }, supplementalGroups: { type: "array", items: { type: "number" } }, supplementalGroupsPolicy: { type: "string" }, sysctls: { type: "array", items: { $ref: "#/definitions/Sysctl" } }, windowsOptions: { $ref: "#/definitions/WindowsSecurityContextOptions" } }, additionalProperties: false }, Toleration: { type: "object", properties: { effect: { type: "string" }, key: { type: "string" }, operator: { type: "string" }, tolerationSeconds: { type: "number" }, value: { type: "string" } }, additionalProperties: false }, TopologySpreadConstraint: { type: "object", properties: { labelSelector: { $ref: "#/definitions/LabelSelector" }, matchLabelKeys: { type: "array", items: { type: "string" } }, maxSkew: { type: "number" }, minDomains: { type: "number" }, nodeAffinityPolicy: { type: "string" }, nodeTaintsPolicy: { type: "string" }, topologyKey: { type: "string" }, whenUnsatisfiable: { type: "string" } }, additionalProperties: false, required: ["maxSkew", "topologyKey", "whenUnsatisfiable"] }, Volume: { type: "object", properties: { awsElasticBlockStore: { $ref: "#/definitions/AwsElasticBlockStoreVolumeSource" }, azureDisk: { $ref: "#/definitions/AzureDiskVolumeSource" }, azureFile: { $ref: "#/definitions/AzureFileVolumeSource" }, cephfs: { $ref: "#/definitions/CephFsVolumeSource" }, cinder: { $ref: "#/definitions/CinderVolumeSource" }, configMap: { $ref: "#/definitions/ConfigMapVolumeSource" }, csi: { $ref: "#/definitions/CsiVolumeSource" }, downwardAPI: { $ref: "#/definitions/DownwardApiVolumeSource" }, emptyDir: { $ref: "#/definitions/EmptyDirVolumeSource" }, ephemeral: { $ref: "#/definitions/EphemeralVolumeSource" }, fc: { $ref: "#/definitions/FcVolumeSource" }, flexVolume: { $ref: "#/definitions/FlexVolumeSource" }, flocker: { $ref: "#/definitions/FlockerVolumeSource" }, gcePersistentDisk: { $ref: "#/definitions/GcePersistentDiskVolumeSource" }, gitRepo: { $ref: "#/definitions/GitRepoVolumeSource" }, glusterfs: { $ref: "#/definitions/GlusterfsVolumeSource" }, hostPath: { $ref: "#/definitions/HostPathVolumeSource" }, image: { $ref: "#/definitions/ImageVolumeSource" }, iscsi: { $ref: "#/definitions/IscsiVolumeSource" }, name: { type: "string" }, nfs: { $ref: "#/definitions/NfsVolumeSource" }, persistentVolumeClaim: { $ref: "#/definitions/PersistentVolumeClaimVolumeSource" }, photonPersistentDisk: { $ref: "#/definitions/PhotonPersistentDiskVolumeSource" }, portworxVolume: { $ref: "#/definitions/PortworxVolumeSource" }, projected: { $ref: "#/definitions/ProjectedVolumeSource" }, quobyte: { $ref: "#/definitions/QuobyteVolumeSource" }, rbd: { $ref: "#/definitions/RbdVolumeSource" }, scaleIO: { $ref: "#/definitions/ScaleIoVolumeSource" }, secret: { $ref: "#/definitions/SecretVolumeSource" }, storageos: { $ref: "#/definitions/StorageOsVolumeSource" }, vsphereVolume: { $ref: "#/definitions/VsphereVirtualDiskVolumeSource" } }, additionalProperties: false, required: ["name"] }, ScopeSelector: { type: "object", properties: { matchExpressions: { type: "array", items: { $ref: "#/definitions/ScopedResourceSelectorRequirement" } } }, additionalProperties: false }, ServicePort: { type: "object", properties: { appProtocol: { type: "string" }, name: { type: "string" }, nodePort: { type: "number" }, port: { type: "number" }, protocol: { type: "string" }, targetPort: { type: ["string", "integer"] } }, additionalProperties: false, required: ["port"] }, SessionAffinityConfig: { type: "object", properties: { clientIP: { $ref: "#/definitions/ClientIpConfig" } }, additionalProperties: false }, EndpointConditions: { type: "object", properties: { ready: { type: "boolean" }, serving: { type: "boolean" }, terminating: { type: "boolean" } }, additionalProperties: false }, EndpointHints: { type: "object", properties: { forNodes: { type: "array", items: { $ref: "#/definitions/ForNode" } }, forZones: { type: "array", items: { $ref: "#/definitions/ForZone" } } }, additionalProperties: false }, FlowDistinguisherMethod: { type: "object", properties: { type: { type: "string" } }, additionalProperties: false, required: ["type"] }, PriorityLevelConfigurationReference: { type: "object", properties: { name: { type: "string" } }, additionalProperties: false, required: ["name"] }, PolicyRulesWithSubjects: { type: "object", properties: { nonResourceRules: { type: "array", items: { $ref: "#/definitions/NonResourcePolicyRule" } }, resourceRules: { type: "array", items: { $ref: "#/definitions/ResourcePolicyRule" } }, subjects: { type: "array", items: { $ref: "#/definitions/Subject" } } }, additionalProperties: false, required: ["subjects"] }, ExemptPriorityLevelConfiguration: { type: "object", properties: { lendablePercent: { type: "number" }, nominalConcurrencyShares: { type: "number" } }, additionalProperties: false }, LimitedPriorityLevelConfiguration: { type: "object", properties: { borrowingLimitPercent: { type: "number" }, lendablePercent: { type: "number" }, limitResponse: { $ref: "#/definitions/LimitResponse" }, nominalConcurrencyShares: { type: "number" } }, additionalProperties: false }, ParentReference: { type: "object", properties: { group: { type: "string" }, name: { type: "string" }, namespace: { type: "string" }, resource: { type: "string" } }, additionalProperties: false, required: ["name", "resource"] }, IngressBackend: { type: "object", properties: { resource: { $ref: "#/definitions/TypedLocalObjectReference" }, service: { $ref: "#/definitions/IngressServiceBackend" } }, additionalProperties: false }, IngressRule: { type: "object", properties: { host: { type: "string" }, http: { $ref: "#/definitions/HttpIngressRuleValue" } }, additionalProperties: false }, IngressTls: { type: "object", properties: { hosts: { type: "array", items: { type: "string" } }, secretName: { type: "string" } }, additionalProperties: false }, IngressClassParametersReference: { type: "object", properties: { apiGroup: { type: "string" }, kind: { type: "string" }, name: { type: "string" }, namespace: { type: "string" }, scope: { type: "string" } }, additionalProperties: false, required: ["kind", "name"] }, NetworkPolicyEgressRule: { type: "object", properties: { ports: { type: "array", items: { $ref: "#/definitions/NetworkPolicyPort" } }, to: { type: "array", items: { $ref: "#/definitions/NetworkPolicyPeer" } } }, additionalProperties: false }, NetworkPolicyIngressRule: { type: "object", properties: { from: { type: "array", items: { $ref: "#/definitions/NetworkPolicyPeer" } }, ports: { type: "array", items: { $ref: "#/definitions/NetworkPolicyPort" } } }, additionalProperties: false }, ParentReferenceV1Beta1: { type: "object", properties: { group: { type: "string" }, name: { type: "string" }, namespace: { type: "string" }, resource: { type: "string" } }, additionalProperties: false, required: ["name", "resource"] }, Preconditions: { type: "object", properties: { resourceVersion: { type: "string" }, uid: { type: "string" } }, additionalProperties: false }, DeviceClassConfiguration: { type: "object", properties: { opaque: { $ref: "#/definitions/OpaqueDeviceConfiguration" } }, additionalProperties: false }, DeviceSelector: { type: "object", properties: { cel: { $ref: "#/definitions/CelDeviceSelector" } }, additionalProperties: false }, DeviceClaim: { type: "object", properties: { config: { type: "array", items: { $ref: "#/definitions/DeviceClaimConfiguration" } }, constraints: { type: "array", items: { $ref: "#/definitions/DeviceConstraint" } }, requests: { type: "array", items: { $ref: "#/definitions/DeviceRequest" } } }, additionalProperties: false }, Device: { type: "object", properties: { allNodes: { type: "boolean" }, allowMultipleAllocations: { type: "boolean" }, attributes: { type: "object", additionalProperties: { $ref: "#/definitions/DeviceAttribute" } }, bindingConditions: { type: "array", items: { type: "string" } }, bindingFailureConditions: { type: "array", items: { type: "string" } }, bindsToNode: { type: "boolean" }, capacity: { type: "object", additionalProperties: { $ref: "#/definitions/DeviceCapacity" } }, consumesCounters: { type: "array", items: { $ref: "#/definitions/DeviceCounterConsumption" } }, name: { type: "string" }, nodeName: { type: "string" }, nodeSelector: { $ref: "#/definitions/NodeSelector" }, taints: { type: "array", items: { $ref: "#/definitions/DeviceTaint" } } }, additionalProperties: false, required: ["name"] }, NodeSelector: { type: "object", properties: { nodeSelectorTerms: { type: "array", items: { $ref: "#/definitions/NodeSelectorTerm" } } }, additionalProperties: false, required: ["nodeSelectorTerms"] }, ResourcePool: { type: "object", properties: { generation: { type: "number" }, name: { type: "string" }, resourceSliceCount: { type: "number" } }, additionalProperties: false, required: ["generation", "name", "resourceSliceCount"] }, CounterSet: { type: "object", properties: { counters: { type: "object", additionalProperties: { $ref: "#/definitions/Counter" } }, name: { type: "string" } }, additionalProperties: false, required: ["counters", "name"] }, DeviceTaintSelectorV1Alpha3: { type: "object", properties: { device: { type: "string" }, deviceClassName: { type: "string" }, driver: { type: "string" }, pool: { type: "string" }, selectors: { type: "array", items: { $ref: "#/definitions/DeviceSelectorV1Alpha3" } } }, additionalProperties: false }, DeviceTaintV1Alpha3: { type: "object", properties: { effect: { type: "string" }, key: { type: "string" }, timeAdded: { type: "string" }, value: { type: "string" } }, additionalProperties: false, required: ["effect", "key"] }, DeviceClassConfigurationV1Beta1: { type: "object", properties: { opaque: { $ref: "#/definitions/OpaqueDeviceConfigurationV1Beta1" } }, additionalProperties: false }, DeviceSelectorV1Beta1: { type: "object", properties: { cel: { $ref: "#/definitions/CelDeviceSelectorV1Beta1" } }, additionalProperties: false }, DeviceClaimV1Beta1: { type: "object", properties: { config: { type: "array", items: { $ref: "#/definitions/DeviceClaimConfigurationV1Beta1" } }, constraints: { type: "array", items: { $ref: "#/definitions/DeviceConstraintV1Beta1" } }, requests: { type: "array", items: { $ref: "#/definitions/DeviceRequestV1Beta1" } } }, additionalProperties: false }, DeviceV1Beta1: { type: "object", properties: { basic: { $ref: "#/definitions/BasicDeviceV1Beta1" }, name: { type: "string" } }, additionalProperties: false, required: ["name"] }, ResourcePoolV1Beta1: { type: "object", properties: { generation: { type: "number" }, name: { type: "string" }, resourceSliceCount: { type: "number" } }, additionalProperties: false, required: ["generation", "name", "resourceSliceCount"] }, CounterSetV1Beta1: { type: "object", properties: { counters: { type: "object", additionalProperties: { $ref: "#/definitions/CounterV1Beta1" } }, name: { type: "string" } }, additionalProperties: false, required: ["counters", "name"] }, DeviceClassConfigurationV1Beta2: { type: "object", properties: { opaque: { $ref: "#/definitions/OpaqueDeviceConfigurationV1Beta2" } }, additionalProperties: false }, DeviceSelectorV1Beta2: { type: "object", properties: { cel: { $ref: "#/definitions/CelDeviceSelectorV1Beta2" } }, additionalProperties: false }, DeviceClaimV1Beta2: { type: "object", properties: { config: { type: "array", items: { $ref: "#/definitions/DeviceClaimConfigurationV1Beta2" } }, constraints: { type: "array", items: { $ref: "#/definitions/DeviceConstraintV1Beta2" } }, requests: { type: "array", items: { $ref: "#/definitions/DeviceRequestV1Beta2" } } }, additionalProperties: false }, DeviceV1Beta2: { type: "object", properties: { allNodes: { type: "boolean" }, allowMultipleAllocations: { type: "boolean" }, attributes: { type: "object", additionalProperties: { $ref: "#/definitions/DeviceAttributeV1Beta2" } }, bindingConditions: { type: "array", items: { type: "string" } }, bindingFailureConditions: { type: "array", items: { type: "string" } }, bindsToNode: { type: "boolean" }, capacity: { type: "object", additionalProperties: { $ref: "#/definitions/DeviceCapacityV1Beta2" } }, consumesCounters: { type: "array", items: { $ref: "#/definitions/DeviceCounterConsumptionV1Beta2" } }, name: { type: "string" }, nodeName: { type: "string" }, nodeSelector: { $ref: "#/definitions/NodeSelector" }, taints: { type: "array", items: { $ref: "#/definitions/DeviceTaintV1Beta2" } } }, additionalProperties: false, required: ["name"] }, ResourcePoolV1Beta2: { type: "object", properties: { generation: { type: "number" }, name: { type: "string" }, resourceSliceCount: { type: "number" } }, additionalProperties: false, required: ["generation", "name", "resourceSliceCount"] }, CounterSetV1Beta2: { type: "object", properties: { counters: { type: "object", additionalProperties: { $ref: "#/definitions/CounterV1Beta2" } }, name: { type: "string" } }, additionalProperties: false, required: ["counters", "name"] }, TokenRequest: { type: "object", properties: { audience: { type: "string" }, expirationSeconds: { type: "number" } }, additionalProperties: false, required: ["audience"] }, CsiNodeDriver: { type: "object", properties: { allocatable: { $ref: "#/definitions/VolumeNodeResources" }, name: { type: "string" }, nodeID: { type: "string" }, topologyKeys: { type: "array", items: { type: "string" } } }, additionalProperties: false, required: ["name", "nodeID"] }, LabelSelectorRequirement: { type: "object", properties: { key: { type: "string" }, operator: { type: "string" }, values: { type: "array", items: { type: "string" } } }, additionalProperties: false, required: ["key", "operator"] }, TopologySelectorLabelRequirement: { type: "object", properties: { key: { type: "string" }, values: { type: "array", items: { type: "string" } } }, additionalProperties: false, required: ["key", "values"] }, VolumeAttachmentSource: { type: "object", properties: { inlineVolumeSpec: { $ref: "#/definitions/PersistentVolumeSpec" }, persistentVolumeName: { type: "string" } }, additionalProperties: false }, GroupVersionResourceV1Alpha1: { type: "object", properties: { group: { type: "string" }, resource: { type: "string" }, version: { type: "string" } }, additionalProperties: false }, CustomResourceConversion: { type: "object", properties: { strategy: { type: "string" }, webhook: { $ref: "#/definitions/WebhookConversion" } }, additionalProperties: false, required: ["strategy"] }, CustomResourceDefinitionNames: { type: "object", properties: { categories: { type: "array", items: { type: "string" } }, kind: { type: "string" }, listKind: { type: "string" }, plural: { type: "string" }, shortNames: { type: "array", items: { type: "string" } }, singular: { type: "string" } }, additionalProperties: false, required: ["kind", "plural"] }, CustomResourceDefinitionVersion: { type: "object", properties: { additionalPrinterColumns: { type: "array", items: { $ref: "#/definitions/CustomResourceColumnDefinition" } }, deprecated: { type: "boolean" }, deprecationWarning: { type: "string" }, name: { type: "string" }, schema: { $ref: "#/definitions/CustomResourceValidation" }, selectableFields: { type: "array", items: { $ref: "#/definitions/SelectableField" } }, served: { type: "boolean" }, storage: { type: "boolean" }, subresources: { $ref: "#/definitions/CustomResourceSubresources" } }, additionalProperties: false, required: ["name", "served", "storage"] }, StatusCause: { type: "object", properties: { field: { type: "string" }, message: { type: "string" }, reason: { type: "string" } }, additionalProperties: false }, ServiceReference: { type: "object", properties: { name: { type: "string" }, namespace: { type: "string" }, path: { type: "string" }, port: { type: "number" } }, additionalProperties: false, required: ["name", "namespace"] }, NamedRuleWithOperations: { type: "object", properties: { apiGroups: { type: "array", items: { type: "string" } }, apiVersions: { type: "array", items: { type: "string" } }, operations: { type: "array", items: { type: "string" } }, resourceNames: { type: "array", items: { type: "string" } }, resources: { type: "array", items: { type: "string" } }, scope: { type: "string" } }, additionalProperties: false }, NamedRuleWithOperationsV1Alpha1: { type: "object", properties: { apiGroups: { type: "array", items: { type: "string" } }, apiVersions: { type: "array", items: { type: "string" } }, operations: { type: "array", items: { type: "string" } }, resourceNames: { type: "array", items: { type: "string" } }, resources: { type: "array", items: { type: "string" } }, scope: { type: "string" } }, additionalProperties: false }, ApplyConfigurationV1Alpha1: { type: "object", properties: { expression: { type: "string" } }, additionalProperties: false }, JsonPatchV1Alpha1: { type: "object", properties: { expression: { type: "string" } }, additionalProperties: false }, NamedRuleWithOperationsV1Beta1: { type: "object", properties: { apiGroups: { type: "array", items: { type: "string" } }, apiVersions: { type: "array", items: { type: "string" } }, operations: { type: "array", items: { type: "string" } }, resourceNames: { type: "array", items: { type: "string" } }, resources: { type: "array", items: { type: "string" } }, scope: { type: "string" } }, additionalProperties: false }, ApplyConfigurationV1Beta1: { type: "object", properties: { expression: { type: "string" } }, additionalProperties: false }, JsonPatchV1Beta1: { type: "object", properties: { expression: { type: "string" } }, additionalProperties: false }, RollingUpdateDaemonSet: { type: "object", properties: { maxSurge: { type: ["string", "integer"] }, maxUnavailable: { type: ["string", "integer"] } }, additionalProperties: false }, RollingUpdateDeployment: { type: "object", properties: { maxSurge: { type: ["string", "integer"] }, maxUnavailable: { type: ["string", "integer"] } }, additionalProperties: false }, RollingUpdateStatefulSetStrategy: { type: "object", properties: { maxUnavailable: { type: ["string", "integer"] }, partition: { type: "number" } }, additionalProperties: false }, FieldSelectorAttributes: { type: "object", properties: { rawSelector: { type: "string" }, requirements: { type: "array", items: { $ref: "#/definitions/FieldSelectorRequirement" } } }, additionalProperties: false }, LabelSelectorAttributes: { type: "object", properties: { rawSelector: { type: "string" }, requirements: { type: "array", items: { $ref: "#/definitions/LabelSelectorRequirement" } } }, additionalProperties: false }, HpaScalingRulesV2: { type: "object", properties: { policies: { type: "array", items: { $ref: "#/definitions/HpaScalingPolicyV2" } }, selectPolicy: { type: "string" }, stabilizationWindowSeconds: { type: "number" }, tolerance: { type: ["string", "number"] } }, additionalProperties: false }, ContainerResourceMetricSourceV2: { type: "object", properties: { container: { type: "string" }, name: { type: "string" }, target: { $ref: "#/definitions/MetricTargetV2" } }, additionalProperties: false, required: ["container", "name", "target"] }, ExternalMetricSourceV2: { type: "object", properties: { metric: { $ref: "#/definitions/MetricIdentifierV2" }, target: { $ref: "#/definitions/MetricTargetV2" } }, additionalProperties: false, required: ["metric", "target"] }, ObjectMetricSourceV2: { type: "object", properties: { describedObject: { $ref: "#/definitions/CrossVersionObjectReferenceV2" }, metric: { $ref: "#/definitions/MetricIdentifierV2" }, target: { $ref: "#/definitions/MetricTargetV2" } }, additionalProperties: false, required: ["describedObject", "metric", "target"] }, PodsMetricSourceV2: { type: "object", properties: { metric: { $ref: "#/definitions/MetricIdentifierV2" }, target: { $ref: "#/definitions/MetricTargetV2" } }, additionalProperties: false, required: ["metric", "target"] }, ResourceMetricSourceV2: { type: "object", properties: { name: { type: "string" }, target: { $ref: "#/definitions/MetricTargetV2" } }, additionalProperties: false, required: ["name", "target"] }, PodFailurePolicyRule: { type: "object", properties: { action: { type: "string" }, onExitCodes: { $ref: "#/definitions/PodFailurePolicyOnExitCodesRequirement" }, onPodConditions: { type: "array", items: { $ref: "#/definitions/PodFailurePolicyOnPodConditionsPattern" } } }, additionalProperties: false, required: ["action"] }, SuccessPolicyRule: { type: "object", properties: { succeededCount: { type: "number" }, succeededIndexes: { type: "string" } }, additionalProperties: false }, ConfigMapNodeConfigSource: { type: "object", properties: { kubeletConfigKey: { type: "string" }, name: { type: "string" }, namespace: { type: "string" }, resourceVersion: { type: "string" }, uid: { type: "string" } }, additionalProperties: false, required: ["kubeletConfigKey", "name", "namespace"] }, SecretReference: { type: "object", properties: { name: { type: "string" }, namespace: { type: "string" } }, additionalProperties: false }, NodeAffinity: { type: "object", properties: { preferredDuringSchedulingIgnoredDuringExecution: { type: "array", items: { $ref: "#/definitions/PreferredSchedulingTerm" } }, requiredDuringSchedulingIgnoredDuringExecution: { $ref: "#/definitions/NodeSelector" } }, additionalProperties: false }, PodAffinity: { type: "object", properties: { preferredDuringSchedulingIgnoredDuringExecution: { type: "array", items: { $ref: "#/definitions/WeightedPodAffinityTerm" } }, requiredDuringSchedulingIgnoredDuringExecution: { type: "array", items: { $ref: "#/definitions/PodAffinityTerm" } } }, additionalProperties: false }, PodAntiAffinity: { type: "object", properties: { preferredDuringSchedulingIgnoredDuringExecution: { type: "array", items: { $ref: "#/definitions/WeightedPodAffinityTerm" } }, requiredDuringSchedulingIgnoredDuringExecution: { type: "array", items: { $ref: "#/definitions/PodAffinityTerm" } } }, additionalProperties: false }, EnvVar: { type: "object", properties: { name: { type: "string" }, value: { type: "string" }, valueFrom: { $ref: "#/definitions/EnvVarSource" } }, additionalProperties: false, required: ["name"] }, EnvFromSource: { type: "object", properties: { configMapRef: { $ref: "#/definitions/ConfigMapEnvSource" }, prefix: { type: "string" }, secretRef: { $ref: "#/definitions/SecretEnvSource" } }, additionalProperties: false }, Lifecycle: { type: "object", properties: { postStart: { $ref: "#/definitions/LifecycleHandler" }, preStop: { $ref: "#/definitions/LifecycleHandler" }, stopSignal: { type: "string" } }, additionalProperties: false }, Probe: { type: "object", properties: { exec: { $ref: "#/definitions/ExecAction" }, failureThreshold: { type: "number" }, grpc: { $ref: "#/definitions/GrpcAction" }, httpGet: { $ref: "#/definitions/HttpGetAction" }, initialDelaySeconds: { type: "number" }, periodSeconds: { type: "number" }, successThreshold: { type: "number" }, tcpSocket: { $ref: "#/definitions/TcpSocketAction" }, terminationGracePeriodSeconds: { type: "number" }, timeoutSeconds: { type: "number" } }, additionalProperties: false }, ContainerPort: { type: "object", properties: { containerPort: { type: "number" }, hostIP: { type: "string" }, hostPort: { type: "number" }, name: { type: "string" }, protocol: { type: "string" } }, additionalProperties: false, required: ["containerPort"] }, ContainerResizePolicy: { type: "object", properties: { resourceName: { type: "string" }, restartPolicy: { type: "string" } }, additionalProperties: false, required: ["resourceName", "restartPolicy"] }, ContainerRestartRule: { type: "object", properties: { action: { type: "string" }, exitCodes: { $ref: "#/definitions/ContainerRestartRuleOnExitCodes" } }, additionalProperties: false, required: ["action"] }, SecurityContext: { type: "object", properties: { allowPrivilegeEscalation: { type: "boolean" }, appArmorProfile: { $ref: "#/definitions/AppArmorProfile" }, capabilities: { $ref: "#/definitions/Capabilities" }, privileged: { type: "boolean" }, procMount: { type: "string" }, readOnlyRootFilesystem: { type: "boolean" }, runAsGroup: { type: "number" }, runAsNonRoot: { type: "boolean" }, runAsUser: { type: "number" }, seLinuxOptions: { $ref: "#/definitions/SeLinuxOptions" }, seccompProfile: { $ref: "#/definitions/SeccompProfile" }, windowsOptions: { $ref: "#/definitions/WindowsSecurityContextOptions" } }, additionalProperties: false }, VolumeDevice: { type: "object", properties: { devicePath: { type: "string" }, name: { type: "string" } }, additionalProperties: false, required: ["devicePath", "name"] }, VolumeMount: { type: "object", properties: { mountPath: { type: "string" }, mountPropagation: { type: "string" }, name: { type: "string" }, readOnly: { type: "boolean" }, recursiveReadOnly: { type: "string" }, subPath: { type: "string" }, subPathExpr: { type: "string" } }, additionalProperties: false, required: ["mountPath", "name"] }, PodDnsConfigOption: { type: "object", properties: { name: { type: "string" }, value: { type: "string" } }, additionalProperties: false }, ResourceClaim: { type: "object", properties: { name: { type: "string" }, request: { type: "string" } }, additionalProperties: false, required: ["name"] }, AppArmorProfile: { type: "object", properties: { localhostProfile: { type: "string" }, type: { type: "string" } }, additionalProperties: false, required: ["type"] }, SeLinuxOptions: { type: "object", properties: { level: { type: "string" }, role: { type: "string" }, type: { type: "string" }, user: { type: "string" } }, additionalProperties: false }, SeccompProfile: { type: "object", properties: { localhostProfile: { type: "string" }, type: { type: "string" } }, additionalProperties: false, required: ["type"] }, Sysctl: { type: "object", properties: { name: { type: "string" }, value: { type: "string" } }, additionalProperties: false, required: ["name", "value"] }, WindowsSecurityContextOptions: { type: "object", properties: { gmsaCredentialSpec: { type: "string" }, gmsaCredentialSpecName: { type: "string" }, hostProcess: { type: "boolean" }, runAsUserName: { type: "string" } }, additionalProperties: false }, AzureFileVolumeSource: { type: "object", properties: { readOnly: { type: "boolean" }, secretName: { type: "string" }, shareName: { type: "string" } }, additionalProperties: false, required: ["secretName", "shareName"] }, CephFsVolumeSource: { type: "object", properties: { monitors: { type: "array", items: { type: "string" } }, path: { type: "string" }, readOnly: { type: "boolean" }, secretFile: { type: "string" }, secretRef: { $ref: "#/definitions/LocalObjectReference" }, user: { type: "string" } }, additionalProperties: false, required: ["monitors"] }, CinderVolumeSource: { type: "object", properties: { fsType: { type: "string" }, readOnly: { type: "boolean" }, secretRef: { $ref: "#/definitions/LocalObjectReference" }, volumeID: { type: "string" } }, additionalProperties: false, required: ["volumeID"] }, ConfigMapVolumeSource: { type: "object", properties: { defaultMode: { type: "number" }, items: { type: "array", items: { $ref: "#/definitions/KeyToPath" } }, name: { type: "string" }, optional: { type: "boolean" } }, additionalProperties: false }, CsiVolumeSource: { type: "object", properties: { driver: { type: "string" }, fsType: { type: "string" }, nodePublishSecretRef: { $ref: "#/definitions/LocalObjectReference" }, readOnly: { type: "boolean" }, volumeAttributes: { type: "object", additionalProperties: { type: "string" } } }, additionalProperties: false, required: ["driver"] }, DownwardApiVolumeSource: { type: "object", properties: { defaultMode: { type: "number" }, items: { type: "array", items: { $ref: "#/definitions/DownwardApiVolumeFile" } } }, additionalProperties: false }, EmptyDirVolumeSource: { type: "object", properties: { medium: { type: "string" }, sizeLimit: { type: ["string", "number"] } }, additionalProperties: false }, EphemeralVolumeSource: { type: "object", properties: { volumeClaimTemplate: { $ref: "#/definitions/PersistentVolumeClaimTemplate" } }, additionalProperties: false }, FlexVolumeSource: { type: "object", properties: { driver: { type: "string" }, fsType: { type: "string" }, options: { type: "object", additionalProperties: { type: "string" } }, readOnly: { type: "boolean" }, secretRef: { $ref: "#/definitions/LocalObjectReference" } }, additionalProperties: false, required: ["driver"] }, GitRepoVolumeSource: { type: "object", properties: { directory: { type: "string" }, repository: { type: "string" }, revision: { type: "string" } }, additionalProperties: false, required: ["repository"] }, GlusterfsVolumeSource: { type: "object", properties: { endpoints: { type: "string" }, path: { type: "string" }, readOnly: { type: "boolean" } }, additionalProperties: false, required: ["endpoints", "path"] }, ImageVolumeSource: { type: "object", properties: { pullPolicy: { type: "string" }, reference: { type: "string" } }, additionalProperties: false }, IscsiVolumeSource: { type: "object", properties: { chapAuthDiscovery: { type: "boolean" }, chapAuthSession: { type: "boolean" }, fsType: { type: "string" }, initiatorName: { type: "string" }, iqn: { type: "string" }, iscsiInterface: { type: "string" }, lun: { type: "number" }, portals: { type: "array", items: { type: "string" } }, readOnly: { type: "boolean" }, secretRef: { $ref: "#/definitions/LocalObjectReference" }, targetPortal: { type: "string" } }, additionalProperties: false, required: ["iqn", "lun", "targetPortal"] }, PersistentVolumeClaimVolumeSource: { type: "object", properties: { claimName: { type: "string" }, readOnly: { type: "boolean" } }, additionalProperties: false, required: ["claimName"] }, ProjectedVolumeSource: { type: "object", properties: { defaultMode: { type: "number" }, sources: { type: "array", items: { $ref: "#/definitions/VolumeProjection" } } }, additionalProperties: false }, RbdVolumeSource: { type: "object", properties: { fsType: { type: "string" }, image: { type: "string" }, keyring: { type: "string" }, monitors: { type: "array", items: { type: "string" } }, pool: { type: "string" }, readOnly: { type: "boolean" }, secretRef: { $ref: "#/definitions/LocalObjectReference" }, user: { type: "string" } }, additionalProperties: false, required: ["image", "monitors"] }, ScaleIoVolumeSource: { type: "object", properties: { fsType: { type: "string" }, gateway: { type: "string" }, protectionDomain: { type: "string" }, readOnly: { type: "boolean" }, secretRef: { $ref: "#/definitions/LocalObjectReference" }, sslEnabled: { type: "boolean" }, storageMode: { type: "string" }, storagePool: { type: "string" }, system: { type: "string" }, volumeName: { type: "string" } }, additionalProperties: false, required: ["gateway", "secretRef", "system"] }, SecretVolumeSource: { type: "object", properties: { defaultMode: { type: "number" }, items: { type: "array", items: { $ref: "#/definitions/KeyToPath" } }, optional: { type: "boolean" }, secretName: { type: "string" } }, additionalProperties: false }, StorageOsVolumeSource: { type: "object", properties: { fsType: { type: "string" }, readOnly: { type: "boolean" }, secretRef: { $ref: "#/definitions/LocalObjectReference" }, volumeName: { type: "string" }, volumeNamespace: { type: "string" } }, additionalProperties: false }, ScopedResourceSelectorRequirement: { type: "object", properties: { operator: { type: "string" }, scopeName: { type: "string" }, values: { type: "array", items: { type: "string" } } }, additionalProperties: false, required: ["operator", "scopeName"] }, ClientIpConfig: { type: "object", properties: { timeoutSeconds: { type: "number" } }, additionalProperties: false }, ForNode: { type: "object", properties: { name: { type: "string" } }, additionalProperties: false, required: ["name"] }, ForZone: { type: "object", properties: { name: { type: "string" } }, additionalProperties: false, required: ["name"] }, NonResourcePolicyRule: { type: "object", properties: { nonResourceURLs: { type: "array", items: { type: "string" } }, verbs: { type: "array", items: { type: "string" } } }, additionalProperties: false, required: ["nonResourceURLs", "verbs"] }, ResourcePolicyRule: { type: "object", properties: { apiGroups: { type: "array", items: { type: "string" } }, clusterScope: { type: "boolean" }, namespaces: { type: "array", items: { type: "string" } }, resources: { type: "array", items: { type: "string" } }, verbs: { type: "array", items: { type: "string" } } }, additionalProperties: false, required: ["apiGroups", "resources", "verbs"] }, LimitResponse: { type: "object", properties: { queuing: { $ref: "#/definitions/QueuingConfiguration" }, type: { type: "string" } }, additionalProperties: false, required: ["type"] }, IngressServiceBackend: { type: "object", properties: { name: { type: "string" }, port: { $ref: "#/definitions/ServiceBackendPort" } }, additionalProperties: false, required: ["name"] }, HttpIngressRuleValue: { type: "object", properties: { paths: { type: "array", items: { $ref: "#/definitions/HttpIngressPath" } } }, additionalProperties: false, required: ["paths"] }, NetworkPolicyPort: { type: "object", properties: { endPort: { type: "number" }, port: { type: ["string", "integer"] }, protocol: { type: "string" } }, additionalProperties: false }, NetworkPolicyPeer: { type: "object", properties: { ipBlock: { $ref: "#/definitions/IpBlock" }, namespaceSelector: { $ref: "#/definitions/LabelSelector" }, podSelector: { $ref: "#/definitions/LabelSelector" } }, additionalProperties: false }, OpaqueDeviceConfiguration: { type: "object", properties: { driver: { type: "string" }, parameters: {} }, additionalProperties: false, required: ["driver", "parameters"] }, CelDeviceSelector: { type: "object", properties: { expression: { type: "string" } }, additionalProperties: false, required: ["expression"] }, DeviceClaimConfiguration: { type: "object", properties: { opaque: { $ref: "#/definitions/OpaqueDeviceConfiguration" }, requests: { type: "array", items: { type: "string" } } }, additionalProperties: false }, DeviceConstraint: { type: "object", properties: { distinctAttribute: { type: "string" }, matchAttribute: { type: "string" }, requests: { type: "array", items: { type: "string" } } }, additionalProperties: false }, DeviceRequest: { type: "object", properties: { exactly: { $ref: "#/definitions/ExactDeviceRequest" }, firstAvailable: { type: "array", items: { $ref: "#/definitions/DeviceSubRequest" } }, name: { type: "string" } }, additionalProperties: false, required: ["name"] }, DeviceAttribute: { type: "object", properties: { bool: { type: "boolean" }, int: { type: "number" }, string: { type: "string" }, version: { type: "string" } }, additionalProperties: false }, DeviceCapacity: { type: "object", properties: { requestPolicy: { $ref: "#/definitions/CapacityRequestPolicy" }, value: { type: ["string", "number"] } }, additionalProperties: false, required: ["value"] }, DeviceCounterConsumption: { type: "object", properties: { counterSet: { type: "string" }, counters: { type: "object", additionalProperties: { $ref: "#/definitions/Counter" } } }, additionalProperties: false, required: ["counterSet", "counters"] }, DeviceTaint: { type: "object", properties: { effect: { type: "string" }, key: { type: "string" }, timeAdded: { type: "string" }, value: { type: "string" } }, additionalProperties: false, required: ["effect", "key"] }, NodeSelectorTerm: { type: "object", properties: { matchExpressions: { type: "array", items: { $ref: "#/definitions/NodeSelectorRequirement" } }, matchFields: { type: "array", items: { $ref: "#/definitions/NodeSelectorRequirement" } } }, additionalProperties: false }, Counter: { type: "object", properties: { value: { type: ["string", "number"] } }, additionalProperties: false, required: ["value"] }, DeviceSelectorV1Alpha3: { type: "object", properties: { cel: { $ref: "#/definitions/CelDeviceSelectorV1Alpha3" } }, additionalProperties: false }, OpaqueDeviceConfigurationV1Beta1: { type: "object", properties: { driver: { type: "string" }, parameters: {} }, additionalProperties: false, required: ["driver", "parameters"] }, CelDeviceSelectorV1Beta1: { type: "object", properties: { expression: { type: "string" } }, additionalProperties: false, required: ["expression"] }, DeviceClaimConfigurationV1Beta1: { type: "object", properties: { opaque: { $ref: "#/definitions/OpaqueDeviceConfigurationV1Beta1" }, requests: { type: "array", items: { type: "string" } } }, additionalProperties: false }, DeviceConstraintV1Beta1: { type: "object", properties: { distinctAttribute: { type: "string" }, matchAttribute: { type: "string" }, requests: { type: "array", items: { type: "string" } } }, additionalProperties: false }, DeviceRequestV1Beta1: { type: "object", properties: { adminAccess: { type: "boolean" }, allocationMode: { type: "string" }, capacity: { $ref: "#/definitions/CapacityRequirementsV1Beta1" }, count: { type: "number" }, deviceClassName: { type: "string" }, firstAvailable: { type: "array", items: { $ref: "#/definitions/DeviceSubRequestV1Beta1" } }, name: { type: "string" }, selectors: { type: "array", items: { $ref: "#/definitions/DeviceSelectorV1Beta1" } }, tolerations: { type: "array", items: { $ref: "#/definitions/DeviceTolerationV1Beta1" } } }, additionalProperties: false, required: ["name"] }, BasicDeviceV1Beta1: { type: "object", properties: { allNodes: { type: "boolean" }, allowMultipleAllocations: { type: "boolean" }, attributes: { type: "object", additionalProperties: { $ref: "#/definitions/DeviceAttributeV1Beta1" } }, bindingConditions: { type: "array", items: { type: "string" } }, bindingFailureConditions: { type: "array", items: { type: "string" } }, bindsToNode: { type: "boolean" }, capacity: { type: "object", additionalProperties: { $ref: "#/definitions/DeviceCapacityV1Beta1" } }, consumesCounters: { type: "array", items: { $ref: "#/definitions/DeviceCounterConsumptionV1Beta1" } }, nodeName: { type: "string" }, nodeSelector: { $ref: "#/definitions/NodeSelector" }, taints: { type: "array", items: { $ref: "#/definitions/DeviceTaintV1Beta1" } } }, additionalProperties: false }, CounterV1Beta1: { type: "object", properties: { value: { type: ["string", "number"] } }, additionalProperties: false, required: ["value"] }, OpaqueDeviceConfigurationV1Beta2: { type: "object", properties: { driver: { type: "string" }, parameters: {} }, additionalProperties: false, required: ["driver", "parameters"] }, CelDeviceSelectorV1Beta2: { type: "object", properties: { expression: { type: "string" } }, additionalProperties: false, required: ["expression"] }, DeviceClaimConfigurationV1Beta2: { type: "object", properties: { opaque: { $ref: "#/definitions/OpaqueDeviceConfigurationV1Beta2" }, requests: { type: "array", items: { type: "string" } } }, additionalProperties: false }, DeviceConstraintV1Beta2: { type: "object", properties: { distinctAttribute: { type: "string" }, matchAttribute: { type: "string" }, requests: { type: "array", items: { type: "string" } } }, additionalProperties: false }, DeviceRequestV1Beta2: { type: "object", properties: { exactly: { $ref: "#/definitions/ExactDeviceRequestV1Beta2" }, firstAvailable: { type: "array", items: { $ref: "#/definitions/DeviceSubRequestV1Beta2" } }, name: { type: "string" } }, additionalProperties: false, required: ["name"] }, DeviceAttributeV1Beta2: { type: "object", properties: { bool: { type: "boolean" }, int: { type: "number" }, string: { type: "string" }, version: { type: "string" } }, additionalProperties: false }, DeviceCapacityV1Beta2: { type: "object", properties: { requestPolicy: { $ref: "#/definitions/CapacityRequestPolicyV1Beta2" }, value: { type: ["string", "number"] } }, additionalProperties: false, required: ["value"] }, DeviceCounterConsumptionV1Beta2: { type: "object", properties: { counterSet: { type: "string" }, counters: { type: "object", additionalProperties: { $ref: "#/definitions/CounterV1Beta2" } } }, additionalProperties: false, required: ["counterSet", "counters"] }, DeviceTaintV1Beta2: { type: "object", properties: { effect: { type: "string" }, key: { type: "string" }, timeAdded: { type: "string" }, value: { type: "string" } }, additionalProperties: false, required: ["effect", "key"] }, CounterV1Beta2: { type: "object", properties: { value: { type: ["string", "number"] } }, additionalProperties: false, required: ["value"] }, VolumeNodeResources: { type: "object", properties: { count: { type: "number" } }, additionalProperties: false }, WebhookConversion: { type: "object", properties: { clientConfig: { $ref: "#/definitions/WebhookClientConfig" }, conversionReviewVersions: { type: "array", items: { type: "string" } } }, additionalProperties: false, required: ["conversionReviewVersions"] }, CustomResourceColumnDefinition: { type: "object", properties: { description: { type: "string" }, format: { type: "string" }, jsonPath: { type: "string" }, name: { type: "string" }, priority: { type: "number" }, type: { type: "string" } }, additionalProperties: false, required: ["jsonPath", "name", "type"] }, CustomResourceValidation: { type: "object", properties: { openAPIV3Schema: { $ref: "#/definitions/JsonSchemaProps" } }, additionalProperties: false }, SelectableField: { type: "object", properties: { jsonPath: { type: "string" } }, additionalProperties: false, required: ["jsonPath"] }, CustomResourceSubresources: { type: "object", properties: { scale: { $ref: "#/definitions/CustomResourceSubresourceScale" }, status: {} }, additionalProperties: false }, FieldSelectorRequirement: { type: "object", properties: { key: { type: "string" }, operator: { type: "string" }, values: { type: "array", items: { type: "string" } } }, additionalProperties: false, required: ["key", "operator"] }, HpaScalingPolicyV2: { type: "object", properties: { periodSeconds: { type: "number" }, type: { type: "string" }, value: { type: "number" } }, additionalProperties: false, required: ["periodSeconds", "type", "value"] }, MetricTargetV2: { type: "object", properties: { averageUtilization: { type: "number" }, averageValue: { type: ["string", "number"] }, type: { type: "string" }, value: { type: ["string", "number"] } }, additionalProperties: false, required: ["type"] }, MetricIdentifierV2: { type: "object", properties: { name: { type: "string" }, selector: { $ref: "#/definitions/LabelSelector" } }, additionalProperties: false, required: ["name"] }, PodFailurePolicyOnExitCodesRequirement: { type: "object", properties: { containerName: { type: "string" }, operator: { type: "string" }, values: { type: "array", items: { type: "number" } } }, additionalProperties: false, required: ["operator", "values"] }, PodFailurePolicyOnPodConditionsPattern: { type: "object", properties: { status: { type: "string" }, type: { type: "string" } }, additionalProperties: false, required: ["status", "type"] }, PreferredSchedulingTerm: { type: "object", properties: { preference: { $ref: "#/definitions/NodeSelectorTerm" }, weight: { type: "number" } }, additionalProperties: false, required: ["preference", "weight"] }, WeightedPodAffinityTerm: { type: "object", properties: { podAffinityTerm: { $ref: "#/definitions/PodAffinityTerm" }, weight: { type: "number" } }, additionalProperties: false, required: ["podAffinityTerm", "weight"] }, PodAffinityTerm: { type: "object", properties: { labelSelector: { $ref: "#/definitions/LabelSelector" }, matchLabelKeys: { type: "array", items: { type: "string" } }, mismatchLabelKeys: { type: "array", items: { type: "string" } }, namespaceSelector: { $ref: "#/definitions/LabelSelector" }, namespaces: { type: "array", items: { type: "string" } }, topologyKey: { type: "string" } }, additionalProperties: false, required: ["topologyKey"] }, EnvVarSource: { type: "object", properties: { configMapKeyRef: { $ref: "#/definitions/ConfigMapKeySelector" }, fieldRef: { $ref: "#/definitions/ObjectFieldSelector" }, fileKeyRef: { $ref: "#/definitions/FileKeySelector" }, resourceFieldRef: { $ref: "#/definitions/ResourceFieldSelector" }, secretKeyRef: { $ref: "#/definitions/SecretKeySelector" } }, additionalProperties: false }, ConfigMapEnvSource: { type: "object", properties: { name: { type: "string" }, optional: { type: "boolean" } }, additionalProperties: false }, SecretEnvSource: { type: "object", properties: { name: { type: "string" }, optional: { type: "boolean" } }, additionalProperties: false }, LifecycleHandler: { type: "object", properties: { exec: { $ref: "#/definitions/ExecAction" }, httpGet: { $ref: "#/definitions/HttpGetAction" }, sleep: { $ref: "#/definitions/SleepAction" }, tcpSocket: { $ref: "#/definitions/TcpSocketAction" } }, additionalProperties: false }, ExecAction: { type: "object", properties: { command: { type: "array", items: { type: "string" } } }, additionalProperties: false }, GrpcAction: { type: "object", properties: { port: { type: "number" }, service: { type: "string" } }, additionalProperties: false, required: ["port"] }, HttpGetAction: { type: "object", properties: { host: { type: "string" }, httpHeaders: { type: "array", items: { $ref: "#/definitions/HttpHeader" } }, path: { type: "string" }, port: { type: ["string", "integer"] }, scheme: { type: "string" } }, additionalProperties: false, required: ["port"] }, TcpSocketAction: { type: "object", properties: { host: { type: "string" }, port: { type: ["string", "integer"] } }, additionalProperties: false, required: ["port"] }, ContainerRestartRuleOnExitCodes: { type: "object", properties: { operator: { type: "string" }, values: { type: "array", items: { type: "number" } } }, additionalProperties: false, required: ["operator"] }, Capabilities: { type: "object", properties: { add: { type: "array", items: { type: "string" } }, drop: { type: "array", items: { type: "string" } } }, additionalProperties: false }, KeyToPath: { type: "object", properties: { key: { type: "string" }, mode: { type: "number" }, path: { type: "string" } }, additionalProperties: false, required: ["key", "path"] }, DownwardApiVolumeFile: { type: "object", properties: { fieldRef: { $ref: "#/definitions/ObjectFieldSelector" }, mode: { type: "number" }, path: { type: "string" }, resourceFieldRef: { $ref: "#/definitions/ResourceFieldSelector" } }, additionalProperties: false, required: ["path"] }, PersistentVolumeClaimTemplate: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/PersistentVolumeClaimSpec" } }, additionalProperties: false, required: ["spec"] }, VolumeProjection: { type: "object", properties: { clusterTrustBundle: { $ref: "#/definitions/ClusterTrustBundleProjection" }, configMap: { $ref: "#/definitions/ConfigMapProjection" }, downwardAPI: { $ref: "#/definitions/DownwardApiProjection" }, podCertificate: { $ref: "#/definitions/PodCertificateProjection" }, secret: { $ref: "#/definitions/SecretProjection" }, serviceAccountToken: { $ref: "#/definitions/ServiceAccountTokenProjection" } }, additionalProperties: false }, QueuingConfiguration: { type: "object", properties: { handSize: { type: "number" }, queueLengthLimit: { type: "number" }, queues: { type: "number" } }, additionalProperties: false }, ServiceBackendPort: { type: "object", properties: { name: { type: "string" }, number: { type: "number" } }, additionalProperties: false }, HttpIngressPath: { type: "object", properties: { backend: { $ref: "#/definitions/IngressBackend" }, path: { type: "string" }, pathType: { type: "string" } }, additionalProperties: false, required: ["backend", "pathType"] }, IpBlock: { type: "object", properties: { cidr: { type: "string" }, except: { type: "array", items: { type: "string" } } }, additionalProperties: false, required: ["cidr"] }, ExactDeviceRequest: { type: "object", properties: { adminAccess: { type: "boolean" }, allocationMode: { type: "string" }, capacity: { $ref: "#/definitions/CapacityRequirements" }, count: { type: "number" }, deviceClassName: { type: "string" }, selectors: { type: "array", items: { $ref: "#/definitions/DeviceSelector" } }, tolerations: { type: "array", items: { $ref: "#/definitions/DeviceToleration" } } }, additionalProperties: false, required: ["deviceClassName"] }, DeviceSubRequest: { type: "object", properties: { allocationMode: { type: "string" }, capacity: { $ref: "#/definitions/CapacityRequirements" }, count: { type: "number" }, deviceClassName: { type: "string" }, name: { type: "string" }, selectors: { type: "array", items: { $ref: "#/definitions/DeviceSelector" } }, tolerations: { type: "array", items: { $ref: "#/definitions/DeviceToleration" } } }, additionalProperties: false, required: ["deviceClassName", "name"] }, CapacityRequestPolicy: { type: "object", properties: { default: { type: ["string", "number"] }, validRange: { $ref: "#/definitions/CapacityRequestPolicyRange" }, validValues: { type: "array", items: { type: ["string", "number"] } } }, additionalProperties: false }, NodeSelectorRequirement: { type: "object", properties: { key: { type: "string" }, operator: { type: "string" }, values: { type: "array", items: { type: "string" } } }, additionalProperties: false, required: ["key", "operator"] }, CelDeviceSelectorV1Alpha3: { type: "object", properties: { expression: { type: "string" } }, additionalProperties: false, required: ["expression"] }, CapacityRequirementsV1Beta1: { type: "object", properties: { requests: { type: "object", additionalProperties: { type: ["string", "number"] } } }, additionalProperties: false }, DeviceSubRequestV1Beta1: { type: "object", properties: { allocationMode: { type: "string" }, capacity: { $ref: "#/definitions/CapacityRequirementsV1Beta1" }, count: { type: "number" }, deviceClassName: { type: "string" }, name: { type: "string" }, selectors: { type: "array", items: { $ref: "#/definitions/DeviceSelectorV1Beta1" } }, tolerations: { type: "array", items: { $ref: "#/definitions/DeviceTolerationV1Beta1" } } }, additionalProperties: false, required: ["deviceClassName", "name"] }, DeviceTolerationV1Beta1: { type: "object", properties: { effect: { type: "string" }, key: { type: "string" }, operator: { type: "string" }, tolerationSeconds: { type: "number" }, value: { type: "string" } }, additionalProperties: false }, DeviceAttributeV1Beta1: { type: "object", properties: { bool: { type: "boolean" }, int: { type: "number" }, string: { type: "string" }, version: { type: "string" } }, additionalProperties: false }, DeviceCapacityV1Beta1: { type: "object", properties: { requestPolicy: { $ref: "#/definitions/CapacityRequestPolicyV1Beta1" }, value: { type: ["string", "number"] } }, additionalProperties: false, required: ["value"] }, DeviceCounterConsumptionV1Beta1: { type: "object", properties: { counterSet: { type: "string" }, counters: { type: "object", additionalProperties: { $ref: "#/definitions/CounterV1Beta1" } } }, additionalProperties: false, required: ["counterSet", "counters"] }, DeviceTaintV1Beta1: { type: "object", properties: { effect: { type: "string" }, key: { type: "string" }, timeAdded: { type: "string" }, value: { type: "string" } }, additionalProperties: false, required: ["effect", "key"] }, ExactDeviceRequestV1Beta2: { type: "object", properties: { adminAccess: { type: "boolean" }, allocationMode: { type: "string" }, capacity: { $ref: "#/definitions/CapacityRequirementsV1Beta2" }, count: { type: "number" }, deviceClassName: { type: "string" }, selectors: { type: "array", items: { $ref: "#/definitions/DeviceSelectorV1Beta2" } }, tolerations: { type: "array", items: { $ref: "#/definitions/DeviceTolerationV1Beta2" } } }, additionalProperties: false, required: ["deviceClassName"] }, DeviceSubRequestV1Beta2: { type: "object", properties: { allocationMode: { type: "string" }, capacity: { $ref: "#/definitions/CapacityRequirementsV1Beta2" }, count: { type: "number" }, deviceClassName: { type: "string" }, name: { type: "string" }, selectors: { type: "array", items: { $ref: "#/definitions/DeviceSelectorV1Beta2" } }, tolerations: { type: "array", items: { $ref: "#/definitions/DeviceTolerationV1Beta2" } } }, additionalProperties: false, required: ["deviceClassName", "name"] }, CapacityRequestPolicyV1Beta2: { type: "object", properties: { default: { type: ["string", "number"] }, validRange: { $ref: "#/definitions/CapacityRequestPolicyRangeV1Beta2" }, validValues: { type: "array", items: { type: ["string", "number"] } } }, additionalProperties: false }, JsonSchemaProps: { type: "object", properties: { $ref: { type: "string" }, $schema: { type: "string" }, additionalItems: {}, additionalProperties: {}, allOf: { type: "array", items: { $ref: "#/definitions/JsonSchemaProps" } }, anyOf: { type: "array", items: { $ref: "#/definitions/JsonSchemaProps" } }, default: {}, definitions: { type: "object", additionalProperties: { $ref: "#/definitions/JsonSchemaProps" } }, dependencies: { type: "object", additionalProperties: {} }, description: { type: "string" }, enum: { type: "array", items: {} }, example: {}, exclusiveMaximum: { type: "boolean" }, exclusiveMinimum: { type: "boolean" }, externalDocs: { $ref: "#/definitions/ExternalDocumentation" }, format: { type: "string" }, id: { type: "string" }, items: {}, maxItems: { type: "number" }, maxLength: { type: "number" }, maxProperties: { type: "number" }, maximum: { type: "number" }, minItems: { type: "number" }, minLength: { type: "number" }, minProperties: { type: "number" }, minimum: { type: "number" }, multipleOf: { type: "number" }, not: { $ref: "#/definitions/JsonSchemaProps" }, nullable: { type: "boolean" }, oneOf: { type: "array", items: { $ref: "#/definitions/JsonSchemaProps" } }, pattern: { type: "string" }, patternProperties: { type: "object", additionalProperties: { $ref: "#/definitions/JsonSchemaProps" } }, properties: { type: "object", additionalProperties: { $ref: "#/definitions/JsonSchemaProps" } }, required: { type: "array", items: { type: "string" } }, title: { type: "string" }, type: { type: "string" }, uniqueItems: { type: "boolean" }, "x-kubernetes-embedded-resource": { type: "boolean" }, "x-kubernetes-int-or-string": { type: "boolean" }, "x-kubernetes-list-map-keys": { type: "array", items: { type: "string" } }, "x-kubernetes-list-type": { type: "string" }, "x-kubernetes-map-type": { type: "string" }, "x-kubernetes-preserve-unknown-fields": { type: "boolean" }, "x-kubernetes-validations": { type: "array", items: { $ref: "#/definitions/ValidationRule" } } }, additionalProperties: false }, CustomResourceSubresourceScale: { type: "object", properties: { labelSelectorPath: { type: "string" }, specReplicasPath: { type: "string" }, statusReplicasPath: { type: "string" } }, additionalProperties: false, required: ["specReplicasPath", "statusReplicasPath"] }, ConfigMapKeySelector: { type: "object", properties: { key: { type: "string" }, name: { type: "string" }, optional: { type: "boolean" } }, additionalProperties: false, required: ["key"] }, ObjectFieldSelector: { type: "object", properties: { apiVersion: { type: "string" }, fieldPath: { type: "string" } }, additionalProperties: false, required: ["fieldPath"] }, FileKeySelector: { type: "object", properties: { key: { type: "string" }, optional: { type: "boolean" }, path: { type: "string" }, volumeName: { type: "string" } }, additionalProperties: false, required: ["key", "path", "volumeName"] }, ResourceFieldSelector: { type: "object", properties: { containerName: { type: "string" }, divisor: { type: ["string", "number"] }, resource: { type: "string" } }, additionalProperties: false, required: ["resource"] }, SecretKeySelector: { type: "object", properties: { key: { type: "string" }, name: { type: "string" }, optional: { type: "boolean" } }, additionalProperties: false, required: ["key"] }, SleepAction: { type: "object", properties: { seconds: { type: "number" } }, additionalProperties: false, required: ["seconds"] }, HttpHeader: { type: "object", properties: { name: { type: "string" }, value: { type: "string" } }, additionalProperties: false, required: ["name", "value"] }, ClusterTrustBundleProjection: { type: "object", properties: { labelSelector: { $ref: "#/definitions/LabelSelector" }, name: { type: "string" }, optional: { type: "boolean" }, path: { type: "string" }, signerName: { type: "string" } }, additionalProperties: false, required: ["path"] }, ConfigMapProjection: { type: "object", properties: { items: { type: "array", items: { $ref: "#/definitions/KeyToPath" } }, name: { type: "string" }, optional: { type: "boolean" } }, additionalProperties: false }, DownwardApiProjection: { type: "object", properties: { items: { type: "array", items: { $ref: "#/definitions/DownwardApiVolumeFile" } } }, additionalProperties: false }, PodCertificateProjection: { type: "object", properties: { certificateChainPath: { type: "string" }, credentialBundlePath: { type: "string" }, keyPath: { type: "string" }, keyType: { type: "string" }, maxExpirationSeconds: { type: "number" }, signerName: { type: "string" } }, additionalProperties: false, required: ["keyType", "signerName"] }, SecretProjection: { type: "object", properties: { items: { type: "array", items: { $ref: "#/definitions/KeyToPath" } }, name: { type: "string" }, optional: { type: "boolean" } }, additionalProperties: false }, ServiceAccountTokenProjection: { type: "object", properties: { audience: { type: "string" }, expirationSeconds: { type: "number" }, path: { type: "string" } }, additionalProperties: false, required: ["path"] }, CapacityRequirements: { type: "object", properties: { requests: { type: "object", additionalProperties: { type: ["string", "number"] } } }, additionalProperties: false }, DeviceToleration: { type: "object", properties: { effect: { type: "string" }, key: { type: "string" }, operator: { type: "string" }, tolerationSeconds: { type: "number" }, value: { type: "string" } }, additionalProperties: false }, CapacityRequestPolicyRange: { type: "object", properties: { max: { type: ["string", "number"] }, min: { type: ["string", "number"] }, step: { type: ["string", "number"] } }, additionalProperties: false, required: ["min"] }, CapacityRequestPolicyV1Beta1: { type: "object", properties: { default: { type: ["string", "number"] }, validRange: { $ref: "#/definitions/CapacityRequestPolicyRangeV1Beta1" }, validValues: { type: "array", items: { type: ["string", "number"] } } }, additionalProperties: false }, CapacityRequirementsV1Beta2: { type: "object", properties: { requests: { type: "object", additionalProperties: { type: ["string", "number"] } } }, additionalProperties: false }, DeviceTolerationV1Beta2: { type: "object", properties: { effect: { type: "string" }, key: { type: "string" }, operator: { type: "string" }, tolerationSeconds: { type: "number" }, value: { type: "string" } }, additionalProperties: false }, CapacityRequestPolicyRangeV1Beta2: { type: "object", properties: { max: { type: ["string", "number"] }, min: { type: ["string", "number"] }, step: { type: ["string", "number"] } }, additionalProperties: false, required: ["min"] }, ExternalDocumentation: { type: "object", properties: { description: { type: "string" }, url: { type: "string" } }, additionalProperties: false }, ValidationRule: { type: "object", properties: { fieldPath: { type: "string" }, message: { type: "string" }, messageExpression: { type: "string" }, optionalOldSelf: { type: "boolean" }, reason: { type: "string" }, rule: { type: "string" } }, additionalProperties: false, required: ["rule"] }, CapacityRequestPolicyRangeV1Beta1: { type: "object", properties: { max: { type: ["string", "number"] }, min: { type: ["string", "number"] }, step: { type: ["string", "number"] } }, additionalProperties: false, required: ["min"] }, KubeMutatingWebhookConfigurationManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, webhooks: { type: "array", items: { $ref: "#/definitions/MutatingWebhook" } }, apiVersion: { const: "admissionregistration.k8s.io/v1" }, kind: { const: "MutatingWebhookConfiguration" }, status: { type: "object" } }, additionalProperties: false, required: ["apiVersion", "kind"] }, KubeMutatingWebhookConfigurationListManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeMutatingWebhookConfigurationProps" } }, apiVersion: { const: "admissionregistration.k8s.io/v1" }, kind: { const: "MutatingWebhookConfigurationList" }, status: { type: "object" } }, additionalProperties: false, required: ["items", "apiVersion", "kind"] }, KubeValidatingAdmissionPolicyManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/ValidatingAdmissionPolicySpec" }, apiVersion: { const: "admissionregistration.k8s.io/v1" }, kind: { const: "ValidatingAdmissionPolicy" }, status: { type: "object" } }, additionalProperties: false, required: ["apiVersion", "kind"] }, KubeValidatingAdmissionPolicyBindingManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/ValidatingAdmissionPolicyBindingSpec" }, apiVersion: { const: "admissionregistration.k8s.io/v1" }, kind: { const: "ValidatingAdmissionPolicyBinding" }, status: { type: "object" } }, additionalProperties: false, required: ["apiVersion", "kind"] }, KubeValidatingAdmissionPolicyBindingListManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeValidatingAdmissionPolicyBindingProps" } }, apiVersion: { const: "admissionregistration.k8s.io/v1" }, kind: { const: "ValidatingAdmissionPolicyBindingList" }, status: { type: "object" } }, additionalProperties: false, required: ["items", "apiVersion", "kind"] }, KubeValidatingAdmissionPolicyListManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeValidatingAdmissionPolicyProps" } }, apiVersion: { const: "admissionregistration.k8s.io/v1" }, kind: { const: "ValidatingAdmissionPolicyList" }, status: { type: "object" } }, additionalProperties: false, required: ["items", "apiVersion", "kind"] }, KubeValidatingWebhookConfigurationManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, webhooks: { type: "array", items: { $ref: "#/definitions/ValidatingWebhook" } }, apiVersion: { const: "admissionregistration.k8s.io/v1" }, kind: { const: "ValidatingWebhookConfiguration" }, status: { type: "object" } }, additionalProperties: false, required: ["apiVersion", "kind"] }, KubeValidatingWebhookConfigurationListManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeValidatingWebhookConfigurationProps" } }, apiVersion: { const: "admissionregistration.k8s.io/v1" }, kind: { const: "ValidatingWebhookConfigurationList" }, status: { type: "object" } }, additionalProperties: false, required: ["items", "apiVersion", "kind"] }, KubeMutatingAdmissionPolicyV1Alpha1Manifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/MutatingAdmissionPolicySpecV1Alpha1" }, apiVersion: { const: "admissionregistration.k8s.io/v1alpha1" }, kind: { const: "MutatingAdmissionPolicy" }, status: { type: "object" } }, additionalProperties: false, required: ["apiVersion", "kind"] }, KubeMutatingAdmissionPolicyBindingV1Alpha1Manifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/MutatingAdmissionPolicyBindingSpecV1Alpha1" }, apiVersion: { const: "admissionregistration.k8s.io/v1alpha1" }, kind: { const: "MutatingAdmissionPolicyBinding" }, status: { type: "object" } }, additionalProperties: false, required: ["apiVersion", "kind"] }, KubeMutatingAdmissionPolicyBindingListV1Alpha1Manifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeMutatingAdmissionPolicyBindingV1Alpha1Props" } }, apiVersion: { const: "admissionregistration.k8s.io/v1alpha1" }, kind: { const: "MutatingAdmissionPolicyBindingList" }, status: { type: "object" } }, additionalProperties: false, required: ["items", "apiVersion", "kind"] }, KubeMutatingAdmissionPolicyListV1Alpha1Manifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeMutatingAdmissionPolicyV1Alpha1Props" } }, apiVersion: { const: "admissionregistration.k8s.io/v1alpha1" }, kind: { const: "MutatingAdmissionPolicyList" }, status: { type: "object" } }, additionalProperties: false, required: ["items", "apiVersion", "kind"] }, KubeMutatingAdmissionPolicyV1Beta1Manifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/MutatingAdmissionPolicySpecV1Beta1" }, apiVersion: { const: "admissionregistration.k8s.io/v1beta1" }, kind: { const: "MutatingAdmissionPolicy" }, status: { type: "object" } }, additionalProperties: false, required: ["apiVersion", "kind"] }, KubeMutatingAdmissionPolicyBindingV1Beta1Manifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/MutatingAdmissionPolicyBindingSpecV1Beta1" }, apiVersion: { const: "admissionregistration.k8s.io/v1beta1" }, kind: { const: "MutatingAdmissionPolicyBinding" }, status: { type: "object" } }, additionalProperties: false, required: ["apiVersion", "kind"] }, KubeMutatingAdmissionPolicyBindingListV1Beta1Manifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeMutatingAdmissionPolicyBindingV1Beta1Props" } }, apiVersion: { const: "admissionregistration.k8s.io/v1beta1" }, kind: { const: "MutatingAdmissionPolicyBindingList" }, status: { type: "object" } }, additionalProperties: false, required: ["items", "apiVersion", "kind"] }, KubeMutatingAdmissionPolicyListV1Beta1Manifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeMutatingAdmissionPolicyV1Beta1Props" } }, apiVersion: { const: "admissionregistration.k8s.io/v1beta1" }, kind: { const: "MutatingAdmissionPolicyList" }, status: { type: "object" } }, additionalProperties: false, required: ["items", "apiVersion", "kind"] }, KubeStorageVersionV1Alpha1Manifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: {}, apiVersion: { const: "internal.apiserver.k8s.io/v1alpha1" }, kind: { const: "StorageVersion" }, status: { type: "object" } }, additionalProperties: false, required: ["spec", "apiVersion", "kind"] }, KubeStorageVersionListV1Alpha1Manifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeStorageVersionV1Alpha1Props" } }, apiVersion: { const: "internal.apiserver.k8s.io/v1alpha1" }, kind: { const: "StorageVersionList" }, status: { type: "object" } }, additionalProperties: false, required: ["items", "apiVersion", "kind"] }, KubeControllerRevisionManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, data: {}, revision: { type: "number" }, apiVersion: { const: "apps/v1" }, kind: { const: "ControllerRevision" }, status: { type: "object" } }, additionalProperties: false, required: ["revision", "apiVersion", "kind"] }, KubeControllerRevisionListManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeControllerRevisionProps" } }, apiVersion: { const: "apps/v1" }, kind: { const: "ControllerRevisionList" }, status: { type: "object" } }, additionalProperties: false, required: ["items", "apiVersion", "kind"] }, KubeDaemonSetManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/DaemonSetSpec" }, apiVersion: { const: "apps/v1" }, kind: { const: "DaemonSet" }, status: { type: "object" } }, additionalProperties: false, required: ["apiVersion", "kind"] }, KubeDaemonSetListManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeDaemonSetProps" } }, apiVersion: { const: "apps/v1" }, kind: { const: "DaemonSetList" }, status: { type: "object" } }, additionalProperties: false, required: ["items", "apiVersion", "kind"] }, KubeDeploymentManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/DeploymentSpec" }, apiVersion: { const: "apps/v1" }, kind: { const: "Deployment" }, status: { type: "object" } }, additionalProperties: false, required: ["apiVersion", "kind"] }, KubeDeploymentListManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeDeploymentProps" } }, apiVersion: { const: "apps/v1" }, kind: { const: "DeploymentList" }, status: { type: "object" } }, additionalProperties: false, required: ["items", "apiVersion", "kind"] }, KubeReplicaSetManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/ReplicaSetSpec" }, apiVersion: { const: "apps/v1" }, kind: { const: "ReplicaSet" }, status: { type: "object" } }, additionalProperties: false, required: ["apiVersion", "kind"] }, KubeReplicaSetListManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeReplicaSetProps" } }, apiVersion: { const: "apps/v1" }, kind: { const: "ReplicaSetList" }, status: { type: "object" } }, additionalProperties: false, required: ["items", "apiVersion", "kind"] }, KubeStatefulSetManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/StatefulSetSpec" }, apiVersion: { const: "apps/v1" }, kind: { const: "StatefulSet" }, status: { type: "object" } }, additionalProperties: false, required: ["apiVersion", "kind"] }, KubeStatefulSetListManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeStatefulSetProps" } }, apiVersion: { const: "apps/v1" }, kind: { const: "StatefulSetList" }, status: { type: "object" } }, additionalProperties: false, required: ["items", "apiVersion", "kind"] }, KubeSelfSubjectReviewManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, apiVersion: { const: "authentication.k8s.io/v1" }, kind: { const: "SelfSubjectReview" }, status: { type: "object" } }, additionalProperties: false, required: ["apiVersion", "kind"] }, KubeTokenRequestManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/TokenRequestSpec" }, apiVersion: { const: "authentication.k8s.io/v1" }, kind: { const: "TokenRequest" }, status: { type: "object" } }, additionalProperties: false, required: ["spec", "apiVersion", "kind"] }, KubeTokenReviewManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/TokenReviewSpec" }, apiVersion: { const: "authentication.k8s.io/v1" }, kind: { const: "TokenReview" }, status: { type: "object" } }, additionalProperties: false, required: ["spec", "apiVersion", "kind"] }, KubeLocalSubjectAccessReviewManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/SubjectAccessReviewSpec" }, apiVersion: { const: "authorization.k8s.io/v1" }, kind: { const: "LocalSubjectAccessReview" }, status: { type: "object" } }, additionalProperties: false, required: ["spec", "apiVersion", "kind"] }, KubeSelfSubjectAccessReviewManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/SelfSubjectAccessReviewSpec" }, apiVersion: { const: "authorization.k8s.io/v1" }, kind: { const: "SelfSubjectAccessReview" }, status: { type: "object" } }, additionalProperties: false, required: ["spec", "apiVersion", "kind"] }, KubeSelfSubjectRulesReviewManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/SelfSubjectRulesReviewSpec" }, apiVersion: { const: "authorization.k8s.io/v1" }, kind: { const: "SelfSubjectRulesReview" }, status: { type: "object" } }, additionalProperties: false, required: ["spec", "apiVersion", "kind"] }, KubeSubjectAccessReviewManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/SubjectAccessReviewSpec" }, apiVersion: { const: "authorization.k8s.io/v1" }, kind: { const: "SubjectAccessReview" }, status: { type: "object" } }, additionalProperties: false, required: ["spec", "apiVersion", "kind"] }, KubeHorizontalPodAutoscalerManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/HorizontalPodAutoscalerSpec" }, apiVersion: { const: "autoscaling/v1" }, kind: { const: "HorizontalPodAutoscaler" }, status: { type: "object" } }, additionalProperties: false, required: ["apiVersion", "kind"] }, KubeHorizontalPodAutoscalerListManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeHorizontalPodAutoscalerProps" } }, apiVersion: { const: "autoscaling/v1" }, kind: { const: "HorizontalPodAutoscalerList" }, status: { type: "object" } }, additionalProperties: false, required: ["items", "apiVersion", "kind"] }, KubeScaleManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/ScaleSpec" }, apiVersion: { const: "autoscaling/v1" }, kind: { const: "Scale" }, status: { type: "object" } }, additionalProperties: false, required: ["apiVersion", "kind"] }, KubeHorizontalPodAutoscalerV2Manifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/HorizontalPodAutoscalerSpecV2" }, apiVersion: { const: "autoscaling/v2" }, kind: { const: "HorizontalPodAutoscaler" }, status: { type: "object" } }, additionalProperties: false, required: ["apiVersion", "kind"] }, KubeHorizontalPodAutoscalerListV2Manifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeHorizontalPodAutoscalerV2Props" } }, apiVersion: { const: "autoscaling/v2" }, kind: { const: "HorizontalPodAutoscalerList" }, status: { type: "object" } }, additionalProperties: false, required: ["items", "apiVersion", "kind"] }, KubeCronJobManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/CronJobSpec" }, apiVersion: { const: "batch/v1" }, kind: { const: "CronJob" }, status: { type: "object" } }, additionalProperties: false, required: ["apiVersion", "kind"] }, KubeCronJobListManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeCronJobProps" } }, apiVersion: { const: "batch/v1" }, kind: { const: "CronJobList" }, status: { type: "object" } }, additionalProperties: false, required: ["items", "apiVersion", "kind"] }, KubeJobManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/JobSpec" }, apiVersion: { const: "batch/v1" }, kind: { const: "Job" }, status: { type: "object" } }, additionalProperties: false, required: ["apiVersion", "kind"] }, KubeJobListManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeJobProps" } }, apiVersion: { const: "batch/v1" }, kind: { const: "JobList" }, status: { type: "object" } }, additionalProperties: false, required: ["items", "apiVersion", "kind"] }, KubeCertificateSigningRequestManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/CertificateSigningRequestSpec" }, apiVersion: { const: "certificates.k8s.io/v1" }, kind: { const: "CertificateSigningRequest" }, status: { type: "object" } }, additionalProperties: false, required: ["spec", "apiVersion", "kind"] }, KubeCertificateSigningRequestListManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeCertificateSigningRequestProps" } }, apiVersion: { const: "certificates.k8s.io/v1" }, kind: { const: "CertificateSigningRequestList" }, status: { type: "object" } }, additionalProperties: false, required: ["items", "apiVersion", "kind"] }, KubeClusterTrustBundleV1Alpha1Manifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/ClusterTrustBundleSpecV1Alpha1" }, apiVersion: { const: "certificates.k8s.io/v1alpha1" }, kind: { const: "ClusterTrustBundle" }, status: { type: "object" } }, additionalProperties: false, required: ["spec", "apiVersion", "kind"] }, KubeClusterTrustBundleListV1Alpha1Manifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeClusterTrustBundleV1Alpha1Props" } }, apiVersion: { const: "certificates.k8s.io/v1alpha1" }, kind: { const: "ClusterTrustBundleList" }, status: { type: "object" } }, additionalProperties: false, required: ["items", "apiVersion", "kind"] }, KubePodCertificateRequestV1Alpha1Manifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/PodCertificateRequestSpecV1Alpha1" }, apiVersion: { const: "certificates.k8s.io/v1alpha1" }, kind: { const: "PodCertificateRequest" }, status: { type: "object" } }, additionalProperties: false, required: ["spec", "apiVersion", "kind"] }, KubePodCertificateRequestListV1Alpha1Manifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubePodCertificateRequestV1Alpha1Props" } }, apiVersion: { const: "certificates.k8s.io/v1alpha1" }, kind: { const: "PodCertificateRequestList" }, status: { type: "object" } }, additionalProperties: false, required: ["items", "apiVersion", "kind"] }, KubeClusterTrustBundleV1Beta1Manifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/ClusterTrustBundleSpecV1Beta1" }, apiVersion: { const: "certificates.k8s.io/v1beta1" }, kind: { const: "ClusterTrustBundle" }, status: { type: "object" } }, additionalProperties: false, required: ["spec", "apiVersion", "kind"] }, KubeClusterTrustBundleListV1Beta1Manifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeClusterTrustBundleV1Beta1Props" } }, apiVersion: { const: "certificates.k8s.io/v1beta1" }, kind: { const: "ClusterTrustBundleList" }, status: { type: "object" } }, additionalProperties: false, required: ["items", "apiVersion", "kind"] }, KubeLeaseManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/LeaseSpec" }, apiVersion: { const: "coordination.k8s.io/v1" }, kind: { const: "Lease" }, status: { type: "object" } }, additionalProperties: false, required: ["apiVersion", "kind"] }, KubeLeaseListManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeLeaseProps" } }, apiVersion: { const: "coordination.k8s.io/v1" }, kind: { const: "LeaseList" }, status: { type: "object" } }, additionalProperties: false, required: ["items", "apiVersion", "kind"] }, KubeLeaseCandidateV1Alpha2Manifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/LeaseCandidateSpecV1Alpha2" }, apiVersion: { const: "coordination.k8s.io/v1alpha2" }, kind: { const: "LeaseCandidate" }, status: { type: "object" } }, additionalProperties: false, required: ["apiVersion", "kind"] }, KubeLeaseCandidateListV1Alpha2Manifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeLeaseCandidateV1Alpha2Props" } }, apiVersion: { const: "coordination.k8s.io/v1alpha2" }, kind: { const: "LeaseCandidateList" }, status: { type: "object" } }, additionalProperties: false, required: ["items", "apiVersion", "kind"] }, KubeLeaseCandidateV1Beta1Manifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/LeaseCandidateSpecV1Beta1" }, apiVersion: { const: "coordination.k8s.io/v1beta1" }, kind: { const: "LeaseCandidate" }, status: { type: "object" } }, additionalProperties: false, required: ["apiVersion", "kind"] }, KubeLeaseCandidateListV1Beta1Manifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeLeaseCandidateV1Beta1Props" } }, apiVersion: { const: "coordination.k8s.io/v1beta1" }, kind: { const: "LeaseCandidateList" }, status: { type: "object" } }, additionalProperties: false, required: ["items", "apiVersion", "kind"] }, KubeBindingManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, target: { $ref: "#/definitions/ObjectReference" }, apiVersion: { const: "v1" }, kind: { const: "Binding" }, status: { type: "object" } }, additionalProperties: false, required: ["target", "apiVersion", "kind"] }, KubeComponentStatusManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, conditions: { type: "array", items: { $ref: "#/definitions/ComponentCondition" } }, apiVersion: { const: "v1" }, kind: { const: "ComponentStatus" }, status: { type: "object" } }, additionalProperties: false, required: ["apiVersion", "kind"] }, KubeComponentStatusListManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeComponentStatusProps" } }, apiVersion: { const: "v1" }, kind: { const: "ComponentStatusList" }, status: { type: "object" } }, additionalProperties: false, required: ["items", "apiVersion", "kind"] }, KubeConfigMapManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, binaryData: { type: "object", additionalProperties: { type: "string" } }, data: { type: "object", additionalProperties: { type: "string" } }, immutable: { type: "boolean" }, apiVersion: { const: "v1" }, kind: { const: "ConfigMap" }, status: { type: "object" } }, additionalProperties: false, required: ["apiVersion", "kind"] }, KubeConfigMapListManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeConfigMapProps" } }, apiVersion: { const: "v1" }, kind: { const: "ConfigMapList" }, status: { type: "object" } }, additionalProperties: false, required: ["items", "apiVersion", "kind"] }, KubeEndpointsManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, subsets: { type: "array", items: { $ref: "#/definitions/EndpointSubset" } }, apiVersion: { const: "v1" }, kind: { const: "Endpoints" }, status: { type: "object" } }, additionalProperties: false, required: ["apiVersion", "kind"] }, KubeEndpointsListManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeEndpointsProps" } }, apiVersion: { const: "v1" }, kind: { const: "EndpointsList" }, status: { type: "object" } }, additionalProperties: false, required: ["items", "apiVersion", "kind"] }, KubeEventManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, action: { type: "string" }, deprecatedCount: { type: "number" }, deprecatedFirstTimestamp: { type: "string" }, deprecatedLastTimestamp: { type: "string" }, deprecatedSource: { $ref: "#/definitions/EventSource" }, eventTime: { type: "string" }, note: { type: "string" }, reason: { type: "string" }, regarding: { $ref: "#/definitions/ObjectReference" }, related: { $ref: "#/definitions/ObjectReference" }, reportingController: { type: "string" }, reportingInstance: { type: "string" }, series: { $ref: "#/definitions/EventSeries" }, type: { type: "string" }, apiVersion: { const: "events.k8s.io/v1" }, kind: { const: "Event" }, status: { type: "object" } }, additionalProperties: false, required: ["eventTime", "apiVersion", "kind"] }, KubeEventListManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeEventProps" } }, apiVersion: { const: "events.k8s.io/v1" }, kind: { const: "EventList" }, status: { type: "object" } }, additionalProperties: false, required: ["items", "apiVersion", "kind"] }, KubeLimitRangeManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/LimitRangeSpec" }, apiVersion: { const: "v1" }, kind: { const: "LimitRange" }, status: { type: "object" } }, additionalProperties: false, required: ["apiVersion", "kind"] }, KubeLimitRangeListManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeLimitRangeProps" } }, apiVersion: { const: "v1" }, kind: { const: "LimitRangeList" }, status: { type: "object" } }, additionalProperties: false, required: ["items", "apiVersion", "kind"] }, KubeNamespaceManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/NamespaceSpec" }, apiVersion: { const: "v1" }, kind: { const: "Namespace" }, status: { type: "object" } }, additionalProperties: false, required: ["apiVersion", "kind"] }, KubeNamespaceListManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeNamespaceProps" } }, apiVersion: { const: "v1" }, kind: { const: "NamespaceList" }, status: { type: "object" } }, additionalProperties: false, required: ["items", "apiVersion", "kind"] }, KubeNodeManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/NodeSpec" }, apiVersion: { const: "v1" }, kind: { const: "Node" }, status: { type: "object" } }, additionalProperties: false, required: ["apiVersion", "kind"] }, KubeNodeListManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeNodeProps" } }, apiVersion: { const: "v1" }, kind: { const: "NodeList" }, status: { type: "object" } }, additionalProperties: false, required: ["items", "apiVersion", "kind"] }, KubePersistentVolumeManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/PersistentVolumeSpec" }, apiVersion: { const: "v1" }, kind: { const: "PersistentVolume" }, status: { type: "object" } }, additionalProperties: false, required: ["apiVersion", "kind"] }, KubePersistentVolumeClaimManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/PersistentVolumeClaimSpec" }, apiVersion: { const: "v1" }, kind: { const: "PersistentVolumeClaim" }, status: { type: "object" } }, additionalProperties: false, required: ["apiVersion", "kind"] }, KubePersistentVolumeClaimListManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubePersistentVolumeClaimProps" } }, apiVersion: { const: "v1" }, kind: { const: "PersistentVolumeClaimList" }, status: { type: "object" } }, additionalProperties: false, required: ["items", "apiVersion", "kind"] }, KubePersistentVolumeListManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubePersistentVolumeProps" } }, apiVersion: { const: "v1" }, kind: { const: "PersistentVolumeList" }, status: { type: "object" } }, additionalProperties: false, required: ["items", "apiVersion", "kind"] }, KubePodManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/PodSpec" }, apiVersion: { const: "v1" }, kind: { const: "Pod" }, status: { type: "object" } }, additionalProperties: false, required: ["apiVersion", "kind"] }, KubePodListManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubePodProps" } }, apiVersion: { const: "v1" }, kind: { const: "PodList" }, status: { type: "object" } }, additionalProperties: false, required: ["items", "apiVersion", "kind"] }, KubePodTemplateManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, template: { $ref: "#/definitions/PodTemplateSpec" }, apiVersion: { const: "v1" }, kind: { const: "PodTemplate" }, status: { type: "object" } }, additionalProperties: false, required: ["apiVersion", "kind"] }, KubePodTemplateListManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubePodTemplateProps" } }, apiVersion: { const: "v1" }, kind: { const: "PodTemplateList" }, status: { type: "object" } }, additionalProperties: false, required: ["items", "apiVersion", "kind"] }, KubeReplicationControllerManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/ReplicationControllerSpec" }, apiVersion: { const: "v1" }, kind: { const: "ReplicationController" }, status: { type: "object" } }, additionalProperties: false, required: ["apiVersion", "kind"] }, KubeReplicationControllerListManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeReplicationControllerProps" } }, apiVersion: { const: "v1" }, kind: { const: "ReplicationControllerList" }, status: { type: "object" } }, additionalProperties: false, required: ["items", "apiVersion", "kind"] }, KubeResourceQuotaManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/ResourceQuotaSpec" }, apiVersion: { const: "v1" }, kind: { const: "ResourceQuota" }, status: { type: "object" } }, additionalProperties: false, required: ["apiVersion", "kind"] }, KubeResourceQuotaListManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeResourceQuotaProps" } }, apiVersion: { const: "v1" }, kind: { const: "ResourceQuotaList" }, status: { type: "object" } }, additionalProperties: false, required: ["items", "apiVersion", "kind"] }, KubeSecretManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, data: { type: "object", additionalProperties: { type: "string" } }, immutable: { type: "boolean" }, stringData: { type: "object", additionalProperties: { type: "string" } }, type: { type: "string" }, apiVersion: { const: "v1" }, kind: { const: "Secret" }, status: { type: "object" } }, additionalProperties: false, required: ["apiVersion", "kind"] }, KubeSecretListManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeSecretProps" } }, apiVersion: { const: "v1" }, kind: { const: "SecretList" }, status: { type: "object" } }, additionalProperties: false, required: ["items", "apiVersion", "kind"] }, KubeServiceManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/ServiceSpec" }, apiVersion: { const: "v1" }, kind: { const: "Service" }, status: { type: "object" } }, additionalProperties: false, required: ["apiVersion", "kind"] }, KubeServiceAccountManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, automountServiceAccountToken: { type: "boolean" }, imagePullSecrets: { type: "array", items: { $ref: "#/definitions/LocalObjectReference" } }, secrets: { type: "array", items: { $ref: "#/definitions/ObjectReference" } }, apiVersion: { const: "v1" }, kind: { const: "ServiceAccount" }, status: { type: "object" } }, additionalProperties: false, required: ["apiVersion", "kind"] }, KubeServiceAccountListManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeServiceAccountProps" } }, apiVersion: { const: "v1" }, kind: { const: "ServiceAccountList" }, status: { type: "object" } }, additionalProperties: false, required: ["items", "apiVersion", "kind"] }, KubeServiceListManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeServiceProps" } }, apiVersion: { const: "v1" }, kind: { const: "ServiceList" }, status: { type: "object" } }, additionalProperties: false, required: ["items", "apiVersion", "kind"] }, KubeEndpointSliceManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, addressType: { type: "string" }, endpoints: { type: "array", items: { $ref: "#/definitions/Endpoint" } }, ports: { type: "array", items: { $ref: "#/definitions/EndpointPort" } }, apiVersion: { const: "discovery.k8s.io/v1" }, kind: { const: "EndpointSlice" }, status: { type: "object" } }, additionalProperties: false, required: ["addressType", "endpoints", "apiVersion", "kind"] }, KubeEndpointSliceListManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeEndpointSliceProps" } }, apiVersion: { const: "discovery.k8s.io/v1" }, kind: { const: "EndpointSliceList" }, status: { type: "object" } }, additionalProperties: false, required: ["items", "apiVersion", "kind"] }, KubeFlowSchemaManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/FlowSchemaSpec" }, apiVersion: { const: "flowcontrol.apiserver.k8s.io/v1" }, kind: { const: "FlowSchema" }, status: { type: "object" } }, additionalProperties: false, required: ["apiVersion", "kind"] }, KubeFlowSchemaListManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeFlowSchemaProps" } }, apiVersion: { const: "flowcontrol.apiserver.k8s.io/v1" }, kind: { const: "FlowSchemaList" }, status: { type: "object" } }, additionalProperties: false, required: ["items", "apiVersion", "kind"] }, KubePriorityLevelConfigurationManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/PriorityLevelConfigurationSpec" }, apiVersion: { const: "flowcontrol.apiserver.k8s.io/v1" }, kind: { const: "PriorityLevelConfiguration" }, status: { type: "object" } }, additionalProperties: false, required: ["apiVersion", "kind"] }, KubePriorityLevelConfigurationListManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubePriorityLevelConfigurationProps" } }, apiVersion: { const: "flowcontrol.apiserver.k8s.io/v1" }, kind: { const: "PriorityLevelConfigurationList" }, status: { type: "object" } }, additionalProperties: false, required: ["items", "apiVersion", "kind"] }, KubeIpAddressManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/IpAddressSpec" }, apiVersion: { const: "networking.k8s.io/v1" }, kind: { const: "IPAddress" }, status: { type: "object" } }, additionalProperties: false, required: ["apiVersion", "kind"] }, KubeIpAddressListManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeIpAddressProps" } }, apiVersion: { const: "networking.k8s.io/v1" }, kind: { const: "IPAddressList" }, status: { type: "object" } }, additionalProperties: false, required: ["items", "apiVersion", "kind"] }, KubeIngressManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/IngressSpec" }, apiVersion: { const: "networking.k8s.io/v1" }, kind: { const: "Ingress" }, status: { type: "object" } }, additionalProperties: false, required: ["apiVersion", "kind"] }, KubeIngressClassManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/IngressClassSpec" }, apiVersion: { const: "networking.k8s.io/v1" }, kind: { const: "IngressClass" }, status: { type: "object" } }, additionalProperties: false, required: ["apiVersion", "kind"] }, KubeIngressClassListManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeIngressClassProps" } }, apiVersion: { const: "networking.k8s.io/v1" }, kind: { const: "IngressClassList" }, status: { type: "object" } }, additionalProperties: false, required: ["items", "apiVersion", "kind"] }, KubeIngressListManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeIngressProps" } }, apiVersion: { const: "networking.k8s.io/v1" }, kind: { const: "IngressList" }, status: { type: "object" } }, additionalProperties: false, required: ["items", "apiVersion", "kind"] }, KubeNetworkPolicyManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/NetworkPolicySpec" }, apiVersion: { const: "networking.k8s.io/v1" }, kind: { const: "NetworkPolicy" }, status: { type: "object" } }, additionalProperties: false, required: ["apiVersion", "kind"] }, KubeNetworkPolicyListManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeNetworkPolicyProps" } }, apiVersion: { const: "networking.k8s.io/v1" }, kind: { const: "NetworkPolicyList" }, status: { type: "object" } }, additionalProperties: false, required: ["items", "apiVersion", "kind"] }, KubeServiceCidrManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/ServiceCidrSpec" }, apiVersion: { const: "networking.k8s.io/v1" }, kind: { const: "ServiceCIDR" }, status: { type: "object" } }, additionalProperties: false, required: ["apiVersion", "kind"] }, KubeServiceCidrListManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeServiceCidrProps" } }, apiVersion: { const: "networking.k8s.io/v1" }, kind: { const: "ServiceCIDRList" }, status: { type: "object" } }, additionalProperties: false, required: ["items", "apiVersion", "kind"] }, KubeIpAddressV1Beta1Manifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/IpAddressSpecV1Beta1" }, apiVersion: { const: "networking.k8s.io/v1beta1" }, kind: { const: "IPAddress" }, status: { type: "object" } }, additionalProperties: false, required: ["apiVersion", "kind"] }, KubeIpAddressListV1Beta1Manifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeIpAddressV1Beta1Props" } }, apiVersion: { const: "networking.k8s.io/v1beta1" }, kind: { const: "IPAddressList" }, status: { type: "object" } }, additionalProperties: false, required: ["items", "apiVersion", "kind"] }, KubeServiceCidrv1Beta1Manifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/ServiceCidrSpecV1Beta1" }, apiVersion: { const: "networking.k8s.io/v1beta1" }, kind: { const: "ServiceCIDR" }, status: { type: "object" } }, additionalProperties: false, required: ["apiVersion", "kind"] }, KubeServiceCidrListV1Beta1Manifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeServiceCidrv1Beta1Props" } }, apiVersion: { const: "networking.k8s.io/v1beta1" }, kind: { const: "ServiceCIDRList" }, status: { type: "object" } }, additionalProperties: false, required: ["items", "apiVersion", "kind"] }, KubeRuntimeClassManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, handler: { type: "string" }, overhead: { $ref: "#/definitions/Overhead" }, scheduling: { $ref: "#/definitions/Scheduling" }, apiVersion: { const: "node.k8s.io/v1" }, kind: { const: "RuntimeClass" }, status: { type: "object" } }, additionalProperties: false, required: ["handler", "apiVersion", "kind"] }, KubeRuntimeClassListManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeRuntimeClassProps" } }, apiVersion: { const: "node.k8s.io/v1" }, kind: { const: "RuntimeClassList" }, status: { type: "object" } }, additionalProperties: false, required: ["items", "apiVersion", "kind"] }, KubeEvictionManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, deleteOptions: { $ref: "#/definitions/DeleteOptions" }, apiVersion: { const: "policy/v1" }, kind: { const: "Eviction" }, status: { type: "object" } }, additionalProperties: false, required: ["apiVersion", "kind"] }, KubePodDisruptionBudgetManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/PodDisruptionBudgetSpec" }, apiVersion: { const: "policy/v1" }, kind: { const: "PodDisruptionBudget" }, status: { type: "object" } }, additionalProperties: false, required: ["apiVersion", "kind"] }, KubePodDisruptionBudgetListManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubePodDisruptionBudgetProps" } }, apiVersion: { const: "policy/v1" }, kind: { const: "PodDisruptionBudgetList" }, status: { type: "object" } }, additionalProperties: false, required: ["items", "apiVersion", "kind"] }, KubeClusterRoleManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, aggregationRule: { $ref: "#/definitions/AggregationRule" }, rules: { type: "array", items: { $ref: "#/definitions/PolicyRule" } }, apiVersion: { const: "rbac.authorization.k8s.io/v1" }, kind: { const: "ClusterRole" }, status: { type: "object" } }, additionalProperties: false, required: ["apiVersion", "kind"] }, KubeClusterRoleBindingManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, roleRef: { $ref: "#/definitions/RoleRef" }, subjects: { type: "array", items: { $ref: "#/definitions/Subject" } }, apiVersion: { const: "rbac.authorization.k8s.io/v1" }, kind: { const: "ClusterRoleBinding" }, status: { type: "object" } }, additionalProperties: false, required: ["roleRef", "apiVersion", "kind"] }, KubeClusterRoleBindingListManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeClusterRoleBindingProps" } }, apiVersion: { const: "rbac.authorization.k8s.io/v1" }, kind: { const: "ClusterRoleBindingList" }, status: { type: "object" } }, additionalProperties: false, required: ["items", "apiVersion", "kind"] }, KubeClusterRoleListManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeClusterRoleProps" } }, apiVersion: { const: "rbac.authorization.k8s.io/v1" }, kind: { const: "ClusterRoleList" }, status: { type: "object" } }, additionalProperties: false, required: ["items", "apiVersion", "kind"] }, KubeRoleManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, rules: { type: "array", items: { $ref: "#/definitions/PolicyRule" } }, apiVersion: { const: "rbac.authorization.k8s.io/v1" }, kind: { const: "Role" }, status: { type: "object" } }, additionalProperties: false, required: ["apiVersion", "kind"] }, KubeRoleBindingManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, roleRef: { $ref: "#/definitions/RoleRef" }, subjects: { type: "array", items: { $ref: "#/definitions/Subject" } }, apiVersion: { const: "rbac.authorization.k8s.io/v1" }, kind: { const: "RoleBinding" }, status: { type: "object" } }, additionalProperties: false, required: ["roleRef", "apiVersion", "kind"] }, KubeRoleBindingListManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeRoleBindingProps" } }, apiVersion: { const: "rbac.authorization.k8s.io/v1" }, kind: { const: "RoleBindingList" }, status: { type: "object" } }, additionalProperties: false, required: ["items", "apiVersion", "kind"] }, KubeRoleListManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeRoleProps" } }, apiVersion: { const: "rbac.authorization.k8s.io/v1" }, kind: { const: "RoleList" }, status: { type: "object" } }, additionalProperties: false, required: ["items", "apiVersion", "kind"] }, KubeDeviceClassManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/DeviceClassSpec" }, apiVersion: { const: "resource.k8s.io/v1" }, kind: { const: "DeviceClass" }, status: { type: "object" } }, additionalProperties: false, required: ["spec", "apiVersion", "kind"] }, KubeDeviceClassListManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeDeviceClassProps" } }, apiVersion: { const: "resource.k8s.io/v1" }, kind: { const: "DeviceClassList" }, status: { type: "object" } }, additionalProperties: false, required: ["items", "apiVersion", "kind"] }, KubeResourceClaimManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/ResourceClaimSpec" }, apiVersion: { const: "resource.k8s.io/v1" }, kind: { const: "ResourceClaim" }, status: { type: "object" } }, additionalProperties: false, required: ["spec", "apiVersion", "kind"] }, KubeResourceClaimListManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeResourceClaimProps" } }, apiVersion: { const: "resource.k8s.io/v1" }, kind: { const: "ResourceClaimList" }, status: { type: "object" } }, additionalProperties: false, required: ["items", "apiVersion", "kind"] }, KubeResourceClaimTemplateManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/ResourceClaimTemplateSpec" }, apiVersion: { const: "resource.k8s.io/v1" }, kind: { const: "ResourceClaimTemplate" }, status: { type: "object" } }, additionalProperties: false, required: ["spec", "apiVersion", "kind"] }, KubeResourceClaimTemplateListManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeResourceClaimTemplateProps" } }, apiVersion: { const: "resource.k8s.io/v1" }, kind: { const: "ResourceClaimTemplateList" }, status: { type: "object" } }, additionalProperties: false, required: ["items", "apiVersion", "kind"] }, KubeResourceSliceManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/ResourceSliceSpec" }, apiVersion: { const: "resource.k8s.io/v1" }, kind: { const: "ResourceSlice" }, status: { type: "object" } }, additionalProperties: false, required: ["spec", "apiVersion", "kind"] }, KubeResourceSliceListManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeResourceSliceProps" } }, apiVersion: { const: "resource.k8s.io/v1" }, kind: { const: "ResourceSliceList" }, status: { type: "object" } }, additionalProperties: false, required: ["items", "apiVersion", "kind"] }, KubeDeviceTaintRuleV1Alpha3Manifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/DeviceTaintRuleSpecV1Alpha3" }, apiVersion: { const: "resource.k8s.io/v1alpha3" }, kind: { const: "DeviceTaintRule" }, status: { type: "object" } }, additionalProperties: false, required: ["spec", "apiVersion", "kind"] }, KubeDeviceTaintRuleListV1Alpha3Manifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeDeviceTaintRuleV1Alpha3Props" } }, apiVersion: { const: "resource.k8s.io/v1alpha3" }, kind: { const: "DeviceTaintRuleList" }, status: { type: "object" } }, additionalProperties: false, required: ["items", "apiVersion", "kind"] }, KubeDeviceClassV1Beta1Manifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/DeviceClassSpecV1Beta1" }, apiVersion: { const: "resource.k8s.io/v1beta1" }, kind: { const: "DeviceClass" }, status: { type: "object" } }, additionalProperties: false, required: ["spec", "apiVersion", "kind"] }, KubeDeviceClassListV1Beta1Manifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeDeviceClassV1Beta1Props" } }, apiVersion: { const: "resource.k8s.io/v1beta1" }, kind: { const: "DeviceClassList" }, status: { type: "object" } }, additionalProperties: false, required: ["items", "apiVersion", "kind"] }, KubeResourceClaimV1Beta1Manifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/ResourceClaimSpecV1Beta1" }, apiVersion: { const: "resource.k8s.io/v1beta1" }, kind: { const: "ResourceClaim" }, status: { type: "object" } }, additionalProperties: false, required: ["spec", "apiVersion", "kind"] }, KubeResourceClaimListV1Beta1Manifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeResourceClaimV1Beta1Props" } }, apiVersion: { const: "resource.k8s.io/v1beta1" }, kind: { const: "ResourceClaimList" }, status: { type: "object" } }, additionalProperties: false, required: ["items", "apiVersion", "kind"] }, KubeResourceClaimTemplateV1Beta1Manifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/ResourceClaimTemplateSpecV1Beta1" }, apiVersion: { const: "resource.k8s.io/v1beta1" }, kind: { const: "ResourceClaimTemplate" }, status: { type: "object" } }, additionalProperties: false, required: ["spec", "apiVersion", "kind"] }, KubeResourceClaimTemplateListV1Beta1Manifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeResourceClaimTemplateV1Beta1Props" } }, apiVersion: { const: "resource.k8s.io/v1beta1" }, kind: { const: "ResourceClaimTemplateList" }, status: { type: "object" } }, additionalProperties: false, required: ["items", "apiVersion", "kind"] }, KubeResourceSliceV1Beta1Manifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/ResourceSliceSpecV1Beta1" }, apiVersion: { const: "resource.k8s.io/v1beta1" }, kind: { const: "ResourceSlice" }, status: { type: "object" } }, additionalProperties: false, required: ["spec", "apiVersion", "kind"] }, KubeResourceSliceListV1Beta1Manifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeResourceSliceV1Beta1Props" } }, apiVersion: { const: "resource.k8s.io/v1beta1" }, kind: { const: "ResourceSliceList" }, status: { type: "object" } }, additionalProperties: false, required: ["items", "apiVersion", "kind"] }, KubeDeviceClassV1Beta2Manifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/DeviceClassSpecV1Beta2" }, apiVersion: { const: "resource.k8s.io/v1beta2" }, kind: { const: "DeviceClass" }, status: { type: "object" } }, additionalProperties: false, required: ["spec", "apiVersion", "kind"] }, KubeDeviceClassListV1Beta2Manifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeDeviceClassV1Beta2Props" } }, apiVersion: { const: "resource.k8s.io/v1beta2" }, kind: { const: "DeviceClassList" }, status: { type: "object" } }, additionalProperties: false, required: ["items", "apiVersion", "kind"] }, KubeResourceClaimV1Beta2Manifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/ResourceClaimSpecV1Beta2" }, apiVersion: { const: "resource.k8s.io/v1beta2" }, kind: { const: "ResourceClaim" }, status: { type: "object" } }, additionalProperties: false, required: ["spec", "apiVersion", "kind"] }, KubeResourceClaimListV1Beta2Manifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeResourceClaimV1Beta2Props" } }, apiVersion: { const: "resource.k8s.io/v1beta2" }, kind: { const: "ResourceClaimList" }, status: { type: "object" } }, additionalProperties: false, required: ["items", "apiVersion", "kind"] }, KubeResourceClaimTemplateV1Beta2Manifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/ResourceClaimTemplateSpecV1Beta2" }, apiVersion: { const: "resource.k8s.io/v1beta2" }, kind: { const: "ResourceClaimTemplate" }, status: { type: "object" } }, additionalProperties: false, required: ["spec", "apiVersion", "kind"] }, KubeResourceClaimTemplateListV1Beta2Manifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeResourceClaimTemplateV1Beta2Props" } }, apiVersion: { const: "resource.k8s.io/v1beta2" }, kind: { const: "ResourceClaimTemplateList" }, status: { type: "object" } }, additionalProperties: false, required: ["items", "apiVersion", "kind"] }, KubeResourceSliceV1Beta2Manifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/ResourceSliceSpecV1Beta2" }, apiVersion: { const: "resource.k8s.io/v1beta2" }, kind: { const: "ResourceSlice" }, status: { type: "object" } }, additionalProperties: false, required: ["spec", "apiVersion", "kind"] }, KubeResourceSliceListV1Beta2Manifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeResourceSliceV1Beta2Props" } }, apiVersion: { const: "resource.k8s.io/v1beta2" }, kind: { const: "ResourceSliceList" }, status: { type: "object" } }, additionalProperties: false, required: ["items", "apiVersion", "kind"] }, KubePriorityClassManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, description: { type: "string" }, globalDefault: { type: "boolean" }, preemptionPolicy: { type: "string" }, value: { type: "number" }, apiVersion: { const: "scheduling.k8s.io/v1" }, kind: { const: "PriorityClass" }, status: { type: "object" } }, additionalProperties: false, required: ["value", "apiVersion", "kind"] }, KubePriorityClassListManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubePriorityClassProps" } }, apiVersion: { const: "scheduling.k8s.io/v1" }, kind: { const: "PriorityClassList" }, status: { type: "object" } }, additionalProperties: false, required: ["items", "apiVersion", "kind"] }, KubeCsiDriverManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/CsiDriverSpec" }, apiVersion: { const: "storage.k8s.io/v1" }, kind: { const: "CSIDriver" }, status: { type: "object" } }, additionalProperties: false, required: ["spec", "apiVersion", "kind"] }, KubeCsiDriverListManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeCsiDriverProps" } }, apiVersion: { const: "storage.k8s.io/v1" }, kind: { const: "CSIDriverList" }, status: { type: "object" } }, additionalProperties: false, required: ["items", "apiVersion", "kind"] }, KubeCsiNodeManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/CsiNodeSpec" }, apiVersion: { const: "storage.k8s.io/v1" }, kind: { const: "CSINode" }, status: { type: "object" } }, additionalProperties: false, required: ["spec", "apiVersion", "kind"] }, KubeCsiNodeListManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeCsiNodeProps" } }, apiVersion: { const: "storage.k8s.io/v1" }, kind: { const: "CSINodeList" }, status: { type: "object" } }, additionalProperties: false, required: ["items", "apiVersion", "kind"] }, KubeCsiStorageCapacityManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, capacity: { type: ["string", "number"] }, maximumVolumeSize: { type: ["string", "number"] }, nodeTopology: { $ref: "#/definitions/LabelSelector" }, storageClassName: { type: "string" }, apiVersion: { const: "storage.k8s.io/v1" }, kind: { const: "CSIStorageCapacity" }, status: { type: "object" } }, additionalProperties: false, required: ["storageClassName", "apiVersion", "kind"] }, KubeCsiStorageCapacityListManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeCsiStorageCapacityProps" } }, apiVersion: { const: "storage.k8s.io/v1" }, kind: { const: "CSIStorageCapacityList" }, status: { type: "object" } }, additionalProperties: false, required: ["items", "apiVersion", "kind"] }, KubeStorageClassManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, allowVolumeExpansion: { type: "boolean" }, allowedTopologies: { type: "array", items: { $ref: "#/definitions/TopologySelectorTerm" } }, mountOptions: { type: "array", items: { type: "string" } }, parameters: { type: "object", additionalProperties: { type: "string" } }, provisioner: { type: "string" }, reclaimPolicy: { type: "string" }, volumeBindingMode: { type: "string" }, apiVersion: { const: "storage.k8s.io/v1" }, kind: { const: "StorageClass" }, status: { type: "object" } }, additionalProperties: false, required: ["provisioner", "apiVersion", "kind"] }, KubeStorageClassListManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeStorageClassProps" } }, apiVersion: { const: "storage.k8s.io/v1" }, kind: { const: "StorageClassList" }, status: { type: "object" } }, additionalProperties: false, required: ["items", "apiVersion", "kind"] }, KubeVolumeAttachmentManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/VolumeAttachmentSpec" }, apiVersion: { const: "storage.k8s.io/v1" }, kind: { const: "VolumeAttachment" }, status: { type: "object" } }, additionalProperties: false, required: ["spec", "apiVersion", "kind"] }, KubeVolumeAttachmentListManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeVolumeAttachmentProps" } }, apiVersion: { const: "storage.k8s.io/v1" }, kind: { const: "VolumeAttachmentList" }, status: { type: "object" } }, additionalProperties: false, required: ["items", "apiVersion", "kind"] }, KubeVolumeAttributesClassManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, driverName: { type: "string" }, parameters: { type: "object", additionalProperties: { type: "string" } }, apiVersion: { const: "storage.k8s.io/v1" }, kind: { const: "VolumeAttributesClass" }, status: { type: "object" } }, additionalProperties: false, required: ["driverName", "apiVersion", "kind"] }, KubeVolumeAttributesClassListManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeVolumeAttributesClassProps" } }, apiVersion: { const: "storage.k8s.io/v1" }, kind: { const: "VolumeAttributesClassList" }, status: { type: "object" } }, additionalProperties: false, required: ["items", "apiVersion", "kind"] }, KubeVolumeAttributesClassV1Alpha1Manifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, driverName: { type: "string" }, parameters: { type: "object", additionalProperties: { type: "string" } }, apiVersion: { const: "storage.k8s.io/v1alpha1" }, kind: { const: "VolumeAttributesClass" }, status: { type: "object" } }, additionalProperties: false, required: ["driverName", "apiVersion", "kind"] }, KubeVolumeAttributesClassListV1Alpha1Manifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeVolumeAttributesClassV1Alpha1Props" } }, apiVersion: { const: "storage.k8s.io/v1alpha1" }, kind: { const: "VolumeAttributesClassList" }, status: { type: "object" } }, additionalProperties: false, required: ["items", "apiVersion", "kind"] }, KubeVolumeAttributesClassV1Beta1Manifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, driverName: { type: "string" }, parameters: { type: "object", additionalProperties: { type: "string" } }, apiVersion: { const: "storage.k8s.io/v1beta1" }, kind: { const: "VolumeAttributesClass" }, status: { type: "object" } }, additionalProperties: false, required: ["driverName", "apiVersion", "kind"] }, KubeVolumeAttributesClassListV1Beta1Manifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeVolumeAttributesClassV1Beta1Props" } }, apiVersion: { const: "storage.k8s.io/v1beta1" }, kind: { const: "VolumeAttributesClassList" }, status: { type: "object" } }, additionalProperties: false, required: ["items", "apiVersion", "kind"] }, KubeStorageVersionMigrationV1Alpha1Manifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/StorageVersionMigrationSpecV1Alpha1" }, apiVersion: { const: "storagemigration.k8s.io/v1alpha1" }, kind: { const: "StorageVersionMigration" }, status: { type: "object" } }, additionalProperties: false, required: ["apiVersion", "kind"] }, KubeStorageVersionMigrationListV1Alpha1Manifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeStorageVersionMigrationV1Alpha1Props" } }, apiVersion: { const: "storagemigration.k8s.io/v1alpha1" }, kind: { const: "StorageVersionMigrationList" }, status: { type: "object" } }, additionalProperties: false, required: ["items", "apiVersion", "kind"] }, KubeCustomResourceDefinitionManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/CustomResourceDefinitionSpec" }, apiVersion: { const: "apiextensions.k8s.io/v1" }, kind: { const: "CustomResourceDefinition" }, status: { type: "object" } }, additionalProperties: false, required: ["spec", "apiVersion", "kind"] }, KubeCustomResourceDefinitionListManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeCustomResourceDefinitionProps" } }, apiVersion: { const: "apiextensions.k8s.io/v1" }, kind: { const: "CustomResourceDefinitionList" }, status: { type: "object" } }, additionalProperties: false, required: ["items", "apiVersion", "kind"] }, KubeStatusManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, code: { type: "number" }, details: { $ref: "#/definitions/StatusDetails" }, message: { type: "string" }, reason: { type: "string" }, apiVersion: { const: "v1" }, kind: { const: "Status" }, status: { type: "object" } }, additionalProperties: false, required: ["apiVersion", "kind"] }, KubeApiServiceManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ObjectMeta" }, spec: { $ref: "#/definitions/ApiServiceSpec" }, apiVersion: { const: "apiregistration.k8s.io/v1" }, kind: { const: "APIService" }, status: { type: "object" } }, additionalProperties: false, required: ["apiVersion", "kind"] }, KubeApiServiceListManifest: { type: "object", properties: { metadata: { $ref: "#/definitions/ListMeta" }, items: { type: "array", items: { $ref: "#/definitions/KubeApiServiceProps" } }, apiVersion: { const: "apiregistration.k8s.io/v1" }, kind: { const: "APIServiceList" }, status: { type: "object" } }, additionalProperties: false, required: ["items", "apiVersion", "kind"] } } }, kinds: { "admissionregistration.k8s.io/v1 MutatingWebhookConfiguration": "KubeMutatingWebhookConfigurationManifest", "admissionregistration.k8s.io/v1 MutatingWebhookConfigurationList": "KubeMutatingWebhookConfigurationListManifest", "admissionregistration.k8s.io/v1 ValidatingAdmissionPolicy": "KubeValidatingAdmissionPolicyManifest", "admissionregistration.k8s.io/v1 ValidatingAdmissionPolicyBinding": "KubeValidatingAdmissionPolicyBindingManifest", "admissionregistration.k8s.io/v1 ValidatingAdmissionPolicyBindingList": "KubeValidatingAdmissionPolicyBindingListManifest", "admissionregistration.k8s.io/v1 ValidatingAdmissionPolicyList": "KubeValidatingAdmissionPolicyListManifest", "admissionregistration.k8s.io/v1 ValidatingWebhookConfiguration": "KubeValidatingWebhookConfigurationManifest", "admissionregistration.k8s.io/v1 ValidatingWebhookConfigurationList": "KubeValidatingWebhookConfigurationListManifest", "admissionregistration.k8s.io/v1alpha1 MutatingAdmissionPolicy": "KubeMutatingAdmissionPolicyV1Alpha1Manifest", "admissionregistration.k8s.io/v1alpha1 MutatingAdmissionPolicyBinding": "KubeMutatingAdmissionPolicyBindingV1Alpha1Manifest", "admissionregistration.k8s.io/v1alpha1 MutatingAdmissionPolicyBindingList": "KubeMutatingAdmissionPolicyBindingListV1Alpha1Manifest", "admissionregistration.k8s.io/v1alpha1 MutatingAdmissionPolicyList": "KubeMutatingAdmissionPolicyListV1Alpha1Manifest", "admissionregistration.k8s.io/v1beta1 MutatingAdmissionPolicy": "KubeMutatingAdmissionPolicyV1Beta1Manifest", "admissionregistration.k8s.io/v1beta1 MutatingAdmissionPolicyBinding": "KubeMutatingAdmissionPolicyBindingV1Beta1Manifest", "admissionregistration.k8s.io/v1beta1 MutatingAdmissionPolicyBindingList": "KubeMutatingAdmissionPolicyBindingListV1Beta1Manifest", "admissionregistration.k8s.io/v1beta1 MutatingAdmissionPolicyList": "KubeMutatingAdmissionPolicyListV1Beta1Manifest", "apiextensions.k8s.io/v1 CustomResourceDefinition": "KubeCustomResourceDefinitionManifest", "apiextensions.k8s.io/v1 CustomResourceDefinitionList": "KubeCustomResourceDefinitionListManifest", "apiregistration.k8s.io/v1 APIService": "KubeApiServiceManifest", "apiregistration.k8s.io/v1 APIServiceList": "KubeApiServiceListManifest", "apps/v1 ControllerRevision": "KubeControllerRevisionManifest", "apps/v1 ControllerRevisionList": "KubeControllerRevisionListManifest", "apps/v1 DaemonSet": "KubeDaemonSetManifest", "apps/v1 DaemonSetList": "KubeDaemonSetListManifest", "apps/v1 Deployment": "KubeDeploymentManifest", "apps/v1 DeploymentList": "KubeDeploymentListManifest", "apps/v1 ReplicaSet": "KubeReplicaSetManifest", "apps/v1 ReplicaSetList": "KubeReplicaSetListManifest", "apps/v1 StatefulSet": "KubeStatefulSetManifest", "apps/v1 StatefulSetList": "KubeStatefulSetListManifest", "authentication.k8s.io/v1 SelfSubjectReview": "KubeSelfSubjectReviewManifest", "authentication.k8s.io/v1 TokenRequest": "KubeTokenRequestManifest", "authentication.k8s.io/v1 TokenReview": "KubeTokenReviewManifest", "authorization.k8s.io/v1 LocalSubjectAccessReview": "KubeLocalSubjectAccessReviewManifest", "authorization.k8s.io/v1 SelfSubjectAccessReview": "KubeSelfSubjectAccessReviewManifest", "authorization.k8s.io/v1 SelfSubjectRulesReview": "KubeSelfSubjectRulesReviewManifest", "authorization.k8s.io/v1 SubjectAccessReview": "KubeSubjectAccessReviewManifest", "autoscaling/v1 HorizontalPodAutoscaler": "KubeHorizontalPodAutoscalerManifest", "autoscaling/v1 HorizontalPodAutoscalerList": "KubeHorizontalPodAutoscalerListManifest", "autoscaling/v1 Scale": "KubeScaleManifest", "autoscaling/v2 HorizontalPodAutoscaler": "KubeHorizontalPodAutoscalerV2Manifest", "autoscaling/v2 HorizontalPodAutoscalerList": "KubeHorizontalPodAutoscalerListV2Manifest", "batch/v1 CronJob": "KubeCronJobManifest", "batch/v1 CronJobList": "KubeCronJobListManifest", "batch/v1 Job": "KubeJobManifest", "batch/v1 JobList": "KubeJobListManifest", "certificates.k8s.io/v1 CertificateSigningRequest": "KubeCertificateSigningRequestManifest", "certificates.k8s.io/v1 CertificateSigningRequestList": "KubeCertificateSigningRequestListManifest", "certificates.k8s.io/v1alpha1 ClusterTrustBundle": "KubeClusterTrustBundleV1Alpha1Manifest", "certificates.k8s.io/v1alpha1 ClusterTrustBundleList": "KubeClusterTrustBundleListV1Alpha1Manifest", "certificates.k8s.io/v1alpha1 PodCertificateRequest": "KubePodCertificateRequestV1Alpha1Manifest", "certificates.k8s.io/v1alpha1 PodCertificateRequestList": "KubePodCertificateRequestListV1Alpha1Manifest", "certificates.k8s.io/v1beta1 ClusterTrustBundle": "KubeClusterTrustBundleV1Beta1Manifest", "certificates.k8s.io/v1beta1 ClusterTrustBundleList": "KubeClusterTrustBundleListV1Beta1Manifest", "coordination.k8s.io/v1 Lease": "KubeLeaseManifest", "coordination.k8s.io/v1 LeaseList": "KubeLeaseListManifest", "coordination.k8s.io/v1alpha2 LeaseCandidate": "KubeLeaseCandidateV1Alpha2Manifest", "coordination.k8s.io/v1alpha2 LeaseCandidateList": "KubeLeaseCandidateListV1Alpha2Manifest", "coordination.k8s.io/v1beta1 LeaseCandidate": "KubeLeaseCandidateV1Beta1Manifest", "coordination.k8s.io/v1beta1 LeaseCandidateList": "KubeLeaseCandidateListV1Beta1Manifest", "discovery.k8s.io/v1 EndpointSlice": "KubeEndpointSliceManifest", "discovery.k8s.io/v1 EndpointSliceList": "KubeEndpointSliceListManifest", "events.k8s.io/v1 Event": "KubeEventManifest", "events.k8s.io/v1 EventList": "KubeEventListManifest", "flowcontrol.apiserver.k8s.io/v1 FlowSchema": "KubeFlowSchemaManifest", "flowcontrol.apiserver.k8s.io/v1 FlowSchemaList": "KubeFlowSchemaListManifest", "flowcontrol.apiserver.k8s.io/v1 PriorityLevelConfiguration": "KubePriorityLevelConfigurationManifest", "flowcontrol.apiserver.k8s.io/v1 PriorityLevelConfigurationList": "KubePriorityLevelConfigurationListManifest", "internal.apiserver.k8s.io/v1alpha1 StorageVersion": "KubeStorageVersionV1Alpha1Manifest", "internal.apiserver.k8s.io/v1alpha1 StorageVersionList": "KubeStorageVersionListV1Alpha1Manifest", "networking.k8s.io/v1 IPAddress": "KubeIpAddressManifest", "networking.k8s.io/v1 IPAddressList": "KubeIpAddressListManifest", "networking.k8s.io/v1 Ingress": "KubeIngressManifest", "networking.k8s.io/v1 IngressClass": "KubeIngressClassManifest", "networking.k8s.io/v1 IngressClassList": "KubeIngressClassListManifest", "networking.k8s.io/v1 IngressList": "KubeIngressListManifest", "networking.k8s.io/v1 NetworkPolicy": "KubeNetworkPolicyManifest", "networking.k8s.io/v1 NetworkPolicyList": "KubeNetworkPolicyListManifest", "networking.k8s.io/v1 ServiceCIDR": "KubeServiceCidrManifest", "networking.k8s.io/v1 ServiceCIDRList": "KubeServiceCidrListManifest", "networking.k8s.io/v1beta1 IPAddress": "KubeIpAddressV1Beta1Manifest", "networking.k8s.io/v1beta1 IPAddressList": "KubeIpAddressListV1Beta1Manifest", "networking.k8s.io/v1beta1 ServiceCIDR": "KubeServiceCidrv1Beta1Manifest", "networking.k8s.io/v1beta1 ServiceCIDRList": "KubeServiceCidrListV1Beta1Manifest", "node.k8s.io/v1 RuntimeClass": "KubeRuntimeClassManifest", "node.k8s.io/v1 RuntimeClassList": "KubeRuntimeClassListManifest", "policy/v1 Eviction": "KubeEvictionManifest", "policy/v1 PodDisruptionBudget": "KubePodDisruptionBudgetManifest", "policy/v1 PodDisruptionBudgetList": "KubePodDisruptionBudgetListManifest", "rbac.authorization.k8s.io/v1 ClusterRole": "KubeClusterRoleManifest", "rbac.authorization.k8s.io/v1 ClusterRoleBinding": "KubeClusterRoleBindingManifest", "rbac.authorization.k8s.io/v1 ClusterRoleBindingList": "KubeClusterRoleBindingListManifest", "rbac.authorization.k8s.io/v1 ClusterRoleList": "KubeClusterRoleListManifest", "rbac.authorization.k8s.io/v1 Role": "KubeRoleManifest", "rbac.authorization.k8s.io/v1 RoleBinding": "KubeRoleBindingManifest", "rbac.authorization.k8s.io/v1 RoleBindingList": "KubeRoleBindingListManifest", "rbac.authorization.k8s.io/v1 RoleList": "KubeRoleListManifest", "resource.k8s.io/v1 DeviceClass": "KubeDeviceClassManifest", "resource.k8s.io/v1 DeviceClassList": "KubeDeviceClassListManifest", "resource.k8s.io/v1 ResourceClaim": "KubeResourceClaimManifest", "resource.k8s.io/v1 ResourceClaimList": "KubeResourceClaimListManifest", "resource.k8s.io/v1 ResourceClaimTemplate": "KubeResourceClaimTemplateManifest", "resource.k8s.io/v1 ResourceClaimTemplateList": "KubeResourceClaimTemplateListManifest", "resource.k8s.io/v1 ResourceSlice": "KubeResourceSliceManifest", "resource.k8s.io/v1 ResourceSliceList": "KubeResourceSliceListManifest", "resource.k8s.io/v1alpha3 DeviceTaintRule": "KubeDeviceTaintRuleV1Alpha3Manifest", "resource.k8s.io/v1alpha3 DeviceTaintRuleList": "KubeDeviceTaintRuleListV1Alpha3Manifest", "resource.k8s.io/v1beta1 DeviceClass": "KubeDeviceClassV1Beta1Manifest", "resource.k8s.io/v1beta1 DeviceClassList": "KubeDeviceClassListV1Beta1Manifest", "resource.k8s.io/v1beta1 ResourceClaim": "KubeResourceClaimV1Beta1Manifest", "resource.k8s.io/v1beta1 ResourceClaimList": "KubeResourceClaimListV1Beta1Manifest", "resource.k8s.io/v1beta1 ResourceClaimTemplate": "KubeResourceClaimTemplateV1Beta1Manifest", "resource.k8s.io/v1beta1 ResourceClaimTemplateList": "KubeResourceClaimTemplateListV1Beta1Manifest", "resource.k8s.io/v1beta1 ResourceSlice": "KubeResourceSliceV1Beta1Manifest", "resource.k8s.io/v1beta1 ResourceSliceList": "KubeResourceSliceListV1Beta1Manifest", "resource.k8s.io/v1beta2 DeviceClass": "KubeDeviceClassV1Beta2Manifest", "resource.k8s.io/v1beta2 DeviceClassList": "KubeDeviceClassListV1Beta2Manifest", "resource.k8s.io/v1beta2 ResourceClaim": "KubeResourceClaimV1Beta2Manifest", "resource.k8s.io/v1beta2 ResourceClaimList": "KubeResourceClaimListV1Beta2Manifest", "resource.k8s.io/v1beta2 ResourceClaimTemplate": "KubeResourceClaimTemplateV1Beta2Manifest", "resource.k8s.io/v1beta2 ResourceClaimTemplateList": "KubeResourceClaimTemplateListV1Beta2Manifest", "resource.k8s.io/v1beta2 ResourceSlice": "KubeResourceSliceV1Beta2Manifest", "resource.k8s.io/v1beta2 ResourceSliceList": "KubeResourceSliceListV1Beta2Manifest", "scheduling.k8s.io/v1 PriorityClass": "KubePriorityClassManifest", "scheduling.k8s.io/v1 PriorityClassList": "KubePriorityClassListManifest", "storage.k8s.io/v1 CSIDriver": "KubeCsiDriverManifest", "storage.k8s.io/v1 CSIDriverList": "KubeCsiDriverListManifest", "storage.k8s.io/v1 CSINode": "KubeCsiNodeManifest", "storage.k8s.io/v1 CSINodeList": "KubeCsiNodeListManifest", "storage.k8s.io/v1 CSIStorageCapacity": "KubeCsiStorageCapacityManifest", "storage.k8s.io/v1 CSIStorageCapacityList": "KubeCsiStorageCapacityListManifest", "storage.k8s.io/v1 StorageClass": "KubeStorageClassManifest", "storage.k8s.io/v1 StorageClassList": "KubeStorageClassListManifest", "storage.k8s.io/v1 VolumeAttachment": "KubeVolumeAttachmentManifest", "storage.k8s.io/v1 VolumeAttachmentList": "KubeVolumeAttachmentListManifest", "storage.k8s.io/v1 VolumeAttributesClass": "KubeVolumeAttributesClassManifest", "storage.k8s.io/v1 VolumeAttributesClassList": "KubeVolumeAttributesClassListManifest", "storage.k8s.io/v1alpha1 VolumeAttributesClass": "KubeVolumeAttributesClassV1Alpha1Manifest", "storage.k8s.io/v1alpha1 VolumeAttributesClassList": "KubeVolumeAttributesClassListV1Alpha1Manifest", "storage.k8s.io/v1beta1 VolumeAttributesClass": "KubeVolumeAttributesClassV1Beta1Manifest", "storage.k8s.io/v1beta1 VolumeAttributesClassList": "KubeVolumeAttributesClassListV1Beta1Manifest", "storagemigration.k8s.io/v1alpha1 StorageVersionMigration": "KubeStorageVersionMigrationV1Alpha1Manifest", "storagemigration.k8s.io/v1alpha1 StorageVersionMigrationList": "KubeStorageVersionMigrationListV1Alpha1Manifest", "v1 Binding": "KubeBindingManifest", "v1 ComponentStatus": "KubeComponentStatusManifest", "v1 ComponentStatusList": "KubeComponentStatusListManifest", "v1 ConfigMap": "KubeConfigMapManifest", "v1 ConfigMapList": "KubeConfigMapListManifest", "v1 Endpoints": "KubeEndpointsManifest", "v1 EndpointsList": "KubeEndpointsListManifest", "v1 LimitRange": "KubeLimitRangeManifest", "v1 LimitRangeList": "KubeLimitRangeListManifest", "v1 Namespace": "KubeNamespaceManifest", "v1 NamespaceList": "KubeNamespaceListManifest", "v1 Node": "KubeNodeManifest", "v1 NodeList": "KubeNodeListManifest", "v1 PersistentVolume": "KubePersistentVolumeManifest", "v1 PersistentVolumeClaim": "KubePersistentVolumeClaimManifest", "v1 PersistentVolumeClaimList": "KubePersistentVolumeClaimListManifest", "v1 PersistentVolumeList": "KubePersistentVolumeListManifest", "v1 Pod": "KubePodManifest", "v1 PodList": "KubePodListManifest", "v1 PodTemplate": "KubePodTemplateManifest", "v1 PodTemplateList": "KubePodTemplateListManifest", "v1 ReplicationController": "KubeReplicationControllerManifest", "v1 ReplicationControllerList": "KubeReplicationControllerListManifest", "v1 ResourceQuota": "KubeResourceQuotaManifest", "v1 ResourceQuotaList": "KubeResourceQuotaListManifest", "v1 Secret": "KubeSecretManifest", "v1 SecretList": "KubeSecretListManifest", "v1 Service": "KubeServiceManifest", "v1 ServiceAccount": "KubeServiceAccountManifest", "v1 ServiceAccountList": "KubeServiceAccountListManifest", "v1 ServiceList": "KubeServiceListManifest", "v1 Status": "KubeStatusManifest" } };

// src/kit/k8s-openapi.ts
var OLDEST_KUBE_VERSION = "1.24";
var NEWEST_KUBE_VERSION = "1.34";
var cache = /* @__PURE__ */ new Map();
function gvkKey(apiVersion, kind) {
  return `${apiVersion} ${kind}`;
}
var COMMITTED = {
  "1.24": k8s_1_24_default,
  "1.34": k8s_1_34_default
};
function loadKubeApiSchema(kubeVersion) {
  const minor = kubeVersion.replace(/^v/, "").split(".").slice(0, 2).join(".");
  const hit = cache.get(minor);
  if (hit) return hit;
  const committed = COMMITTED[minor];
  if (!committed) {
    throw new Error(`no Kubernetes schema for ${kubeVersion}; supported: ${Object.keys(COMMITTED).join(", ")}`);
  }
  const result = { kubeVersion: minor, schema: committed.schema, kinds: new Map(Object.entries(committed.kinds)) };
  cache.set(minor, result);
  return result;
}

// src/kit/policy.ts
var asObj = (v) => v && typeof v === "object" && !Array.isArray(v) ? v : void 0;
var asArr = (v) => Array.isArray(v) ? v : [];
var sc = (o) => asObj(o?.securityContext) ?? {};
var SECCOMP_OK = /* @__PURE__ */ new Set(["RuntimeDefault", "Localhost"]);
var POLICY_RULES = {
  "run-as-non-root": {
    description: "Pod Security restricted: runAsNonRoot true (pod or every container), runAsUser not 0",
    container: (c) => {
      const pod = sc(c.podSpec);
      const own = sc(c.container);
      const msgs = [];
      const nonRoot = own.runAsNonRoot ?? pod.runAsNonRoot;
      if (nonRoot !== true) msgs.push("runAsNonRoot is not true (set it in the pod or container securityContext)");
      if ((own.runAsUser ?? pod.runAsUser) === 0) msgs.push("runAsUser is 0 (root)");
      return msgs;
    }
  },
  "no-privilege-escalation": {
    description: "Pod Security restricted: allowPrivilegeEscalation false",
    container: (c) => sc(c.container).allowPrivilegeEscalation === false ? [] : ["allowPrivilegeEscalation is not false"]
  },
  capabilities: {
    description: "Pod Security restricted: drop ALL capabilities, add none beyond NET_BIND_SERVICE",
    container: (c) => {
      const caps = asObj(sc(c.container).capabilities) ?? {};
      const msgs = [];
      if (!asArr(caps.drop).includes("ALL")) msgs.push("capabilities.drop does not include ALL");
      const extra = asArr(caps.add).filter((a) => a !== "NET_BIND_SERVICE");
      if (extra.length) msgs.push(`capabilities.add has ${extra.join(", ")} (only NET_BIND_SERVICE is allowed)`);
      return msgs;
    }
  },
  "seccomp-profile": {
    description: "Pod Security restricted: seccompProfile RuntimeDefault or Localhost (pod or every container)",
    container: (c) => {
      const own = asObj(sc(c.container).seccompProfile)?.type;
      const pod = asObj(sc(c.podSpec).seccompProfile)?.type;
      const effective = own ?? pod;
      if (typeof effective === "string" && SECCOMP_OK.has(effective)) return [];
      return [`seccompProfile type is ${effective === void 0 ? "not set" : String(effective)} (needs RuntimeDefault or Localhost)`];
    }
  },
  "host-namespaces": {
    description: "Pod Security baseline: no hostNetwork, hostPID, hostIPC",
    pod: (p) => ["hostNetwork", "hostPID", "hostIPC"].filter((k) => p.podSpec[k] === true).map((k) => `${k} is true`)
  },
  "host-path": {
    description: "Pod Security baseline: no hostPath volumes",
    pod: (p) => asArr(p.podSpec.volumes).map(asObj).filter((v) => v?.hostPath !== void 0).map((v) => `volume ${String(v?.name)} is a hostPath`)
  },
  privileged: {
    description: "Pod Security baseline: no privileged containers",
    container: (c) => sc(c.container).privileged === true ? ["privileged is true"] : []
  },
  "read-only-root-filesystem": {
    description: "readOnlyRootFilesystem true (writable paths as volumes)",
    container: (c) => sc(c.container).readOnlyRootFilesystem === true ? [] : ["readOnlyRootFilesystem is not true"]
  },
  resources: {
    description: "cpu and memory requests and limits set",
    container: (c) => {
      const r = asObj(c.container.resources) ?? {};
      const msgs = [];
      for (const part of ["requests", "limits"]) {
        const set = asObj(r[part]) ?? {};
        const missing = ["cpu", "memory"].filter((k) => set[k] === void 0 || set[k] === "");
        if (missing.length) msgs.push(`resources.${part} lacks ${missing.join(" and ")}`);
      }
      return msgs;
    }
  },
  probes: {
    // Helm test pods and Jobs run once to completion: a liveness probe could kill a slow check and
    // a readiness probe gates no traffic, so they are exempt. Init containers cannot have probes.
    description: "liveness and readiness probes on long-running containers",
    container: (c) => {
      if (c.runsToCompletion || c.isInit) return [];
      return ["livenessProbe", "readinessProbe"].filter((p) => !asObj(c.container[p])).map((p) => `${p} is not set`);
    }
  },
  labels: {
    description: "app.kubernetes.io/name and app.kubernetes.io/instance (or part-of) labels on every object",
    object: (o) => {
      const labels = asObj(o.metadata?.labels) ?? {};
      const msgs = [];
      if (!labels["app.kubernetes.io/name"]) msgs.push("label app.kubernetes.io/name is missing");
      if (!labels["app.kubernetes.io/instance"] && !labels["app.kubernetes.io/part-of"]) {
        msgs.push("label app.kubernetes.io/instance (or app.kubernetes.io/part-of) is missing");
      }
      return msgs;
    }
  },
  "rbac-no-wildcards": {
    description: 'no "*" in verbs, resources or apiGroups of Roles and ClusterRoles',
    object: (o) => {
      if (o.kind !== "Role" && o.kind !== "ClusterRole") return [];
      const msgs = [];
      asArr(o.rules).forEach((rule, i) => {
        const r = asObj(rule) ?? {};
        for (const field2 of ["verbs", "resources", "apiGroups"]) {
          if (asArr(r[field2]).some((v) => typeof v === "string" && v.includes("*"))) msgs.push(`rules[${i}].${field2} has a wildcard`);
        }
      });
      return msgs;
    }
  },
  "image-tag": {
    description: "images pinned by tag (not latest) or digest",
    container: (c) => imageProblems(c.container.image),
    object: (o) => o.kind === "MCPServer" ? imageProblems(asObj(o.spec)?.image) : []
  }
};
function imageProblems(image) {
  if (typeof image !== "string" || image === "") return ["image is not set"];
  if (/@sha256:[0-9a-f]{64}$/.test(image)) return [];
  const lastSlash = image.lastIndexOf("/");
  const colon = image.lastIndexOf(":");
  if (colon <= lastSlash) return [`image ${image} has no tag (means latest)`];
  const tag = image.slice(colon + 1);
  if (tag === "latest") return [`image ${image} uses the mutable tag latest`];
  return [];
}
function podSpecOf(o) {
  const spec = asObj(o.spec);
  switch (o.kind) {
    case "Pod":
      return spec;
    case "Deployment":
    case "StatefulSet":
    case "DaemonSet":
    case "ReplicaSet":
    case "ReplicationController":
    case "Job":
      return asObj(asObj(spec?.template)?.spec);
    case "CronJob":
      return asObj(asObj(asObj(asObj(spec?.jobTemplate)?.spec)?.template)?.spec);
    default:
      return void 0;
  }
}
function isHelmTestHook(o) {
  const hook = o.metadata?.annotations?.["helm.sh/hook"];
  return typeof hook === "string" && hook.split(",").some((h) => h.trim().startsWith("test"));
}
function checkPolicies(objects, opts = {}) {
  const disabled = opts.disabled ?? {};
  for (const [rule, reason] of Object.entries(disabled)) {
    if (!(rule in POLICY_RULES)) throw new Error(`unknown policy rule "${rule}"; known: ${Object.keys(POLICY_RULES).join(", ")}`);
    if (!reason.trim()) throw new Error(`policy rule "${rule}" is disabled without a reason`);
  }
  const findings = [];
  const active = Object.entries(POLICY_RULES).filter(([name]) => !(name in disabled));
  for (const { object, source } of objects) {
    const base = { check: "policy", kind: kindOf(object), name: nameOf(object), source };
    for (const [rule, r] of active) for (const message of r.object?.(object) ?? []) findings.push({ ...base, rule, message });
    const podSpec = podSpecOf(object);
    if (!podSpec) continue;
    const pod = { object, source, podSpec, runsToCompletion: isHelmTestHook(object) || object.kind === "Job" || object.kind === "CronJob" };
    for (const [rule, r] of active) for (const message of r.pod?.(pod) ?? []) findings.push({ ...base, rule, message });
    const containers = [
      ...asArr(podSpec.containers).map((c) => ({ c, isInit: false })),
      ...asArr(podSpec.initContainers).map((c) => ({ c, isInit: true })),
      ...asArr(podSpec.ephemeralContainers).map((c) => ({ c, isInit: true }))
    ];
    for (const { c, isInit } of containers) {
      const container = asObj(c) ?? {};
      const containerName = typeof container.name === "string" ? container.name : "<unnamed>";
      const ctx = { ...pod, container, containerName, isInit };
      for (const [rule, r] of active) {
        for (const message of r.container?.(ctx) ?? []) findings.push({ ...base, container: containerName, rule, message });
      }
    }
  }
  return { findings, waived: Object.entries(disabled).map(([rule, reason]) => ({ rule, reason })) };
}

// src/kit/render.ts
var import_yaml3 = __toESM(require_dist(), 1);
import { mkdtemp, rm as rm2, writeFile as writeFile2 } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join as join2 } from "node:path";

// src/tools/exec.ts
var observers = /* @__PURE__ */ new Set();
function scrub(text, secrets = []) {
  return secrets.filter(Boolean).reduce((t, s) => t.split(s).join("***"), text);
}
async function exec(bin, args, options = {}) {
  for (const observe of observers) observe(bin, args);
  try {
    const result = await getExecOutput(bin, args, {
      cwd: options.cwd,
      env: options.env,
      input: options.stdin === void 0 ? void 0 : Buffer.from(options.stdin),
      silent: true,
      ignoreReturnCode: true
    });
    return { code: result.exitCode, stdout: result.stdout, stderr: result.stderr };
  } catch (err) {
    throw new UserError(`cannot run ${bin}: ${scrub(err.message, options.secrets)}`);
  }
}
async function execChecked(what, bin, args, options = {}) {
  const result = await exec(bin, args, options);
  if (result.code !== 0) {
    const detail = (result.stderr || result.stdout).trim().split("\n").slice(-5).join(" | ");
    throw new UserError(`${what} failed (exit ${result.code}): ${scrub(detail, options.secrets)}`);
  }
  return result;
}

// src/kit/render.ts
var HelmError = class extends Error {
  constructor(message, stderr, exitCode, stdout = "") {
    super(message);
    this.stderr = stderr;
    this.exitCode = exitCode;
    this.stdout = stdout;
    this.name = "HelmError";
  }
  stderr;
  exitCode;
  stdout;
};
async function run(file, args, opts = {}) {
  const result = await exec(file, args, { cwd: opts.cwd });
  if (result.code !== 0) {
    const why = result.stderr.trim() || result.stdout.trim() || `exit ${result.code}`;
    throw new HelmError(`${file} ${args[0] ?? ""} failed: ${why}`, result.stderr, result.code, result.stdout);
  }
  return { stdout: result.stdout, stderr: result.stderr };
}
function helmTemplateArgs(opts, inlineValueFiles = []) {
  const args = ["template", opts.releaseName ?? "dot-ai", opts.chartDir];
  if (opts.namespace) args.push("--namespace", opts.namespace);
  for (const f of opts.valuesFiles ?? []) args.push("-f", f);
  for (const f of inlineValueFiles) args.push("-f", f);
  for (const s of opts.sets ?? []) args.push("--set", s);
  for (const s of opts.setStrings ?? []) args.push("--set-string", s);
  if (opts.kubeVersion) args.push("--kube-version", opts.kubeVersion);
  for (const a of opts.apiVersions ?? []) args.push("--api-versions", a);
  return args;
}
async function helmTemplate(opts) {
  let dir;
  const inline = [];
  try {
    if (opts.values?.length) {
      dir = await mkdtemp(join2(tmpdir(), "kit-values-"));
      for (const [i, v] of opts.values.entries()) {
        const file = join2(dir, `values-${i}.yaml`);
        await writeFile2(file, (0, import_yaml3.stringify)(v), { mode: 384 });
        inline.push(file);
      }
    }
    const { stdout } = await run(opts.helmBin, helmTemplateArgs(opts, inline), opts);
    return stdout;
  } finally {
    if (dir) await rm2(dir, { recursive: true, force: true });
  }
}
var SOURCE_RE = /^\s*Source:\s*(\S+)/m;
function splitManifests(text, defaultSource = "<stdin>") {
  const out = [];
  const docs = (0, import_yaml3.parseAllDocuments)(text, { uniqueKeys: true });
  let index = 0;
  for (const doc of docs) {
    const comment = `${doc.commentBefore ?? ""}
${doc.contents?.commentBefore ?? ""}`;
    const source = SOURCE_RE.exec(comment)?.[1] ?? defaultSource;
    if (doc.errors.length > 0) {
      throw new Error(`${source}: invalid YAML: ${doc.errors.map((e) => e.message).join("; ")}`);
    }
    const value = doc.toJS({ maxAliasCount: 100 });
    if (value === null || value === void 0) continue;
    if (typeof value !== "object" || Array.isArray(value)) {
      throw new Error(`${source}: document ${index} is not a mapping`);
    }
    out.push({ source, index, object: value });
    index++;
  }
  return out;
}
async function renderChart(opts) {
  return splitManifests(await helmTemplate(opts), opts.chartDir);
}

// src/kit/schema.ts
var import_ajv = __toESM(require_ajv(), 1);

// src/kit/crd-schemas.ts
var str = { type: "string" };
var port = { type: "integer", minimum: 1, maximum: 65535 };
var nameRef = (extra = {}, required = ["name"]) => ({
  type: "object",
  additionalProperties: false,
  required,
  properties: { name: str, ...extra }
});
var openObject = { type: "object" };
var metadata = {
  type: "object",
  properties: {
    name: str,
    namespace: str,
    labels: { type: "object", additionalProperties: str },
    annotations: { type: "object", additionalProperties: str }
  }
};
var MCPSERVER_V1BETA1_SCHEMA = {
  $id: "toolhive-mcpserver-v1beta1",
  type: "object",
  additionalProperties: false,
  required: ["apiVersion", "kind", "metadata", "spec"],
  properties: {
    apiVersion: { const: "toolhive.stacklok.dev/v1beta1" },
    kind: { const: "MCPServer" },
    metadata,
    status: openObject,
    spec: {
      type: "object",
      additionalProperties: false,
      required: ["image"],
      properties: {
        image: { type: "string", minLength: 1 },
        transport: { enum: ["stdio", "streamable-http", "sse"] },
        proxyMode: { enum: ["sse", "streamable-http"] },
        proxyPort: port,
        mcpPort: port,
        args: { type: "array", items: str },
        env: {
          type: "array",
          items: { type: "object", additionalProperties: false, required: ["name", "value"], properties: { name: str, value: str } }
        },
        secrets: {
          type: "array",
          items: {
            type: "object",
            additionalProperties: false,
            required: ["name", "key"],
            properties: { name: str, key: str, targetEnvName: str }
          }
        },
        volumes: {
          type: "array",
          items: {
            type: "object",
            additionalProperties: false,
            required: ["name", "hostPath", "mountPath"],
            properties: { name: str, hostPath: str, mountPath: str, readOnly: { type: "boolean" } }
          }
        },
        resources: {
          type: "object",
          additionalProperties: false,
          properties: Object.fromEntries(
            ["limits", "requests"].map((k) => [k, { type: "object", additionalProperties: false, properties: { cpu: str, memory: str } }])
          )
        },
        permissionProfile: {
          type: "object",
          additionalProperties: false,
          required: ["name", "type"],
          properties: { type: { enum: ["builtin", "configmap"] }, name: str, key: str }
        },
        podTemplateSpec: openObject,
        replicas: { type: "integer", minimum: 0 },
        backendReplicas: { type: "integer", minimum: 0 },
        serviceAccount: str,
        sessionAffinity: { enum: ["ClientIP", "None"] },
        sessionStorage: openObject,
        endpointPrefix: str,
        trustProxyHeaders: { type: "boolean" },
        proxyReadTimeout: str,
        proxyWriteTimeout: str,
        audit: { type: "object", additionalProperties: false, properties: { enabled: { type: "boolean" } } },
        authServerRef: nameRef({ kind: { enum: ["MCPExternalAuthConfig"] } }, ["kind", "name"]),
        authzConfig: openObject,
        externalAuthConfigRef: nameRef(),
        groupRef: nameRef(),
        oidcConfigRef: nameRef({ audience: str, resourceUrl: str, scopes: { type: "array", items: str } }, ["audience", "name"]),
        telemetryConfigRef: nameRef({ serviceName: str }),
        toolConfigRef: nameRef(),
        webhookConfigRef: nameRef(),
        rateLimiting: openObject,
        resourceOverrides: openObject
      }
    }
  }
};

// src/kit/schemas/gateway-api-v1-fields.json
var gateway_api_v1_fields_default = { IIoK8sSigsGatewayApiApisV1AllowedListeners: { fields: { namespaces: "IIoK8sSigsGatewayApiApisV1ListenerNamespaces" }, extends: [] }, IIoK8sSigsGatewayApiApisV1AllowedRoutes: { fields: { kinds: "IIoK8sSigsGatewayApiApisV1RouteGroupKind", namespaces: "IIoK8sSigsGatewayApiApisV1RouteNamespaces" }, extends: [] }, IIoK8sSigsGatewayApiApisV1BackendObjectReference: { fields: { group: "IIoK8sSigsGatewayApiApisV1Group", kind: "IIoK8sSigsGatewayApiApisV1Kind", name: "IIoK8sSigsGatewayApiApisV1ObjectName", namespace: "IIoK8sSigsGatewayApiApisV1Namespace", port: "IIoK8sSigsGatewayApiApisV1PortNumber" }, extends: [] }, IIoK8sSigsGatewayApiApisV1BackendRef: { fields: { weight: null }, extends: ["IIoK8sSigsGatewayApiApisV1BackendObjectReference"] }, IIoK8sSigsGatewayApiApisV1BackendTLSPolicy: { fields: { apiVersion: null, kind: null, metadata: null, spec: "IIoK8sSigsGatewayApiApisV1BackendTLSPolicySpec", status: "IIoK8sSigsGatewayApiApisV1PolicyStatus" }, extends: ["TypeMeta"] }, IIoK8sSigsGatewayApiApisV1BackendTLSPolicyList: { fields: { apiVersion: null, items: "IIoK8sSigsGatewayApiApisV1BackendTLSPolicy", kind: null, metadata: null }, extends: ["TypeMeta"] }, IIoK8sSigsGatewayApiApisV1BackendTLSPolicySpec: { fields: { options: null, targetRefs: "IIoK8sSigsGatewayApiApisV1LocalPolicyTargetReferenceWithSectionName", validation: "IIoK8sSigsGatewayApiApisV1BackendTLSPolicyValidation" }, extends: [] }, IIoK8sSigsGatewayApiApisV1BackendTLSPolicyValidation: { fields: { caCertificateRefs: "IIoK8sSigsGatewayApiApisV1LocalObjectReference", hostname: "IIoK8sSigsGatewayApiApisV1PreciseHostname", subjectAltNames: "IIoK8sSigsGatewayApiApisV1SubjectAltName", wellKnownCACertificates: "IIoK8sSigsGatewayApiApisV1WellKnownCACertificatesType" }, extends: [] }, IIoK8sSigsGatewayApiApisV1CommonRouteSpec: { fields: { parentRefs: "IIoK8sSigsGatewayApiApisV1ParentReference", useDefaultGateways: "IIoK8sSigsGatewayApiApisV1GatewayDefaultScope" }, extends: [] }, IIoK8sSigsGatewayApiApisV1CookieConfig: { fields: { lifetimeType: "IIoK8sSigsGatewayApiApisV1CookieLifetimeType" }, extends: [] }, IIoK8sSigsGatewayApiApisV1ForwardBodyConfig: { fields: { maxSize: null }, extends: [] }, IIoK8sSigsGatewayApiApisV1Fraction: { fields: { denominator: null, numerator: null }, extends: [] }, IIoK8sSigsGatewayApiApisV1FrontendTLSConfig: { fields: { default: "IIoK8sSigsGatewayApiApisV1TLSConfig", perPort: "IIoK8sSigsGatewayApiApisV1TLSPortConfig" }, extends: [] }, IIoK8sSigsGatewayApiApisV1FrontendTLSValidation: { fields: { caCertificateRefs: "IIoK8sSigsGatewayApiApisV1ObjectReference", mode: "IIoK8sSigsGatewayApiApisV1FrontendValidationModeType" }, extends: [] }, IIoK8sSigsGatewayApiApisV1GRPCAuthConfig: { fields: { allowedHeaders: null }, extends: [] }, IIoK8sSigsGatewayApiApisV1GRPCBackendRef: { fields: { filters: "IIoK8sSigsGatewayApiApisV1GRPCRouteFilter" }, extends: ["IIoK8sSigsGatewayApiApisV1BackendRef"] }, IIoK8sSigsGatewayApiApisV1GRPCHeaderMatch: { fields: { name: "IIoK8sSigsGatewayApiApisV1GRPCHeaderName", type: "IIoK8sSigsGatewayApiApisV1GRPCHeaderMatchType", value: null }, extends: [] }, IIoK8sSigsGatewayApiApisV1GRPCMethodMatch: { fields: { method: null, service: null, type: "IIoK8sSigsGatewayApiApisV1GRPCMethodMatchType" }, extends: [] }, IIoK8sSigsGatewayApiApisV1GRPCRoute: { fields: { apiVersion: null, kind: null, metadata: null, spec: "IIoK8sSigsGatewayApiApisV1GRPCRouteSpec", status: "IIoK8sSigsGatewayApiApisV1GRPCRouteStatus" }, extends: ["TypeMeta"] }, IIoK8sSigsGatewayApiApisV1GRPCRouteFilter: { fields: { extensionRef: "IIoK8sSigsGatewayApiApisV1LocalObjectReference", requestHeaderModifier: "IIoK8sSigsGatewayApiApisV1HTTPHeaderFilter", requestMirror: "IIoK8sSigsGatewayApiApisV1HTTPRequestMirrorFilter", responseHeaderModifier: "IIoK8sSigsGatewayApiApisV1HTTPHeaderFilter", type: "IIoK8sSigsGatewayApiApisV1GRPCRouteFilterType" }, extends: [] }, IIoK8sSigsGatewayApiApisV1GRPCRouteList: { fields: { apiVersion: null, items: "IIoK8sSigsGatewayApiApisV1GRPCRoute", kind: null, metadata: null }, extends: ["TypeMeta"] }, IIoK8sSigsGatewayApiApisV1GRPCRouteMatch: { fields: { headers: "IIoK8sSigsGatewayApiApisV1GRPCHeaderMatch", method: "IIoK8sSigsGatewayApiApisV1GRPCMethodMatch" }, extends: [] }, IIoK8sSigsGatewayApiApisV1GRPCRouteRule: { fields: { backendRefs: "IIoK8sSigsGatewayApiApisV1GRPCBackendRef", filters: "IIoK8sSigsGatewayApiApisV1GRPCRouteFilter", matches: "IIoK8sSigsGatewayApiApisV1GRPCRouteMatch", name: "IIoK8sSigsGatewayApiApisV1SectionName", sessionPersistence: "IIoK8sSigsGatewayApiApisV1SessionPersistence" }, extends: [] }, IIoK8sSigsGatewayApiApisV1GRPCRouteSpec: { fields: { hostnames: "IIoK8sSigsGatewayApiApisV1Hostname", rules: "IIoK8sSigsGatewayApiApisV1GRPCRouteRule" }, extends: ["IIoK8sSigsGatewayApiApisV1CommonRouteSpec"] }, IIoK8sSigsGatewayApiApisV1GRPCRouteStatus: { fields: {}, extends: ["IIoK8sSigsGatewayApiApisV1RouteStatus"] }, IIoK8sSigsGatewayApiApisV1Gateway: { fields: { apiVersion: null, kind: null, metadata: null, spec: "IIoK8sSigsGatewayApiApisV1GatewaySpec", status: "IIoK8sSigsGatewayApiApisV1GatewayStatus" }, extends: ["TypeMeta"] }, IIoK8sSigsGatewayApiApisV1GatewayBackendTLS: { fields: { clientCertificateRef: "IIoK8sSigsGatewayApiApisV1SecretObjectReference" }, extends: [] }, IIoK8sSigsGatewayApiApisV1GatewayClass: { fields: { apiVersion: null, kind: null, metadata: null, spec: "IIoK8sSigsGatewayApiApisV1GatewayClassSpec", status: "IIoK8sSigsGatewayApiApisV1GatewayClassStatus" }, extends: ["TypeMeta"] }, IIoK8sSigsGatewayApiApisV1GatewayClassList: { fields: { apiVersion: null, items: "IIoK8sSigsGatewayApiApisV1GatewayClass", kind: null, metadata: null }, extends: ["TypeMeta"] }, IIoK8sSigsGatewayApiApisV1GatewayClassSpec: { fields: { controllerName: "IIoK8sSigsGatewayApiApisV1GatewayController", description: null, parametersRef: "IIoK8sSigsGatewayApiApisV1ParametersReference" }, extends: [] }, IIoK8sSigsGatewayApiApisV1GatewayClassStatus: { fields: { conditions: null, supportedFeatures: "IIoK8sSigsGatewayApiApisV1SupportedFeature" }, extends: [] }, IIoK8sSigsGatewayApiApisV1GatewayInfrastructure: { fields: { annotations: null, labels: null, parametersRef: "IIoK8sSigsGatewayApiApisV1LocalParametersReference" }, extends: [] }, IIoK8sSigsGatewayApiApisV1GatewayList: { fields: { apiVersion: null, items: "IIoK8sSigsGatewayApiApisV1Gateway", kind: null, metadata: null }, extends: ["TypeMeta"] }, IIoK8sSigsGatewayApiApisV1GatewaySpec: { fields: { addresses: "IIoK8sSigsGatewayApiApisV1GatewaySpecAddress", allowedListeners: "IIoK8sSigsGatewayApiApisV1AllowedListeners", defaultScope: "IIoK8sSigsGatewayApiApisV1GatewayDefaultScope", gatewayClassName: "IIoK8sSigsGatewayApiApisV1ObjectName", infrastructure: "IIoK8sSigsGatewayApiApisV1GatewayInfrastructure", listeners: "IIoK8sSigsGatewayApiApisV1Listener", tls: "IIoK8sSigsGatewayApiApisV1GatewayTLSConfig" }, extends: [] }, IIoK8sSigsGatewayApiApisV1GatewaySpecAddress: { fields: { type: "IIoK8sSigsGatewayApiApisV1AddressType", value: null }, extends: [] }, IIoK8sSigsGatewayApiApisV1GatewayStatus: { fields: { addresses: "IIoK8sSigsGatewayApiApisV1GatewayStatusAddress", attachedListenerSets: null, conditions: null, listeners: "IIoK8sSigsGatewayApiApisV1ListenerStatus" }, extends: [] }, IIoK8sSigsGatewayApiApisV1GatewayStatusAddress: { fields: { type: "IIoK8sSigsGatewayApiApisV1AddressType", value: null }, extends: [] }, IIoK8sSigsGatewayApiApisV1GatewayTLSConfig: { fields: { backend: "IIoK8sSigsGatewayApiApisV1GatewayBackendTLS", frontend: "IIoK8sSigsGatewayApiApisV1FrontendTLSConfig" }, extends: [] }, IIoK8sSigsGatewayApiApisV1HTTPAuthConfig: { fields: { allowedHeaders: null, allowedResponseHeaders: null, path: null }, extends: [] }, IIoK8sSigsGatewayApiApisV1HTTPBackendRef: { fields: { filters: "IIoK8sSigsGatewayApiApisV1HTTPRouteFilter" }, extends: ["IIoK8sSigsGatewayApiApisV1BackendRef"] }, IIoK8sSigsGatewayApiApisV1HTTPCORSFilter: { fields: { allowCredentials: null, allowHeaders: "IIoK8sSigsGatewayApiApisV1HTTPHeaderName", allowMethods: "IIoK8sSigsGatewayApiApisV1HTTPMethodWithWildcard", allowOrigins: "IIoK8sSigsGatewayApiApisV1CORSOrigin", exposeHeaders: "IIoK8sSigsGatewayApiApisV1HTTPHeaderName", maxAge: null }, extends: [] }, IIoK8sSigsGatewayApiApisV1HTTPExternalAuthFilter: { fields: { backendRef: "IIoK8sSigsGatewayApiApisV1BackendObjectReference", forwardBody: "IIoK8sSigsGatewayApiApisV1ForwardBodyConfig", grpc: "IIoK8sSigsGatewayApiApisV1GRPCAuthConfig", http: "IIoK8sSigsGatewayApiApisV1HTTPAuthConfig", protocol: "IIoK8sSigsGatewayApiApisV1HTTPRouteExternalAuthProtocol" }, extends: [] }, IIoK8sSigsGatewayApiApisV1HTTPHeader: { fields: { name: "IIoK8sSigsGatewayApiApisV1HTTPHeaderName", value: null }, extends: [] }, IIoK8sSigsGatewayApiApisV1HTTPHeaderFilter: { fields: { add: "IIoK8sSigsGatewayApiApisV1HTTPHeader", remove: null, set: "IIoK8sSigsGatewayApiApisV1HTTPHeader" }, extends: [] }, IIoK8sSigsGatewayApiApisV1HTTPHeaderMatch: { fields: { name: "IIoK8sSigsGatewayApiApisV1HTTPHeaderName", type: "IIoK8sSigsGatewayApiApisV1HeaderMatchType", value: null }, extends: [] }, IIoK8sSigsGatewayApiApisV1HTTPPathMatch: { fields: { type: "IIoK8sSigsGatewayApiApisV1PathMatchType", value: null }, extends: [] }, IIoK8sSigsGatewayApiApisV1HTTPPathModifier: { fields: { replaceFullPath: null, replacePrefixMatch: null, type: "IIoK8sSigsGatewayApiApisV1HTTPPathModifierType" }, extends: [] }, IIoK8sSigsGatewayApiApisV1HTTPQueryParamMatch: { fields: { name: "IIoK8sSigsGatewayApiApisV1HTTPHeaderName", type: "IIoK8sSigsGatewayApiApisV1QueryParamMatchType", value: null }, extends: [] }, IIoK8sSigsGatewayApiApisV1HTTPRequestMirrorFilter: { fields: { backendRef: "IIoK8sSigsGatewayApiApisV1BackendObjectReference", fraction: "IIoK8sSigsGatewayApiApisV1Fraction", percent: null }, extends: [] }, IIoK8sSigsGatewayApiApisV1HTTPRequestRedirectFilter: { fields: { hostname: "IIoK8sSigsGatewayApiApisV1PreciseHostname", path: "IIoK8sSigsGatewayApiApisV1HTTPPathModifier", port: "IIoK8sSigsGatewayApiApisV1PortNumber", scheme: null, statusCode: null }, extends: [] }, IIoK8sSigsGatewayApiApisV1HTTPRoute: { fields: { apiVersion: null, kind: null, metadata: null, spec: "IIoK8sSigsGatewayApiApisV1HTTPRouteSpec", status: "IIoK8sSigsGatewayApiApisV1HTTPRouteStatus" }, extends: ["TypeMeta"] }, IIoK8sSigsGatewayApiApisV1HTTPRouteFilter: { fields: { cors: "IIoK8sSigsGatewayApiApisV1HTTPCORSFilter", extensionRef: "IIoK8sSigsGatewayApiApisV1LocalObjectReference", externalAuth: "IIoK8sSigsGatewayApiApisV1HTTPExternalAuthFilter", requestHeaderModifier: "IIoK8sSigsGatewayApiApisV1HTTPHeaderFilter", requestMirror: "IIoK8sSigsGatewayApiApisV1HTTPRequestMirrorFilter", requestRedirect: "IIoK8sSigsGatewayApiApisV1HTTPRequestRedirectFilter", responseHeaderModifier: "IIoK8sSigsGatewayApiApisV1HTTPHeaderFilter", type: "IIoK8sSigsGatewayApiApisV1HTTPRouteFilterType", urlRewrite: "IIoK8sSigsGatewayApiApisV1HTTPURLRewriteFilter" }, extends: [] }, IIoK8sSigsGatewayApiApisV1HTTPRouteList: { fields: { apiVersion: null, items: "IIoK8sSigsGatewayApiApisV1HTTPRoute", kind: null, metadata: null }, extends: ["TypeMeta"] }, IIoK8sSigsGatewayApiApisV1HTTPRouteMatch: { fields: { headers: "IIoK8sSigsGatewayApiApisV1HTTPHeaderMatch", method: "IIoK8sSigsGatewayApiApisV1HTTPMethod", path: "IIoK8sSigsGatewayApiApisV1HTTPPathMatch", queryParams: "IIoK8sSigsGatewayApiApisV1HTTPQueryParamMatch" }, extends: [] }, IIoK8sSigsGatewayApiApisV1HTTPRouteRetry: { fields: { attempts: null, backoff: "IIoK8sSigsGatewayApiApisV1Duration", codes: "IIoK8sSigsGatewayApiApisV1HTTPRouteRetryStatusCode" }, extends: [] }, IIoK8sSigsGatewayApiApisV1HTTPRouteRule: { fields: { backendRefs: "IIoK8sSigsGatewayApiApisV1HTTPBackendRef", filters: "IIoK8sSigsGatewayApiApisV1HTTPRouteFilter", matches: "IIoK8sSigsGatewayApiApisV1HTTPRouteMatch", name: "IIoK8sSigsGatewayApiApisV1SectionName", retry: "IIoK8sSigsGatewayApiApisV1HTTPRouteRetry", sessionPersistence: "IIoK8sSigsGatewayApiApisV1SessionPersistence", timeouts: "IIoK8sSigsGatewayApiApisV1HTTPRouteTimeouts" }, extends: [] }, IIoK8sSigsGatewayApiApisV1HTTPRouteSpec: { fields: { hostnames: "IIoK8sSigsGatewayApiApisV1Hostname", rules: "IIoK8sSigsGatewayApiApisV1HTTPRouteRule" }, extends: ["IIoK8sSigsGatewayApiApisV1CommonRouteSpec"] }, IIoK8sSigsGatewayApiApisV1HTTPRouteStatus: { fields: {}, extends: ["IIoK8sSigsGatewayApiApisV1RouteStatus"] }, IIoK8sSigsGatewayApiApisV1HTTPRouteTimeouts: { fields: { backendRequest: "IIoK8sSigsGatewayApiApisV1Duration", request: "IIoK8sSigsGatewayApiApisV1Duration" }, extends: [] }, IIoK8sSigsGatewayApiApisV1HTTPURLRewriteFilter: { fields: { hostname: "IIoK8sSigsGatewayApiApisV1PreciseHostname", path: "IIoK8sSigsGatewayApiApisV1HTTPPathModifier" }, extends: [] }, IIoK8sSigsGatewayApiApisV1Listener: { fields: { allowedRoutes: "IIoK8sSigsGatewayApiApisV1AllowedRoutes", hostname: "IIoK8sSigsGatewayApiApisV1Hostname", name: "IIoK8sSigsGatewayApiApisV1SectionName", port: "IIoK8sSigsGatewayApiApisV1PortNumber", protocol: "IIoK8sSigsGatewayApiApisV1ProtocolType", tls: "IIoK8sSigsGatewayApiApisV1ListenerTLSConfig" }, extends: [] }, IIoK8sSigsGatewayApiApisV1ListenerEntry: { fields: { allowedRoutes: "IIoK8sSigsGatewayApiApisV1AllowedRoutes", hostname: "IIoK8sSigsGatewayApiApisV1Hostname", name: "IIoK8sSigsGatewayApiApisV1SectionName", port: "IIoK8sSigsGatewayApiApisV1PortNumber", protocol: "IIoK8sSigsGatewayApiApisV1ProtocolType", tls: "IIoK8sSigsGatewayApiApisV1ListenerTLSConfig" }, extends: [] }, IIoK8sSigsGatewayApiApisV1ListenerEntryStatus: { fields: { attachedRoutes: null, conditions: null, name: "IIoK8sSigsGatewayApiApisV1SectionName", supportedKinds: "IIoK8sSigsGatewayApiApisV1RouteGroupKind" }, extends: [] }, IIoK8sSigsGatewayApiApisV1ListenerNamespaces: { fields: { from: "IIoK8sSigsGatewayApiApisV1FromNamespaces", selector: null }, extends: [] }, IIoK8sSigsGatewayApiApisV1ListenerSet: { fields: { apiVersion: null, kind: null, metadata: null, spec: "IIoK8sSigsGatewayApiApisV1ListenerSetSpec", status: "IIoK8sSigsGatewayApiApisV1ListenerSetStatus" }, extends: ["TypeMeta"] }, IIoK8sSigsGatewayApiApisV1ListenerSetList: { fields: { apiVersion: null, items: "IIoK8sSigsGatewayApiApisV1ListenerSet", kind: null, metadata: null }, extends: ["TypeMeta"] }, IIoK8sSigsGatewayApiApisV1ListenerSetSpec: { fields: { listeners: "IIoK8sSigsGatewayApiApisV1ListenerEntry", parentRef: "IIoK8sSigsGatewayApiApisV1ParentGatewayReference" }, extends: [] }, IIoK8sSigsGatewayApiApisV1ListenerSetStatus: { fields: { conditions: null, listeners: "IIoK8sSigsGatewayApiApisV1ListenerEntryStatus" }, extends: [] }, IIoK8sSigsGatewayApiApisV1ListenerStatus: { fields: { attachedRoutes: null, conditions: null, name: "IIoK8sSigsGatewayApiApisV1SectionName", supportedKinds: "IIoK8sSigsGatewayApiApisV1RouteGroupKind" }, extends: [] }, IIoK8sSigsGatewayApiApisV1ListenerTLSConfig: { fields: { certificateRefs: "IIoK8sSigsGatewayApiApisV1SecretObjectReference", mode: "IIoK8sSigsGatewayApiApisV1TLSModeType", options: null }, extends: [] }, IIoK8sSigsGatewayApiApisV1LocalObjectReference: { fields: { group: "IIoK8sSigsGatewayApiApisV1Group", kind: "IIoK8sSigsGatewayApiApisV1Kind", name: "IIoK8sSigsGatewayApiApisV1ObjectName" }, extends: [] }, IIoK8sSigsGatewayApiApisV1LocalParametersReference: { fields: { group: "IIoK8sSigsGatewayApiApisV1Group", kind: "IIoK8sSigsGatewayApiApisV1Kind", name: null }, extends: [] }, IIoK8sSigsGatewayApiApisV1LocalPolicyTargetReference: { fields: { group: "IIoK8sSigsGatewayApiApisV1Group", kind: "IIoK8sSigsGatewayApiApisV1Kind", name: "IIoK8sSigsGatewayApiApisV1ObjectName" }, extends: [] }, IIoK8sSigsGatewayApiApisV1LocalPolicyTargetReferenceWithSectionName: { fields: { sectionName: "IIoK8sSigsGatewayApiApisV1SectionName" }, extends: ["IIoK8sSigsGatewayApiApisV1LocalPolicyTargetReference"] }, IIoK8sSigsGatewayApiApisV1ObjectReference: { fields: { group: "IIoK8sSigsGatewayApiApisV1Group", kind: "IIoK8sSigsGatewayApiApisV1Kind", name: "IIoK8sSigsGatewayApiApisV1ObjectName", namespace: "IIoK8sSigsGatewayApiApisV1Namespace" }, extends: [] }, IIoK8sSigsGatewayApiApisV1ParametersReference: { fields: { group: "IIoK8sSigsGatewayApiApisV1Group", kind: "IIoK8sSigsGatewayApiApisV1Kind", name: null, namespace: "IIoK8sSigsGatewayApiApisV1Namespace" }, extends: [] }, IIoK8sSigsGatewayApiApisV1ParentGatewayReference: { fields: { group: "IIoK8sSigsGatewayApiApisV1Group", kind: "IIoK8sSigsGatewayApiApisV1Kind", name: "IIoK8sSigsGatewayApiApisV1ObjectName", namespace: "IIoK8sSigsGatewayApiApisV1Namespace" }, extends: [] }, IIoK8sSigsGatewayApiApisV1ParentReference: { fields: { group: "IIoK8sSigsGatewayApiApisV1Group", kind: "IIoK8sSigsGatewayApiApisV1Kind", name: "IIoK8sSigsGatewayApiApisV1ObjectName", namespace: "IIoK8sSigsGatewayApiApisV1Namespace", port: "IIoK8sSigsGatewayApiApisV1PortNumber", sectionName: "IIoK8sSigsGatewayApiApisV1SectionName" }, extends: [] }, IIoK8sSigsGatewayApiApisV1PolicyAncestorStatus: { fields: { ancestorRef: "IIoK8sSigsGatewayApiApisV1ParentReference", conditions: null, controllerName: "IIoK8sSigsGatewayApiApisV1GatewayController" }, extends: [] }, IIoK8sSigsGatewayApiApisV1PolicyStatus: { fields: { ancestors: "IIoK8sSigsGatewayApiApisV1PolicyAncestorStatus" }, extends: [] }, IIoK8sSigsGatewayApiApisV1ReferenceGrant: { fields: { apiVersion: null, kind: null, metadata: null, spec: "IIoK8sSigsGatewayApiApisV1ReferenceGrantSpec" }, extends: ["TypeMeta"] }, IIoK8sSigsGatewayApiApisV1ReferenceGrantFrom: { fields: { group: "IIoK8sSigsGatewayApiApisV1Group", kind: "IIoK8sSigsGatewayApiApisV1Kind", namespace: "IIoK8sSigsGatewayApiApisV1Namespace" }, extends: [] }, IIoK8sSigsGatewayApiApisV1ReferenceGrantList: { fields: { apiVersion: null, items: "IIoK8sSigsGatewayApiApisV1ReferenceGrant", kind: null, metadata: null }, extends: ["TypeMeta"] }, IIoK8sSigsGatewayApiApisV1ReferenceGrantSpec: { fields: { from: "IIoK8sSigsGatewayApiApisV1ReferenceGrantFrom", to: "IIoK8sSigsGatewayApiApisV1ReferenceGrantTo" }, extends: [] }, IIoK8sSigsGatewayApiApisV1ReferenceGrantTo: { fields: { group: "IIoK8sSigsGatewayApiApisV1Group", kind: "IIoK8sSigsGatewayApiApisV1Kind", name: "IIoK8sSigsGatewayApiApisV1ObjectName" }, extends: [] }, IIoK8sSigsGatewayApiApisV1RouteGroupKind: { fields: { group: "IIoK8sSigsGatewayApiApisV1Group", kind: "IIoK8sSigsGatewayApiApisV1Kind" }, extends: [] }, IIoK8sSigsGatewayApiApisV1RouteNamespaces: { fields: { from: "IIoK8sSigsGatewayApiApisV1FromNamespaces", selector: null }, extends: [] }, IIoK8sSigsGatewayApiApisV1RouteParentStatus: { fields: { conditions: null, controllerName: "IIoK8sSigsGatewayApiApisV1GatewayController", parentRef: "IIoK8sSigsGatewayApiApisV1ParentReference" }, extends: [] }, IIoK8sSigsGatewayApiApisV1RouteStatus: { fields: { parents: "IIoK8sSigsGatewayApiApisV1RouteParentStatus" }, extends: [] }, IIoK8sSigsGatewayApiApisV1SecretObjectReference: { fields: { group: "IIoK8sSigsGatewayApiApisV1Group", kind: "IIoK8sSigsGatewayApiApisV1Kind", name: "IIoK8sSigsGatewayApiApisV1ObjectName", namespace: "IIoK8sSigsGatewayApiApisV1Namespace" }, extends: [] }, IIoK8sSigsGatewayApiApisV1SessionPersistence: { fields: { absoluteTimeout: "IIoK8sSigsGatewayApiApisV1Duration", cookieConfig: "IIoK8sSigsGatewayApiApisV1CookieConfig", idleTimeout: "IIoK8sSigsGatewayApiApisV1Duration", sessionName: null, type: "IIoK8sSigsGatewayApiApisV1SessionPersistenceType" }, extends: [] }, IIoK8sSigsGatewayApiApisV1SubjectAltName: { fields: { hostname: "IIoK8sSigsGatewayApiApisV1Hostname", type: "IIoK8sSigsGatewayApiApisV1SubjectAltNameType", uri: "IIoK8sSigsGatewayApiApisV1AbsoluteURI" }, extends: [] }, IIoK8sSigsGatewayApiApisV1SupportedFeature: { fields: { name: "IIoK8sSigsGatewayApiApisV1FeatureName" }, extends: [] }, IIoK8sSigsGatewayApiApisV1TLSConfig: { fields: { validation: "IIoK8sSigsGatewayApiApisV1FrontendTLSValidation" }, extends: [] }, IIoK8sSigsGatewayApiApisV1TLSPortConfig: { fields: { port: "IIoK8sSigsGatewayApiApisV1PortNumber", tls: "IIoK8sSigsGatewayApiApisV1TLSConfig" }, extends: [] }, IIoK8sSigsGatewayApiApisV1TLSRoute: { fields: { apiVersion: null, kind: null, metadata: null, spec: "IIoK8sSigsGatewayApiApisV1TLSRouteSpec", status: "IIoK8sSigsGatewayApiApisV1TLSRouteStatus" }, extends: ["TypeMeta"] }, IIoK8sSigsGatewayApiApisV1TLSRouteList: { fields: { apiVersion: null, items: "IIoK8sSigsGatewayApiApisV1TLSRoute", kind: null, metadata: null }, extends: ["TypeMeta"] }, IIoK8sSigsGatewayApiApisV1TLSRouteRule: { fields: { backendRefs: "IIoK8sSigsGatewayApiApisV1BackendRef", name: "IIoK8sSigsGatewayApiApisV1SectionName" }, extends: [] }, IIoK8sSigsGatewayApiApisV1TLSRouteSpec: { fields: { hostnames: "IIoK8sSigsGatewayApiApisV1Hostname", rules: "IIoK8sSigsGatewayApiApisV1TLSRouteRule" }, extends: ["IIoK8sSigsGatewayApiApisV1CommonRouteSpec"] }, IIoK8sSigsGatewayApiApisV1TLSRouteStatus: { fields: {}, extends: ["IIoK8sSigsGatewayApiApisV1RouteStatus"] } };

// src/kit/gateway-api.ts
var types;
function loadTypes() {
  types ??= new Map(
    Object.entries(gateway_api_v1_fields_default).map(([alias, info]) => [
      alias,
      { fields: new Map(Object.entries(info.fields).map(([k, v]) => [k, v ?? void 0])), extends: info.extends }
    ])
  );
  return types;
}
function fieldsOf(alias, seen = /* @__PURE__ */ new Set()) {
  const info = loadTypes().get(alias);
  if (!info || seen.has(alias)) return void 0;
  seen.add(alias);
  const all = new Map(info.fields);
  for (const parent of info.extends) for (const [k, v] of fieldsOf(parent, seen) ?? []) if (!all.has(k)) all.set(k, v);
  return all;
}
function unknownGatewayApiFields(obj, kind) {
  const root = `IIoK8sSigsGatewayApiApisV1${kind}`;
  if (!fieldsOf(root)) return void 0;
  const out = [];
  const walk = (value, alias, path5) => {
    if (Array.isArray(value)) {
      value.forEach((v, i) => walk(v, alias, `${path5}/${i}`));
      return;
    }
    if (!value || typeof value !== "object") return;
    const fields = fieldsOf(alias);
    if (!fields) return;
    for (const [k, v] of Object.entries(value)) {
      if (!fields.has(k)) out.push(`${path5 || "/"}: unknown field "${k}"`);
      else {
        const child = fields.get(k);
        if (child) walk(v, child, `${path5}/${k}`);
      }
    }
  };
  walk(obj, root, "");
  return out;
}

// src/kit/schema.ts
var DEFAULT_KUBE_VERSIONS = [OLDEST_KUBE_VERSION, NEWEST_KUBE_VERSION];
function withoutNulls(value) {
  if (Array.isArray(value)) return value.map(withoutNulls);
  if (value && typeof value === "object") {
    const out = {};
    for (const [k, v] of Object.entries(value)) if (v !== null) out[k] = withoutNulls(v);
    return out;
  }
  return value;
}
function formatAjvErrors(errors) {
  return (errors ?? []).map((e) => {
    const at = e.instancePath || "/";
    if (e.keyword === "additionalProperties") return `${at}: unknown field "${String(e.params.additionalProperty)}"`;
    if (e.keyword === "required") return `${at}: missing required field "${String(e.params.missingProperty)}"`;
    return `${at}: ${e.message ?? e.keyword}`;
  });
}
var versionValidators = /* @__PURE__ */ new Map();
function versionValidator(kubeVersion) {
  const api = loadKubeApiSchema(kubeVersion);
  let vv = versionValidators.get(api.kubeVersion);
  if (!vv) {
    const ajv = new import_ajv.Ajv({ allErrors: true, strict: false, validateSchema: false });
    ajv.addSchema(api.schema);
    vv = { ajv, byKind: /* @__PURE__ */ new Map() };
    versionValidators.set(api.kubeVersion, vv);
  }
  return { ...vv, id: String(api.schema.$id) };
}
function kubeDefinitionValidator(kubeVersion, definition) {
  const vv = versionValidator(kubeVersion);
  const key = `#${definition}`;
  let fn = vv.byKind.get(key);
  if (!fn) {
    fn = vv.ajv.getSchema(`${vv.id}#/definitions/${definition}`);
    if (!fn) throw new Error(`schema ${definition} did not compile`);
    vv.byKind.set(key, fn);
  }
  return fn;
}
function kubeValidator(kubeVersion, gvk) {
  const def = loadKubeApiSchema(kubeVersion).kinds.get(gvk);
  return def ? kubeDefinitionValidator(kubeVersion, def) : void 0;
}
var crdAjv;
var crdValidators = /* @__PURE__ */ new Map();
function crdValidator(gvk) {
  const schemas = {
    [gvkKey("toolhive.stacklok.dev/v1beta1", "MCPServer")]: MCPSERVER_V1BETA1_SCHEMA
  };
  const schema = schemas[gvk];
  if (!schema) return void 0;
  let fn = crdValidators.get(gvk);
  if (!fn) {
    crdAjv ??= new import_ajv.Ajv({ allErrors: true, strict: true });
    fn = crdAjv.compile(schema);
    crdValidators.set(gvk, fn);
  }
  return fn;
}
var GATEWAY_API_GROUP = "gateway.networking.k8s.io/v1";
var gatewayModule;
async function validateGatewayApi(obj) {
  gatewayModule ??= import("./v1-Q6FVTX3M.js");
  const mod = await gatewayModule;
  const Model = mod[kindOf(obj)];
  if (typeof Model !== "function") return void 0;
  const unknown = unknownGatewayApiFields(obj, kindOf(obj)) ?? [];
  try {
    new Model(obj).validate();
    return unknown;
  } catch (e) {
    return [...unknown, e.message];
  }
}
async function validateSchemas(objects, opts = {}) {
  const versions = opts.kubeVersions ?? DEFAULT_KUBE_VERSIONS;
  const findings = [];
  for (const { object, source } of objects) {
    const base = { check: "schema", rule: "schema", kind: kindOf(object), name: nameOf(object), source };
    if (typeof object.apiVersion !== "string" || typeof object.kind !== "string") {
      findings.push({ ...base, message: "object has no apiVersion or kind" });
      continue;
    }
    const gvk = gvkKey(object.apiVersion, object.kind);
    const data = withoutNulls(object);
    const crd = crdValidator(gvk);
    if (crd) {
      if (!crd(data)) for (const m of formatAjvErrors(crd.errors)) findings.push({ ...base, message: m });
      const podTemplate = data.spec?.podTemplateSpec;
      if (object.kind === "MCPServer" && podTemplate !== void 0) {
        for (const v of versions) {
          const fn = kubeDefinitionValidator(v, "PodTemplateSpec");
          if (!fn(podTemplate)) {
            for (const m of formatAjvErrors(fn.errors)) findings.push({ ...base, kubeVersion: v, message: `/spec/podTemplateSpec${m}` });
          }
        }
      }
      continue;
    }
    if (object.apiVersion === GATEWAY_API_GROUP) {
      const msgs = await validateGatewayApi(data);
      if (msgs) {
        for (const m of msgs) findings.push({ ...base, message: m });
        continue;
      }
    }
    for (const v of versions) {
      const fn = kubeValidator(v, gvk);
      if (!fn) {
        findings.push({
          ...base,
          kubeVersion: v,
          rule: "unknown-kind",
          message: `${object.apiVersion} ${object.kind} is not served by Kubernetes ${v} and no schema is known for it`
        });
        continue;
      }
      if (!fn(data)) for (const m of formatAjvErrors(fn.errors)) findings.push({ ...base, kubeVersion: v, message: m });
    }
  }
  return findings;
}

// src/kit/index.ts
function dedupe(findings) {
  const seen = /* @__PURE__ */ new Set();
  return findings.filter((f) => {
    const key = formatFinding(f);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
async function verifyManifests(objects, opts = {}) {
  const schema = await validateSchemas(objects, { kubeVersions: opts.kubeVersions });
  const policy = checkPolicies(objects, opts.policy);
  return { findings: [...schema, ...checkDeprecations(objects), ...policy.findings], waived: policy.waived };
}
async function verifyChart(opts) {
  const versions = opts.kubeVersions ?? [OLDEST_KUBE_VERSION, NEWEST_KUBE_VERSION];
  const findings = [];
  const rendered = /* @__PURE__ */ new Map();
  let waived = [];
  for (const v of versions) {
    const objects = await renderChart({ ...opts, kubeVersion: `v${v}.0` });
    rendered.set(v, objects);
    const r = await verifyManifests(objects, { kubeVersions: [v], policy: opts.policy });
    findings.push(...r.findings);
    waived = r.waived;
  }
  return { findings: dedupe(findings), waived, rendered };
}

// src/pipeline.ts
var Skip = class {
  constructor(reason) {
    this.reason = reason;
  }
  reason;
};
async function runPipeline(steps2, context, reporter) {
  const records = [];
  for (const step of steps2) {
    const start = performance.now();
    const outcome = await step.run(context);
    const ms = Math.round(performance.now() - start);
    if (outcome instanceof Skip) {
      reporter.info(`\u2022 ${step.name}: skipped, ${outcome.reason}`);
      records.push({ name: step.name, status: "skipped", reason: outcome.reason, ms });
    } else {
      reporter.info(`\u2022 ${step.name}: done (${ms} ms)`);
      records.push({ name: step.name, status: "done", ms });
    }
  }
  return records;
}

// src/tools/helm.ts
import { mkdtempSync, readdirSync as readdirSync2 } from "node:fs";
import { tmpdir as tmpdir2 } from "node:os";
import path3 from "node:path";
function helmBinary(env = process.env) {
  return env.HELM_BIN || "helm";
}
var Helm = class {
  constructor(bin = helmBinary()) {
    this.bin = bin;
  }
  bin;
  /** Major and full version, e.g. { major: 4, version: 'v4.1.4' }. */
  async version() {
    const { stdout } = await execChecked("helm version", this.bin, ["version", "--short"]);
    const match = /v(\d+)\.(\d+)\.\d+/.exec(stdout);
    if (!match) throw new UserError(`helm version: cannot read "${stdout.trim()}"`);
    const [major, minor] = [Number(match[1]), Number(match[2])];
    if (major < 3 || major === 3 && minor < 8) throw new UserError(`helm ${match[0]} is too old: Helm 3.8+ or Helm 4 is required (OCI support)`);
    return { major, version: match[0] };
  }
  /** `helm dependency build`, offline (`--skip-refresh`) so vendored subcharts need no network. */
  async dependencyBuild(chartDir) {
    await execChecked(`helm dependency build ${chartDir}`, this.bin, ["dependency", "build", chartDir, "--skip-refresh"]);
  }
  /** `helm lint --strict`; resolves to the lint output, rejects with its errors. */
  async lint(chartDir, valuesFiles = []) {
    const args = ["lint", chartDir, "--strict", ...valuesFiles.flatMap((f) => ["-f", f])];
    const result = await exec(this.bin, args);
    if (result.code !== 0) {
      const errors = `${result.stdout}
${result.stderr}`.split("\n").filter((l) => /\[ERROR\]|\[WARNING\]|^Error/.test(l)).map((l) => l.trim());
      throw new UserError(`helm lint --strict ${chartDir}${valuesFiles.length ? ` -f ${valuesFiles.join(" -f ")}` : ""}: ${errors.join(" | ") || result.stderr.trim()}`);
    }
    return result.stdout;
  }
  /** `helm package` with the release version and appVersion into a fresh directory; returns the .tgz path. */
  async package(chartDir, version, appVersion) {
    const destination = mkdtempSync(path3.join(tmpdir2(), "dot-ai-release-chart-"));
    await execChecked(`helm package ${chartDir}`, this.bin, ["package", chartDir, "--version", version, "--app-version", appVersion, "--destination", destination]);
    const [tgz] = readdirSync2(destination).filter((f) => f.endsWith(".tgz"));
    if (!tgz) throw new UserError(`helm package ${chartDir}: no .tgz was written`);
    return path3.join(destination, tgz);
  }
};

// src/commands/chart.ts
async function readStdin() {
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  return Buffer.concat(chunks).toString("utf8").replace(/\r?\n$/, "");
}
function policySkips(options) {
  const skips = {};
  for (const entry of listOption(options, "skip-policies") ?? []) {
    const [rule, ...reason] = entry.split("=");
    if (!rule?.trim() || !reason.join("=").trim()) throw new UserError(`input skip-policies: "${entry}" must be rule=reason (a reason is required)`);
    skips[rule.trim()] = reason.join("=").trim();
  }
  return skips;
}
var steps = [
  {
    name: "dependencies",
    async run(ctx) {
      const deps = ctx.chart.dependencies ?? [];
      if (deps.length === 0) return new Skip("the chart has no dependencies");
      const missing = missingDependencies(ctx.chartDir, deps);
      if (missing.length === 0) return new Skip(`all ${deps.length} dependencies are vendored under charts/ (no network needed)`);
      ctx.reporter.info(`building dependencies: ${missing.map((d) => `${d.name} ${d.version ?? ""} from ${d.repository ?? "charts/"}`.trim()).join(", ")}`);
      await ctx.helm.dependencyBuild(ctx.chartDir);
    }
  },
  {
    name: "lint",
    async run(ctx) {
      await ctx.helm.lint(ctx.chartDir);
      for (const file of ctx.valuesFiles) await ctx.helm.lint(ctx.chartDir, [file]);
    }
  },
  {
    name: "validate",
    async run(ctx) {
      const disabled = policySkips(ctx.options);
      for (const [rule, reason] of Object.entries(disabled)) ctx.reporter.warning(`policy rule ${rule} is off: ${reason}`);
      const problems = [];
      for (const valuesFiles of [[], ...ctx.valuesFiles.map((f) => [f])]) {
        let result;
        try {
          result = await verifyChart({ helmBin: ctx.helm.bin, chartDir: ctx.chartDir, valuesFiles, policy: { disabled } });
        } catch (err) {
          if (err instanceof HelmError) throw new UserError(`helm template ${ctx.chartDir}${valuesFiles.length ? ` -f ${valuesFiles[0]}` : ""}: ${err.stderr.trim().split("\n").slice(-3).join(" | ")}`);
          if (err instanceof Error && /policy rule/.test(err.message)) throw new UserError(`input skip-policies: ${err.message}`);
          throw err;
        }
        for (const finding of result.findings) problems.push(`${valuesFiles[0] ?? "default values"}: ${formatFinding(finding)}`);
      }
      for (const problem of problems) ctx.reporter.error(problem, { file: `${ctx.chartDir}/Chart.yaml` });
      if (problems.length) throw new UserError(`chart ${ctx.chart.name}: ${problems.length} validation findings (see above); nothing was published`);
    }
  },
  {
    name: "package",
    async run(ctx) {
      ctx.packagePath = await ctx.helm.package(ctx.chartDir, ctx.chart.version, ctx.chart.appVersion);
      ctx.artifact = chartArtifact(readFileSync2(ctx.packagePath), ctx.packagePath);
      ctx.reporter.info(`packaged ${path4.basename(ctx.packagePath)} (${ctx.artifact.layer.size} bytes, content ${ctx.artifact.contentDigest.slice(0, 19)}\u2026)`);
    }
  },
  {
    name: "publish",
    async run(ctx) {
      if (booleanOption(ctx.options, "dry-run")) return new Skip("dry run: nothing is pushed");
      const username = stringOption(ctx.options, "username") ?? process.env.GITHUB_ACTOR;
      let password = stringOption(ctx.options, "password");
      if (booleanOption(ctx.options, "password-stdin")) password = await readStdin();
      if (password) ctx.reporter.secret(password);
      if (password && !username) throw new UserError("input username: required with a password (for GHCR: ${{ github.actor }})");
      const credentials = password && username ? { username, password } : void 0;
      const target = await openChartTarget(ctx.destination, { credentials, plainHttp: booleanOption(ctx.options, "plain-http"), overwrite: booleanOption(ctx.options, "overwrite") });
      ctx.published = await publishChart(target, ctx.artifact, ctx.chart.version, { overwrite: booleanOption(ctx.options, "overwrite") });
      if (ctx.published.status === "already-published") {
        return new Skip(`${ctx.destination.display}:${ctx.chart.version} is already published with the same content (${ctx.published.digest})`);
      }
      ctx.reporter.info(`${ctx.published.status} ${ctx.destination.display}:${ctx.chart.version}@${ctx.published.digest} (${ctx.published.bytesUploaded} bytes uploaded); verified`);
    }
  }
];
async function run2(options, reporter) {
  const root = repositoryRoot(options);
  const config = loadConfig(root, configOverrides(options));
  if (!config.chart) throw new UserError("input chart: no chart found (set chart.path in dot-ai-release.yaml or pass chart)");
  const chartDir = config.chart.dir;
  const chartYaml = (0, import_yaml4.parse)(readFileSync2(path4.join(root, chartDir, "Chart.yaml"), "utf8"));
  const version = parseReleaseVersion(stringOption(options, "chart-version") ?? String(chartYaml.version ?? ""), stringOption(options, "chart-version") ? "input chart-version" : `${chartDir}/Chart.yaml: version`);
  const appVersion = parseReleaseVersion(stringOption(options, "app-version") ?? String(chartYaml.appVersion ?? ""), stringOption(options, "app-version") ? "input app-version" : `${chartDir}/Chart.yaml: appVersion`);
  const imageTag = stringOption(options, "image-tag");
  if (imageTag && imageTag !== appVersion) {
    throw new UserError(`input image-tag: the image being released is tagged ${imageTag}, but the chart's appVersion is ${appVersion}; release them together (dot-ai-release version) or pass app-version`);
  }
  const valuesFiles = (listOption(options, "values") ?? []).map((f, i) => {
    const absolute = resolveInRepo(root, f, `input values[${i}]`);
    if (!existsSync2(absolute)) throw new UserError(`input values[${i}]: ${f} not found`);
    return absolute;
  });
  const registryInput = stringOption(options, "registry") ?? config.chart.repository;
  if (!registryInput) throw new UserError("input registry: required (no GITHUB_REPOSITORY or git remote to derive oci://ghcr.io/<owner>/charts)");
  const { destination, notice } = parseDestination(registryInput, chartYaml.name, config.images.map((i) => i.name));
  if (notice) reporter.warning(notice);
  const helm = new Helm(stringOption(options, "helm") ?? helmBinary());
  const { version: helmVersion } = await helm.version();
  reporter.info(`chart ${chartYaml.name} ${version} (appVersion ${appVersion}) from ${chartDir}, helm ${helmVersion}, to ${destination.display}`);
  const context = {
    options,
    reporter,
    config,
    chartDir: path4.join(root, chartDir),
    helm,
    chart: { ...chartYaml, version, appVersion },
    valuesFiles,
    destination
  };
  const records = await runPipeline(steps, context, reporter);
  const artifact = context.artifact;
  const digest = context.published?.digest ?? artifact.manifestDigest;
  const ref = `${destination.display}:${version}`;
  const install = destination.kind === "registry" ? `helm install ${chartYaml.name} ${destination.display} --version ${version}` : `(an OCI image layout: copy it to a registry to install)`;
  const summary = [
    `### Chart ${chartYaml.name} ${version}`,
    markdownTable(["Step", "Result"], records.map((r) => [r.name, r.status === "done" ? `done (${r.ms} ms)` : `skipped: ${r.reason}`])),
    "",
    `Reference: \`${ref}\`  
Digest: \`${digest}\``,
    "",
    "```sh",
    install,
    "```"
  ].join("\n");
  return {
    ok: true,
    outputs: { "chart-ref": ref, "chart-digest": digest, "chart-version": version, "package-path": context.packagePath ?? "" },
    summary,
    json: {
      chart: chartYaml.name,
      version,
      appVersion,
      ref,
      digest,
      packagePath: context.packagePath,
      status: context.published?.status ?? "not-pushed",
      bytesUploaded: context.published?.bytesUploaded ?? 0,
      steps: records
    }
  };
}
export {
  run2 as run
};
