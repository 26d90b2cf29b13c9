import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  RANGES,
  describeRange,
  findCommand,
  optionsOf,
  rangeProblem
} from "./chunk-MBL3Z2YT.js";
import {
  Git,
  require_dist
} from "./chunk-OOIETZWO.js";
import {
  MASK,
  maskSecrets
} from "./chunk-B2IBVPIQ.js";
import {
  visible
} from "./chunk-YWG6HEQV.js";
import {
  Problems,
  UserError
} from "./chunk-IXRSKL5H.js";
import {
  __commonJS,
  __toESM
} from "./chunk-HANBNIMK.js";

// node_modules/semver/internal/constants.js
var require_constants = __commonJS({
  "node_modules/semver/internal/constants.js"(exports, module) {
    "use strict";
    var SEMVER_SPEC_VERSION = "2.0.0";
    var MAX_LENGTH = 256;
    var MAX_SAFE_INTEGER = Number.MAX_SAFE_INTEGER || /* istanbul ignore next */
    9007199254740991;
    var MAX_SAFE_COMPONENT_LENGTH = 16;
    var MAX_SAFE_BUILD_LENGTH = MAX_LENGTH - 6;
    var WHITESPACE_CHARACTERS = [
      "	",
      "\n",
      "\v",
      "\f",
      "\r",
      " ",
      "\xA0",
      "\u1680",
      "\u2000",
      "\u2001",
      "\u2002",
      "\u2003",
      "\u2004",
      "\u2005",
      "\u2006",
      "\u2007",
      "\u2008",
      "\u2009",
      "\u200A",
      "\u2028",
      "\u2029",
      "\u202F",
      "\u205F",
      "\u3000",
      "\uFEFF"
    ];
    var RELEASE_TYPES = [
      "major",
      "premajor",
      "minor",
      "preminor",
      "patch",
      "prepatch",
      "prerelease"
    ];
    module.exports = {
      MAX_LENGTH,
      MAX_SAFE_COMPONENT_LENGTH,
      MAX_SAFE_BUILD_LENGTH,
      MAX_SAFE_INTEGER,
      WHITESPACE_CHARACTERS,
      RELEASE_TYPES,
      SEMVER_SPEC_VERSION,
      FLAG_INCLUDE_PRERELEASE: 1,
      FLAG_LOOSE: 2
    };
  }
});

// node_modules/semver/internal/debug.js
var require_debug = __commonJS({
  "node_modules/semver/internal/debug.js"(exports, module) {
    "use strict";
    var debug = typeof process === "object" && process.env && process.env.NODE_DEBUG && /\bsemver\b/i.test(process.env.NODE_DEBUG) ? (...args) => console.error("SEMVER", ...args) : () => {
    };
    module.exports = debug;
  }
});

// node_modules/semver/internal/re.js
var require_re = __commonJS({
  "node_modules/semver/internal/re.js"(exports, module) {
    "use strict";
    var {
      MAX_SAFE_COMPONENT_LENGTH,
      MAX_SAFE_BUILD_LENGTH,
      MAX_LENGTH
    } = require_constants();
    var debug = require_debug();
    exports = module.exports = {};
    var re = exports.re = [];
    var safeRe = exports.safeRe = [];
    var src = exports.src = [];
    var safeSrc = exports.safeSrc = [];
    var t = exports.t = {};
    var R = 0;
    var LETTERDASHNUMBER = "[a-zA-Z0-9-]";
    var safeRegexReplacements = [
      ["\\s", 1],
      ["\\d", MAX_LENGTH],
      [LETTERDASHNUMBER, MAX_SAFE_BUILD_LENGTH]
    ];
    var makeSafeRegex = (value) => {
      for (const [token, max] of safeRegexReplacements) {
        value = value.split(`${token}*`).join(`${token}{0,${max}}`).split(`${token}+`).join(`${token}{1,${max}}`);
      }
      return value;
    };
    var createToken = (name, value, isGlobal) => {
      const safe = makeSafeRegex(value);
      const index = R++;
      debug(name, index, value);
      t[name] = index;
      src[index] = value;
      safeSrc[index] = safe;
      re[index] = new RegExp(value, isGlobal ? "g" : void 0);
      safeRe[index] = new RegExp(safe, isGlobal ? "g" : void 0);
    };
    createToken("NUMERICIDENTIFIER", "0|[1-9]\\d*");
    createToken("NUMERICIDENTIFIERLOOSE", "\\d+");
    createToken("NONNUMERICIDENTIFIER", `\\d*[a-zA-Z-]${LETTERDASHNUMBER}*`);
    createToken("MAINVERSION", `(${src[t.NUMERICIDENTIFIER]})\\.(${src[t.NUMERICIDENTIFIER]})\\.(${src[t.NUMERICIDENTIFIER]})`);
    createToken("MAINVERSIONLOOSE", `(${src[t.NUMERICIDENTIFIERLOOSE]})\\.(${src[t.NUMERICIDENTIFIERLOOSE]})\\.(${src[t.NUMERICIDENTIFIERLOOSE]})`);
    createToken("PRERELEASEIDENTIFIER", `(?:${src[t.NONNUMERICIDENTIFIER]}|${src[t.NUMERICIDENTIFIER]})`);
    createToken("PRERELEASEIDENTIFIERLOOSE", `(?:${src[t.NONNUMERICIDENTIFIER]}|${src[t.NUMERICIDENTIFIERLOOSE]})`);
    createToken("PRERELEASE", `(?:-(${src[t.PRERELEASEIDENTIFIER]}(?:\\.${src[t.PRERELEASEIDENTIFIER]})*))`);
    createToken("PRERELEASELOOSE", `(?:-?(${src[t.PRERELEASEIDENTIFIERLOOSE]}(?:\\.${src[t.PRERELEASEIDENTIFIERLOOSE]})*))`);
    createToken("BUILDIDENTIFIER", `${LETTERDASHNUMBER}+`);
    createToken("BUILD", `(?:\\+(${src[t.BUILDIDENTIFIER]}(?:\\.${src[t.BUILDIDENTIFIER]})*))`);
    createToken("FULLPLAIN", `v?${src[t.MAINVERSION]}${src[t.PRERELEASE]}?${src[t.BUILD]}?`);
    createToken("FULL", `^${src[t.FULLPLAIN]}$`);
    createToken("LOOSEPLAIN", `[v=\\s]*${src[t.MAINVERSIONLOOSE]}${src[t.PRERELEASELOOSE]}?${src[t.BUILD]}?`);
    createToken("LOOSE", `^${src[t.LOOSEPLAIN]}$`);
    createToken("GTLT", "((?:<|>)?=?)");
    createToken("XRANGEIDENTIFIERLOOSE", `${src[t.NUMERICIDENTIFIERLOOSE]}|x|X|\\*`);
    createToken("XRANGEIDENTIFIER", `${src[t.NUMERICIDENTIFIER]}|x|X|\\*`);
    createToken("XRANGEPLAIN", `[v=\\s]*(${src[t.XRANGEIDENTIFIER]})(?:\\.(${src[t.XRANGEIDENTIFIER]})(?:\\.(${src[t.XRANGEIDENTIFIER]})(?:${src[t.PRERELEASE]})?${src[t.BUILD]}?)?)?`);
    createToken("XRANGEPLAINLOOSE", `[v=\\s]*(${src[t.XRANGEIDENTIFIERLOOSE]})(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})(?:${src[t.PRERELEASELOOSE]})?${src[t.BUILD]}?)?)?`);
    createToken("XRANGE", `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAIN]}$`);
    createToken("XRANGELOOSE", `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAINLOOSE]}$`);
    createToken("COERCEPLAIN", `${"(^|[^\\d])(\\d{1,"}${MAX_SAFE_COMPONENT_LENGTH}})(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?`);
    createToken("COERCE", `${src[t.COERCEPLAIN]}(?:$|[^\\d])`);
    createToken("COERCEFULL", src[t.COERCEPLAIN] + `(?:${src[t.PRERELEASE]})?(?:${src[t.BUILD]})?(?:$|[^\\d])`);
    createToken("COERCERTL", src[t.COERCE], true);
    createToken("COERCERTLFULL", src[t.COERCEFULL], true);
    createToken("LONETILDE", "(?:~>?)");
    createToken("TILDETRIM", `(\\s*)${src[t.LONETILDE]}\\s+`, true);
    exports.tildeTrimReplace = "$1~";
    createToken("TILDE", `^${src[t.LONETILDE]}${src[t.XRANGEPLAIN]}$`);
    createToken("TILDELOOSE", `^${src[t.LONETILDE]}${src[t.XRANGEPLAINLOOSE]}$`);
    createToken("LONECARET", "(?:\\^)");
    createToken("CARETTRIM", `(\\s*)${src[t.LONECARET]}\\s+`, true);
    exports.caretTrimReplace = "$1^";
    createToken("CARET", `^${src[t.LONECARET]}${src[t.XRANGEPLAIN]}$`);
    createToken("CARETLOOSE", `^${src[t.LONECARET]}${src[t.XRANGEPLAINLOOSE]}$`);
    createToken("COMPARATORLOOSE", `^${src[t.GTLT]}\\s*(${src[t.LOOSEPLAIN]})$|^$`);
    createToken("COMPARATOR", `^${src[t.GTLT]}\\s*(${src[t.FULLPLAIN]})$|^$`);
    createToken("COMPARATORTRIM", `(\\s*)${src[t.GTLT]}\\s*(${src[t.LOOSEPLAIN]}|${src[t.XRANGEPLAIN]})`, true);
    exports.comparatorTrimReplace = "$1$2$3";
    createToken("HYPHENRANGE", `^\\s*(${src[t.XRANGEPLAIN]})\\s+-\\s+(${src[t.XRANGEPLAIN]})\\s*$`);
    createToken("HYPHENRANGELOOSE", `^\\s*(${src[t.XRANGEPLAINLOOSE]})\\s+-\\s+(${src[t.XRANGEPLAINLOOSE]})\\s*$`);
    createToken("STAR", "(<|>)?=?\\s*\\*");
    createToken("GTE0", "^\\s*>=\\s*0\\.0\\.0\\s*$");
    createToken("GTE0PRE", "^\\s*>=\\s*0\\.0\\.0-0\\s*$");
  }
});

// node_modules/semver/internal/parse-options.js
var require_parse_options = __commonJS({
  "node_modules/semver/internal/parse-options.js"(exports, module) {
    "use strict";
    var looseOption = Object.freeze({ loose: true });
    var emptyOpts = Object.freeze({});
    var parseOptions = (options) => {
      if (!options) {
        return emptyOpts;
      }
      if (typeof options !== "object") {
        return looseOption;
      }
      return options;
    };
    module.exports = parseOptions;
  }
});

// node_modules/semver/internal/identifiers.js
var require_identifiers = __commonJS({
  "node_modules/semver/internal/identifiers.js"(exports, module) {
    "use strict";
    var numeric = /^[0-9]+$/;
    var compareIdentifiers = (a, b) => {
      if (typeof a === "number" && typeof b === "number") {
        return a === b ? 0 : a < b ? -1 : 1;
      }
      const anum = numeric.test(a);
      const bnum = numeric.test(b);
      if (anum && bnum) {
        a = +a;
        b = +b;
      }
      return a === b ? 0 : anum && !bnum ? -1 : bnum && !anum ? 1 : a < b ? -1 : 1;
    };
    var rcompareIdentifiers = (a, b) => compareIdentifiers(b, a);
    module.exports = {
      compareIdentifiers,
      rcompareIdentifiers
    };
  }
});

// node_modules/semver/classes/semver.js
var require_semver = __commonJS({
  "node_modules/semver/classes/semver.js"(exports, module) {
    "use strict";
    var debug = require_debug();
    var { MAX_LENGTH, MAX_SAFE_INTEGER } = require_constants();
    var { safeRe: re, t } = require_re();
    var parseOptions = require_parse_options();
    var { compareIdentifiers } = require_identifiers();
    var isPrereleaseIdentifier = (prerelease, identifier) => {
      const identifiers = identifier.split(".");
      if (identifiers.length > prerelease.length) {
        return false;
      }
      for (let i = 0; i < identifiers.length; i++) {
        if (compareIdentifiers(prerelease[i], identifiers[i]) !== 0) {
          return false;
        }
      }
      return true;
    };
    var SemVer = class _SemVer {
      constructor(version, options) {
        options = parseOptions(options);
        if (version instanceof _SemVer) {
          if (version.loose === !!options.loose && version.includePrerelease === !!options.includePrerelease) {
            return version;
          } else {
            version = version.version;
          }
        } else if (typeof version !== "string") {
          throw new TypeError(`Invalid version. Must be a string. Got type "${typeof version}".`);
        }
        if (version.length > MAX_LENGTH) {
          throw new TypeError(
            `version is longer than ${MAX_LENGTH} characters`
          );
        }
        debug("SemVer", version, options);
        this.options = options;
        this.loose = !!options.loose;
        this.includePrerelease = !!options.includePrerelease;
        const m = version.trim().match(options.loose ? re[t.LOOSE] : re[t.FULL]);
        if (!m) {
          throw new TypeError(`Invalid Version: ${version}`);
        }
        this.raw = version;
        this.major = +m[1];
        this.minor = +m[2];
        this.patch = +m[3];
        if (this.major > MAX_SAFE_INTEGER || this.major < 0) {
          throw new TypeError("Invalid major version");
        }
        if (this.minor > MAX_SAFE_INTEGER || this.minor < 0) {
          throw new TypeError("Invalid minor version");
        }
        if (this.patch > MAX_SAFE_INTEGER || this.patch < 0) {
          throw new TypeError("Invalid patch version");
        }
        if (!m[4]) {
          this.prerelease = [];
        } else {
          this.prerelease = m[4].split(".").map((id) => {
            if (/^[0-9]+$/.test(id)) {
              const num = +id;
              if (num >= 0 && num < MAX_SAFE_INTEGER) {
                return num;
              }
            }
            return id;
          });
        }
        this.build = m[5] ? m[5].split(".") : [];
        this.format();
      }
      format() {
        this.version = `${this.major}.${this.minor}.${this.patch}`;
        if (this.prerelease.length) {
          this.version += `-${this.prerelease.join(".")}`;
        }
        return this.version;
      }
      toString() {
        return this.version;
      }
      compare(other) {
        debug("SemVer.compare", this.version, this.options, other);
        if (!(other instanceof _SemVer)) {
          if (typeof other === "string" && other === this.version) {
            return 0;
          }
          other = new _SemVer(other, this.options);
        }
        if (other.version === this.version) {
          return 0;
        }
        return this.compareMain(other) || this.comparePre(other);
      }
      compareMain(other) {
        if (!(other instanceof _SemVer)) {
          other = new _SemVer(other, this.options);
        }
        if (this.major < other.major) {
          return -1;
        }
        if (this.major > other.major) {
          return 1;
        }
        if (this.minor < other.minor) {
          return -1;
        }
        if (this.minor > other.minor) {
          return 1;
        }
        if (this.patch < other.patch) {
          return -1;
        }
        if (this.patch > other.patch) {
          return 1;
        }
        return 0;
      }
      comparePre(other) {
        if (!(other instanceof _SemVer)) {
          other = new _SemVer(other, this.options);
        }
        if (this.prerelease.length && !other.prerelease.length) {
          return -1;
        } else if (!this.prerelease.length && other.prerelease.length) {
          return 1;
        } else if (!this.prerelease.length && !other.prerelease.length) {
          return 0;
        }
        let i = 0;
        do {
          const a = this.prerelease[i];
          const b = other.prerelease[i];
          debug("prerelease compare", i, a, b);
          if (a === void 0 && b === void 0) {
            return 0;
          } else if (b === void 0) {
            return 1;
          } else if (a === void 0) {
            return -1;
          } else if (a === b) {
            continue;
          } else {
            return compareIdentifiers(a, b);
          }
        } while (++i);
      }
      compareBuild(other) {
        if (!(other instanceof _SemVer)) {
          other = new _SemVer(other, this.options);
        }
        let i = 0;
        do {
          const a = this.build[i];
          const b = other.build[i];
          debug("build compare", i, a, b);
          if (a === void 0 && b === void 0) {
            return 0;
          } else if (b === void 0) {
            return 1;
          } else if (a === void 0) {
            return -1;
          } else if (a === b) {
            continue;
          } else {
            return compareIdentifiers(a, b);
          }
        } while (++i);
      }
      // preminor will bump the version up to the next minor release, and immediately
      // down to pre-release. premajor and prepatch work the same way.
      inc(release, identifier, identifierBase) {
        if (release.startsWith("pre")) {
          if (!identifier && identifierBase === false) {
            throw new Error("invalid increment argument: identifier is empty");
          }
          if (identifier) {
            const match = `-${identifier}`.match(this.options.loose ? re[t.PRERELEASELOOSE] : re[t.PRERELEASE]);
            if (!match || match[1] !== identifier) {
              throw new Error(`invalid identifier: ${identifier}`);
            }
          }
        }
        switch (release) {
          case "premajor":
            this.prerelease.length = 0;
            this.patch = 0;
            this.minor = 0;
            this.major++;
            this.inc("pre", identifier, identifierBase);
            break;
          case "preminor":
            this.prerelease.length = 0;
            this.patch = 0;
            this.minor++;
            this.inc("pre", identifier, identifierBase);
            break;
          case "prepatch":
            this.prerelease.length = 0;
            this.inc("patch", identifier, identifierBase);
            this.inc("pre", identifier, identifierBase);
            break;
          // If the input is a non-prerelease version, this acts the same as
          // prepatch.
          case "prerelease":
            if (this.prerelease.length === 0) {
              this.inc("patch", identifier, identifierBase);
            }
            this.inc("pre", identifier, identifierBase);
            break;
          case "release":
            if (this.prerelease.length === 0) {
              throw new Error(`version ${this.raw} is not a prerelease`);
            }
            this.prerelease.length = 0;
            break;
          case "major":
            if (this.minor !== 0 || this.patch !== 0 || this.prerelease.length === 0) {
              this.major++;
            }
            this.minor = 0;
            this.patch = 0;
            this.prerelease = [];
            break;
          case "minor":
            if (this.patch !== 0 || this.prerelease.length === 0) {
              this.minor++;
            }
            this.patch = 0;
            this.prerelease = [];
            break;
          case "patch":
            if (this.prerelease.length === 0) {
              this.patch++;
            }
            this.prerelease = [];
            break;
          // This probably shouldn't be used publicly.
          // 1.0.0 'pre' would become 1.0.0-0 which is the wrong direction.
          case "pre": {
            const base = Number(identifierBase) ? 1 : 0;
            if (this.prerelease.length === 0) {
              this.prerelease = [base];
            } else {
              let i = this.prerelease.length;
              while (--i >= 0) {
                if (typeof this.prerelease[i] === "number") {
                  this.prerelease[i]++;
                  i = -2;
                }
              }
              if (i === -1) {
                if (identifier === this.prerelease.join(".") && identifierBase === false) {
                  throw new Error("invalid increment argument: identifier already exists");
                }
                this.prerelease.push(base);
              }
            }
            if (identifier) {
              let prerelease = [identifier, base];
              if (identifierBase === false) {
                prerelease = [identifier];
              }
              if (isPrereleaseIdentifier(this.prerelease, identifier)) {
                const prereleaseBase = this.prerelease[identifier.split(".").length];
                if (isNaN(prereleaseBase)) {
                  this.prerelease = prerelease;
                }
              } else {
                this.prerelease = prerelease;
              }
            }
            break;
          }
          default:
            throw new Error(`invalid increment argument: ${release}`);
        }
        this.raw = this.format();
        if (this.build.length) {
          this.raw += `+${this.build.join(".")}`;
        }
        return this;
      }
    };
    module.exports = SemVer;
  }
});

// node_modules/semver/functions/parse.js
var require_parse = __commonJS({
  "node_modules/semver/functions/parse.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var parse = (version, options, throwErrors = false) => {
      if (version instanceof SemVer) {
        return version;
      }
      try {
        return new SemVer(version, options);
      } catch (er) {
        if (!throwErrors) {
          return null;
        }
        throw er;
      }
    };
    module.exports = parse;
  }
});

// node_modules/semver/functions/valid.js
var require_valid = __commonJS({
  "node_modules/semver/functions/valid.js"(exports, module) {
    "use strict";
    var parse = require_parse();
    var valid = (version, options) => {
      const v = parse(version, options);
      return v ? v.version : null;
    };
    module.exports = valid;
  }
});

// node_modules/semver/functions/clean.js
var require_clean = __commonJS({
  "node_modules/semver/functions/clean.js"(exports, module) {
    "use strict";
    var parse = require_parse();
    var clean = (version, options) => {
      const s = parse(version.trim().replace(/^[=v]+/, ""), options);
      return s ? s.version : null;
    };
    module.exports = clean;
  }
});

// node_modules/semver/functions/inc.js
var require_inc = __commonJS({
  "node_modules/semver/functions/inc.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var inc = (version, release, options, identifier, identifierBase) => {
      if (typeof options === "string") {
        identifierBase = identifier;
        identifier = options;
        options = void 0;
      }
      try {
        return new SemVer(
          version instanceof SemVer ? version.version : version,
          options
        ).inc(release, identifier, identifierBase).version;
      } catch (er) {
        return null;
      }
    };
    module.exports = inc;
  }
});

// node_modules/semver/functions/diff.js
var require_diff = __commonJS({
  "node_modules/semver/functions/diff.js"(exports, module) {
    "use strict";
    var parse = require_parse();
    var diff = (version1, version2) => {
      const v1 = parse(version1, null, true);
      const v2 = parse(version2, null, true);
      const comparison = v1.compare(v2);
      if (comparison === 0) {
        return null;
      }
      const v1Higher = comparison > 0;
      const highVersion = v1Higher ? v1 : v2;
      const lowVersion = v1Higher ? v2 : v1;
      const highHasPre = !!highVersion.prerelease.length;
      const lowHasPre = !!lowVersion.prerelease.length;
      if (lowHasPre && !highHasPre) {
        if (!lowVersion.patch && !lowVersion.minor) {
          return "major";
        }
        if (lowVersion.compareMain(highVersion) === 0) {
          if (lowVersion.minor && !lowVersion.patch) {
            return "minor";
          }
          return "patch";
        }
      }
      const prefix = highHasPre ? "pre" : "";
      if (v1.major !== v2.major) {
        return prefix + "major";
      }
      if (v1.minor !== v2.minor) {
        return prefix + "minor";
      }
      if (v1.patch !== v2.patch) {
        return prefix + "patch";
      }
      return "prerelease";
    };
    module.exports = diff;
  }
});

// node_modules/semver/functions/major.js
var require_major = __commonJS({
  "node_modules/semver/functions/major.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var major = (a, loose) => new SemVer(a, loose).major;
    module.exports = major;
  }
});

// node_modules/semver/functions/minor.js
var require_minor = __commonJS({
  "node_modules/semver/functions/minor.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var minor = (a, loose) => new SemVer(a, loose).minor;
    module.exports = minor;
  }
});

// node_modules/semver/functions/patch.js
var require_patch = __commonJS({
  "node_modules/semver/functions/patch.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var patch = (a, loose) => new SemVer(a, loose).patch;
    module.exports = patch;
  }
});

// node_modules/semver/functions/prerelease.js
var require_prerelease = __commonJS({
  "node_modules/semver/functions/prerelease.js"(exports, module) {
    "use strict";
    var parse = require_parse();
    var prerelease = (version, options) => {
      const parsed = parse(version, options);
      return parsed && parsed.prerelease.length ? parsed.prerelease : null;
    };
    module.exports = prerelease;
  }
});

// node_modules/semver/functions/compare.js
var require_compare = __commonJS({
  "node_modules/semver/functions/compare.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var compare2 = (a, b, loose) => new SemVer(a, loose).compare(new SemVer(b, loose));
    module.exports = compare2;
  }
});

// node_modules/semver/functions/rcompare.js
var require_rcompare = __commonJS({
  "node_modules/semver/functions/rcompare.js"(exports, module) {
    "use strict";
    var compare2 = require_compare();
    var rcompare = (a, b, loose) => compare2(b, a, loose);
    module.exports = rcompare;
  }
});

// node_modules/semver/functions/compare-loose.js
var require_compare_loose = __commonJS({
  "node_modules/semver/functions/compare-loose.js"(exports, module) {
    "use strict";
    var compare2 = require_compare();
    var compareLoose = (a, b) => compare2(a, b, true);
    module.exports = compareLoose;
  }
});

// node_modules/semver/functions/compare-build.js
var require_compare_build = __commonJS({
  "node_modules/semver/functions/compare-build.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var compareBuild = (a, b, loose) => {
      const versionA = new SemVer(a, loose);
      const versionB = new SemVer(b, loose);
      return versionA.compare(versionB) || versionA.compareBuild(versionB);
    };
    module.exports = compareBuild;
  }
});

// node_modules/semver/functions/sort.js
var require_sort = __commonJS({
  "node_modules/semver/functions/sort.js"(exports, module) {
    "use strict";
    var compareBuild = require_compare_build();
    var sort = (list, loose) => list.sort((a, b) => compareBuild(a, b, loose));
    module.exports = sort;
  }
});

// node_modules/semver/functions/rsort.js
var require_rsort = __commonJS({
  "node_modules/semver/functions/rsort.js"(exports, module) {
    "use strict";
    var compareBuild = require_compare_build();
    var rsort = (list, loose) => list.sort((a, b) => compareBuild(b, a, loose));
    module.exports = rsort;
  }
});

// node_modules/semver/functions/gt.js
var require_gt = __commonJS({
  "node_modules/semver/functions/gt.js"(exports, module) {
    "use strict";
    var compare2 = require_compare();
    var gt = (a, b, loose) => compare2(a, b, loose) > 0;
    module.exports = gt;
  }
});

// node_modules/semver/functions/lt.js
var require_lt = __commonJS({
  "node_modules/semver/functions/lt.js"(exports, module) {
    "use strict";
    var compare2 = require_compare();
    var lt = (a, b, loose) => compare2(a, b, loose) < 0;
    module.exports = lt;
  }
});

// node_modules/semver/functions/eq.js
var require_eq = __commonJS({
  "node_modules/semver/functions/eq.js"(exports, module) {
    "use strict";
    var compare2 = require_compare();
    var eq = (a, b, loose) => compare2(a, b, loose) === 0;
    module.exports = eq;
  }
});

// node_modules/semver/functions/neq.js
var require_neq = __commonJS({
  "node_modules/semver/functions/neq.js"(exports, module) {
    "use strict";
    var compare2 = require_compare();
    var neq = (a, b, loose) => compare2(a, b, loose) !== 0;
    module.exports = neq;
  }
});

// node_modules/semver/functions/gte.js
var require_gte = __commonJS({
  "node_modules/semver/functions/gte.js"(exports, module) {
    "use strict";
    var compare2 = require_compare();
    var gte = (a, b, loose) => compare2(a, b, loose) >= 0;
    module.exports = gte;
  }
});

// node_modules/semver/functions/lte.js
var require_lte = __commonJS({
  "node_modules/semver/functions/lte.js"(exports, module) {
    "use strict";
    var compare2 = require_compare();
    var lte = (a, b, loose) => compare2(a, b, loose) <= 0;
    module.exports = lte;
  }
});

// node_modules/semver/functions/cmp.js
var require_cmp = __commonJS({
  "node_modules/semver/functions/cmp.js"(exports, module) {
    "use strict";
    var eq = require_eq();
    var neq = require_neq();
    var gt = require_gt();
    var gte = require_gte();
    var lt = require_lt();
    var lte = require_lte();
    var cmp = (a, op, b, loose) => {
      switch (op) {
        case "===":
          if (typeof a === "object") {
            a = a.version;
          }
          if (typeof b === "object") {
            b = b.version;
          }
          return a === b;
        case "!==":
          if (typeof a === "object") {
            a = a.version;
          }
          if (typeof b === "object") {
            b = b.version;
          }
          return a !== b;
        case "":
        case "=":
        case "==":
          return eq(a, b, loose);
        case "!=":
          return neq(a, b, loose);
        case ">":
          return gt(a, b, loose);
        case ">=":
          return gte(a, b, loose);
        case "<":
          return lt(a, b, loose);
        case "<=":
          return lte(a, b, loose);
        default:
          throw new TypeError(`Invalid operator: ${op}`);
      }
    };
    module.exports = cmp;
  }
});

// node_modules/semver/functions/coerce.js
var require_coerce = __commonJS({
  "node_modules/semver/functions/coerce.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var parse = require_parse();
    var { safeRe: re, t } = require_re();
    var coerce = (version, options) => {
      if (version instanceof SemVer) {
        return version;
      }
      if (typeof version === "number") {
        version = String(version);
      }
      if (typeof version !== "string") {
        return null;
      }
      options = options || {};
      let match = null;
      if (!options.rtl) {
        match = version.match(options.includePrerelease ? re[t.COERCEFULL] : re[t.COERCE]);
      } else {
        const coerceRtlRegex = options.includePrerelease ? re[t.COERCERTLFULL] : re[t.COERCERTL];
        let next;
        while ((next = coerceRtlRegex.exec(version)) && (!match || match.index + match[0].length !== version.length)) {
          if (!match || next.index + next[0].length !== match.index + match[0].length) {
            match = next;
          }
          coerceRtlRegex.lastIndex = next.index + next[1].length + next[2].length;
        }
        coerceRtlRegex.lastIndex = -1;
      }
      if (match === null) {
        return null;
      }
      const major = match[2];
      const minor = match[3] || "0";
      const patch = match[4] || "0";
      const prerelease = options.includePrerelease && match[5] ? `-${match[5]}` : "";
      const build2 = options.includePrerelease && match[6] ? `+${match[6]}` : "";
      return parse(`${major}.${minor}.${patch}${prerelease}${build2}`, options);
    };
    module.exports = coerce;
  }
});

// node_modules/semver/functions/truncate.js
var require_truncate = __commonJS({
  "node_modules/semver/functions/truncate.js"(exports, module) {
    "use strict";
    var parse = require_parse();
    var constants2 = require_constants();
    var SemVer = require_semver();
    var truncate = (version, truncation, options) => {
      if (!constants2.RELEASE_TYPES.includes(truncation)) {
        return null;
      }
      const clonedVersion = cloneInputVersion(version, options);
      return clonedVersion && doTruncation(clonedVersion, truncation);
    };
    var cloneInputVersion = (version, options) => {
      const versionStringToParse = version instanceof SemVer ? version.version : version;
      return parse(versionStringToParse, options);
    };
    var doTruncation = (version, truncation) => {
      if (isPrerelease(truncation)) {
        return version.version;
      }
      version.prerelease = [];
      switch (truncation) {
        case "major":
          version.minor = 0;
          version.patch = 0;
          break;
        case "minor":
          version.patch = 0;
          break;
      }
      return version.format();
    };
    var isPrerelease = (type) => {
      return type.startsWith("pre");
    };
    module.exports = truncate;
  }
});

// node_modules/semver/internal/lrucache.js
var require_lrucache = __commonJS({
  "node_modules/semver/internal/lrucache.js"(exports, module) {
    "use strict";
    var LRUCache = class {
      constructor() {
        this.max = 1e3;
        this.map = /* @__PURE__ */ new Map();
      }
      get(key) {
        const value = this.map.get(key);
        if (value === void 0) {
          return void 0;
        } else {
          this.map.delete(key);
          this.map.set(key, value);
          return value;
        }
      }
      delete(key) {
        return this.map.delete(key);
      }
      set(key, value) {
        const deleted = this.delete(key);
        if (!deleted && value !== void 0) {
          if (this.map.size >= this.max) {
            const firstKey = this.map.keys().next().value;
            this.delete(firstKey);
          }
          this.map.set(key, value);
        }
        return this;
      }
    };
    module.exports = LRUCache;
  }
});

// node_modules/semver/internal/trim-comparator-whitespace.js
var require_trim_comparator_whitespace = __commonJS({
  "node_modules/semver/internal/trim-comparator-whitespace.js"(exports, module) {
    "use strict";
    var {
      MAX_LENGTH,
      MAX_SAFE_BUILD_LENGTH,
      WHITESPACE_CHARACTERS
    } = require_constants();
    var whitespace = new Uint8Array(65536);
    for (const char of WHITESPACE_CHARACTERS) {
      whitespace[char.charCodeAt(0)] = 1;
    }
    var isWhitespace = (char) => char !== void 0 && whitespace[char.charCodeAt(0)] === 1;
    var isVersionPrefix = (char) => char === "v" || char === "=" || isWhitespace(char);
    var isDigit = (char) => char !== void 0 && char >= "0" && char <= "9";
    var isLetter = (char) => char !== void 0 && (char >= "a" && char <= "z" || char >= "A" && char <= "Z");
    var isIdentifierCharacter = (char) => isDigit(char) || isLetter(char) || char === "-";
    var isVersionStart = (char) => isDigit(char) || char === "x" || char === "X" || char === "*";
    var findDigitsEndIndex = (range, start, limit, digitRuns) => {
      if (!isDigit(range[start])) {
        return start;
      }
      if (start >= digitRuns.start && start < digitRuns.end) {
        return Math.min(start + limit, digitRuns.end);
      }
      if (start >= digitRuns.previousStart && start < digitRuns.previousEnd) {
        return Math.min(start + limit, digitRuns.previousEnd);
      }
      let end = start + 1;
      while (isDigit(range[end])) {
        end++;
      }
      digitRuns.previousStart = digitRuns.start;
      digitRuns.previousEnd = digitRuns.end;
      digitRuns.start = start;
      digitRuns.end = end;
      return Math.min(start + limit, end);
    };
    var findVersionNumberEndIndex = (range, start, loose, digitRuns) => {
      if (!loose && range[start] === "0") {
        return start + 1;
      }
      return findDigitsEndIndex(range, start, loose ? MAX_LENGTH : MAX_LENGTH + 1, digitRuns);
    };
    var findPrereleaseIdentifierEndIndex = (range, start, loose, digitRuns) => {
      const digitsEnd = findDigitsEndIndex(range, start, MAX_LENGTH, digitRuns);
      if (isLetter(range[digitsEnd]) || range[digitsEnd] === "-") {
        let end = digitsEnd + 1;
        const limit = end + MAX_SAFE_BUILD_LENGTH;
        while (end < limit && isIdentifierCharacter(range[end])) {
          end++;
        }
        return end;
      }
      return findVersionNumberEndIndex(range, start, loose, digitRuns);
    };
    var findPrereleaseEndIndex = (range, start, loose, digitRuns) => {
      const hyphen = range[start] === "-";
      if (!loose && !hyphen) {
        return start;
      }
      const identifierStart = start + (hyphen ? 1 : 0);
      let end = findPrereleaseIdentifierEndIndex(range, identifierStart, loose, digitRuns);
      if (end === identifierStart) {
        if (!loose || !hyphen) {
          return start;
        }
        end = findPrereleaseIdentifierEndIndex(range, start, loose, digitRuns);
      }
      while (range[end] === ".") {
        const next = findPrereleaseIdentifierEndIndex(range, end + 1, loose, digitRuns);
        if (next === end + 1) {
          break;
        }
        end = next;
      }
      return end;
    };
    var findBuildIdentifierEndIndex = (range, start) => {
      let end = start;
      while (end - start < MAX_SAFE_BUILD_LENGTH && isIdentifierCharacter(range[end])) {
        end++;
      }
      return end;
    };
    var findBuildEndIndex = (range, start) => {
      if (range[start] !== "+") {
        return start;
      }
      let end = findBuildIdentifierEndIndex(range, start + 1);
      if (end === start + 1) {
        return start;
      }
      while (range[end] === ".") {
        const next = findBuildIdentifierEndIndex(range, end + 1);
        if (next === end + 1) {
          break;
        }
        end = next;
      }
      return end;
    };
    var findLooseFullVersionEndIndex = (range, start, digitRuns) => {
      let end = start;
      for (let component = 0; component < 3; component++) {
        const next = findVersionNumberEndIndex(range, end, true, digitRuns);
        if (next === end) {
          return start;
        }
        end = next;
        if (component < 2) {
          if (range[end] !== ".") {
            return start;
          }
          end++;
        }
      }
      const prereleaseEnd = findPrereleaseEndIndex(range, end, true, digitRuns);
      return findBuildEndIndex(range, prereleaseEnd);
    };
    var findPartialVersionComponentEndIndex = (range, start, digitRuns) => {
      if (isDigit(range[start])) {
        return findVersionNumberEndIndex(range, start, false, digitRuns);
      }
      return isVersionStart(range[start]) ? start + 1 : start;
    };
    var findPartialVersionEndIndex = (range, start, digitRuns) => {
      let end = findPartialVersionComponentEndIndex(range, start, digitRuns);
      for (let component = 0; component < 2; component++) {
        if (range[end] !== ".") {
          return end;
        }
        const next = findPartialVersionComponentEndIndex(range, end + 1, digitRuns);
        if (next === end + 1) {
          return end;
        }
        end = next;
      }
      const prereleaseEnd = findPrereleaseEndIndex(range, end, false, digitRuns);
      return findBuildEndIndex(range, prereleaseEnd);
    };
    var findVersionEndIndex = (range, start, digitRuns) => {
      const fullVersionEnd = findLooseFullVersionEndIndex(range, start, digitRuns);
      return fullVersionEnd !== start ? fullVersionEnd : findPartialVersionEndIndex(range, start, digitRuns);
    };
    var findRemovableWhitespaceIndex = (range, matchStart) => {
      let position = matchStart;
      if (isWhitespace(range[position])) {
        position++;
      }
      if (range[position] === "<" || range[position] === ">") {
        position++;
      }
      if (range[position] === "=") {
        position++;
      }
      return isWhitespace(range[position]) ? position : -1;
    };
    var trimComparatorWhitespace = (range) => {
      let result = "";
      let copyFrom = 0;
      let cursor = 0;
      const digitRuns = { start: -1, end: -1, previousStart: -1, previousEnd: -1 };
      while (cursor < range.length) {
        const matchStart = cursor;
        if (range[cursor] === "<" || range[cursor] === ">") {
          cursor++;
        } else if (!isVersionPrefix(range[cursor]) && !isVersionStart(range[cursor])) {
          cursor++;
          continue;
        }
        while (cursor < range.length && isVersionPrefix(range[cursor])) {
          cursor++;
        }
        if (!isVersionStart(range[cursor])) {
          continue;
        }
        const whitespacePosition = findRemovableWhitespaceIndex(range, matchStart);
        if (whitespacePosition !== -1) {
          result += range.slice(copyFrom, whitespacePosition);
          copyFrom = whitespacePosition + 1;
        }
        cursor = findVersionEndIndex(range, cursor, digitRuns);
      }
      return result + range.slice(copyFrom);
    };
    module.exports = trimComparatorWhitespace;
  }
});

// node_modules/semver/classes/range.js
var require_range = __commonJS({
  "node_modules/semver/classes/range.js"(exports, module) {
    "use strict";
    var SPACE_CHARACTERS = /\s+/g;
    var Range = class _Range {
      constructor(range, options) {
        options = parseOptions(options);
        if (range instanceof _Range) {
          if (range.loose === !!options.loose && range.includePrerelease === !!options.includePrerelease) {
            return range;
          } else {
            return new _Range(range.raw, options);
          }
        }
        if (range instanceof Comparator) {
          this.raw = range.value;
          this.set = [[range]];
          this.formatted = void 0;
          return this;
        }
        this.options = options;
        this.loose = !!options.loose;
        this.includePrerelease = !!options.includePrerelease;
        this.raw = range.trim().replace(SPACE_CHARACTERS, " ");
        this.set = this.raw.split("||").map((r) => this.parseRange(r.trim())).filter((c) => c.length);
        if (!this.set.length) {
          throw new TypeError(`Invalid SemVer Range: ${this.raw}`);
        }
        if (this.set.length > 1) {
          const first = this.set[0];
          this.set = this.set.filter((c) => !isNullSet(c[0]));
          if (this.set.length === 0) {
            this.set = [first];
          } else if (this.set.length > 1) {
            for (const c of this.set) {
              if (c.length === 1 && isAny(c[0])) {
                this.set = [c];
                break;
              }
            }
          }
        }
        this.formatted = void 0;
      }
      get range() {
        if (this.formatted === void 0) {
          this.formatted = "";
          for (let i = 0; i < this.set.length; i++) {
            if (i > 0) {
              this.formatted += "||";
            }
            const comps = this.set[i];
            for (let k = 0; k < comps.length; k++) {
              if (k > 0) {
                this.formatted += " ";
              }
              this.formatted += comps[k].toString().trim();
            }
          }
        }
        return this.formatted;
      }
      format() {
        return this.range;
      }
      toString() {
        return this.range;
      }
      parseRange(range) {
        range = range.replace(BUILDSTRIPRE, "");
        const memoOpts = (this.options.includePrerelease && FLAG_INCLUDE_PRERELEASE) | (this.options.loose && FLAG_LOOSE);
        const memoKey = memoOpts + ":" + range;
        const cached = cache.get(memoKey);
        if (cached) {
          return cached;
        }
        const loose = this.options.loose;
        const hr = loose ? re[t.HYPHENRANGELOOSE] : re[t.HYPHENRANGE];
        range = range.replace(hr, hyphenReplace(this.options.includePrerelease));
        debug("hyphen replace", range);
        range = trimComparatorWhitespace(range);
        debug("comparator trim", range);
        range = range.replace(re[t.TILDETRIM], tildeTrimReplace);
        debug("tilde trim", range);
        range = range.replace(re[t.CARETTRIM], caretTrimReplace);
        debug("caret trim", range);
        let rangeList = range.split(" ").map((comp) => parseComparator(comp, this.options)).join(" ").split(/\s+/).map((comp) => replaceGTE0(comp, this.options));
        if (loose) {
          rangeList = rangeList.filter((comp) => {
            debug("loose invalid filter", comp, this.options);
            return !!comp.match(re[t.COMPARATORLOOSE]);
          });
        }
        debug("range list", rangeList);
        const rangeMap = /* @__PURE__ */ new Map();
        const comparators = rangeList.map((comp) => new Comparator(comp, this.options));
        for (const comp of comparators) {
          if (isNullSet(comp)) {
            return [comp];
          }
          rangeMap.set(comp.value, comp);
        }
        if (rangeMap.size > 1 && rangeMap.has("")) {
          rangeMap.delete("");
        }
        const result = [...rangeMap.values()];
        cache.set(memoKey, result);
        return result;
      }
      intersects(range, options) {
        if (!(range instanceof _Range)) {
          throw new TypeError("a Range is required");
        }
        return this.set.some((thisComparators) => {
          return isSatisfiable(thisComparators, options) && range.set.some((rangeComparators) => {
            return isSatisfiable(rangeComparators, options) && thisComparators.every((thisComparator) => {
              return rangeComparators.every((rangeComparator) => {
                return thisComparator.intersects(rangeComparator, options);
              });
            });
          });
        });
      }
      // if ANY of the sets match ALL of its comparators, then pass
      test(version) {
        if (!version) {
          return false;
        }
        if (typeof version === "string") {
          try {
            version = new SemVer(version, this.options);
          } catch (er) {
            return false;
          }
        }
        for (let i = 0; i < this.set.length; i++) {
          if (testSet(this.set[i], version, this.options)) {
            return true;
          }
        }
        return false;
      }
    };
    module.exports = Range;
    var LRU = require_lrucache();
    var cache = new LRU();
    var parseOptions = require_parse_options();
    var Comparator = require_comparator();
    var debug = require_debug();
    var SemVer = require_semver();
    var trimComparatorWhitespace = require_trim_comparator_whitespace();
    var {
      safeRe: re,
      src,
      t,
      tildeTrimReplace,
      caretTrimReplace
    } = require_re();
    var { FLAG_INCLUDE_PRERELEASE, FLAG_LOOSE } = require_constants();
    var BUILDSTRIPRE = new RegExp(src[t.BUILD], "g");
    var isNullSet = (c) => c.value === "<0.0.0-0";
    var isAny = (c) => c.value === "";
    var isSatisfiable = (comparators, options) => {
      let result = true;
      const remainingComparators = comparators.slice();
      let testComparator = remainingComparators.pop();
      while (result && remainingComparators.length) {
        result = remainingComparators.every((otherComparator) => {
          return testComparator.intersects(otherComparator, options);
        });
        testComparator = remainingComparators.pop();
      }
      return result;
    };
    var parseComparator = (comp, options) => {
      comp = comp.replace(re[t.BUILD], "");
      debug("comp", comp, options);
      comp = replaceCarets(comp, options);
      debug("caret", comp);
      comp = replaceTildes(comp, options);
      debug("tildes", comp);
      comp = replaceXRanges(comp, options);
      debug("xrange", comp);
      comp = replaceStars(comp, options);
      debug("stars", comp);
      return comp;
    };
    var isX = (id) => !id || id.toLowerCase() === "x" || id === "*";
    var invalidXRangeOrder = (M, m, p) => isX(M) && !isX(m) || isX(m) && p && !isX(p);
    var replaceTildes = (comp, options) => {
      return comp.trim().split(/\s+/).map((c) => replaceTilde(c, options)).join(" ");
    };
    var replaceTilde = (comp, options) => {
      const r = options.loose ? re[t.TILDELOOSE] : re[t.TILDE];
      const z = options.includePrerelease ? "-0" : "";
      return comp.replace(r, (_, M, m, p, pr) => {
        debug("tilde", comp, _, M, m, p, pr);
        let ret;
        if (isX(M)) {
          ret = "";
        } else if (isX(m)) {
          ret = `>=${M}.0.0${z} <${+M + 1}.0.0-0`;
        } else if (isX(p)) {
          ret = `>=${M}.${m}.0${z} <${M}.${+m + 1}.0-0`;
        } else if (pr) {
          debug("replaceTilde pr", pr);
          ret = `>=${M}.${m}.${p}-${pr} <${M}.${+m + 1}.0-0`;
        } else {
          ret = `>=${M}.${m}.${p} <${M}.${+m + 1}.0-0`;
        }
        debug("tilde return", ret);
        return ret;
      });
    };
    var replaceCarets = (comp, options) => {
      return comp.trim().split(/\s+/).map((c) => replaceCaret(c, options)).join(" ");
    };
    var replaceCaret = (comp, options) => {
      debug("caret", comp, options);
      const r = options.loose ? re[t.CARETLOOSE] : re[t.CARET];
      const z = options.includePrerelease ? "-0" : "";
      return comp.replace(r, (_, M, m, p, pr) => {
        debug("caret", comp, _, M, m, p, pr);
        let ret;
        if (isX(M)) {
          ret = "";
        } else if (isX(m)) {
          ret = `>=${M}.0.0${z} <${+M + 1}.0.0-0`;
        } else if (isX(p)) {
          if (M === "0") {
            ret = `>=${M}.${m}.0${z} <${M}.${+m + 1}.0-0`;
          } else {
            ret = `>=${M}.${m}.0${z} <${+M + 1}.0.0-0`;
          }
        } else if (pr) {
          debug("replaceCaret pr", pr);
          if (M === "0") {
            if (m === "0") {
              ret = `>=${M}.${m}.${p}-${pr} <${M}.${m}.${+p + 1}-0`;
            } else {
              ret = `>=${M}.${m}.${p}-${pr} <${M}.${+m + 1}.0-0`;
            }
          } else {
            ret = `>=${M}.${m}.${p}-${pr} <${+M + 1}.0.0-0`;
          }
        } else {
          debug("no pr");
          if (M === "0") {
            if (m === "0") {
              ret = `>=${M}.${m}.${p} <${M}.${m}.${+p + 1}-0`;
            } else {
              ret = `>=${M}.${m}.${p} <${M}.${+m + 1}.0-0`;
            }
          } else {
            ret = `>=${M}.${m}.${p} <${+M + 1}.0.0-0`;
          }
        }
        debug("caret return", ret);
        return ret;
      });
    };
    var replaceXRanges = (comp, options) => {
      debug("replaceXRanges", comp, options);
      return comp.split(/\s+/).map((c) => replaceXRange(c, options)).join(" ");
    };
    var replaceXRange = (comp, options) => {
      comp = comp.trim();
      const r = options.loose ? re[t.XRANGELOOSE] : re[t.XRANGE];
      return comp.replace(r, (ret, gtlt, M, m, p, pr) => {
        debug("xRange", comp, ret, gtlt, M, m, p, pr);
        if (invalidXRangeOrder(M, m, p)) {
          return comp;
        }
        const xM = isX(M);
        const xm = xM || isX(m);
        const xp = xm || isX(p);
        const anyX = xp;
        if (gtlt === "=" && anyX) {
          gtlt = "";
        }
        pr = options.includePrerelease ? "-0" : "";
        if (xM) {
          if (gtlt === ">" || gtlt === "<") {
            ret = "<0.0.0-0";
          } else {
            ret = "*";
          }
        } else if (gtlt && anyX) {
          if (xm) {
            m = 0;
          }
          p = 0;
          if (gtlt === ">") {
            gtlt = ">=";
            if (xm) {
              M = +M + 1;
              m = 0;
              p = 0;
            } else {
              m = +m + 1;
              p = 0;
            }
          } else if (gtlt === "<=") {
            gtlt = "<";
            if (xm) {
              M = +M + 1;
            } else {
              m = +m + 1;
            }
          }
          if (gtlt === "<") {
            pr = "-0";
          }
          ret = `${gtlt + M}.${m}.${p}${pr}`;
        } else if (xm) {
          ret = `>=${M}.0.0${pr} <${+M + 1}.0.0-0`;
        } else if (xp) {
          ret = `>=${M}.${m}.0${pr} <${M}.${+m + 1}.0-0`;
        }
        debug("xRange return", ret);
        return ret;
      });
    };
    var replaceStars = (comp, options) => {
      debug("replaceStars", comp, options);
      return comp.trim().replace(re[t.STAR], "");
    };
    var replaceGTE0 = (comp, options) => {
      debug("replaceGTE0", comp, options);
      return comp.trim().replace(re[options.includePrerelease ? t.GTE0PRE : t.GTE0], "");
    };
    var hyphenReplace = (incPr) => ($0, from, fM, fm, fp, fpr, fb, to, tM, tm, tp, tpr) => {
      if (isX(fM)) {
        from = "";
      } else if (isX(fm)) {
        from = `>=${fM}.0.0${incPr ? "-0" : ""}`;
      } else if (isX(fp)) {
        from = `>=${fM}.${fm}.0${incPr ? "-0" : ""}`;
      } else if (fpr) {
        from = `>=${from}`;
      } else {
        from = `>=${from}${incPr ? "-0" : ""}`;
      }
      if (isX(tM)) {
        to = "";
      } else if (isX(tm)) {
        to = `<${+tM + 1}.0.0-0`;
      } else if (isX(tp)) {
        to = `<${tM}.${+tm + 1}.0-0`;
      } else if (tpr) {
        to = `<=${tM}.${tm}.${tp}-${tpr}`;
      } else if (incPr) {
        to = `<${tM}.${tm}.${+tp + 1}-0`;
      } else {
        to = `<=${to}`;
      }
      return `${from} ${to}`.trim();
    };
    var testSet = (set, version, options) => {
      for (let i = 0; i < set.length; i++) {
        if (!set[i].test(version)) {
          return false;
        }
      }
      if (version.prerelease.length && !options.includePrerelease) {
        for (let i = 0; i < set.length; i++) {
          debug(set[i].semver);
          if (set[i].semver === Comparator.ANY) {
            continue;
          }
          if (set[i].semver.prerelease.length > 0) {
            const allowed = set[i].semver;
            if (allowed.major === version.major && allowed.minor === version.minor && allowed.patch === version.patch) {
              return true;
            }
          }
        }
        return false;
      }
      return true;
    };
  }
});

// node_modules/semver/classes/comparator.js
var require_comparator = __commonJS({
  "node_modules/semver/classes/comparator.js"(exports, module) {
    "use strict";
    var ANY = /* @__PURE__ */ Symbol("SemVer ANY");
    var Comparator = class _Comparator {
      static get ANY() {
        return ANY;
      }
      constructor(comp, options) {
        options = parseOptions(options);
        if (comp instanceof _Comparator) {
          if (comp.loose === !!options.loose) {
            return comp;
          } else {
            comp = comp.value;
          }
        }
        comp = comp.trim().split(/\s+/).join(" ");
        debug("comparator", comp, options);
        this.options = options;
        this.loose = !!options.loose;
        this.parse(comp);
        if (this.semver === ANY) {
          this.value = "";
        } else {
          this.value = this.operator + this.semver.version;
        }
        debug("comp", this);
      }
      parse(comp) {
        const r = this.options.loose ? re[t.COMPARATORLOOSE] : re[t.COMPARATOR];
        const m = comp.match(r);
        if (!m) {
          throw new TypeError(`Invalid comparator: ${comp}`);
        }
        this.operator = m[1] !== void 0 ? m[1] : "";
        if (this.operator === "=") {
          this.operator = "";
        }
        if (!m[2]) {
          this.semver = ANY;
        } else {
          this.semver = new SemVer(m[2], this.options.loose);
        }
      }
      toString() {
        return this.value;
      }
      test(version) {
        debug("Comparator.test", version, this.options.loose);
        if (this.semver === ANY || version === ANY) {
          return true;
        }
        if (typeof version === "string") {
          try {
            version = new SemVer(version, this.options);
          } catch (er) {
            return false;
          }
        }
        return cmp(version, this.operator, this.semver, this.options);
      }
      intersects(comp, options) {
        if (!(comp instanceof _Comparator)) {
          throw new TypeError("a Comparator is required");
        }
        if (this.operator === "") {
          if (this.value === "") {
            return true;
          }
          return new Range(comp.value, options).test(this.value);
        } else if (comp.operator === "") {
          if (comp.value === "") {
            return true;
          }
          return new Range(this.value, options).test(comp.semver);
        }
        options = parseOptions(options);
        if (options.includePrerelease && (this.value === "<0.0.0-0" || comp.value === "<0.0.0-0")) {
          return false;
        }
        if (!options.includePrerelease && (this.value.startsWith("<0.0.0") || comp.value.startsWith("<0.0.0"))) {
          return false;
        }
        if (this.operator.startsWith(">") && comp.operator.startsWith(">")) {
          return true;
        }
        if (this.operator.startsWith("<") && comp.operator.startsWith("<")) {
          return true;
        }
        if (this.semver.version === comp.semver.version && this.operator.includes("=") && comp.operator.includes("=")) {
          return true;
        }
        if (cmp(this.semver, "<", comp.semver, options) && this.operator.startsWith(">") && comp.operator.startsWith("<")) {
          return true;
        }
        if (cmp(this.semver, ">", comp.semver, options) && this.operator.startsWith("<") && comp.operator.startsWith(">")) {
          return true;
        }
        return false;
      }
    };
    module.exports = Comparator;
    var parseOptions = require_parse_options();
    var { safeRe: re, t } = require_re();
    var cmp = require_cmp();
    var debug = require_debug();
    var SemVer = require_semver();
    var Range = require_range();
  }
});

// node_modules/semver/functions/satisfies.js
var require_satisfies = __commonJS({
  "node_modules/semver/functions/satisfies.js"(exports, module) {
    "use strict";
    var Range = require_range();
    var satisfies = (version, range, options) => {
      try {
        range = new Range(range, options);
      } catch (er) {
        return false;
      }
      return range.test(version);
    };
    module.exports = satisfies;
  }
});

// node_modules/semver/ranges/to-comparators.js
var require_to_comparators = __commonJS({
  "node_modules/semver/ranges/to-comparators.js"(exports, module) {
    "use strict";
    var Range = require_range();
    var toComparators = (range, options) => new Range(range, options).set.map((comp) => comp.map((c) => c.value).join(" ").trim().split(" "));
    module.exports = toComparators;
  }
});

// node_modules/semver/ranges/max-satisfying.js
var require_max_satisfying = __commonJS({
  "node_modules/semver/ranges/max-satisfying.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var Range = require_range();
    var maxSatisfying = (versions, range, options) => {
      let max = null;
      let maxSV = null;
      let rangeObj = null;
      try {
        rangeObj = new Range(range, options);
      } catch (er) {
        return null;
      }
      versions.forEach((v) => {
        if (rangeObj.test(v)) {
          if (!max || maxSV.compare(v) === -1) {
            max = v;
            maxSV = new SemVer(max, options);
          }
        }
      });
      return max;
    };
    module.exports = maxSatisfying;
  }
});

// node_modules/semver/ranges/min-satisfying.js
var require_min_satisfying = __commonJS({
  "node_modules/semver/ranges/min-satisfying.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var Range = require_range();
    var minSatisfying = (versions, range, options) => {
      let min = null;
      let minSV = null;
      let rangeObj = null;
      try {
        rangeObj = new Range(range, options);
      } catch (er) {
        return null;
      }
      versions.forEach((v) => {
        if (rangeObj.test(v)) {
          if (!min || minSV.compare(v) === 1) {
            min = v;
            minSV = new SemVer(min, options);
          }
        }
      });
      return min;
    };
    module.exports = minSatisfying;
  }
});

// node_modules/semver/ranges/min-version.js
var require_min_version = __commonJS({
  "node_modules/semver/ranges/min-version.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var Range = require_range();
    var gt = require_gt();
    var minVersion = (range, loose) => {
      range = new Range(range, loose);
      let minver = new SemVer("0.0.0");
      if (range.test(minver)) {
        return minver;
      }
      minver = new SemVer("0.0.0-0");
      if (range.test(minver)) {
        return minver;
      }
      minver = null;
      for (let i = 0; i < range.set.length; ++i) {
        const comparators = range.set[i];
        let setMin = null;
        comparators.forEach((comparator) => {
          const compver = new SemVer(comparator.semver.version);
          switch (comparator.operator) {
            case ">":
              if (compver.prerelease.length === 0) {
                compver.patch++;
              } else {
                compver.prerelease.push(0);
              }
              compver.raw = compver.format();
            /* fallthrough */
            case "":
            case ">=":
              if (!setMin || gt(compver, setMin)) {
                setMin = compver;
              }
              break;
            case "<":
            case "<=":
              break;
            /* istanbul ignore next */
            default:
              throw new Error(`Unexpected operation: ${comparator.operator}`);
          }
        });
        if (setMin && (!minver || gt(minver, setMin))) {
          minver = setMin;
        }
      }
      if (minver && range.test(minver)) {
        return minver;
      }
      return null;
    };
    module.exports = minVersion;
  }
});

// node_modules/semver/ranges/valid.js
var require_valid2 = __commonJS({
  "node_modules/semver/ranges/valid.js"(exports, module) {
    "use strict";
    var Range = require_range();
    var validRange = (range, options) => {
      try {
        return new Range(range, options).range || "*";
      } catch (er) {
        return null;
      }
    };
    module.exports = validRange;
  }
});

// node_modules/semver/ranges/outside.js
var require_outside = __commonJS({
  "node_modules/semver/ranges/outside.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var Comparator = require_comparator();
    var { ANY } = Comparator;
    var Range = require_range();
    var satisfies = require_satisfies();
    var gt = require_gt();
    var lt = require_lt();
    var lte = require_lte();
    var gte = require_gte();
    var outside = (version, range, hilo, options) => {
      version = new SemVer(version, options);
      range = new Range(range, options);
      let gtfn, ltefn, ltfn, comp, ecomp;
      switch (hilo) {
        case ">":
          gtfn = gt;
          ltefn = lte;
          ltfn = lt;
          comp = ">";
          ecomp = ">=";
          break;
        case "<":
          gtfn = lt;
          ltefn = gte;
          ltfn = gt;
          comp = "<";
          ecomp = "<=";
          break;
        default:
          throw new TypeError('Must provide a hilo val of "<" or ">"');
      }
      if (satisfies(version, range, options)) {
        return false;
      }
      for (let i = 0; i < range.set.length; ++i) {
        const comparators = range.set[i];
        let high = null;
        let low = null;
        comparators.forEach((comparator) => {
          if (comparator.semver === ANY) {
            comparator = new Comparator(">=0.0.0");
          }
          high = high || comparator;
          low = low || comparator;
          if (gtfn(comparator.semver, high.semver, options)) {
            high = comparator;
          } else if (ltfn(comparator.semver, low.semver, options)) {
            low = comparator;
          }
        });
        if (high.operator === comp || high.operator === ecomp) {
          return false;
        }
        if ((!low.operator || low.operator === comp) && ltefn(version, low.semver)) {
          return false;
        } else if (low.operator === ecomp && ltfn(version, low.semver)) {
          return false;
        }
      }
      return true;
    };
    module.exports = outside;
  }
});

// node_modules/semver/ranges/gtr.js
var require_gtr = __commonJS({
  "node_modules/semver/ranges/gtr.js"(exports, module) {
    "use strict";
    var outside = require_outside();
    var gtr = (version, range, options) => outside(version, range, ">", options);
    module.exports = gtr;
  }
});

// node_modules/semver/ranges/ltr.js
var require_ltr = __commonJS({
  "node_modules/semver/ranges/ltr.js"(exports, module) {
    "use strict";
    var outside = require_outside();
    var ltr = (version, range, options) => outside(version, range, "<", options);
    module.exports = ltr;
  }
});

// node_modules/semver/ranges/intersects.js
var require_intersects = __commonJS({
  "node_modules/semver/ranges/intersects.js"(exports, module) {
    "use strict";
    var Range = require_range();
    var intersects = (r1, r2, options) => {
      r1 = new Range(r1, options);
      r2 = new Range(r2, options);
      return r1.intersects(r2, options);
    };
    module.exports = intersects;
  }
});

// node_modules/semver/ranges/simplify.js
var require_simplify = __commonJS({
  "node_modules/semver/ranges/simplify.js"(exports, module) {
    "use strict";
    var satisfies = require_satisfies();
    var compare2 = require_compare();
    module.exports = (versions, range, options) => {
      const set = [];
      let first = null;
      let prev = null;
      const v = versions.sort((a, b) => compare2(a, b, options));
      for (const version of v) {
        const included = satisfies(version, range, options);
        if (included) {
          prev = version;
          if (!first) {
            first = version;
          }
        } else {
          if (prev) {
            set.push([first, prev]);
          }
          prev = null;
          first = null;
        }
      }
      if (first) {
        set.push([first, null]);
      }
      const ranges = [];
      for (const [min, max] of set) {
        if (min === max) {
          ranges.push(min);
        } else if (!max && min === v[0]) {
          ranges.push("*");
        } else if (!max) {
          ranges.push(`>=${min}`);
        } else if (min === v[0]) {
          ranges.push(`<=${max}`);
        } else {
          ranges.push(`${min} - ${max}`);
        }
      }
      const simplified = ranges.join(" || ");
      const original = typeof range.raw === "string" ? range.raw : String(range);
      return simplified.length < original.length ? simplified : range;
    };
  }
});

// node_modules/semver/ranges/subset.js
var require_subset = __commonJS({
  "node_modules/semver/ranges/subset.js"(exports, module) {
    "use strict";
    var Range = require_range();
    var Comparator = require_comparator();
    var { ANY } = Comparator;
    var satisfies = require_satisfies();
    var compare2 = require_compare();
    var subset = (sub, dom, options = {}) => {
      if (sub === dom) {
        return true;
      }
      sub = new Range(sub, options);
      dom = new Range(dom, options);
      let sawNonNull = false;
      OUTER: for (const simpleSub of sub.set) {
        for (const simpleDom of dom.set) {
          const isSub = simpleSubset(simpleSub, simpleDom, options);
          sawNonNull = sawNonNull || isSub !== null;
          if (isSub) {
            continue OUTER;
          }
        }
        if (sawNonNull) {
          return false;
        }
      }
      return true;
    };
    var minimumVersionWithPreRelease = [new Comparator(">=0.0.0-0")];
    var minimumVersion = [new Comparator(">=0.0.0")];
    var simpleSubset = (sub, dom, options) => {
      if (sub === dom) {
        return true;
      }
      if (sub.length === 1 && sub[0].semver === ANY) {
        if (dom.length === 1 && dom[0].semver === ANY) {
          return true;
        } else if (options.includePrerelease) {
          sub = minimumVersionWithPreRelease;
        } else {
          sub = minimumVersion;
        }
      }
      if (dom.length === 1 && dom[0].semver === ANY) {
        if (options.includePrerelease) {
          return true;
        } else {
          dom = minimumVersion;
        }
      }
      const eqSet = /* @__PURE__ */ new Set();
      let gt, lt;
      for (const c of sub) {
        if (c.operator === ">" || c.operator === ">=") {
          gt = higherGT(gt, c, options);
        } else if (c.operator === "<" || c.operator === "<=") {
          lt = lowerLT(lt, c, options);
        } else {
          eqSet.add(c.semver);
        }
      }
      if (eqSet.size > 1) {
        return null;
      }
      let gtltComp;
      if (gt && lt) {
        gtltComp = compare2(gt.semver, lt.semver, options);
        if (gtltComp > 0) {
          return null;
        } else if (gtltComp === 0 && (gt.operator !== ">=" || lt.operator !== "<=")) {
          return null;
        }
      }
      for (const eq of eqSet) {
        if (gt && !satisfies(eq, String(gt), options)) {
          return null;
        }
        if (lt && !satisfies(eq, String(lt), options)) {
          return null;
        }
        for (const c of dom) {
          if (!satisfies(eq, String(c), options)) {
            return false;
          }
        }
        return true;
      }
      let higher, lower;
      let hasDomLT, hasDomGT;
      let needDomLTPre = lt && !options.includePrerelease && lt.semver.prerelease.length ? lt.semver : false;
      let needDomGTPre = gt && !options.includePrerelease && gt.semver.prerelease.length ? gt.semver : false;
      if (needDomLTPre && needDomLTPre.prerelease.length === 1 && lt.operator === "<" && needDomLTPre.prerelease[0] === 0) {
        needDomLTPre = false;
      }
      for (const c of dom) {
        hasDomGT = hasDomGT || c.operator === ">" || c.operator === ">=";
        hasDomLT = hasDomLT || c.operator === "<" || c.operator === "<=";
        if (gt) {
          if (needDomGTPre) {
            if (c.semver.prerelease && c.semver.prerelease.length && c.semver.major === needDomGTPre.major && c.semver.minor === needDomGTPre.minor && c.semver.patch === needDomGTPre.patch) {
              needDomGTPre = false;
            }
          }
          if (c.operator === ">" || c.operator === ">=") {
            higher = higherGT(gt, c, options);
            if (higher === c && higher !== gt) {
              return false;
            }
          } else if (gt.operator === ">=" && !c.test(gt.semver)) {
            return false;
          }
        }
        if (lt) {
          if (needDomLTPre) {
            if (c.semver.prerelease && c.semver.prerelease.length && c.semver.major === needDomLTPre.major && c.semver.minor === needDomLTPre.minor && c.semver.patch === needDomLTPre.patch) {
              needDomLTPre = false;
            }
          }
          if (c.operator === "<" || c.operator === "<=") {
            lower = lowerLT(lt, c, options);
            if (lower === c && lower !== lt) {
              return false;
            }
          } else if (lt.operator === "<=" && !c.test(lt.semver)) {
            return false;
          }
        }
        if (!c.operator && (lt || gt) && gtltComp !== 0) {
          return false;
        }
      }
      if (gt && hasDomLT && !lt && gtltComp !== 0) {
        return false;
      }
      if (lt && hasDomGT && !gt && gtltComp !== 0) {
        return false;
      }
      if (needDomGTPre || needDomLTPre) {
        return false;
      }
      return true;
    };
    var higherGT = (a, b, options) => {
      if (!a) {
        return b;
      }
      const comp = compare2(a.semver, b.semver, options);
      return comp > 0 ? a : comp < 0 ? b : b.operator === ">" && a.operator === ">=" ? b : a;
    };
    var lowerLT = (a, b, options) => {
      if (!a) {
        return b;
      }
      const comp = compare2(a.semver, b.semver, options);
      return comp < 0 ? a : comp > 0 ? b : b.operator === "<" && a.operator === "<=" ? b : a;
    };
    module.exports = subset;
  }
});

// node_modules/semver/index.js
var require_semver2 = __commonJS({
  "node_modules/semver/index.js"(exports, module) {
    "use strict";
    var internalRe = require_re();
    var constants2 = require_constants();
    var SemVer = require_semver();
    var identifiers = require_identifiers();
    var parse = require_parse();
    var valid = require_valid();
    var clean = require_clean();
    var inc = require_inc();
    var diff = require_diff();
    var major = require_major();
    var minor = require_minor();
    var patch = require_patch();
    var prerelease = require_prerelease();
    var compare2 = require_compare();
    var rcompare = require_rcompare();
    var compareLoose = require_compare_loose();
    var compareBuild = require_compare_build();
    var sort = require_sort();
    var rsort = require_rsort();
    var gt = require_gt();
    var lt = require_lt();
    var eq = require_eq();
    var neq = require_neq();
    var gte = require_gte();
    var lte = require_lte();
    var cmp = require_cmp();
    var coerce = require_coerce();
    var truncate = require_truncate();
    var Comparator = require_comparator();
    var Range = require_range();
    var satisfies = require_satisfies();
    var toComparators = require_to_comparators();
    var maxSatisfying = require_max_satisfying();
    var minSatisfying = require_min_satisfying();
    var minVersion = require_min_version();
    var validRange = require_valid2();
    var outside = require_outside();
    var gtr = require_gtr();
    var ltr = require_ltr();
    var intersects = require_intersects();
    var simplifyRange = require_simplify();
    var subset = require_subset();
    module.exports = {
      parse,
      valid,
      clean,
      inc,
      diff,
      major,
      minor,
      patch,
      prerelease,
      compare: compare2,
      rcompare,
      compareLoose,
      compareBuild,
      sort,
      rsort,
      gt,
      lt,
      eq,
      neq,
      gte,
      lte,
      cmp,
      coerce,
      truncate,
      Comparator,
      Range,
      satisfies,
      toComparators,
      maxSatisfying,
      minSatisfying,
      minVersion,
      validRange,
      outside,
      gtr,
      ltr,
      intersects,
      simplifyRange,
      subset,
      SemVer,
      re: internalRe.re,
      src: internalRe.src,
      tokens: internalRe.t,
      SEMVER_SPEC_VERSION: constants2.SEMVER_SPEC_VERSION,
      RELEASE_TYPES: constants2.RELEASE_TYPES,
      compareIdentifiers: identifiers.compareIdentifiers,
      rcompareIdentifiers: identifiers.rcompareIdentifiers
    };
  }
});

// node_modules/picomatch/lib/constants.js
var require_constants2 = __commonJS({
  "node_modules/picomatch/lib/constants.js"(exports, module) {
    "use strict";
    var WIN_SLASH = "\\\\/";
    var WIN_NO_SLASH = `[^${WIN_SLASH}]`;
    var DEFAULT_MAX_EXTGLOB_RECURSION = 0;
    var DOT_LITERAL = "\\.";
    var PLUS_LITERAL = "\\+";
    var QMARK_LITERAL = "\\?";
    var SLASH_LITERAL = "\\/";
    var ONE_CHAR = "(?=.)";
    var QMARK = "[^/]";
    var END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
    var START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
    var DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
    var NO_DOT = `(?!${DOT_LITERAL})`;
    var NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
    var NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
    var NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
    var QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
    var STAR = `${QMARK}*?`;
    var SEP = "/";
    var POSIX_CHARS = {
      DOT_LITERAL,
      PLUS_LITERAL,
      QMARK_LITERAL,
      SLASH_LITERAL,
      ONE_CHAR,
      QMARK,
      END_ANCHOR,
      DOTS_SLASH,
      NO_DOT,
      NO_DOTS,
      NO_DOT_SLASH,
      NO_DOTS_SLASH,
      QMARK_NO_DOT,
      STAR,
      START_ANCHOR,
      SEP
    };
    var WINDOWS_CHARS = {
      ...POSIX_CHARS,
      SLASH_LITERAL: `[${WIN_SLASH}]`,
      QMARK: WIN_NO_SLASH,
      STAR: `${WIN_NO_SLASH}*?`,
      DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
      NO_DOT: `(?!${DOT_LITERAL})`,
      NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
      NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
      START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
      END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
      SEP: "\\"
    };
    var POSIX_REGEX_SOURCE = {
      __proto__: null,
      alnum: "a-zA-Z0-9",
      alpha: "a-zA-Z",
      ascii: "\\x00-\\x7F",
      blank: " \\t",
      cntrl: "\\x00-\\x1F\\x7F",
      digit: "0-9",
      graph: "\\x21-\\x7E",
      lower: "a-z",
      print: "\\x20-\\x7E ",
      punct: "\\-!\"#$%&'()\\*+,./:;<=>?@[\\]^_`{|}~",
      space: " \\t\\r\\n\\v\\f",
      upper: "A-Z",
      word: "A-Za-z0-9_",
      xdigit: "A-Fa-f0-9"
    };
    module.exports = {
      DEFAULT_MAX_EXTGLOB_RECURSION,
      MAX_LENGTH: 1024 * 64,
      POSIX_REGEX_SOURCE,
      // regular expressions
      REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
      REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
      REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
      REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
      REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
      REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,
      // Replace globs with equivalent patterns to reduce parsing time.
      REPLACEMENTS: {
        __proto__: null,
        "***": "*",
        "**/**": "**",
        "**/**/**": "**"
      },
      // Digits
      CHAR_0: 48,
      /* 0 */
      CHAR_9: 57,
      /* 9 */
      // Alphabet chars.
      CHAR_UPPERCASE_A: 65,
      /* A */
      CHAR_LOWERCASE_A: 97,
      /* a */
      CHAR_UPPERCASE_Z: 90,
      /* Z */
      CHAR_LOWERCASE_Z: 122,
      /* z */
      CHAR_LEFT_PARENTHESES: 40,
      /* ( */
      CHAR_RIGHT_PARENTHESES: 41,
      /* ) */
      CHAR_ASTERISK: 42,
      /* * */
      // Non-alphabetic chars.
      CHAR_AMPERSAND: 38,
      /* & */
      CHAR_AT: 64,
      /* @ */
      CHAR_BACKWARD_SLASH: 92,
      /* \ */
      CHAR_CARRIAGE_RETURN: 13,
      /* \r */
      CHAR_CIRCUMFLEX_ACCENT: 94,
      /* ^ */
      CHAR_COLON: 58,
      /* : */
      CHAR_COMMA: 44,
      /* , */
      CHAR_DOT: 46,
      /* . */
      CHAR_DOUBLE_QUOTE: 34,
      /* " */
      CHAR_EQUAL: 61,
      /* = */
      CHAR_EXCLAMATION_MARK: 33,
      /* ! */
      CHAR_FORM_FEED: 12,
      /* \f */
      CHAR_FORWARD_SLASH: 47,
      /* / */
      CHAR_GRAVE_ACCENT: 96,
      /* ` */
      CHAR_HASH: 35,
      /* # */
      CHAR_HYPHEN_MINUS: 45,
      /* - */
      CHAR_LEFT_ANGLE_BRACKET: 60,
      /* < */
      CHAR_LEFT_CURLY_BRACE: 123,
      /* { */
      CHAR_LEFT_SQUARE_BRACKET: 91,
      /* [ */
      CHAR_LINE_FEED: 10,
      /* \n */
      CHAR_NO_BREAK_SPACE: 160,
      /* \u00A0 */
      CHAR_PERCENT: 37,
      /* % */
      CHAR_PLUS: 43,
      /* + */
      CHAR_QUESTION_MARK: 63,
      /* ? */
      CHAR_RIGHT_ANGLE_BRACKET: 62,
      /* > */
      CHAR_RIGHT_CURLY_BRACE: 125,
      /* } */
      CHAR_RIGHT_SQUARE_BRACKET: 93,
      /* ] */
      CHAR_SEMICOLON: 59,
      /* ; */
      CHAR_SINGLE_QUOTE: 39,
      /* ' */
      CHAR_SPACE: 32,
      /*   */
      CHAR_TAB: 9,
      /* \t */
      CHAR_UNDERSCORE: 95,
      /* _ */
      CHAR_VERTICAL_LINE: 124,
      /* | */
      CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279,
      /* \uFEFF */
      /**
       * Create EXTGLOB_CHARS
       */
      extglobChars(chars) {
        return {
          "!": { type: "negate", open: "(?:(?!(?:", close: `))${chars.STAR})` },
          "?": { type: "qmark", open: "(?:", close: ")?" },
          "+": { type: "plus", open: "(?:", close: ")+" },
          "*": { type: "star", open: "(?:", close: ")*" },
          "@": { type: "at", open: "(?:", close: ")" }
        };
      },
      /**
       * Create GLOB_CHARS
       */
      globChars(win32) {
        return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
      }
    };
  }
});

// node_modules/picomatch/lib/utils.js
var require_utils = __commonJS({
  "node_modules/picomatch/lib/utils.js"(exports) {
    "use strict";
    var {
      REGEX_BACKSLASH,
      REGEX_REMOVE_BACKSLASH,
      REGEX_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_GLOBAL
    } = require_constants2();
    exports.isObject = (val) => val !== null && typeof val === "object" && !Array.isArray(val);
    exports.hasRegexChars = (str) => REGEX_SPECIAL_CHARS.test(str);
    exports.isRegexChar = (str) => str.length === 1 && exports.hasRegexChars(str);
    exports.escapeRegex = (str) => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, "\\$1");
    exports.toPosixSlashes = (str) => str.replace(REGEX_BACKSLASH, "/");
    exports.isWindows = () => {
      if (typeof navigator !== "undefined" && navigator.platform) {
        const platform = navigator.platform.toLowerCase();
        return platform === "win32" || platform === "windows";
      }
      if (typeof process !== "undefined" && process.platform) {
        return process.platform === "win32";
      }
      return false;
    };
    exports.removeBackslashes = (str) => {
      return str.replace(REGEX_REMOVE_BACKSLASH, (match) => {
        return match === "\\" ? "" : match;
      });
    };
    exports.escapeLast = (input, char, lastIdx) => {
      const idx = input.lastIndexOf(char, lastIdx);
      if (idx === -1) return input;
      if (input[idx - 1] === "\\") return exports.escapeLast(input, char, idx - 1);
      return `${input.slice(0, idx)}\\${input.slice(idx)}`;
    };
    exports.removePrefix = (input, state = {}) => {
      let output = input;
      if (output.startsWith("./")) {
        output = output.slice(2);
        state.prefix = "./";
      }
      return output;
    };
    exports.wrapOutput = (input, state = {}, options = {}) => {
      const prepend = options.contains ? "" : "^";
      const append = options.contains ? "" : "$";
      let output = `${prepend}(?:${input})${append}`;
      if (state.negated === true) {
        output = `(?:^(?!${output}).*$)`;
      }
      return output;
    };
    exports.basename = (path9, { windows } = {}) => {
      const segs = path9.split(windows ? /[\\/]/ : "/");
      const last = segs[segs.length - 1];
      if (last === "") {
        return segs[segs.length - 2];
      }
      return last;
    };
  }
});

// node_modules/picomatch/lib/scan.js
var require_scan = __commonJS({
  "node_modules/picomatch/lib/scan.js"(exports, module) {
    "use strict";
    var utils = require_utils();
    var {
      CHAR_ASTERISK,
      /* * */
      CHAR_AT,
      /* @ */
      CHAR_BACKWARD_SLASH,
      /* \ */
      CHAR_COMMA,
      /* , */
      CHAR_DOT,
      /* . */
      CHAR_EXCLAMATION_MARK,
      /* ! */
      CHAR_FORWARD_SLASH,
      /* / */
      CHAR_LEFT_CURLY_BRACE,
      /* { */
      CHAR_LEFT_PARENTHESES,
      /* ( */
      CHAR_LEFT_SQUARE_BRACKET,
      /* [ */
      CHAR_PLUS,
      /* + */
      CHAR_QUESTION_MARK,
      /* ? */
      CHAR_RIGHT_CURLY_BRACE,
      /* } */
      CHAR_RIGHT_PARENTHESES,
      /* ) */
      CHAR_RIGHT_SQUARE_BRACKET
      /* ] */
    } = require_constants2();
    var isPathSeparator = (code) => {
      return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
    };
    var depth = (token) => {
      if (token.isPrefix !== true) {
        token.depth = token.isGlobstar ? Infinity : 1;
      }
    };
    var scan = (input, options) => {
      const opts = options || {};
      const length = input.length - 1;
      const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
      const slashes = [];
      const tokens = [];
      const parts = [];
      let str = input;
      let index = -1;
      let start = 0;
      let lastIndex = 0;
      let isBrace = false;
      let isBracket = false;
      let isGlob = false;
      let isExtglob = false;
      let isGlobstar = false;
      let braceEscaped = false;
      let backslashes = false;
      let negated = false;
      let negatedExtglob = false;
      let finished = false;
      let braces = 0;
      let prev;
      let code;
      let token = { value: "", depth: 0, isGlob: false };
      const eos = () => index >= length;
      const peek = () => str.charCodeAt(index + 1);
      const advance = () => {
        prev = code;
        return str.charCodeAt(++index);
      };
      while (index < length) {
        code = advance();
        let next;
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          code = advance();
          if (code === CHAR_LEFT_CURLY_BRACE) {
            braceEscaped = true;
          }
          continue;
        }
        if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (code === CHAR_LEFT_CURLY_BRACE) {
              braces++;
              continue;
            }
            if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (braceEscaped !== true && code === CHAR_COMMA) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (code === CHAR_RIGHT_CURLY_BRACE) {
              braces--;
              if (braces === 0) {
                braceEscaped = false;
                isBrace = token.isBrace = true;
                finished = true;
                break;
              }
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_FORWARD_SLASH) {
          slashes.push(index);
          tokens.push(token);
          token = { value: "", depth: 0, isGlob: false };
          if (finished === true) continue;
          if (prev === CHAR_DOT && index === start + 1) {
            start += 2;
            continue;
          }
          lastIndex = index + 1;
          continue;
        }
        if (opts.noext !== true) {
          const isExtglobChar = code === CHAR_PLUS || code === CHAR_AT || code === CHAR_ASTERISK || code === CHAR_QUESTION_MARK || code === CHAR_EXCLAMATION_MARK;
          if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
            isGlob = token.isGlob = true;
            isExtglob = token.isExtglob = true;
            finished = true;
            if (code === CHAR_EXCLAMATION_MARK && index === start) {
              negatedExtglob = true;
            }
            if (scanToEnd === true) {
              let parens = 0;
              while (eos() !== true && (code = advance())) {
                if (code === CHAR_BACKWARD_SLASH) {
                  backslashes = token.backslashes = true;
                  advance();
                  continue;
                }
                if (code === CHAR_LEFT_PARENTHESES) {
                  parens++;
                  continue;
                }
                if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                  finished = true;
                  break;
                }
              }
              continue;
            }
            break;
          }
        }
        if (code === CHAR_ASTERISK) {
          if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_QUESTION_MARK) {
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_LEFT_SQUARE_BRACKET) {
          while (eos() !== true && (next = advance())) {
            if (next === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (next === CHAR_RIGHT_SQUARE_BRACKET) {
              isBracket = token.isBracket = true;
              isGlob = token.isGlob = true;
              finished = true;
              break;
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
          negated = token.negated = true;
          start++;
          continue;
        }
        if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
          isGlob = token.isGlob = true;
          if (scanToEnd === true) {
            let parens = 1;
            while (eos() !== true && (code = advance())) {
              if (code === CHAR_BACKWARD_SLASH) {
                backslashes = token.backslashes = true;
                advance();
                continue;
              }
              if (code === CHAR_LEFT_PARENTHESES) {
                parens++;
                continue;
              }
              if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                finished = true;
                break;
              }
            }
            continue;
          }
          break;
        }
        if (isGlob === true) {
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
      }
      if (opts.noext === true) {
        isExtglob = false;
        isGlob = false;
      }
      let base = str;
      let prefix = "";
      let glob2 = "";
      if (start > 0) {
        prefix = str.slice(0, start);
        str = str.slice(start);
        lastIndex -= start;
      }
      if (base && isGlob === true && lastIndex > 0) {
        base = str.slice(0, lastIndex);
        glob2 = str.slice(lastIndex);
      } else if (isGlob === true) {
        base = "";
        glob2 = str;
      } else {
        base = str;
      }
      if (base && base !== "" && base !== "/" && base !== str) {
        if (isPathSeparator(base.charCodeAt(base.length - 1))) {
          base = base.slice(0, -1);
        }
      }
      if (opts.unescape === true) {
        if (glob2) glob2 = utils.removeBackslashes(glob2);
        if (base && backslashes === true) {
          base = utils.removeBackslashes(base);
        }
      }
      const state = {
        prefix,
        input,
        start,
        base,
        glob: glob2,
        isBrace,
        isBracket,
        isGlob,
        isExtglob,
        isGlobstar,
        negated,
        negatedExtglob
      };
      if (opts.tokens === true) {
        state.maxDepth = 0;
        if (!isPathSeparator(code)) {
          tokens.push(token);
        }
        state.tokens = tokens;
      }
      if (opts.parts === true || opts.tokens === true) {
        let prevIndex;
        for (let idx = 0; idx < slashes.length; idx++) {
          const n2 = prevIndex !== void 0 ? prevIndex + 1 : start;
          const i = slashes[idx];
          const value2 = input.slice(n2, i);
          if (opts.tokens) {
            if (idx === 0 && start !== 0) {
              tokens[idx].isPrefix = true;
              tokens[idx].value = prefix;
            } else {
              tokens[idx].value = value2;
            }
            depth(tokens[idx]);
            state.maxDepth += tokens[idx].depth;
          }
          if (i >= start) {
            parts.push(value2);
            prevIndex = i;
          }
        }
        const n = prevIndex !== void 0 ? prevIndex + 1 : start;
        const value = input.slice(n);
        parts.push(value);
        if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
          tokens[tokens.length - 1].value = value;
          depth(tokens[tokens.length - 1]);
          state.maxDepth += tokens[tokens.length - 1].depth;
        }
        state.slashes = slashes;
        state.parts = parts;
      }
      return state;
    };
    module.exports = scan;
  }
});

// node_modules/picomatch/lib/parse.js
var require_parse2 = __commonJS({
  "node_modules/picomatch/lib/parse.js"(exports, module) {
    "use strict";
    var constants2 = require_constants2();
    var utils = require_utils();
    var {
      MAX_LENGTH,
      POSIX_REGEX_SOURCE,
      REGEX_NON_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_BACKREF,
      REPLACEMENTS
    } = constants2;
    var expandRange = (args, options) => {
      if (typeof options.expandRange === "function") {
        return options.expandRange(...args, options);
      }
      args.sort();
      const value = `[${args.join("-")}]`;
      try {
        new RegExp(value);
      } catch (ex) {
        return args.map((v) => utils.escapeRegex(v)).join("..");
      }
      return value;
    };
    var syntaxError = (type, char) => {
      return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
    };
    var splitTopLevel = (input) => {
      const parts = [];
      let bracket = 0;
      let paren = 0;
      let quote2 = 0;
      let value = "";
      let escaped = false;
      for (const ch of input) {
        if (escaped === true) {
          value += ch;
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          value += ch;
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote2 = quote2 === 1 ? 0 : 1;
          value += ch;
          continue;
        }
        if (quote2 === 0) {
          if (ch === "[") {
            bracket++;
          } else if (ch === "]" && bracket > 0) {
            bracket--;
          } else if (bracket === 0) {
            if (ch === "(") {
              paren++;
            } else if (ch === ")" && paren > 0) {
              paren--;
            } else if (ch === "|" && paren === 0) {
              parts.push(value);
              value = "";
              continue;
            }
          }
        }
        value += ch;
      }
      parts.push(value);
      return parts;
    };
    var isPlainBranch = (branch) => {
      let escaped = false;
      for (const ch of branch) {
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (/[?*+@!()[\]{}]/.test(ch)) {
          return false;
        }
      }
      return true;
    };
    var normalizeSimpleBranch = (branch) => {
      let value = branch.trim();
      let changed = true;
      while (changed === true) {
        changed = false;
        if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
          value = value.slice(2, -1);
          changed = true;
        }
      }
      if (!isPlainBranch(value)) {
        return;
      }
      return value.replace(/\\(.)/g, "$1");
    };
    var hasRepeatedCharPrefixOverlap = (branches) => {
      const values = branches.map(normalizeSimpleBranch).filter(Boolean);
      for (let i = 0; i < values.length; i++) {
        for (let j = i + 1; j < values.length; j++) {
          const a = values[i];
          const b = values[j];
          const char = a[0];
          if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
            continue;
          }
          if (a === b || a.startsWith(b) || b.startsWith(a)) {
            return true;
          }
        }
      }
      return false;
    };
    var parseRepeatedExtglob = (pattern, requireEnd = true) => {
      if (pattern[0] !== "+" && pattern[0] !== "*" || pattern[1] !== "(") {
        return;
      }
      let bracket = 0;
      let paren = 0;
      let quote2 = 0;
      let escaped = false;
      for (let i = 1; i < pattern.length; i++) {
        const ch = pattern[i];
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote2 = quote2 === 1 ? 0 : 1;
          continue;
        }
        if (quote2 === 1) {
          continue;
        }
        if (ch === "[") {
          bracket++;
          continue;
        }
        if (ch === "]" && bracket > 0) {
          bracket--;
          continue;
        }
        if (bracket > 0) {
          continue;
        }
        if (ch === "(") {
          paren++;
          continue;
        }
        if (ch === ")") {
          paren--;
          if (paren === 0) {
            if (requireEnd === true && i !== pattern.length - 1) {
              return;
            }
            return {
              type: pattern[0],
              body: pattern.slice(2, i),
              end: i
            };
          }
        }
      }
    };
    var buildCharClassStar = (chars) => {
      const source = chars.length === 1 ? utils.escapeRegex(chars[0]) : `[${chars.map((ch) => utils.escapeRegex(ch)).join("")}]`;
      return `${source}*`;
    };
    var getStarExtglobSequenceChars = (pattern) => {
      let index = 0;
      const chars = [];
      while (index < pattern.length) {
        const match = parseRepeatedExtglob(pattern.slice(index), false);
        if (!match || match.type !== "*") {
          return;
        }
        const branches = splitTopLevel(match.body).map((branch2) => branch2.trim());
        if (branches.length !== 1) {
          return;
        }
        const branch = normalizeSimpleBranch(branches[0]);
        if (!branch || branch.length !== 1) {
          return;
        }
        chars.push(branch);
        index += match.end + 1;
      }
      if (chars.length < 1) {
        return;
      }
      return chars;
    };
    var repeatedExtglobRecursion = (pattern) => {
      let depth = 0;
      let value = pattern.trim();
      let match = parseRepeatedExtglob(value);
      while (match) {
        depth++;
        value = match.body.trim();
        match = parseRepeatedExtglob(value);
      }
      return depth;
    };
    var analyzeRepeatedExtglob = (body, options) => {
      if (options.maxExtglobRecursion === false) {
        return { risky: false };
      }
      const max = typeof options.maxExtglobRecursion === "number" ? options.maxExtglobRecursion : constants2.DEFAULT_MAX_EXTGLOB_RECURSION;
      const branches = splitTopLevel(body).map((branch) => branch.trim());
      if (branches.length > 1) {
        if (branches.some((branch) => branch === "") || branches.some((branch) => /^[*?]+$/.test(branch)) || hasRepeatedCharPrefixOverlap(branches)) {
          return { risky: true };
        }
      }
      const safeChars = [];
      let sawStarSequence = false;
      let combinable = true;
      for (const branch of branches) {
        const chars = getStarExtglobSequenceChars(branch);
        if (chars) {
          sawStarSequence = true;
          safeChars.push(...chars);
          continue;
        }
        const literal = normalizeSimpleBranch(branch);
        if (literal && literal.length === 1) {
          safeChars.push(literal);
          continue;
        }
        combinable = false;
        if (repeatedExtglobRecursion(branch) > max) {
          return { risky: true };
        }
      }
      if (sawStarSequence) {
        return combinable ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) } : { risky: true };
      }
      return { risky: false };
    };
    var parse = (input, options) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected a string");
      }
      input = REPLACEMENTS[input] || input;
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      let len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      const bos = { type: "bos", value: "", output: opts.prepend || "" };
      const tokens = [bos];
      const capture = opts.capture ? "" : "?:";
      const PLATFORM_CHARS = constants2.globChars(opts.windows);
      const EXTGLOB_CHARS = constants2.extglobChars(PLATFORM_CHARS);
      const {
        DOT_LITERAL,
        PLUS_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOT_SLASH,
        NO_DOTS_SLASH,
        QMARK,
        QMARK_NO_DOT,
        STAR,
        START_ANCHOR
      } = PLATFORM_CHARS;
      const globstar = (opts2) => {
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const nodot = opts.dot ? "" : NO_DOT;
      const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
      let star = opts.bash === true ? globstar(opts) : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      if (typeof opts.noext === "boolean") {
        opts.noextglob = opts.noext;
      }
      const state = {
        input,
        index: -1,
        start: 0,
        dot: opts.dot === true,
        consumed: "",
        output: "",
        prefix: "",
        backtrack: false,
        negated: false,
        brackets: 0,
        braces: 0,
        parens: 0,
        quotes: 0,
        globstar: false,
        tokens
      };
      input = utils.removePrefix(input, state);
      len = input.length;
      const extglobs = [];
      const braces = [];
      const stack = [];
      let prev = bos;
      let value;
      const eos = () => state.index === len - 1;
      const peek = state.peek = (n = 1) => input[state.index + n];
      const advance = state.advance = () => input[++state.index] || "";
      const remaining = () => input.slice(state.index + 1);
      const consume = (value2 = "", num = 0) => {
        state.consumed += value2;
        state.index += num;
      };
      const append = (token) => {
        state.output += token.output != null ? token.output : token.value;
        consume(token.value);
      };
      const negate = () => {
        let count = 1;
        while (peek() === "!" && (peek(2) !== "(" || peek(3) === "?")) {
          advance();
          state.start++;
          count++;
        }
        if (count % 2 === 0) {
          return false;
        }
        state.negated = true;
        state.start++;
        return true;
      };
      const increment = (type) => {
        state[type]++;
        stack.push(type);
      };
      const decrement = (type) => {
        state[type]--;
        stack.pop();
      };
      const push = (tok) => {
        if (prev.type === "globstar") {
          const isBrace = state.braces > 0 && (tok.type === "comma" || tok.type === "brace");
          const isExtglob = tok.extglob === true || extglobs.length && (tok.type === "pipe" || tok.type === "paren");
          if (tok.type !== "slash" && tok.type !== "paren" && !isBrace && !isExtglob) {
            state.output = state.output.slice(0, -prev.output.length);
            prev.type = "star";
            prev.value = "*";
            prev.output = star;
            state.output += prev.output;
          }
        }
        if (extglobs.length && tok.type !== "paren") {
          extglobs[extglobs.length - 1].inner += tok.value;
        }
        if (tok.value || tok.output) append(tok);
        if (prev && prev.type === "text" && tok.type === "text") {
          prev.output = (prev.output || prev.value) + tok.value;
          prev.value += tok.value;
          return;
        }
        tok.prev = prev;
        tokens.push(tok);
        prev = tok;
      };
      const extglobOpen = (type, value2) => {
        const token = { ...EXTGLOB_CHARS[value2], conditions: 1, inner: "" };
        token.prev = prev;
        token.parens = state.parens;
        token.output = state.output;
        token.startIndex = state.index;
        token.tokensIndex = tokens.length;
        const output = (opts.capture ? "(" : "") + token.open;
        increment("parens");
        push({ type, value: value2, output: state.output ? "" : ONE_CHAR });
        push({ type: "paren", extglob: true, value: advance(), output });
        extglobs.push(token);
      };
      const extglobClose = (token) => {
        const literal = input.slice(token.startIndex, state.index + 1);
        const body = input.slice(token.startIndex + 2, state.index);
        const analysis = analyzeRepeatedExtglob(body, opts);
        if ((token.type === "plus" || token.type === "star") && analysis.risky) {
          const safeOutput = analysis.safeOutput ? (token.output ? "" : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput) : void 0;
          const open = tokens[token.tokensIndex];
          open.type = "text";
          open.value = literal;
          open.output = safeOutput || utils.escapeRegex(literal);
          for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
            tokens[i].value = "";
            tokens[i].output = "";
            delete tokens[i].suffix;
          }
          state.output = token.output + open.output;
          state.backtrack = true;
          push({ type: "paren", extglob: true, value, output: "" });
          decrement("parens");
          return;
        }
        let output = token.close + (opts.capture ? ")" : "");
        let rest;
        if (token.type === "negate") {
          let extglobStar = star;
          if (token.inner && token.inner.length > 1 && token.inner.includes("/")) {
            extglobStar = globstar(opts);
          }
          if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
            output = token.close = `)$))${extglobStar}`;
          }
          if (token.inner.includes("*") && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
            const expression = parse(rest, { ...options, fastpaths: false }).output;
            output = token.close = `)${expression})${extglobStar})`;
          }
          if (token.prev.type === "bos") {
            state.negatedExtglob = true;
          }
        }
        push({ type: "paren", extglob: true, value, output });
        decrement("parens");
      };
      if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
        let backslashes = false;
        let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
          if (first === "\\") {
            backslashes = true;
            return m;
          }
          if (first === "?") {
            if (esc) {
              return esc + first + (rest ? QMARK.repeat(rest.length) : "");
            }
            if (index === 0) {
              return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : "");
            }
            return QMARK.repeat(chars.length);
          }
          if (first === ".") {
            return DOT_LITERAL.repeat(chars.length);
          }
          if (first === "*") {
            if (esc) {
              return esc + first + (rest ? star : "");
            }
            return star;
          }
          return esc ? m : `\\${m}`;
        });
        if (backslashes === true) {
          if (opts.unescape === true) {
            output = output.replace(/\\/g, "");
          } else {
            output = output.replace(/\\+/g, (m) => {
              return m.length % 2 === 0 ? "\\\\" : m ? "\\" : "";
            });
          }
        }
        if (output === input && opts.contains === true) {
          state.output = input;
          return state;
        }
        state.output = utils.wrapOutput(output, state, options);
        return state;
      }
      while (!eos()) {
        value = advance();
        if (value === "\0") {
          continue;
        }
        if (value === "\\") {
          const next = peek();
          if (next === "/" && opts.bash !== true) {
            continue;
          }
          if (next === "." || next === ";") {
            continue;
          }
          if (!next) {
            value += "\\";
            push({ type: "text", value });
            continue;
          }
          const match = /^\\+/.exec(remaining());
          let slashes = 0;
          if (match && match[0].length > 2) {
            slashes = match[0].length;
            state.index += slashes;
            if (slashes % 2 !== 0) {
              value += "\\";
            }
          }
          if (opts.unescape === true) {
            value = advance();
          } else {
            value += advance();
          }
          if (state.brackets === 0) {
            push({ type: "text", value });
            continue;
          }
        }
        if (state.brackets > 0 && (value !== "]" || prev.value === "[" || prev.value === "[^")) {
          if (opts.posix !== false && value === ":") {
            const inner = prev.value.slice(1);
            if (inner.includes("[")) {
              prev.posix = true;
              if (inner.includes(":")) {
                const idx = prev.value.lastIndexOf("[");
                const pre = prev.value.slice(0, idx);
                const rest2 = prev.value.slice(idx + 2);
                const posix2 = POSIX_REGEX_SOURCE[rest2];
                if (posix2) {
                  prev.value = pre + posix2;
                  state.backtrack = true;
                  advance();
                  if (!bos.output && tokens.indexOf(prev) === 1) {
                    bos.output = ONE_CHAR;
                  }
                  continue;
                }
              }
            }
          }
          if (value === "[" && peek() !== ":" || value === "-" && peek() === "]") {
            value = `\\${value}`;
          }
          if (value === "]" && (prev.value === "[" || prev.value === "[^")) {
            value = `\\${value}`;
          }
          if (opts.posix === true && value === "!" && prev.value === "[") {
            value = "^";
          }
          prev.value += value;
          append({ value });
          continue;
        }
        if (state.quotes === 1 && value !== '"') {
          value = utils.escapeRegex(value);
          prev.value += value;
          append({ value });
          continue;
        }
        if (value === '"') {
          state.quotes = state.quotes === 1 ? 0 : 1;
          if (opts.keepQuotes === true) {
            push({ type: "text", value });
          }
          continue;
        }
        if (value === "(") {
          increment("parens");
          push({ type: "paren", value });
          continue;
        }
        if (value === ")") {
          if (state.parens === 0 && opts.strictBrackets === true) {
            throw new SyntaxError(syntaxError("opening", "("));
          }
          const extglob = extglobs[extglobs.length - 1];
          if (extglob && state.parens === extglob.parens + 1) {
            extglobClose(extglobs.pop());
            continue;
          }
          push({ type: "paren", value, output: state.parens ? ")" : "\\)" });
          decrement("parens");
          continue;
        }
        if (value === "[") {
          if (opts.nobracket === true || !remaining().includes("]")) {
            if (opts.nobracket !== true && opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("closing", "]"));
            }
            value = `\\${value}`;
          } else {
            increment("brackets");
          }
          push({ type: "bracket", value });
          continue;
        }
        if (value === "]") {
          if (opts.nobracket === true || prev && prev.type === "bracket" && prev.value.length === 1) {
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          if (state.brackets === 0) {
            if (opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("opening", "["));
            }
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          decrement("brackets");
          const prevValue = prev.value.slice(1);
          if (prev.posix !== true && prevValue[0] === "^" && !prevValue.includes("/")) {
            value = `/${value}`;
          }
          prev.value += value;
          append({ value });
          if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
            continue;
          }
          const escaped = utils.escapeRegex(prev.value);
          state.output = state.output.slice(0, -prev.value.length);
          if (opts.literalBrackets === true) {
            state.output += escaped;
            prev.value = escaped;
            continue;
          }
          prev.value = `(${capture}${escaped}|${prev.value})`;
          state.output += prev.value;
          continue;
        }
        if (value === "{" && opts.nobrace !== true) {
          increment("braces");
          const open = {
            type: "brace",
            value,
            output: "(",
            outputIndex: state.output.length,
            tokensIndex: state.tokens.length
          };
          braces.push(open);
          push(open);
          continue;
        }
        if (value === "}") {
          const brace = braces[braces.length - 1];
          if (opts.nobrace === true || !brace) {
            push({ type: "text", value, output: value });
            continue;
          }
          let output = ")";
          if (brace.dots === true) {
            const arr = tokens.slice();
            const range = [];
            for (let i = arr.length - 1; i >= 0; i--) {
              tokens.pop();
              if (arr[i].type === "brace") {
                break;
              }
              if (arr[i].type !== "dots") {
                range.unshift(arr[i].value);
              }
            }
            output = expandRange(range, opts);
            state.backtrack = true;
          }
          if (brace.comma !== true && brace.dots !== true) {
            const out = state.output.slice(0, brace.outputIndex);
            const toks = state.tokens.slice(brace.tokensIndex);
            brace.value = brace.output = "\\{";
            value = output = "\\}";
            state.output = out;
            for (const t of toks) {
              state.output += t.output || t.value;
            }
          }
          push({ type: "brace", value, output });
          decrement("braces");
          braces.pop();
          continue;
        }
        if (value === "|") {
          if (extglobs.length > 0) {
            extglobs[extglobs.length - 1].conditions++;
          }
          push({ type: "text", value });
          continue;
        }
        if (value === ",") {
          let output = value;
          const brace = braces[braces.length - 1];
          if (brace && stack[stack.length - 1] === "braces") {
            brace.comma = true;
            output = "|";
          }
          push({ type: "comma", value, output });
          continue;
        }
        if (value === "/") {
          if (prev.type === "dot" && state.index === state.start + 1) {
            state.start = state.index + 1;
            state.consumed = "";
            state.output = "";
            tokens.pop();
            prev = bos;
            continue;
          }
          push({ type: "slash", value, output: SLASH_LITERAL });
          continue;
        }
        if (value === ".") {
          if (state.braces > 0 && prev.type === "dot") {
            if (prev.value === ".") prev.output = DOT_LITERAL;
            const brace = braces[braces.length - 1];
            prev.type = "dots";
            prev.output += value;
            prev.value += value;
            brace.dots = true;
            continue;
          }
          if (state.braces + state.parens === 0 && prev.type !== "bos" && prev.type !== "slash") {
            push({ type: "text", value, output: DOT_LITERAL });
            continue;
          }
          push({ type: "dot", value, output: DOT_LITERAL });
          continue;
        }
        if (value === "?") {
          const isGroup = prev && prev.value === "(";
          if (!isGroup && opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("qmark", value);
            continue;
          }
          if (prev && prev.type === "paren") {
            const next = peek();
            let output = value;
            if (prev.value === "(" && !/[!=<:]/.test(next) || next === "<" && !/<([!=]|\w+>)/.test(remaining())) {
              output = `\\${value}`;
            }
            push({ type: "text", value, output });
            continue;
          }
          if (opts.dot !== true && (prev.type === "slash" || prev.type === "bos")) {
            push({ type: "qmark", value, output: QMARK_NO_DOT });
            continue;
          }
          push({ type: "qmark", value, output: QMARK });
          continue;
        }
        if (value === "!") {
          if (opts.noextglob !== true && peek() === "(") {
            if (peek(2) !== "?" || !/[!=<:]/.test(peek(3))) {
              extglobOpen("negate", value);
              continue;
            }
          }
          if (opts.nonegate !== true && state.index === 0) {
            negate();
            continue;
          }
        }
        if (value === "+") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("plus", value);
            continue;
          }
          if (prev && prev.value === "(" || opts.regex === false) {
            push({ type: "plus", value, output: PLUS_LITERAL });
            continue;
          }
          if (prev && (prev.type === "bracket" || prev.type === "paren" || prev.type === "brace") || state.parens > 0) {
            push({ type: "plus", value });
            continue;
          }
          push({ type: "plus", value: PLUS_LITERAL });
          continue;
        }
        if (value === "@") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            push({ type: "at", extglob: true, value, output: "" });
            continue;
          }
          push({ type: "text", value });
          continue;
        }
        if (value !== "*") {
          if (value === "$" || value === "^") {
            value = `\\${value}`;
          }
          const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
          if (match) {
            value += match[0];
            state.index += match[0].length;
          }
          push({ type: "text", value });
          continue;
        }
        if (prev && (prev.type === "globstar" || prev.star === true)) {
          prev.type = "star";
          prev.star = true;
          prev.value += value;
          prev.output = star;
          state.backtrack = true;
          state.globstar = true;
          consume(value);
          continue;
        }
        let rest = remaining();
        if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
          extglobOpen("star", value);
          continue;
        }
        if (prev.type === "star") {
          if (opts.noglobstar === true) {
            consume(value);
            continue;
          }
          const prior = prev.prev;
          const before = prior.prev;
          const isStart = prior.type === "slash" || prior.type === "bos";
          const afterStar = before && (before.type === "star" || before.type === "globstar");
          if (opts.bash === true && (!isStart || rest[0] && rest[0] !== "/")) {
            push({ type: "star", value, output: "" });
            continue;
          }
          const isBrace = state.braces > 0 && (prior.type === "comma" || prior.type === "brace");
          const isExtglob = extglobs.length && (prior.type === "pipe" || prior.type === "paren");
          if (!isStart && prior.type !== "paren" && !isBrace && !isExtglob) {
            push({ type: "star", value, output: "" });
            continue;
          }
          while (rest.slice(0, 3) === "/**") {
            const after = input[state.index + 4];
            if (after && after !== "/") {
              break;
            }
            rest = rest.slice(3);
            consume("/**", 3);
          }
          const isEnd = eos() || state.parens > 0 && rest === ")".repeat(state.parens) && !extglobs.some((extglob) => extglob.type === "negate");
          if (prior.type === "bos" && eos()) {
            prev.type = "globstar";
            prev.value += value;
            prev.output = globstar(opts);
            state.output = prev.output;
            state.globstar = true;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && !afterStar && isEnd) {
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = globstar(opts) + (opts.strictSlashes ? ")" : "|$)");
            prev.value += value;
            state.globstar = true;
            state.output += prior.output + prev.output;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && rest[0] === "/") {
            const end = rest[1] !== void 0 ? "|$" : "";
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
            prev.value += value;
            state.output += prior.output + prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          if (prior.type === "bos" && rest[0] === "/") {
            prev.type = "globstar";
            prev.value += value;
            prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
            state.output = prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          state.output = state.output.slice(0, -prev.output.length);
          prev.type = "globstar";
          prev.output = globstar(opts);
          prev.value += value;
          state.output += prev.output;
          state.globstar = true;
          consume(value);
          continue;
        }
        const token = { type: "star", value, output: star };
        if (opts.bash === true) {
          token.output = ".*?";
          if (prev.type === "bos" || prev.type === "slash") {
            token.output = nodot + token.output;
          }
          push(token);
          continue;
        }
        if (prev && (prev.type === "bracket" || prev.type === "paren") && opts.regex === true) {
          token.output = value;
          push(token);
          continue;
        }
        if (state.index === state.start || prev.type === "slash" || prev.type === "dot") {
          if (prev.type === "dot") {
            state.output += NO_DOT_SLASH;
            prev.output += NO_DOT_SLASH;
          } else if (opts.dot === true) {
            state.output += NO_DOTS_SLASH;
            prev.output += NO_DOTS_SLASH;
          } else {
            state.output += nodot;
            prev.output += nodot;
          }
          if (peek() !== "*") {
            state.output += ONE_CHAR;
            prev.output += ONE_CHAR;
          }
        }
        push(token);
      }
      while (state.brackets > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "]"));
        state.output = utils.escapeLast(state.output, "[");
        decrement("brackets");
      }
      while (state.parens > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", ")"));
        state.output = utils.escapeLast(state.output, "(");
        decrement("parens");
      }
      while (state.braces > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "}"));
        state.output = utils.escapeLast(state.output, "{");
        decrement("braces");
      }
      if (opts.strictSlashes !== true && (prev.type === "star" || prev.type === "bracket")) {
        push({ type: "maybe_slash", value: "", output: `${SLASH_LITERAL}?` });
      }
      if (state.backtrack === true) {
        state.output = "";
        for (const token of state.tokens) {
          state.output += token.output != null ? token.output : token.value;
          if (token.suffix) {
            state.output += token.suffix;
          }
        }
      }
      return state;
    };
    parse.fastpaths = (input, options) => {
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      const len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      input = REPLACEMENTS[input] || input;
      const {
        DOT_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOTS,
        NO_DOTS_SLASH,
        STAR,
        START_ANCHOR
      } = constants2.globChars(opts.windows);
      const nodot = opts.dot ? NO_DOTS : NO_DOT;
      const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
      const capture = opts.capture ? "" : "?:";
      const state = { negated: false, prefix: "" };
      let star = opts.bash === true ? ".*?" : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      const globstar = (opts2) => {
        if (opts2.noglobstar === true) return star;
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const create = (str) => {
        switch (str) {
          case "*":
            return `${nodot}${ONE_CHAR}${star}`;
          case ".*":
            return `${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*.*":
            return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*/*":
            return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;
          case "**":
            return nodot + globstar(opts);
          case "**/*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;
          case "**/*.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "**/.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;
          default: {
            const match = /^(.*?)\.(\w+)$/.exec(str);
            if (!match) return;
            const source2 = create(match[1]);
            if (!source2) return;
            return source2 + DOT_LITERAL + match[2];
          }
        }
      };
      const output = utils.removePrefix(input, state);
      let source = create(output);
      if (source && opts.strictSlashes !== true) {
        source += `${SLASH_LITERAL}?`;
      }
      return source;
    };
    module.exports = parse;
  }
});

// node_modules/picomatch/lib/picomatch.js
var require_picomatch = __commonJS({
  "node_modules/picomatch/lib/picomatch.js"(exports, module) {
    "use strict";
    var scan = require_scan();
    var parse = require_parse2();
    var utils = require_utils();
    var constants2 = require_constants2();
    var isObject = (val) => val && typeof val === "object" && !Array.isArray(val);
    var picomatch2 = (glob2, options, returnState = false) => {
      if (Array.isArray(glob2)) {
        const fns = glob2.map((input) => picomatch2(input, options, returnState));
        const arrayMatcher = (str) => {
          for (const isMatch of fns) {
            const state2 = isMatch(str);
            if (state2) return state2;
          }
          return false;
        };
        return arrayMatcher;
      }
      const isState = isObject(glob2) && glob2.tokens && glob2.input;
      if (glob2 === "" || typeof glob2 !== "string" && !isState) {
        throw new TypeError("Expected pattern to be a non-empty string");
      }
      const opts = options || {};
      const posix2 = opts.windows;
      const regex = isState ? picomatch2.compileRe(glob2, options) : picomatch2.makeRe(glob2, options, false, true);
      const state = regex.state;
      delete regex.state;
      let isIgnored = () => false;
      if (opts.ignore) {
        const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
        isIgnored = picomatch2(opts.ignore, ignoreOpts, returnState);
      }
      const matcher = (input, returnObject = false) => {
        const { isMatch, match, output } = picomatch2.test(input, regex, options, { glob: glob2, posix: posix2 });
        const result = { glob: glob2, state, regex, posix: posix2, input, output, match, isMatch };
        if (typeof opts.onResult === "function") {
          opts.onResult(result);
        }
        if (isMatch === false) {
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (isIgnored(input)) {
          if (typeof opts.onIgnore === "function") {
            opts.onIgnore(result);
          }
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (typeof opts.onMatch === "function") {
          opts.onMatch(result);
        }
        return returnObject ? result : true;
      };
      if (returnState) {
        matcher.state = state;
      }
      return matcher;
    };
    picomatch2.test = (input, regex, options, { glob: glob2, posix: posix2 } = {}) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected input to be a string");
      }
      if (input === "") {
        return { isMatch: false, output: "" };
      }
      const opts = options || {};
      const format = opts.format || (posix2 ? utils.toPosixSlashes : null);
      let match = input === glob2;
      let output = match && format ? format(input) : input;
      if (match === false) {
        output = format ? format(input) : input;
        match = output === glob2;
      }
      if (match === false || opts.capture === true) {
        if (opts.matchBase === true || opts.basename === true) {
          match = picomatch2.matchBase(input, regex, options, posix2);
        } else {
          match = regex.exec(output);
        }
      }
      return { isMatch: Boolean(match), match, output };
    };
    picomatch2.matchBase = (input, glob2, options, posix2 = options && options.windows) => {
      const regex = glob2 instanceof RegExp ? glob2 : picomatch2.makeRe(glob2, options);
      return regex.test(utils.basename(input, { windows: posix2 }));
    };
    picomatch2.isMatch = (str, patterns, options) => picomatch2(patterns, options)(str);
    picomatch2.parse = (pattern, options) => {
      if (Array.isArray(pattern)) return pattern.map((p) => picomatch2.parse(p, options));
      return parse(pattern, { ...options, fastpaths: false });
    };
    picomatch2.scan = (input, options) => scan(input, options);
    picomatch2.compileRe = (state, options, returnOutput = false, returnState = false) => {
      if (returnOutput === true) {
        return state.output;
      }
      const opts = options || {};
      const prepend = opts.contains ? "" : "^";
      const append = opts.contains ? "" : "$";
      let source = `${prepend}(?:${state.output})${append}`;
      if (state && state.negated === true) {
        source = `^(?!${source}).*$`;
      }
      const regex = picomatch2.toRegex(source, options);
      if (returnState === true) {
        regex.state = state;
      }
      return regex;
    };
    picomatch2.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
      if (!input || typeof input !== "string") {
        throw new TypeError("Expected a non-empty string");
      }
      let parsed = { negated: false, fastpaths: true };
      if (options.fastpaths !== false && (input[0] === "." || input[0] === "*")) {
        parsed.output = parse.fastpaths(input, options);
      }
      if (!parsed.output) {
        parsed = parse(input, options);
      }
      return picomatch2.compileRe(parsed, options, returnOutput, returnState);
    };
    picomatch2.toRegex = (source, options) => {
      try {
        const opts = options || {};
        return new RegExp(source, opts.flags || (opts.nocase ? "i" : ""));
      } catch (err) {
        if (options && options.debug === true) throw err;
        return /$^/;
      }
    };
    picomatch2.constants = constants2;
    module.exports = picomatch2;
  }
});

// node_modules/picomatch/index.js
var require_picomatch2 = __commonJS({
  "node_modules/picomatch/index.js"(exports, module) {
    "use strict";
    var pico = require_picomatch();
    var utils = require_utils();
    function picomatch2(glob2, options, returnState = false) {
      if (options && (options.windows === null || options.windows === void 0)) {
        options = { ...options, windows: utils.isWindows() };
      }
      return pico(glob2, options, returnState);
    }
    Object.assign(picomatch2, pico);
    module.exports = picomatch2;
  }
});

// src/fs/read.ts
import { closeSync, constants, fstatSync, openSync, readSync, realpathSync, statSync } from "node:fs";
import path from "node:path";
function describeKind(stat3) {
  if (stat3.isFile()) return void 0;
  if (stat3.isDirectory()) return "a directory";
  if (stat3.isFIFO()) return "a FIFO (named pipe)";
  if (stat3.isSocket()) return "a socket";
  if (stat3.isCharacterDevice() || stat3.isBlockDevice()) return "a device";
  return "not a regular file";
}
function describeFsError(err, verb = "read") {
  const code = err?.code;
  switch (code) {
    case "ENOENT":
      return "not found";
    case "ENOTDIR":
      return "not found (a folder in its path is a file)";
    case "EACCES":
    case "EPERM":
      return `cannot ${verb} (permission denied)`;
    case "EISDIR":
      return "is a directory, not a file";
    case "ELOOP":
      return "is a loop of symlinks";
    case "ENAMETOOLONG":
      return "has too long a path";
    case "ENOSPC":
    case "EDQUOT":
      return `cannot ${verb} (no space left on the device)`;
    case "EROFS":
      return `cannot ${verb} (read-only file system)`;
    case "EIO":
      return `cannot ${verb} (input/output error)`;
    default:
      return `cannot ${verb} (${code ?? err?.message ?? String(err)})`;
  }
}
var realRoots = /* @__PURE__ */ new Map();
function realRoot(root) {
  let real = realRoots.get(root);
  if (real === void 0) {
    try {
      real = realpathSync.native(root);
    } catch (err) {
      throw new UserError(`${visible(root)}: ${describeFsError(err)}`);
    }
    realRoots.set(root, real);
  }
  return real;
}
function isInside(realRootDir, real) {
  return real === realRootDir || real.startsWith(realRootDir.endsWith(path.sep) ? realRootDir : `${realRootDir}${path.sep}`);
}
function resolveRepoFile(root, file, what = file) {
  const absolute = path.join(root, file);
  const name = visible(what);
  let real;
  try {
    real = realpathSync.native(absolute);
  } catch (err) {
    throw new UserError(`${name}: ${describeFsError(err)}`);
  }
  if (!isInside(realRoot(root), real)) {
    throw new UserError(`${name}: "${visible(file)}" is a symlink to ${visible(real)}, outside the repository`);
  }
  let stat3;
  try {
    stat3 = statSync(real);
  } catch (err) {
    throw new UserError(`${name}: ${describeFsError(err)}`);
  }
  const kind = describeKind(stat3);
  if (kind) throw new UserError(`${name}: is ${kind}, not a regular file`);
  return { file, absolute, real, stat: stat3 };
}
var MAX_READ_BYTES = 64 * 1024 * 1024;
function readRepoBytes(root, file, what = file, maxBytes = MAX_READ_BYTES, resolved = resolveRepoFile(root, file, what)) {
  const name = visible(what);
  if (resolved.stat.size > maxBytes) {
    throw new UserError(`${name}: is ${mib(resolved.stat.size)}, more than the ${mib(maxBytes)} this tool reads`);
  }
  let fd;
  try {
    fd = openSync(resolved.real, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (err) {
    throw new UserError(`${name}: ${describeFsError(err)}`);
  }
  try {
    const stat3 = fstatSync(fd);
    const kind = describeKind(stat3);
    if (kind) throw new UserError(`${name}: is ${kind}, not a regular file`);
    if (stat3.size > maxBytes) throw new UserError(`${name}: is ${mib(stat3.size)}, more than the ${mib(maxBytes)} this tool reads`);
    const buffer = Buffer.allocUnsafe(stat3.size);
    let read = 0;
    while (read < stat3.size) {
      const n = readSync(fd, buffer, read, stat3.size - read, null);
      if (n === 0) break;
      read += n;
    }
    return buffer.subarray(0, read);
  } catch (err) {
    if (err instanceof UserError) throw err;
    throw new UserError(`${name}: ${describeFsError(err)}`);
  } finally {
    closeSync(fd);
  }
}
var STRICT_UTF8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
function decodeUtf8(bytes) {
  try {
    return STRICT_UTF8.decode(bytes);
  } catch {
    return void 0;
  }
}
function firstInvalidUtf8(bytes) {
  let line = 1;
  let i = 0;
  while (i < bytes.length) {
    const c = bytes[i];
    const next = bytes[i + 1] ?? 0;
    const length = c < 128 ? 1 : c >= 194 && c <= 223 ? 2 : c >= 224 && c <= 239 ? 3 : c >= 240 && c <= 244 ? 4 : 0;
    const secondOk = length < 2 || (c === 224 ? next >= 160 : c === 237 ? next < 160 : c === 240 ? next >= 144 : c === 244 ? next < 144 : true);
    let ok = length > 0 && secondOk && i + length <= bytes.length;
    for (let k = 1; ok && k < length; k++) ok = (bytes[i + k] & 192) === 128;
    if (!ok) return { offset: i, line, byte: c };
    if (c === 10) line++;
    i += length;
  }
  return { offset: bytes.length, line, byte: 0 };
}
function readRepoText(root, file, what = file) {
  const bytes = readRepoBytes(root, file, what);
  const text = decodeUtf8(bytes);
  if (text === void 0) throw notUtf8(what, bytes);
  return text;
}
function notUtf8(what, bytes) {
  const bad = firstInvalidUtf8(bytes);
  return new UserError(`${visible(what)}:${bad.line}: is not UTF-8 text (byte 0x${bad.byte.toString(16).padStart(2, "0")}); this file must be UTF-8`);
}
function mib(bytes) {
  return `${(bytes / (1024 * 1024)).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0)} MiB`;
}
function existsInRepo(root, file, what = file) {
  try {
    statSync(path.join(root, file));
    return true;
  } catch (err) {
    const code = err.code;
    if (code === "ENOENT" || code === "ENOTDIR") return false;
    throw new UserError(`${visible(what)}: ${describeFsError(err)}`);
  }
}

// src/oci/digest.ts
import { createHash } from "node:crypto";
var DigestError = class extends UserError {
  name = "DigestError";
};
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
    throw new DigestError(`unsupported or malformed digest "${JSON.stringify(digest).slice(1, -1).slice(0, 100)}": expected sha256:<64 lowercase hex>`);
  }
}
function verifyDigest(bytes, expected, what) {
  assertSha256Digest(expected);
  const actual = sha256Digest(bytes);
  if (actual !== expected) {
    throw new DigestError(`digest mismatch for ${what}: expected ${expected}, content hashes to ${actual}`);
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

// src/oci/redact.ts
var GENERIC_PATTERNS = [
  [/\b(authorization\s*[:=]\s*)(basic|bearer)\s+[^\s,;"']+/gi, `$1$2 ${MASK}`],
  [/\b(basic|bearer)\s+[A-Za-z0-9+/=._~-]{12,}/gi, `$1 ${MASK}`],
  [/("(?:token|access_token|refresh_token|password|secret)"\s*:\s*")[^"]*(")/gi, `$1${MASK}$2`],
  [/([?&](?:token|access_token|password)=)[^&\s]+/gi, `$1${MASK}`],
  // URL userinfo (`//user:pass@host`, `//token@host`): the whole of it.
  [/(\/\/)[^/@\s"']+@/g, `$1${MASK}@`]
];
function redact(text, secrets = []) {
  let out = maskSecrets(text, [...secrets].filter((s) => s.length >= 3));
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
function urlForMessage(url) {
  try {
    const parsed = new URL(url);
    const userinfo = parsed.username !== "" || parsed.password !== "" ? `${MASK}@` : "";
    return `${parsed.protocol}//${userinfo}${parsed.host}${parsed.pathname}${parsed.search || parsed.hash ? "?\u2026" : ""}`;
  } catch {
    const cut = url.search(/[?#]/);
    return `${redactReference(cut < 0 ? url : url.slice(0, cut))}${cut < 0 ? "" : "?\u2026"}`;
  }
}
var TRAILING_DIGEST = /@[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-zA-Z0-9=_-]+$/;
function redactReference(reference) {
  if (reference.startsWith("oci-layout://")) return reference;
  const scheme = /^[a-z][a-z0-9+.-]*:\/\//i.exec(reference)?.[0] ?? "";
  const digest = TRAILING_DIGEST.exec(reference)?.[0] ?? "";
  const body = reference.slice(scheme.length, reference.length - digest.length);
  const at = body.lastIndexOf("@");
  if (at < 0) return reference;
  const firstSlash = body.indexOf("/");
  if (firstSlash >= 0 && at > firstSlash && !body.slice(at + 1).includes("/")) return reference;
  return `${scheme}${MASK}@${body.slice(at + 1)}${digest}`;
}
function hasUserinfo(reference) {
  return redactReference(reference) !== reference;
}

// src/oci/reference.ts
var TAG_RE = /^[a-zA-Z0-9_][a-zA-Z0-9._-]{0,127}$/;
var COMPONENT_RE = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
var LABEL_RE = /^[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?$/;
var IPV4_RE = /^(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?:\.(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;
var IPV6_RE = /^\[[0-9a-fA-F:.]{2,45}\]$/;
var MAX_NAME_LENGTH = 255;
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
function assertTagOrDigest(reference) {
  if (isValidTag(reference) || isDigest(reference)) return;
  throw new ReferenceError(`invalid reference "${JSON.stringify(reference).slice(1, -1)}": expected a tag ([a-zA-Z0-9_][a-zA-Z0-9._-]{0,127}) or a digest (algorithm:hex)`);
}
function isValidRegistryHost(host) {
  const match = /^(.*?)(?::(\d{1,5}))?$/.exec(host);
  if (!match) return false;
  const [, name = "", port] = match;
  if (port !== void 0 && (Number(port) < 1 || Number(port) > 65535 || port.startsWith("0"))) return false;
  if (IPV6_RE.test(name)) return true;
  if (IPV4_RE.test(name)) return true;
  if (name.length === 0 || name.length > 253) return false;
  return name.split(".").every((label) => LABEL_RE.test(label));
}
function looksLikeHost(component) {
  return component.includes(".") || component.includes(":") || component === "localhost" || component.startsWith("[");
}
function repositoryNameProblem(repository) {
  if (repository === "") return "is empty";
  if (repository.length > MAX_NAME_LENGTH) return `is longer than ${MAX_NAME_LENGTH} characters`;
  const segments = repository.split("/");
  for (const segment of segments) {
    if (segment === "." || segment === "..") return `has a "${segment}" segment (names are not normalised; give the path exactly)`;
    if (segment === "") return 'has an empty path segment ("//", or a leading or trailing "/")';
  }
  for (const segment of segments) {
    if (COMPONENT_RE.test(segment)) continue;
    const shown2 = JSON.stringify(segment).slice(1, -1);
    if (COMPONENT_RE.test(segment.toLowerCase())) return `has the component "${shown2}", which must be lowercase`;
    return `has the component "${shown2}", which is not lowercase letters and digits joined by ".", "_", "__" or "-" (OCI distribution name grammar)`;
  }
  return void 0;
}
function assertNoCredentials(input) {
  if (hasUserinfo(input)) {
    throw new ReferenceError(
      `"${redactReference(input)}" carries credentials; a reference must not hold them (they would be printed and logged): pass username and password (or --password-stdin) instead`
    );
  }
}
function split(input) {
  assertNoCredentials(input);
  let rest = input.trim();
  const shown2 = JSON.stringify(rest).slice(1, -1);
  if (/[\s\u0000-\u001f\u007f]/.test(rest)) throw new ReferenceError(`reference "${shown2}" contains whitespace or control characters`);
  if (rest.startsWith("oci://")) rest = rest.slice("oci://".length);
  else if (/^[a-z][a-z0-9+.-]*:\/\//i.test(rest)) throw new ReferenceError(`reference "${shown2}" has a scheme other than oci://`);
  let digest;
  const at = rest.lastIndexOf("@");
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
    if (!isDigest(digest)) throw new ReferenceError(`invalid digest "${digest}" in reference "${shown2}"`);
  }
  const slash = rest.indexOf("/");
  if (slash < 0) {
    throw new ReferenceError(`reference "${shown2}" has no repository: expected host[:port]/namespace/name[:tag]`);
  }
  const registry = rest.slice(0, slash);
  let path9 = rest.slice(slash + 1);
  if (!looksLikeHost(registry)) {
    throw new ReferenceError(`reference "${shown2}" must start with a registry host (e.g. ghcr.io/${rest}); "${registry}" is not a host`);
  }
  if (!isValidRegistryHost(registry)) {
    throw new ReferenceError(`reference "${shown2}": "${registry}" is not a registry host (a hostname or IP address, with an optional port)`);
  }
  let tag;
  const lastSlash = path9.lastIndexOf("/");
  const colon = path9.indexOf(":", lastSlash + 1);
  if (colon >= 0) {
    tag = path9.slice(colon + 1);
    path9 = path9.slice(0, colon);
    assertValidTag(tag);
  }
  if (path9 === "") throw new ReferenceError(`reference "${shown2}" has an empty repository`);
  return { registry: registry.toLowerCase(), repository: path9, tag, digest };
}
function withOptional(base, tag, digest) {
  const ref = { ...base };
  if (tag !== void 0) ref.tag = tag;
  if (digest !== void 0) ref.digest = digest;
  return ref;
}
function checkRepository(registry, repository, input, hint = "") {
  const problem = repositoryNameProblem(repository);
  const shown2 = JSON.stringify(input.trim()).slice(1, -1);
  if (problem) throw new ReferenceError(`repository "${JSON.stringify(repository).slice(1, -1)}" in "${shown2}" ${problem}${problem.includes("lowercase") ? hint : ""}`);
  if (registry.length + 1 + repository.length > MAX_NAME_LENGTH) {
    throw new ReferenceError(`"${shown2}" is longer than ${MAX_NAME_LENGTH} characters (host/name), more than registries accept`);
  }
}
function parseReference(input) {
  const parts = split(input);
  checkRepository(parts.registry, parts.repository, input, " (normalizeReference() lowercases and reports it)");
  return withOptional(parts, parts.tag, parts.digest);
}
function normalizeReference(input) {
  const parts = split(input);
  const lower = parts.repository.toLowerCase();
  checkRepository(parts.registry, lower, input);
  const reference = withOptional({ registry: parts.registry, repository: lower }, parts.tag, parts.digest);
  if (lower === parts.repository) return { reference, lowercased: false };
  return {
    reference,
    lowercased: true,
    notice: `repository "${parts.repository}" lowercased to "${lower}" (registries require lowercase repository names)`
  };
}
function assertRepositoryName(repository) {
  const problem = repositoryNameProblem(repository);
  if (problem) throw new ReferenceError(`repository name "${JSON.stringify(repository).slice(1, -1)}" ${problem}`);
}
function parseImageReference(input) {
  const trimmed = input.trim();
  const first = trimmed.split("/")[0] ?? "";
  if (trimmed.includes("/") && looksLikeHost(first) && !first.includes("@")) {
    const { registry, repository: repository2, tag: tag2, digest: digest2 } = parseReference(trimmed);
    return withOptional({ registry, repository: repository2 }, tag2, digest2);
  }
  const { repository, tag, digest } = parseReference(`localhost/${trimmed}`);
  return { repository, ...tag !== void 0 ? { tag } : {}, ...digest !== void 0 ? { digest } : {} };
}
function splitImageName(ref) {
  const at = ref.indexOf("@");
  const digest = at >= 0 ? ref.slice(at + 1) : void 0;
  const name = at >= 0 ? ref.slice(0, at) : ref;
  const colon = name.lastIndexOf(":");
  const tagged = colon > name.lastIndexOf("/");
  return { repository: tagged ? name.slice(0, colon) : name, tag: tagged ? name.slice(colon + 1) : void 0, digest };
}
function isLoopbackHost(registry) {
  const host = registry.replace(/:\d+$/, "");
  return host === "localhost" || /^127\.\d+\.\d+\.\d+$/.test(host) || host === "[::1]";
}

// src/version/semver.ts
var import_semver = __toESM(require_semver2(), 1);
var BUMP_KINDS = ["major", "minor", "patch", "premajor", "preminor", "prepatch", "prerelease"];
var RELEASE_VERSION = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?$/;
var PREID = /^(?:[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)$/;
function quote(value) {
  return JSON.stringify(value);
}
var MAX_VERSION_LENGTH = 128;
function shown(value, max = 48) {
  return value.length > max ? `${quote(value.slice(0, max))}\u2026 (${value.length} characters)` : quote(value);
}
function destinationProblem(version) {
  if (version.length > MAX_VERSION_LENGTH) return `is longer than the ${MAX_VERSION_LENGTH} characters an image or chart tag may have (OCI distribution spec)`;
  if (version.endsWith(".lock")) return "ends in .lock, which git refuses at the end of a tag name";
  return void 0;
}
function gitTagProblem(tag) {
  if (tag.startsWith("-")) return 'starts with "-", which git reads as an option';
  if (tag.startsWith(".")) return 'starts with ".", which git refuses in a ref name';
  if (tag.includes("..")) return 'holds "..", which git refuses in a ref name';
  if (tag.endsWith(".") || tag.endsWith(".lock")) return `ends in "${tag.endsWith(".lock") ? ".lock" : "."}", which git refuses at the end of a ref name`;
  if (/[\u0000-\u0020\u007f~^:?*[\\]|@\{/.test(tag)) return "holds a character git refuses in a ref name";
  return void 0;
}
function parseReleaseVersion(value, what) {
  const candidate = value.startsWith("v") ? value.slice(1) : value;
  if (candidate.length > MAX_VERSION_LENGTH && /^\d+\.\d+\.\d+-[0-9A-Za-z.-]+$/.test(candidate)) throw new UserError(`${what}: ${shown(value)} ${destinationProblem(candidate)}`);
  if (RELEASE_VERSION.test(candidate)) {
    const problem = destinationProblem(candidate);
    if (problem) throw new UserError(`${what}: ${shown(value)} ${problem}`);
    return candidate;
  }
  if (/^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?\+/.test(candidate)) {
    throw new UserError(`${what}: ${shown(value)} carries build metadata (+...), which cannot be an image tag`);
  }
  throw new UserError(`${what}: ${shown(value)} is not a valid SemVer version (expected MAJOR.MINOR.PATCH[-PRERELEASE], e.g. 1.2.3 or 1.3.0-rc.1)`);
}
function parseBumpKind(value, what) {
  if (BUMP_KINDS.includes(value)) return value;
  throw new UserError(`${what}: unknown bump kind ${quote(value)} (expected one of ${BUMP_KINDS.join(", ")})`);
}
function parsePreid(value, what) {
  if (PREID.test(value)) return value;
  throw new UserError(
    `${what}: ${quote(value)} is not a valid prerelease id (letters, digits and hyphens; no leading zero in a number), e.g. rc, beta`
  );
}
function bump(current, kind, preid) {
  const next = import_semver.default.inc(current, kind, {}, preid);
  if (next === null) throw new UserError(`input bump: cannot bump ${shown(current)} by ${kind}`);
  const problem = destinationProblem(next);
  if (problem) throw new UserError(`input bump: ${kind} of ${shown(current)} gives ${shown(next)}, which ${problem}`);
  return next;
}
function isSemver(value) {
  return value.length <= 256 && RELEASE_VERSION.test(value);
}
function compare(a, b) {
  return import_semver.default.compare(a, b);
}

// src/fs/repo-path.ts
import { realpathSync as realpathSync2 } from "node:fs";
import path2 from "node:path";
function resolveInRepo(root, relative2, what) {
  if (relative2.includes("\0")) throw new UserError(`${what}: "${relative2}" contains a NUL byte`);
  if (path2.isAbsolute(relative2) || /^[a-zA-Z]:[\\/]/.test(relative2)) {
    throw new UserError(`${what}: "${relative2}" is an absolute path; use a path relative to the repository root`);
  }
  const segments = relative2.split(/[\\/]+/);
  if (segments.includes("..")) {
    throw new UserError(`${what}: "${relative2}" leaves the repository ("..")`);
  }
  return path2.join(root, relative2);
}
function assertInsideRepo(root, absolute, what) {
  let real;
  let realRoot2;
  try {
    real = realpathSync2.native(absolute);
    realRoot2 = realpathSync2.native(root);
  } catch {
    return;
  }
  const rel = path2.relative(realRoot2, real);
  if (rel === ".." || rel.startsWith(`..${path2.sep}`) || path2.isAbsolute(rel)) {
    throw new UserError(`${what}: "${path2.relative(root, absolute)}" is a symlink to ${real}, outside the repository`);
  }
}
function repoRelative(root, absolute) {
  return path2.relative(root, absolute).split(path2.sep).join("/");
}
function resolveOutputDir(root, input, what, env = process.env) {
  if (!path2.isAbsolute(input)) {
    const dir = resolveInRepo(root, input, what);
    assertInsideRepo(root, dir, what);
    return dir;
  }
  if (input.includes("\0")) throw new UserError(`${what}: "${input}" contains a NUL byte`);
  const real = (p) => {
    try {
      return realpathSync2.native(p);
    } catch {
      return path2.resolve(p);
    }
  };
  const target = real(input);
  const bases = [env.RUNNER_TEMP, env.TMPDIR, "/tmp"].filter((b) => Boolean(b)).map(real);
  const inside = bases.some((base) => {
    const rel = path2.relative(base, target);
    return rel === "" || !rel.startsWith("..") && !path2.isAbsolute(rel);
  });
  if (!inside) throw new UserError(`${what}: "${input}" is outside the repository and the temporary directory (${bases.join(", ")}); give a path inside either`);
  return target;
}

// src/fs/chart-yaml.ts
var import_yaml2 = __toESM(require_dist(), 1);
import { readFileSync } from "node:fs";
import path3 from "node:path";

// src/fs/lines.ts
function lineAt(text, offset) {
  if (lastIndexed?.text !== text) lastIndexed = { text, lineOf: lineIndex(text) };
  return lastIndexed.lineOf(offset);
}
var lastIndexed;
function lineIndex(text) {
  const starts = [0];
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}

// src/fs/yaml.ts
var import_yaml = __toESM(require_dist(), 1);
function typeName(value) {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  return typeof value === "object" ? "a map" : `${typeof value} ${JSON.stringify(value)}`;
}
function parseYaml(text, file) {
  let docs;
  try {
    docs = (0, import_yaml.parseAllDocuments)(text, { prettyErrors: false, uniqueKeys: true });
  } catch (err) {
    throw new UserError(`${file}: malformed YAML (${err.message.split("\n")[0]})`);
  }
  if (!Array.isArray(docs)) return [];
  for (const doc of docs) {
    const err = doc.errors[0];
    if (err) throw yamlError(text, file, err);
  }
  return docs;
}
function yamlError(text, file, err) {
  const line = lineAt(text, err.pos[0]);
  if (err.code === "DUPLICATE_KEY") {
    const rest = text.slice(err.pos[0], text.indexOf("\n", err.pos[0]) === -1 ? void 0 : text.indexOf("\n", err.pos[0]));
    const key = (/^(.*?):(?:\s|$)/.exec(rest)?.[1] ?? rest).trim();
    return new UserError(`${file}:${line}: duplicate key ${JSON.stringify(key)}; tools disagree on which one counts, keep one`);
  }
  return new UserError(`${file}:${line}: malformed YAML (${err.message.split("\n")[0]})`);
}

// src/fs/chart-yaml.ts
function parseChartYaml(text, what) {
  const doc = (0, import_yaml2.parseDocument)(text, { uniqueKeys: true, prettyErrors: false });
  const lineOf = (offset) => offset === void 0 ? "" : `:${lineAt(text, offset)}`;
  const [first] = doc.errors;
  if (first) throw yamlError(text, what, first);
  if (!(0, import_yaml2.isMap)(doc.contents)) throw new UserError(`${what}: expected a map of chart fields at the top level, got ${typeName(doc.toJS())}`);
  let value;
  try {
    value = doc.toJS({ maxAliasCount: 100 });
  } catch (err) {
    throw new UserError(`${what}: ${err.message}`);
  }
  const chart = value;
  const line = (key) => {
    const pair = doc.contents.items.find((p) => p.key?.value === key);
    return lineOf(pair?.key.range?.[0]);
  };
  const text_ = (key, required) => {
    const v = chart[key];
    if (v === void 0 || v === null) {
      if (required) throw new UserError(`${what}: ${key}: is required`);
      return;
    }
    if (typeof v === "number" && key !== "name") chart[key] = String(v);
    else if (typeof v !== "string" || v === "") throw new UserError(`${what}${line(key)}: ${key}: expected a non-empty string, got ${typeName(v)}`);
  };
  text_("name", true);
  text_("version", true);
  text_("appVersion", false);
  text_("kubeVersion", false);
  if (chart.dependencies !== void 0 && chart.dependencies !== null) {
    if (!Array.isArray(chart.dependencies)) throw new UserError(`${what}${line("dependencies")}: dependencies: expected a list, got ${typeName(chart.dependencies)}`);
    chart.dependencies.forEach((dep, i) => {
      if (!dep || typeof dep !== "object" || typeof dep.name !== "string") {
        throw new UserError(`${what}${line("dependencies")}: dependencies[${i}].name: expected a string, got ${typeName(dep?.name)}`);
      }
    });
  }
  return chart;
}
function readChartYaml(chartDir, display = path3.join(chartDir, "Chart.yaml")) {
  let text;
  try {
    text = readFileSync(path3.join(chartDir, "Chart.yaml"), "utf8");
  } catch (err) {
    const code = err.code;
    throw new UserError(`${display}: ${code === "ENOENT" ? "not found" : `cannot be read (${code ?? err.message})`}`);
  }
  return parseChartYaml(text, display);
}

// src/verify/types.ts
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

// src/verify/policy.ts
var asObj = (v) => v && typeof v === "object" && !Array.isArray(v) ? v : void 0;
var asArr = (v) => Array.isArray(v) ? v : [];
var sc = (o) => asObj(o?.securityContext) ?? {};
var issue = (message, path9) => ({ message, path: path9 });
function securityKey(c, key) {
  if (sc(c.container)[key] === void 0 && sc(c.podSpec)[key] !== void 0) return [...c.podPath, "securityContext", key];
  return [...c.containerPath, "securityContext", key];
}
var SECCOMP_OK = /* @__PURE__ */ new Set(["RuntimeDefault", "Localhost"]);
var POLICY_RULES = {
  "run-as-non-root": {
    description: "Pod Security restricted: runAsNonRoot true (pod or every container), runAsUser not 0",
    container: (c) => {
      const pod = sc(c.podSpec);
      const own = sc(c.container);
      const issues = [];
      const nonRoot = own.runAsNonRoot ?? pod.runAsNonRoot;
      if (nonRoot !== true) issues.push(issue("runAsNonRoot is not true (set it in the pod or container securityContext)", securityKey(c, "runAsNonRoot")));
      if ((own.runAsUser ?? pod.runAsUser) === 0) issues.push(issue("runAsUser is 0 (root)", securityKey(c, "runAsUser")));
      return issues;
    }
  },
  "no-privilege-escalation": {
    description: "Pod Security restricted: allowPrivilegeEscalation false",
    container: (c) => sc(c.container).allowPrivilegeEscalation === false ? [] : [issue("allowPrivilegeEscalation is not false", [...c.containerPath, "securityContext", "allowPrivilegeEscalation"])]
  },
  capabilities: {
    description: "Pod Security restricted: drop ALL capabilities, add none beyond NET_BIND_SERVICE",
    container: (c) => {
      const caps = asObj(sc(c.container).capabilities) ?? {};
      const at = [...c.containerPath, "securityContext", "capabilities"];
      const issues = [];
      if (!asArr(caps.drop).includes("ALL")) issues.push(issue("capabilities.drop does not include ALL", [...at, "drop"]));
      const extra = asArr(caps.add).filter((a) => a !== "NET_BIND_SERVICE");
      if (extra.length) issues.push(issue(`capabilities.add has ${extra.join(", ")} (only NET_BIND_SERVICE is allowed)`, [...at, "add"]));
      return issues;
    }
  },
  "seccomp-profile": {
    description: "Pod Security restricted: seccompProfile RuntimeDefault or Localhost (pod or every container)",
    container: (c) => {
      const own = asObj(sc(c.container).seccompProfile)?.type;
      const pod = asObj(sc(c.podSpec).seccompProfile)?.type;
      const effective = own ?? pod;
      if (typeof effective === "string" && SECCOMP_OK.has(effective)) return [];
      const message = `seccompProfile type is ${effective === void 0 ? "not set" : String(effective)} (needs RuntimeDefault or Localhost)`;
      return [issue(message, [...securityKey(c, "seccompProfile"), "type"])];
    }
  },
  "host-namespaces": {
    description: "Pod Security baseline: no hostNetwork, hostPID, hostIPC",
    pod: (p) => ["hostNetwork", "hostPID", "hostIPC"].filter((k) => p.podSpec[k] === true).map((k) => issue(`${k} is true`, [...p.podPath, k]))
  },
  "host-path": {
    description: "Pod Security baseline: no hostPath volumes",
    pod: (p) => asArr(p.podSpec.volumes).flatMap(
      (v, i) => asObj(v)?.hostPath !== void 0 ? [issue(`volume ${String(asObj(v)?.name)} is a hostPath`, [...p.podPath, "volumes", i, "hostPath"])] : []
    )
  },
  privileged: {
    description: "Pod Security baseline: no privileged containers",
    container: (c) => sc(c.container).privileged === true ? [issue("privileged is true", [...c.containerPath, "securityContext", "privileged"])] : []
  },
  "read-only-root-filesystem": {
    description: "readOnlyRootFilesystem true (writable paths as volumes)",
    container: (c) => sc(c.container).readOnlyRootFilesystem === true ? [] : [issue("readOnlyRootFilesystem is not true", [...c.containerPath, "securityContext", "readOnlyRootFilesystem"])]
  },
  resources: {
    description: "cpu and memory requests and limits set",
    container: (c) => {
      const r = asObj(c.container.resources) ?? {};
      const issues = [];
      for (const part of ["requests", "limits"]) {
        const set = asObj(r[part]) ?? {};
        const missing = ["cpu", "memory"].filter((k) => set[k] === void 0 || set[k] === "");
        if (missing.length) issues.push(issue(`resources.${part} lacks ${missing.join(" and ")}`, [...c.containerPath, "resources", part]));
      }
      return issues;
    }
  },
  probes: {
    // Helm test pods and Jobs run once to completion: a liveness probe could kill a slow check and
    // a readiness probe gates no traffic, so they are exempt. Init containers cannot have probes.
    description: "liveness and readiness probes on long-running containers",
    container: (c) => {
      if (c.runsToCompletion || c.isInit) return [];
      return ["livenessProbe", "readinessProbe"].filter((p) => !asObj(c.container[p])).map((p) => issue(`${p} is not set`, [...c.containerPath, p]));
    }
  },
  labels: {
    description: "app.kubernetes.io/name and app.kubernetes.io/instance (or part-of) labels on every object",
    object: (o) => {
      const labels = asObj(o.metadata?.labels) ?? {};
      const issues = [];
      if (!labels["app.kubernetes.io/name"]) issues.push(issue("label app.kubernetes.io/name is missing", ["metadata", "labels"]));
      if (!labels["app.kubernetes.io/instance"] && !labels["app.kubernetes.io/part-of"]) {
        issues.push(issue("label app.kubernetes.io/instance (or app.kubernetes.io/part-of) is missing", ["metadata", "labels"]));
      }
      return issues;
    }
  },
  "rbac-no-wildcards": {
    description: 'no "*" in verbs, resources, apiGroups or nonResourceURLs of Roles and ClusterRoles',
    object: (o) => {
      if (o.kind !== "Role" && o.kind !== "ClusterRole") return [];
      const issues = [];
      asArr(o.rules).forEach((rule, i) => {
        const r = asObj(rule) ?? {};
        for (const field of ["verbs", "resources", "apiGroups", "nonResourceURLs"]) {
          if (asArr(r[field]).some((v) => typeof v === "string" && v.includes("*"))) issues.push(issue(`rules[${i}].${field} has a wildcard`, ["rules", i, field]));
        }
      });
      return issues;
    }
  },
  "image-tag": {
    description: "images pinned by tag (not latest) or digest",
    container: (c) => imageProblems(c.container.image).map((m) => issue(m, [...c.containerPath, "image"])),
    object: (o) => o.kind === "MCPServer" ? imageProblems(asObj(o.spec)?.image).map((m) => issue(m, ["spec", "image"])) : []
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
function podSpecPath(o) {
  switch (o.kind) {
    case "Pod":
      return ["spec"];
    case "Deployment":
    case "StatefulSet":
    case "DaemonSet":
    case "ReplicaSet":
    case "ReplicationController":
    case "Job":
      return ["spec", "template", "spec"];
    case "CronJob":
      return ["spec", "jobTemplate", "spec", "template", "spec"];
    default:
      return void 0;
  }
}
function podSpecOf(o) {
  const at = podSpecPath(o);
  let node = at && o;
  for (const key of at ?? []) node = asObj(node?.[key]);
  return node;
}
function isHelmTestHook(o) {
  const hook = o.metadata?.annotations?.["helm.sh/hook"];
  return typeof hook === "string" && hook.split(",").some((h) => h.trim().startsWith("test"));
}
var ANY_RULE = "*";
var PolicyWaiverError = class extends UserError {
  name = "PolicyWaiverError";
};
function describeWaiver(w) {
  const scope = [w.subchart ? `charts/${w.subchart}` : "", w.object ? `${w.object.kind}/${w.object.name}` : ""].filter(Boolean).join(" ");
  return scope ? `${w.rule}@${scope}` : w.rule;
}
var KNOWN = () => `known: ${Object.keys(POLICY_RULES).join(", ")}, or ${ANY_RULE} with a scope (see docs/policy.md)`;
var SUBCHART_RE = /^(?:charts\/)?([A-Za-z0-9][A-Za-z0-9._-]*)$/;
var OBJECT_RE = /^([A-Za-z][A-Za-z0-9]*)\/([^/\s]+)$/;
function checkRule(rule, hasScope, what) {
  if (rule === ANY_RULE) {
    if (!hasScope) throw new PolicyWaiverError(`${what}: ${ANY_RULE} needs a scope (a subchart or an object); to report every rule without failing, use the policy mode warn`);
    return;
  }
  if (!(rule in POLICY_RULES)) throw new PolicyWaiverError(`${what}: unknown policy rule ${JSON.stringify(rule)}; ${KNOWN()}`);
}
function parseObject(text, what) {
  const m = OBJECT_RE.exec(text);
  if (!m) throw new PolicyWaiverError(`${what}: ${JSON.stringify(text)} is not Kind/name (e.g. StatefulSet/dot-ai-qdrant, as the chart renders it)`);
  return { kind: m[1], name: m[2] };
}
function parseSubchart(text, what) {
  const m = SUBCHART_RE.exec(text);
  if (!m) throw new PolicyWaiverError(`${what}: ${JSON.stringify(text)} is not a subchart name (e.g. qdrant or charts/qdrant)`);
  return m[1];
}
function parseWaiver(entry, what) {
  const eq = entry.indexOf("=");
  const head = (eq < 0 ? entry : entry.slice(0, eq)).trim();
  const reason = eq < 0 ? "" : entry.slice(eq + 1).trim();
  const [rule = "", scopeText, ...more] = head.split("@").map((s) => s.trim());
  if (!rule || !reason) {
    throw new PolicyWaiverError(`${what}: ${JSON.stringify(entry)} must be rule=reason, rule@Kind/name=reason, rule@charts/SUBCHART=reason or *@charts/SUBCHART=reason (a reason is required)`);
  }
  if (more.length) throw new PolicyWaiverError(`${what}: ${JSON.stringify(entry)} has more than one @scope`);
  checkRule(rule, scopeText !== void 0, what);
  if (scopeText === void 0) return { rule, reason, origin: what };
  if (scopeText.startsWith("charts/")) return { rule, reason, subchart: parseSubchart(scopeText, `${what}: scope`), origin: what };
  if (OBJECT_RE.test(scopeText)) return { rule, reason, object: parseObject(scopeText, what), origin: what };
  throw new PolicyWaiverError(`${what}: scope ${JSON.stringify(scopeText)} of ${JSON.stringify(entry)} must be Kind/name or charts/SUBCHART`);
}
function waiverFromMap(entry, what) {
  const rule = entry.rule.trim();
  const reason = entry.reason.trim();
  if (!reason) throw new PolicyWaiverError(`${what}.reason: is empty; say why the rule does not apply`);
  checkRule(rule, entry.object !== void 0 || entry.subchart !== void 0, `${what}.rule`);
  const waiver = { rule, reason, origin: what };
  if (entry.object !== void 0) waiver.object = parseObject(entry.object.trim(), `${what}.object`);
  if (entry.subchart !== void 0) waiver.subchart = parseSubchart(entry.subchart.trim(), `${what}.subchart`);
  return waiver;
}
function subchartsOf(source) {
  const parts = source.split("/");
  const chain = [];
  for (let i = 1; parts[i] === "charts" && i + 2 < parts.length; i += 2) chain.push(parts[i + 1]);
  return chain;
}
function covers(waiver, rule, object, source) {
  if (waiver.rule !== ANY_RULE && waiver.rule !== rule) return false;
  if (waiver.subchart !== void 0 && !subchartsOf(source).includes(waiver.subchart)) return false;
  if (waiver.object && (kindOf(object) !== waiver.object.kind || nameOf(object) !== waiver.object.name)) return false;
  return true;
}
function checkPolicies(objects, opts = {}) {
  const waivers = opts.waivers ?? [];
  for (const w of waivers) {
    checkRule(w.rule, w.object !== void 0 || w.subchart !== void 0, w.origin ?? "policy waiver");
    if (!w.reason.trim()) throw new PolicyWaiverError(`${w.origin ?? "policy waiver"}: policy rule ${JSON.stringify(w.rule)} is waived without a reason`);
  }
  const findings = [];
  const waivedFindings = [];
  const rules = Object.entries(POLICY_RULES);
  for (const { object, source } of objects) {
    const chain = subchartsOf(source);
    const base = { check: "policy", kind: kindOf(object), name: nameOf(object), source, ...chain.length ? { subchart: chain.join("/") } : {} };
    const add = (rule, found, container) => {
      const finding = { ...base, ...container === void 0 ? {} : { container }, rule, message: found.message, path: found.path };
      const waiver = waivers.find((w) => covers(w, rule, object, source));
      if (waiver) waivedFindings.push({ ...finding, waiver });
      else findings.push(finding);
    };
    for (const [rule, r] of rules) for (const found of r.object?.(object) ?? []) add(rule, found);
    const podPath = podSpecPath(object);
    const podSpec = podSpecOf(object);
    if (!podSpec || !podPath) continue;
    const pod = { object, source, podSpec, podPath, runsToCompletion: isHelmTestHook(object) || object.kind === "Job" || object.kind === "CronJob" };
    for (const [rule, r] of rules) for (const found of r.pod?.(pod) ?? []) add(rule, found);
    const containers = ["containers", "initContainers", "ephemeralContainers"].flatMap(
      (field) => asArr(podSpec[field]).map((c, i) => ({ c, isInit: field !== "containers", containerPath: [...podPath, field, i] }))
    );
    for (const { c, isInit, containerPath } of containers) {
      const container = asObj(c) ?? {};
      const containerName = typeof container.name === "string" ? container.name : "<unnamed>";
      const ctx = { ...pod, container, containerName, containerPath, isInit };
      for (const [rule, r] of rules) for (const found of r.container?.(ctx) ?? []) add(rule, found, containerName);
    }
  }
  return { findings, waivedFindings, waived: [...waivers] };
}

// src/config/release-settings.ts
import { statSync as statSync2 } from "node:fs";
import path4 from "node:path";
var HOOK_PLACEHOLDERS = ["version", "previousVersion", "tag", "date"];
var HOOK_VARIABLES = ["RELEASE_VERSION", "DOT_AI_RELEASE_VERSION", "DOT_AI_RELEASE_PREVIOUS_VERSION", "DOT_AI_RELEASE_TAG", "SOURCE_DATE_EPOCH"];
var DEFAULT_HOOK_TIMEOUT_S = 600;
var SHELL_SYNTAX = /["'`$|&;<>()\\*?~]/;
var PLACEHOLDER = /\{\{\s*([A-Za-z]+)\s*\}\}/g;
var VARIABLE_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
var REPOSITORY = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/;
var EVENT = /^[A-Za-z0-9_.:-]{1,100}$/;
function placeholderProblem(text) {
  for (const [, name] of text.matchAll(PLACEHOLDER)) {
    if (!HOOK_PLACEHOLDERS.includes(name ?? "")) return `{{${name}}} is not a placeholder (${HOOK_PLACEHOLDERS.map((p) => `{{${p}}}`).join(", ")})`;
  }
  const rest = text.replace(PLACEHOLDER, "");
  if (rest.includes("{{") || rest.includes("}}")) return `${JSON.stringify(text)} holds a placeholder that is not closed or not a name (${HOOK_PLACEHOLDERS.map((p) => `{{${p}}}`).join(", ")})`;
  return void 0;
}
function fillPlaceholders(text, values) {
  return text.replace(PLACEHOLDER, (_all, name) => values[name]);
}
function hookArgv(run, at) {
  if (Array.isArray(run)) return run;
  const shell = SHELL_SYNTAX.exec(run);
  if (shell) throw new UserError(`${at}: ${JSON.stringify(run)} holds shell syntax (${shell[0]}), but hooks run without a shell: write run as a list of arguments (run: [towncrier, build, --version, "{{version}}"])`);
  const argv = run.trim().split(/\s+/).filter(Boolean);
  if (!argv.length) throw new UserError(`${at}: is empty`);
  return argv;
}
function declaredPath(root, file, at) {
  const absolute = resolveInRepo(root, file, at);
  const normalized = path4.posix.normalize(file.split(path4.sep).join("/")).replace(/^\.\//, "");
  if (normalized === "." || normalized === "./" || normalized === "/") throw new UserError(`${at}: ${JSON.stringify(file)} is the whole repository; name the files and directories the hook changes`);
  let directory = normalized.endsWith("/");
  if (!directory && existsInRepo(root, normalized)) {
    try {
      directory = statSync2(absolute).isDirectory();
    } catch {
      directory = false;
    }
  }
  return directory && !normalized.endsWith("/") ? `${normalized}/` : normalized;
}
function parseHooks(root, where, hooks, problems) {
  const afterVersion = [];
  (hooks?.afterVersion ?? []).forEach(
    (hook, i) => problems.attempt(() => {
      const origin = `${where}: hooks.afterVersion[${i}]`;
      const argv = hookArgv(hook.run, `${origin}.run`);
      const found = [];
      argv.forEach((arg, j) => {
        const problem = placeholderProblem(arg);
        if (problem) found.push(`${origin}.run${Array.isArray(hook.run) ? `[${j}]` : ""}: ${problem}`);
      });
      if (!hook.files.length) found.push(`${origin}.files: is empty; name the files the hook changes`);
      const files = hook.files.flatMap((file, j) => problems.attempt(() => [declaredPath(root, file, `${origin}.files[${j}]`)]) ?? []);
      const timeout = hook.timeout ?? DEFAULT_HOOK_TIMEOUT_S;
      const env = {};
      for (const [name, value] of Object.entries(hook.env ?? {})) {
        if (!VARIABLE_NAME.test(name)) found.push(`${origin}.env.${name}: is not a variable name`);
        else if (HOOK_VARIABLES.includes(name)) found.push(`${origin}.env.${name}: is set by the release (${HOOK_VARIABLES.join(", ")})`);
        const problem = placeholderProblem(String(value));
        if (problem) found.push(`${origin}.env.${name}: ${problem}`);
        env[name] = String(value);
      }
      if (found.length) throw new UserError(found);
      afterVersion.push({ origin, argv, files, timeoutMs: timeout * 1e3, env });
    })
  );
  return { afterVersion };
}
function defaultChangelog(root) {
  return !existsInRepo(root, "CHANGELOG.md") && existsInRepo(root, "docs/CHANGELOG.md") ? "docs/CHANGELOG.md" : "CHANGELOG.md";
}
function parseNotes(root, where, notes, problems) {
  if (!notes) return void 0;
  return problems.attempt(() => {
    const from = notes.from === void 0 ? ["changelog"] : notes.from === "none" ? [] : Array.isArray(notes.from) ? notes.from : [notes.from];
    if (new Set(from).size !== from.length) throw new UserError(`${where}: notes.from: lists a source twice`);
    if (notes.file && !from.includes("changelog")) throw new UserError(`${where}: notes.file: only with from: changelog`);
    let file;
    if (from.includes("changelog")) {
      const given = notes.file ?? defaultChangelog(root);
      resolveInRepo(root, given, `${where}: notes.file`);
      file = path4.posix.normalize(given.split(path4.sep).join("/"));
    }
    return { from, ...file ? { file } : {}, origin: `${where}: notes` };
  });
}
function parseDispatch(where, dispatch, problems) {
  const targets = [];
  (dispatch ?? []).forEach(
    (d, i) => problems.attempt(() => {
      const origin = `${where}: dispatch[${i}]`;
      const found = [];
      const repository = REPOSITORY.exec(d.repository);
      if (!repository?.[1] || !repository[2]) found.push(`${origin}.repository: ${JSON.stringify(d.repository)} is not OWNER/NAME`);
      if (!EVENT.test(d.event)) found.push(`${origin}.event: ${JSON.stringify(d.event)} is not an event name (letters, digits, . _ : -, at most 100)`);
      if (d.tokenEnv !== void 0 && !VARIABLE_NAME.test(d.tokenEnv)) found.push(`${origin}.tokenEnv: ${JSON.stringify(d.tokenEnv)} is not a variable name`);
      const twice = targets.find((t) => `${t.owner}/${t.repo}`.toLowerCase() === d.repository.toLowerCase() && t.event === d.event);
      if (twice) found.push(`${origin}: ${d.repository} ${d.event} is listed twice (also ${twice.origin.replace(`${where}: `, "")})`);
      if (found.length) throw new UserError(found);
      targets.push({ owner: repository?.[1] ?? "", repo: repository?.[2] ?? "", event: d.event, ...d.tokenEnv ? { tokenEnv: d.tokenEnv } : {}, origin });
    })
  );
  return targets;
}

// src/config/config.ts
import { readdirSync as readdirSync2, statSync as statSync4 } from "node:fs";
import path7 from "node:path";

// node_modules/tinyglobby/dist/index.mjs
import { readdir, readdirSync, realpath, realpathSync as realpathSync3, stat, statSync as statSync3 } from "fs";
import { isAbsolute, posix, resolve as resolve2 } from "path";
import { fileURLToPath } from "url";

// node_modules/fdir/dist/index.mjs
import { createRequire } from "module";
import { basename, dirname, normalize, relative, resolve, sep } from "path";
import * as nativeFs from "fs";
var __require = /* @__PURE__ */ createRequire(import.meta.url);
function cleanPath(path9) {
  let normalized = normalize(path9);
  if (normalized.length > 1 && normalized[normalized.length - 1] === sep) normalized = normalized.substring(0, normalized.length - 1);
  return normalized;
}
var SLASHES_REGEX = /[\\/]/g;
function convertSlashes(path9, separator) {
  return path9.replace(SLASHES_REGEX, separator);
}
var WINDOWS_ROOT_DIR_REGEX = /^[a-z]:[\\/]$/i;
function isRootDirectory(path9) {
  return path9 === "/" || WINDOWS_ROOT_DIR_REGEX.test(path9);
}
function normalizePath(path9, options) {
  const { resolvePaths, normalizePath: normalizePath$1, pathSeparator } = options;
  const pathNeedsCleaning = process.platform === "win32" && path9.includes("/") || path9.startsWith(".");
  if (resolvePaths) path9 = resolve(path9);
  if (normalizePath$1 || pathNeedsCleaning) path9 = cleanPath(path9);
  if (path9 === ".") return "";
  const needsSeperator = path9[path9.length - 1] !== pathSeparator;
  return convertSlashes(needsSeperator ? path9 + pathSeparator : path9, pathSeparator);
}
function joinPathWithBasePath(filename, directoryPath) {
  return directoryPath + filename;
}
function joinPathWithRelativePath(root, options) {
  return function(filename, directoryPath) {
    const sameRoot = directoryPath.startsWith(root);
    if (sameRoot) return directoryPath.slice(root.length) + filename;
    else return convertSlashes(relative(root, directoryPath), options.pathSeparator) + options.pathSeparator + filename;
  };
}
function joinPath(filename) {
  return filename;
}
function joinDirectoryPath(filename, directoryPath, separator) {
  return directoryPath + filename + separator;
}
function build$7(root, options) {
  const { relativePaths, includeBasePath } = options;
  return relativePaths && root ? joinPathWithRelativePath(root, options) : includeBasePath ? joinPathWithBasePath : joinPath;
}
function pushDirectoryWithRelativePath(root) {
  return function(directoryPath, paths) {
    paths.push(directoryPath.substring(root.length) || ".");
  };
}
function pushDirectoryFilterWithRelativePath(root) {
  return function(directoryPath, paths, filters) {
    const relativePath = directoryPath.substring(root.length) || ".";
    if (filters.every((filter) => filter(relativePath, true))) paths.push(relativePath);
  };
}
var pushDirectory = (directoryPath, paths) => {
  paths.push(directoryPath || ".");
};
var pushDirectoryFilter = (directoryPath, paths, filters) => {
  const path9 = directoryPath || ".";
  if (filters.every((filter) => filter(path9, true))) paths.push(path9);
};
var empty$2 = () => {
};
function build$6(root, options) {
  const { includeDirs, filters, relativePaths } = options;
  if (!includeDirs) return empty$2;
  if (relativePaths) return filters && filters.length ? pushDirectoryFilterWithRelativePath(root) : pushDirectoryWithRelativePath(root);
  return filters && filters.length ? pushDirectoryFilter : pushDirectory;
}
var pushFileFilterAndCount = (filename, _paths, counts, filters) => {
  if (filters.every((filter) => filter(filename, false))) counts.files++;
};
var pushFileFilter = (filename, paths, _counts, filters) => {
  if (filters.every((filter) => filter(filename, false))) paths.push(filename);
};
var pushFileCount = (_filename, _paths, counts, _filters) => {
  counts.files++;
};
var pushFile = (filename, paths) => {
  paths.push(filename);
};
var empty$1 = () => {
};
function build$5(options) {
  const { excludeFiles, filters, onlyCounts } = options;
  if (excludeFiles) return empty$1;
  if (filters && filters.length) return onlyCounts ? pushFileFilterAndCount : pushFileFilter;
  else if (onlyCounts) return pushFileCount;
  else return pushFile;
}
var getArray = (paths) => {
  return paths;
};
var getArrayGroup = () => {
  return [""].slice(0, 0);
};
function build$4(options) {
  return options.group ? getArrayGroup : getArray;
}
var groupFiles = (groups, directory, files) => {
  groups.push({
    directory,
    files,
    dir: directory
  });
};
var empty = () => {
};
function build$3(options) {
  return options.group ? groupFiles : empty;
}
var resolveSymlinksAsync = function(path9, state, callback$1) {
  const { queue, fs: fs2, options: { suppressErrors } } = state;
  queue.enqueue();
  fs2.realpath(path9, (error, resolvedPath) => {
    if (error) return queue.dequeue(suppressErrors ? null : error, state);
    fs2.stat(resolvedPath, (error$1, stat3) => {
      if (error$1) return queue.dequeue(suppressErrors ? null : error$1, state);
      if (stat3.isDirectory() && isRecursive(path9, resolvedPath, state)) return queue.dequeue(null, state);
      callback$1(stat3, resolvedPath);
      queue.dequeue(null, state);
    });
  });
};
var resolveSymlinks = function(path9, state, callback$1) {
  const { queue, fs: fs2, options: { suppressErrors } } = state;
  queue.enqueue();
  try {
    const resolvedPath = fs2.realpathSync(path9);
    const stat3 = fs2.statSync(resolvedPath);
    if (stat3.isDirectory() && isRecursive(path9, resolvedPath, state)) return;
    callback$1(stat3, resolvedPath);
  } catch (e) {
    if (!suppressErrors) throw e;
  }
};
function build$2(options, isSynchronous) {
  if (!options.resolveSymlinks || options.excludeSymlinks) return null;
  return isSynchronous ? resolveSymlinks : resolveSymlinksAsync;
}
function isRecursive(path9, resolved, state) {
  if (state.options.useRealPaths) return isRecursiveUsingRealPaths(resolved, state);
  let parent = dirname(path9);
  let depth = 1;
  while (parent !== state.root && depth < 2) {
    const resolvedPath = state.symlinks.get(parent);
    const isSameRoot = !!resolvedPath && (resolvedPath === resolved || resolvedPath.startsWith(resolved) || resolved.startsWith(resolvedPath));
    if (isSameRoot) depth++;
    else parent = dirname(parent);
  }
  state.symlinks.set(path9, resolved);
  return depth > 1;
}
function isRecursiveUsingRealPaths(resolved, state) {
  return state.visited.includes(resolved + state.options.pathSeparator);
}
var onlyCountsSync = (state) => {
  return state.counts;
};
var groupsSync = (state) => {
  return state.groups;
};
var defaultSync = (state) => {
  return state.paths;
};
var limitFilesSync = (state) => {
  return state.paths.slice(0, state.options.maxFiles);
};
var onlyCountsAsync = (state, error, callback$1) => {
  report(error, callback$1, state.counts, state.options.suppressErrors);
  return null;
};
var defaultAsync = (state, error, callback$1) => {
  report(error, callback$1, state.paths, state.options.suppressErrors);
  return null;
};
var limitFilesAsync = (state, error, callback$1) => {
  report(error, callback$1, state.paths.slice(0, state.options.maxFiles), state.options.suppressErrors);
  return null;
};
var groupsAsync = (state, error, callback$1) => {
  report(error, callback$1, state.groups, state.options.suppressErrors);
  return null;
};
function report(error, callback$1, output, suppressErrors) {
  if (error && !suppressErrors) callback$1(error, output);
  else callback$1(null, output);
}
function build$1(options, isSynchronous) {
  const { onlyCounts, group, maxFiles } = options;
  if (onlyCounts) return isSynchronous ? onlyCountsSync : onlyCountsAsync;
  else if (group) return isSynchronous ? groupsSync : groupsAsync;
  else if (maxFiles) return isSynchronous ? limitFilesSync : limitFilesAsync;
  else return isSynchronous ? defaultSync : defaultAsync;
}
var readdirOpts = { withFileTypes: true };
var walkAsync = (state, crawlPath, directoryPath, currentDepth, callback$1) => {
  state.queue.enqueue();
  if (currentDepth < 0) return state.queue.dequeue(null, state);
  const { fs: fs2 } = state;
  state.visited.push(crawlPath);
  state.counts.directories++;
  fs2.readdir(crawlPath || ".", readdirOpts, (error, entries = []) => {
    callback$1(entries, directoryPath, currentDepth);
    state.queue.dequeue(state.options.suppressErrors ? null : error, state);
  });
};
var walkSync = (state, crawlPath, directoryPath, currentDepth, callback$1) => {
  const { fs: fs2 } = state;
  if (currentDepth < 0) return;
  state.visited.push(crawlPath);
  state.counts.directories++;
  let entries = [];
  try {
    entries = fs2.readdirSync(crawlPath || ".", readdirOpts);
  } catch (e) {
    if (!state.options.suppressErrors) throw e;
  }
  callback$1(entries, directoryPath, currentDepth);
};
function build(isSynchronous) {
  return isSynchronous ? walkSync : walkAsync;
}
var Queue = class {
  count = 0;
  constructor(onQueueEmpty) {
    this.onQueueEmpty = onQueueEmpty;
  }
  enqueue() {
    this.count++;
    return this.count;
  }
  dequeue(error, output) {
    if (this.onQueueEmpty && (--this.count <= 0 || error)) {
      this.onQueueEmpty(error, output);
      if (error) {
        output.controller.abort();
        this.onQueueEmpty = void 0;
      }
    }
  }
};
var Counter = class {
  _files = 0;
  _directories = 0;
  set files(num) {
    this._files = num;
  }
  get files() {
    return this._files;
  }
  set directories(num) {
    this._directories = num;
  }
  get directories() {
    return this._directories;
  }
  /**
  * @deprecated use `directories` instead
  */
  /* c8 ignore next 3 */
  get dirs() {
    return this._directories;
  }
};
var Aborter = class {
  aborted = false;
  abort() {
    this.aborted = true;
  }
};
var Walker = class {
  root;
  isSynchronous;
  state;
  joinPath;
  pushDirectory;
  pushFile;
  getArray;
  groupFiles;
  resolveSymlink;
  walkDirectory;
  callbackInvoker;
  constructor(root, options, callback$1) {
    this.isSynchronous = !callback$1;
    this.callbackInvoker = build$1(options, this.isSynchronous);
    this.root = normalizePath(root, options);
    this.state = {
      root: isRootDirectory(this.root) ? this.root : this.root.slice(0, -1),
      paths: [""].slice(0, 0),
      groups: [],
      counts: new Counter(),
      options,
      queue: new Queue((error, state) => this.callbackInvoker(state, error, callback$1)),
      symlinks: /* @__PURE__ */ new Map(),
      visited: [""].slice(0, 0),
      controller: new Aborter(),
      fs: options.fs || nativeFs
    };
    this.joinPath = build$7(this.root, options);
    this.pushDirectory = build$6(this.root, options);
    this.pushFile = build$5(options);
    this.getArray = build$4(options);
    this.groupFiles = build$3(options);
    this.resolveSymlink = build$2(options, this.isSynchronous);
    this.walkDirectory = build(this.isSynchronous);
  }
  start() {
    this.pushDirectory(this.root, this.state.paths, this.state.options.filters);
    this.walkDirectory(this.state, this.root, this.root, this.state.options.maxDepth, this.walk);
    return this.isSynchronous ? this.callbackInvoker(this.state, null) : null;
  }
  walk = (entries, directoryPath, depth) => {
    const { paths, options: { filters, resolveSymlinks: resolveSymlinks$1, excludeSymlinks, exclude, maxFiles, signal, useRealPaths, pathSeparator }, controller } = this.state;
    if (controller.aborted || signal && signal.aborted || maxFiles && paths.length > maxFiles) return;
    const files = this.getArray(this.state.paths);
    for (let i = 0; i < entries.length; ++i) {
      const entry = entries[i];
      if (entry.isFile() || entry.isSymbolicLink() && !resolveSymlinks$1 && !excludeSymlinks) {
        const filename = this.joinPath(entry.name, directoryPath);
        this.pushFile(filename, files, this.state.counts, filters);
      } else if (entry.isDirectory()) {
        let path9 = joinDirectoryPath(entry.name, directoryPath, this.state.options.pathSeparator);
        if (exclude && exclude(entry.name, path9)) continue;
        this.pushDirectory(path9, paths, filters);
        this.walkDirectory(this.state, path9, path9, depth - 1, this.walk);
      } else if (this.resolveSymlink && entry.isSymbolicLink()) {
        let path9 = joinPathWithBasePath(entry.name, directoryPath);
        this.resolveSymlink(path9, this.state, (stat3, resolvedPath) => {
          if (stat3.isDirectory()) {
            resolvedPath = normalizePath(resolvedPath, this.state.options);
            if (exclude && exclude(entry.name, useRealPaths ? resolvedPath : path9 + pathSeparator)) return;
            this.walkDirectory(this.state, resolvedPath, useRealPaths ? resolvedPath : path9 + pathSeparator, depth - 1, this.walk);
          } else {
            resolvedPath = useRealPaths ? resolvedPath : path9;
            const filename = basename(resolvedPath);
            const directoryPath$1 = normalizePath(dirname(resolvedPath), this.state.options);
            resolvedPath = this.joinPath(filename, directoryPath$1);
            this.pushFile(resolvedPath, files, this.state.counts, filters);
          }
        });
      }
    }
    this.groupFiles(this.state.groups, directoryPath, files);
  };
};
function promise(root, options) {
  return new Promise((resolve$1, reject) => {
    callback(root, options, (err, output) => {
      if (err) return reject(err);
      resolve$1(output);
    });
  });
}
function callback(root, options, callback$1) {
  let walker = new Walker(root, options, callback$1);
  walker.start();
}
function sync(root, options) {
  const walker = new Walker(root, options);
  return walker.start();
}
var APIBuilder = class {
  constructor(root, options) {
    this.root = root;
    this.options = options;
  }
  withPromise() {
    return promise(this.root, this.options);
  }
  withCallback(cb) {
    callback(this.root, this.options, cb);
  }
  sync() {
    return sync(this.root, this.options);
  }
};
var pm = null;
try {
  __require.resolve("picomatch");
  pm = __require("picomatch");
} catch {
}
var Builder = class {
  globCache = {};
  options = {
    maxDepth: Infinity,
    suppressErrors: true,
    pathSeparator: sep,
    filters: []
  };
  globFunction;
  constructor(options) {
    this.options = {
      ...this.options,
      ...options
    };
    this.globFunction = this.options.globFunction;
  }
  group() {
    this.options.group = true;
    return this;
  }
  withPathSeparator(separator) {
    this.options.pathSeparator = separator;
    return this;
  }
  withBasePath() {
    this.options.includeBasePath = true;
    return this;
  }
  withRelativePaths() {
    this.options.relativePaths = true;
    return this;
  }
  withDirs() {
    this.options.includeDirs = true;
    return this;
  }
  withMaxDepth(depth) {
    this.options.maxDepth = depth;
    return this;
  }
  withMaxFiles(limit) {
    this.options.maxFiles = limit;
    return this;
  }
  withFullPaths() {
    this.options.resolvePaths = true;
    this.options.includeBasePath = true;
    return this;
  }
  withErrors() {
    this.options.suppressErrors = false;
    return this;
  }
  withSymlinks({ resolvePaths = true } = {}) {
    this.options.resolveSymlinks = true;
    this.options.useRealPaths = resolvePaths;
    return this.withFullPaths();
  }
  withAbortSignal(signal) {
    this.options.signal = signal;
    return this;
  }
  normalize() {
    this.options.normalizePath = true;
    return this;
  }
  filter(predicate) {
    this.options.filters.push(predicate);
    return this;
  }
  onlyDirs() {
    this.options.excludeFiles = true;
    this.options.includeDirs = true;
    return this;
  }
  exclude(predicate) {
    this.options.exclude = predicate;
    return this;
  }
  onlyCounts() {
    this.options.onlyCounts = true;
    return this;
  }
  crawl(root) {
    return new APIBuilder(root || ".", this.options);
  }
  withGlobFunction(fn) {
    this.globFunction = fn;
    return this;
  }
  /**
  * @deprecated Pass options using the constructor instead:
  * ```ts
  * new fdir(options).crawl("/path/to/root");
  * ```
  * This method will be removed in v7.0
  */
  /* c8 ignore next 4 */
  crawlWithOptions(root, options) {
    this.options = {
      ...this.options,
      ...options
    };
    return new APIBuilder(root || ".", this.options);
  }
  glob(...patterns) {
    if (this.globFunction) return this.globWithOptions(patterns);
    return this.globWithOptions(patterns, ...[{ dot: true }]);
  }
  globWithOptions(patterns, ...options) {
    const globFn = this.globFunction || pm;
    if (!globFn) throw new Error("Please specify a glob function to use glob matching.");
    var isMatch = this.globCache[patterns.join("\0")];
    if (!isMatch) {
      isMatch = globFn(patterns, ...options);
      this.globCache[patterns.join("\0")] = isMatch;
    }
    this.options.filters.push((path9) => isMatch(path9));
    return this;
  }
};

// node_modules/tinyglobby/dist/index.mjs
var import_picomatch = __toESM(require_picomatch2(), 1);
var isReadonlyArray = Array.isArray;
var BACKSLASHES = /\\/g;
var DRIVE_RELATIVE_PATH = /^[A-Za-z]:$/;
var isWin = process.platform === "win32";
var ONLY_PARENT_DIRECTORIES = /^(\/?\.\.)+$/;
function getPartialMatcher(patterns, options = {}) {
  const patternsCount = patterns.length;
  const patternsParts = Array(patternsCount);
  const matchers = Array(patternsCount);
  let i, j;
  for (i = 0; i < patternsCount; i++) {
    const parts = splitPattern(patterns[i]);
    patternsParts[i] = parts;
    const partsCount = parts.length;
    const partMatchers = Array(partsCount);
    for (j = 0; j < partsCount; j++) partMatchers[j] = (0, import_picomatch.default)(parts[j], options);
    matchers[i] = partMatchers;
  }
  return (input) => {
    const inputParts = input.split("/");
    if (inputParts[0] === ".." && ONLY_PARENT_DIRECTORIES.test(input)) return true;
    for (i = 0; i < patternsCount; i++) {
      const patternParts = patternsParts[i];
      const matcher = matchers[i];
      const inputPatternCount = inputParts.length;
      const minParts = Math.min(inputPatternCount, patternParts.length);
      j = 0;
      while (j < minParts) {
        const part = patternParts[j];
        if (part.includes("/")) return true;
        if (!matcher[j](inputParts[j])) break;
        if (!options.noglobstar && part === "**") return true;
        j++;
      }
      if (j === inputPatternCount) return true;
    }
    return false;
  };
}
var WIN32_ROOT_DIR = /^[A-Z]:\/$/i;
var isRoot = isWin ? (p) => WIN32_ROOT_DIR.test(p) : (p) => p === "/";
function buildFormat(cwd, root, absolute) {
  if (cwd === root || root.startsWith(`${cwd}/`)) {
    if (absolute) {
      const start = cwd.length + +!isRoot(cwd);
      return (p, isDir) => p.slice(start, isDir ? -1 : void 0) || ".";
    }
    const prefix = root.slice(cwd.length + 1);
    if (prefix) return (p, isDir) => {
      if (p === ".") return prefix;
      const result = `${prefix}/${p}`;
      return isDir ? result.slice(0, -1) : result;
    };
    return (p, isDir) => isDir && p !== "." ? p.slice(0, -1) : p;
  }
  if (absolute) return (p) => posix.relative(cwd, p) || ".";
  return (p) => posix.relative(cwd, `${root}/${p}`) || ".";
}
function buildRelative(cwd, root) {
  if (root.startsWith(`${cwd}/`)) {
    const prefix = root.slice(cwd.length + 1);
    return (p) => `${prefix}/${p}`;
  }
  return (p) => {
    const result = posix.relative(cwd, `${root}/${p}`);
    return p[p.length - 1] === "/" && result !== "" ? `${result}/` : result || ".";
  };
}
function ensureNonDriveRelativePath(path9) {
  return path9.replace(DRIVE_RELATIVE_PATH, (match) => `${match}/`);
}
var splitPatternOptions = { parts: true };
function splitPattern(path9) {
  var _result$parts;
  const result = import_picomatch.default.scan(path9, splitPatternOptions);
  return ((_result$parts = result.parts) === null || _result$parts === void 0 ? void 0 : _result$parts.length) ? result.parts : [path9];
}
var POSIX_UNESCAPED_GLOB_SYMBOLS = /(?<!\\)([()[\]{}*?|]|^!|[!+@](?=\()|\\(?![()[\]{}!*+?@|]))/g;
var WIN32_UNESCAPED_GLOB_SYMBOLS = /(?<!\\)([()[\]{}]|^!|[!+@](?=\())/g;
var escapePosixPath = (path9) => path9.replace(POSIX_UNESCAPED_GLOB_SYMBOLS, "\\$&");
var escapeWin32Path = (path9) => path9.replace(WIN32_UNESCAPED_GLOB_SYMBOLS, "\\$&");
var escapePath = isWin ? escapeWin32Path : escapePosixPath;
function isDynamicPattern(pattern, options) {
  if ((options === null || options === void 0 ? void 0 : options.caseSensitiveMatch) === false) return true;
  const scan = import_picomatch.default.scan(pattern);
  return scan.isGlob || scan.negated;
}
function log(...tasks) {
  console.log(`[tinyglobby ${(/* @__PURE__ */ new Date()).toLocaleTimeString("es")}]`, ...tasks);
}
function ensureStringArray(value) {
  return typeof value === "string" ? [value] : value !== null && value !== void 0 ? value : [];
}
var PARENT_DIRECTORY = /^(\/?\.\.)+/;
var ESCAPING_BACKSLASHES = /\\(?=[()[\]{}!*+?@|])/g;
function normalizePattern(pattern, opts, props, isIgnore) {
  var _PARENT_DIRECTORY$exe;
  const cwd = opts.cwd;
  let result = pattern;
  if (pattern[pattern.length - 1] === "/") result = pattern.slice(0, -1);
  if (result[result.length - 1] !== "*" && opts.expandDirectories) result += "/**";
  const escapedCwd = escapePath(cwd);
  result = isAbsolute(result.replace(ESCAPING_BACKSLASHES, "")) ? posix.relative(escapedCwd, result) : posix.normalize(result);
  const parentDir = (_PARENT_DIRECTORY$exe = PARENT_DIRECTORY.exec(result)) === null || _PARENT_DIRECTORY$exe === void 0 ? void 0 : _PARENT_DIRECTORY$exe[0];
  const parts = splitPattern(result);
  if (parentDir) {
    const n = (parentDir.length + 1) / 3;
    let i = 0;
    const cwdParts = escapedCwd.split("/");
    while (i < n && parts[i + n] === cwdParts[cwdParts.length + i - n]) {
      result = result.slice(0, (n - i - 1) * 3) + result.slice((n - i) * 3 + parts[i + n].length + 1) || ".";
      i++;
    }
    const potentialRoot = posix.join(cwd, parentDir.slice(i * 3));
    if (potentialRoot[0] !== "." && props.root.length > potentialRoot.length) {
      props.root = ensureNonDriveRelativePath(potentialRoot);
      props.depthOffset = -n + i;
    }
  }
  if (!isIgnore && props.depthOffset >= 0) {
    var _props$commonPath;
    (_props$commonPath = props.commonPath) !== null && _props$commonPath !== void 0 || (props.commonPath = parts);
    const newCommonPath = [];
    const length = Math.min(props.commonPath.length, parts.length);
    for (let i = 0; i < length; i++) {
      const part = parts[i];
      if (part === "**" && !parts[i + 1]) {
        newCommonPath.pop();
        break;
      }
      if (i === parts.length - 1 || part !== props.commonPath[i] || isDynamicPattern(part)) break;
      newCommonPath.push(part);
    }
    props.depthOffset = newCommonPath.length;
    props.commonPath = newCommonPath;
    props.root = ensureNonDriveRelativePath(newCommonPath.length > 0 ? posix.join(cwd, ...newCommonPath) : cwd);
  }
  return result;
}
function processPatterns(options, patterns, props) {
  const matchPatterns = [];
  const ignorePatterns = [];
  for (const pattern of options.ignore) {
    if (!pattern) continue;
    if (pattern[0] !== "!" || pattern[1] === "(") ignorePatterns.push(normalizePattern(pattern, options, props, true));
  }
  for (const pattern of patterns) {
    if (!pattern) continue;
    if (pattern[0] !== "!" || pattern[1] === "(") matchPatterns.push(normalizePattern(pattern, options, props, false));
    else if (pattern[1] !== "!" || pattern[2] === "(") ignorePatterns.push(normalizePattern(pattern.slice(1), options, props, true));
  }
  return {
    match: matchPatterns,
    ignore: ignorePatterns
  };
}
function buildCrawler(options, patterns) {
  const cwd = options.cwd;
  const props = {
    root: cwd,
    depthOffset: 0
  };
  const processed = processPatterns(options, patterns, props);
  if (options.debug) log("internal processing patterns:", processed);
  const { absolute, caseSensitiveMatch, debug, dot, followSymbolicLinks, onlyDirectories } = options;
  const root = props.root.replace(BACKSLASHES, "");
  const matchOptions = {
    dot,
    nobrace: options.braceExpansion === false,
    nocase: !caseSensitiveMatch,
    noextglob: options.extglob === false,
    noglobstar: options.globstar === false,
    posix: true
  };
  const matcher = (0, import_picomatch.default)(processed.match, matchOptions);
  const ignore = (0, import_picomatch.default)(processed.ignore, matchOptions);
  const partialMatcher = getPartialMatcher(processed.match, matchOptions);
  const format = buildFormat(cwd, root, absolute);
  const excludeFormatter = absolute ? format : buildFormat(cwd, root, true);
  const excludePredicate = (_, p) => {
    const relativePath = excludeFormatter(p, true);
    return relativePath !== "." && !partialMatcher(relativePath) || ignore(relativePath);
  };
  let maxDepth;
  if (options.deep !== void 0) maxDepth = Math.round(options.deep - props.depthOffset);
  const crawler = new Builder({
    filters: [debug ? (p, isDirectory) => {
      const path9 = format(p, isDirectory);
      const matches = matcher(path9) && !ignore(path9);
      if (matches) log(`matched ${path9}`);
      return matches;
    } : (p, isDirectory) => {
      const path9 = format(p, isDirectory);
      return matcher(path9) && !ignore(path9);
    }],
    exclude: debug ? (_, p) => {
      const skipped = excludePredicate(_, p);
      log(`${skipped ? "skipped" : "crawling"} ${p}`);
      return skipped;
    } : excludePredicate,
    fs: options.fs,
    pathSeparator: "/",
    relativePaths: !absolute,
    resolvePaths: absolute,
    includeBasePath: absolute,
    resolveSymlinks: followSymbolicLinks,
    excludeSymlinks: !followSymbolicLinks,
    excludeFiles: onlyDirectories,
    includeDirs: onlyDirectories || !options.onlyFiles,
    maxDepth,
    signal: options.signal
  }).crawl(root);
  if (options.debug) log("internal properties:", {
    ...props,
    root
  });
  return [crawler, cwd !== root && !absolute && buildRelative(cwd, root)];
}
function formatPaths(paths, mapper) {
  if (mapper) for (let i = paths.length - 1; i >= 0; i--) paths[i] = mapper(paths[i]);
  return paths;
}
var defaultOptions = {
  caseSensitiveMatch: true,
  debug: !!process.env.TINYGLOBBY_DEBUG,
  expandDirectories: true,
  followSymbolicLinks: true,
  onlyFiles: true
};
function getOptions(options) {
  const opts = Object.assign({}, options);
  for (const key in defaultOptions) if (opts[key] === void 0) Object.assign(opts, { [key]: defaultOptions[key] });
  opts.cwd = (opts.cwd instanceof URL ? fileURLToPath(opts.cwd) : resolve2(opts.cwd || process.cwd())).replace(BACKSLASHES, "/");
  opts.ignore = ensureStringArray(opts.ignore);
  opts.fs && (opts.fs = {
    readdir: opts.fs.readdir || readdir,
    readdirSync: opts.fs.readdirSync || readdirSync,
    realpath: opts.fs.realpath || realpath,
    realpathSync: opts.fs.realpathSync || realpathSync3,
    stat: opts.fs.stat || stat,
    statSync: opts.fs.statSync || statSync3
  });
  if (opts.debug) log("globbing with options:", opts);
  return opts;
}
function getCrawler(globInput, inputOptions = {}) {
  var _ref;
  if (globInput && (inputOptions === null || inputOptions === void 0 ? void 0 : inputOptions.patterns)) throw new Error("Cannot pass patterns as both an argument and an option");
  const isModern = isReadonlyArray(globInput) || typeof globInput === "string";
  const patterns = ensureStringArray((_ref = isModern ? globInput : globInput.patterns) !== null && _ref !== void 0 ? _ref : "**/*");
  const options = getOptions(isModern ? inputOptions : globInput);
  return patterns.length > 0 ? buildCrawler(options, patterns) : [];
}
async function glob(globInput, options) {
  const [crawler, relative2] = getCrawler(globInput, options);
  return crawler ? formatPaths(await crawler.withPromise(), relative2) : [];
}
function globSync(globInput, options) {
  const [crawler, relative2] = getCrawler(globInput, options);
  return crawler ? formatPaths(crawler.sync(), relative2) : [];
}

// src/fs/glob.ts
import * as fs from "node:fs";
import path5 from "node:path";
var IGNORED = ["**/node_modules/**", "**/.git/**", "dist/**", "**/*.tgz"];
var STAND_IN = { "\n": "\uE00A", "\r": "\uE00D" };
var encodeName = (name) => name.replace(/[\n\r]/g, (c) => STAND_IN[c]);
var decodePath = (p) => String(p).replace(/[\ue00a\ue00d]/g, (c) => c === "\uE00A" ? "\n" : "\r");
function encoded(entry) {
  if (!/[\n\r]/.test(entry.name)) return entry;
  return Object.assign(Object.create(Object.getPrototypeOf(entry)), entry, { name: encodeName(entry.name) });
}
function asFile(entry) {
  if (!(entry.isFIFO() || entry.isSocket() || entry.isCharacterDevice() || entry.isBlockDevice())) return entry;
  return Object.assign(Object.create(Object.getPrototypeOf(entry)), entry, { isFile: () => true });
}
async function globRepo(root, pattern, options) {
  const repository = realRoot(root);
  const unreadable = /* @__PURE__ */ new Map();
  const note = (p, err) => {
    if (err && err.code !== "ENOENT" && err.code !== "ENOTDIR" && err.code !== "ELOOP") {
      const relative2 = path5.relative(root, path5.resolve(root, String(p))).split(path5.sep).join("/") || ".";
      unreadable.set(relative2, describeFsError(err));
    }
  };
  const observed = {
    readdir: ((p, options2, callback2) => fs.readdir(decodePath(p), options2, (err, entries) => {
      note(decodePath(p), err);
      callback2(err, entries?.map((e) => encoded(asFile(e))));
    })),
    realpath: ((p, callback2) => fs.realpath(decodePath(p), (err, resolved) => {
      note(decodePath(p), err);
      if (err || isInside(repository, resolved)) return callback2(err, resolved && encodeName(resolved));
      fs.stat(resolved, (statErr, stat3) => {
        if (!statErr && stat3.isDirectory()) callback2(Object.assign(new Error("outside the repository"), { code: "ENOENT" }), "");
        else callback2(null, encodeName(resolved));
      });
    })),
    stat: ((p, callback2) => fs.stat(decodePath(p), (err, stat3) => {
      note(p, err);
      callback2(err, stat3);
    }))
  };
  const files = await glob(pattern, { cwd: root, ignore: options.ignore ?? IGNORED, dot: options.dot, fs: observed });
  if (unreadable.size) {
    throw new UserError([...unreadable].map(([folder, why]) => `${folder}: ${why}, so the files in it cannot be scanned (matched by ${pattern})`));
  }
  return files.map(decodePath).sort();
}

// src/config/chart-repository.ts
var MAX_DOC_BYTES = 4 * 1024 * 1024;
function escape(literal) {
  return literal.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function chartRepositoryFromDocs(root, globs, chart) {
  const pattern = new RegExp(`oci://((?:[a-z0-9-]+\\.)*[a-z0-9-]+(?::\\d+)?(?:/[a-z0-9._-]+)*)/${escape(chart)}(?![a-z0-9._/-])`, "g");
  const found = /* @__PURE__ */ new Set();
  let references = 0;
  const inside = globs.filter((g) => !g.startsWith("/") && !g.split("/").includes(".."));
  const docs = globSync(inside, { cwd: root, ignore: IGNORED, dot: false }).filter((f) => /\.mdx?$/i.test(f));
  for (const file of docs) {
    let text;
    try {
      text = readRepoBytes(root, file, file, MAX_DOC_BYTES).toString("latin1");
    } catch {
      continue;
    }
    if (!text.includes("oci://")) continue;
    for (const match of text.matchAll(pattern)) {
      found.add(`oci://${match[1]}`);
      references++;
    }
  }
  return { repositories: [...found].sort(), references };
}

// src/config/file.ts
var import_yaml4 = __toESM(require_dist(), 1);
import path6 from "node:path";

// src/config/image-name.ts
function imageNameProblem(name) {
  if (name === "") return "is empty";
  if (/[\s\u0000-\u001f\u007f]/.test(name)) return "has spaces or control characters";
  if (/^[a-z]+:\/\//i.test(name)) return "is a URL; give the repository without a scheme (e.g. ghcr.io/owner/name)";
  if (name.includes("@")) return "carries a digest (@...); give the repository alone, the release version is its tag";
  const parts = name.split("/");
  const last = parts.at(-1);
  if (last.includes(":")) {
    return `carries a tag (${last.slice(last.indexOf(":"))}); give the repository without a tag, the release version is its tag`;
  }
  if (/[A-Z]/.test(name)) return `has uppercase letters; image repositories are lowercase (${name.toLowerCase()})`;
  if (name.length > 255) return "is longer than 255 characters";
  const host = parts.length > 1 && looksLikeHost(parts[0]) ? parts[0] : void 0;
  if (host !== void 0 && !isValidRegistryHost(host)) return `has an invalid registry host "${host}"`;
  const problem = repositoryNameProblem((host === void 0 ? parts : parts.slice(1)).join("/"));
  return problem === void 0 ? void 0 : `is not an image repository: it ${problem}`;
}

// src/config/file.ts
var CONFIG_FILE = "dot-ai-release.yaml";
var METHOD_NAME = /^[a-z0-9][a-z0-9-]{0,62}$/;
function validator(file) {
  const fail = (problems, at, message) => {
    problems.push(`${file}: ${at}: ${message}`);
    return false;
  };
  const string = (v, at, p) => typeof v === "string" && v !== "" || fail(p, at, `expected a non-empty string, got ${typeName(v)}`);
  const imageName = (v, at, p) => {
    if (!string(v, at, p)) return false;
    const problem = imageNameProblem(v);
    return problem === void 0 || fail(p, at, `${JSON.stringify(v)} ${problem}`);
  };
  const oneOf = (...choices) => (v, at, p) => typeof v === "string" && choices.includes(v) || fail(p, at, `expected one of ${choices.join(", ")}, got ${typeName(v)}`);
  const falseOr = (check) => (v, at, p) => v === false || check(v, at, p);
  const list = (item) => (v, at, p) => {
    if (!Array.isArray(v)) return fail(p, at, `expected a list, got ${typeName(v)}`);
    return v.map((x, i) => item(x, `${at}[${i}]`, p)).every(Boolean);
  };
  const anyOf = (...checks) => (v, at, p) => {
    const first = [];
    for (const [i, check] of checks.entries()) {
      const attempt = [];
      if (check(v, at, attempt)) return true;
      if (i === 0) first.push(...attempt);
    }
    p.push(...first);
    return false;
  };
  const map = (shape, required = []) => (v, at, p) => {
    if (typeof v !== "object" || v === null || Array.isArray(v)) return fail(p, at, `expected a map, got ${typeName(v)}`);
    let ok = true;
    for (const [key, value] of Object.entries(v)) {
      const check = shape[key];
      const where = at ? `${at}.${key}` : key;
      ok = (check ? check(value, where, p) : fail(p, where, `unknown key (known: ${Object.keys(shape).join(", ")})`)) && ok;
    }
    for (const key of required) {
      if (!(key in v)) ok = fail(p, at ? `${at}.${key}` : key, "is required");
    }
    return ok;
  };
  const within = (range) => (v, at, p) => typeof v === "number" && rangeProblem(v, range) === void 0 || fail(p, at, `expected a whole number ${describeRange(range)}, got ${typeName(v)}`);
  const nonEmptyList = (item) => (v, at, p) => {
    if (Array.isArray(v) && v.length === 0) return fail(p, at, "expected at least one entry, got an empty list");
    return list(item)(v, at, p);
  };
  const boolean = (v, at, p) => typeof v === "boolean" || fail(p, at, `expected true or false, got ${typeName(v)}`);
  const anyMap = (v, at, p) => typeof v === "object" && v !== null && !Array.isArray(v) || fail(p, at, `expected a map, got ${typeName(v)}`);
  const stringMap = (v, at, p) => {
    if (!anyMap(v, at, p)) return false;
    return Object.entries(v).map(([k, x]) => ["string", "number", "boolean"].includes(typeof x) || fail(p, `${at}.${k}`, `expected a string, got ${typeName(x)}`)).every(Boolean);
  };
  const stringOrMap = (shape, expected) => (v, at, p) => {
    if (typeof v === "string") return string(v, at, p);
    if (typeof v === "object" && v !== null && !Array.isArray(v)) return shape(v, at, p);
    return fail(p, at, `expected ${expected}, got ${typeName(v)}`);
  };
  return { fail, string, imageName, oneOf, falseOr, list, nonEmptyList, anyOf, map, within, boolean, anyMap, stringMap, stringOrMap };
}
function validateConfig(value, file) {
  const { fail, string, imageName, oneOf, falseOr, list, nonEmptyList, anyOf, map, within, boolean, anyMap, stringMap, stringOrMap } = validator(file);
  const waiver = stringOrMap(map({ rule: string, object: string, subchart: string, reason: string }, ["rule", "reason"]), '"rule@scope=reason" or a map {rule, object, subchart, reason}');
  const policy = map({ mode: oneOf("enforce", "warn"), waive: list(waiver) });
  const probe = map({ mcpPath: string, health: anyOf(string, (v) => v === ""), tool: string, toolArgs: anyMap, expect: string, tools: list(string), serverName: string, followUps: within(RANGES.followUps), headers: stringMap, json: anyMap, jsonWithin: within(RANGES.jsonWithin) });
  const methodName = (v, at, p) => {
    if (!string(v, at, p)) return false;
    return METHOD_NAME.test(v) || fail(p, at, `${JSON.stringify(visible(v))} is not a method name (lowercase letters, digits and -, starting with a letter or digit, at most 63)`);
  };
  const envName = (v, at, p) => string(v, at, p) && /^[A-Za-z_][A-Za-z0-9_]*$/.test(v) || fail(p, at, `${JSON.stringify(visible(String(v)))} is not an environment variable name`);
  const headerName = (v, at, p) => string(v, at, p) && /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(v) || fail(p, at, `${JSON.stringify(visible(String(v)))} is not a header name`);
  const auth = falseOr(map({ token: oneOf("generate", "input"), env: envName, set: string, header: headerName }));
  const plugin = map({ name: methodName, image: string, port: within(RANGES.port), env: stringMap }, ["name", "image"]);
  const method = map(
    {
      name: methodName,
      kind: oneOf("docker", "compose", "kustomize", "helm", "toolhive"),
      files: list(string),
      values: list(string),
      set: stringMap,
      service: string,
      port: within(RANGES.port),
      externalQdrant: boolean,
      env: stringMap,
      probe,
      timeout: within(RANGES.methodTimeout),
      auth,
      plugins: list(plugin),
      podSecurity: oneOf("restricted", "baseline", "privileged"),
      helmTest: boolean
    },
    ["name", "kind"]
  );
  const root = map({
    version: map({ source: string, field: string }),
    packageJson: falseOr(anyOf(string, list(string))),
    serverJson: falseOr(string),
    chart: falseOr(map({ path: string, versioning: oneOf("follow", "independent"), repository: string, policy })),
    images: list(
      map(
        {
          name: imageName,
          valuesPath: string,
          context: string,
          dockerfile: string,
          platforms: nonEmptyList(string),
          buildArgs: stringMap,
          preBuild: map({ dir: string, run: nonEmptyList(anyOf(string, nonEmptyList(string))), timeout: within(RANGES.preBuildTimeout) }, ["run"])
        },
        ["name"]
      )
    ),
    references: list(string),
    fields: list(map({ file: string, path: string, stream: oneOf("app", "chart") }, ["file", "path"])),
    smoke: map({ provider: oneOf("kind", "cluster", "docker"), parallel: within(RANGES.parallel), timeout: within(RANGES.methodTimeout), qdrantImage: string, probe, methods: list(method) }),
    hooks: map({ afterVersion: list(map({ run: anyOf(string, list(string)), files: list(string), timeout: within(RANGES.hookTimeout), env: stringMap }, ["run", "files"])) }),
    notes: map({ from: anyOf(oneOf("changelog", "generated", "none"), list(oneOf("changelog", "generated"))), file: string }),
    dispatch: list(map({ repository: string, event: string, tokenEnv: string }, ["repository", "event"])),
    npm: falseOr(map({ package: string, registry: string, access: oneOf("public", "restricted"), provenance: boolean }))
  });
  const problems = [];
  const config = value ?? {};
  const rootOk = root(config, "", problems);
  if (rootOk) problems.push(...smokeMethodProblems(config.smoke, file));
  if (rootOk && Array.isArray(config.images)) {
    const seen = /* @__PURE__ */ new Map();
    config.images.forEach((img, i) => {
      const first = seen.get(img.name);
      if (first !== void 0) problems.push(`${file}: images[${i}].name: ${JSON.stringify(img.name)} is listed twice (also images[${first}])`);
      else seen.set(img.name, i);
    });
  }
  if (problems.length) throw new UserError(problems);
  return config;
}
function smokeMethodProblems(smoke, file) {
  const problems = [];
  const seen = /* @__PURE__ */ new Map();
  (smoke?.methods ?? []).forEach((m, i) => {
    const at = `${file}: smoke.methods[${i}]`;
    const first = seen.get(m.name);
    if (first !== void 0) problems.push(`${at}.name: ${JSON.stringify(m.name)} is listed twice (also smoke.methods[${first}])`);
    else seen.set(m.name, i);
    if (m.kind !== "helm" && m.kind !== "docker" && !m.files?.length) problems.push(`${at}.files: is required for kind ${m.kind}`);
    if (m.plugins && m.kind !== "docker") problems.push(`${at}.plugins: only for kind docker (compose files, charts and manifests deploy their own plugins)`);
    if (m.helmTest !== void 0 && m.kind !== "helm") problems.push(`${at}.helmTest: only for kind helm`);
    if (m.podSecurity !== void 0 && (m.kind === "docker" || m.kind === "compose")) problems.push(`${at}.podSecurity: only for the Kubernetes kinds (kustomize, helm, toolhive)`);
    if (m.auth && m.auth.set !== void 0 && m.kind !== "helm") problems.push(`${at}.auth.set: only for kind helm (a chart value); the others take auth.env`);
    if (m.auth && m.auth.set !== void 0 && m.auth.env !== void 0) problems.push(`${at}.auth: set or env, not both`);
  });
  return problems;
}
function readConfigFile(root, configPath) {
  const file = configPath ?? CONFIG_FILE;
  if (!existsInRepo(root, file, configPath ? `input config: ${file}` : file)) {
    if (configPath) throw new UserError(`input config: ${configPath} does not exist`);
    return { config: {} };
  }
  const text = readRepoText(root, path6.normalize(file), file);
  const doc = (0, import_yaml4.parseDocument)(text, { uniqueKeys: true, prettyErrors: false });
  const err = doc.errors[0];
  if (err) throw yamlError(text, file, err);
  if (doc.contents !== null && !(0, import_yaml4.isMap)(doc.contents)) {
    throw new UserError(`${file}: expected a map of settings at the top level, got ${(0, import_yaml4.isSeq)(doc.contents) ? "a list" : "a scalar"}`);
  }
  let unresolved;
  (0, import_yaml4.visit)(doc, { Alias: (_, node) => node.resolve(doc) === void 0 ? (unresolved = node, import_yaml4.visit.BREAK) : void 0 });
  if (unresolved) {
    throw new UserError(`${file}:${lineAt(text, unresolved.range?.[0] ?? 0)}: *${unresolved.source} is read as a YAML alias to no anchor; quote the value ("*${unresolved.source}")`);
  }
  let value;
  try {
    value = doc.toJS({ maxAliasCount: 100 });
  } catch (e) {
    throw new UserError(`${file}: cannot be read as settings (${e.message})`);
  }
  return { file, config: validateConfig(value, file) };
}

// src/config/repository.ts
function parseRemoteUrl(url) {
  const remote = url.trim();
  let path9;
  let host;
  const withScheme = /^([a-z][a-z0-9+.-]*):\/\/([^/]*)(\/.*)?$/i.exec(remote);
  if (withScheme) {
    const [, scheme, authority, rest] = withScheme;
    if (scheme.toLowerCase() === "file" || !authority) return void 0;
    host = authority.replace(/^.*@/, "").replace(/:\d*$/, "");
    path9 = rest ?? "";
  } else {
    const scp = /^(?:[^@/]+@)?([^/:]+):(.+)$/.exec(remote);
    if (!scp || /^[a-z]$/i.test(scp[1]) || scp[2].startsWith("\\")) return void 0;
    host = scp[1];
    path9 = scp[2];
  }
  const match = /^\/?(?:.*\/)?([^/]+)\/([^/]+?)(?:\.git)?\/?$/.exec(path9);
  if (!match || match[1] === "." || match[1] === ".." || match[2] === "." || match[2] === "..") return void 0;
  return { owner: match[1], repo: match[2], host: host.toLowerCase() };
}
function isGitHubHost(host, env) {
  let server;
  try {
    server = env.GITHUB_SERVER_URL ? new URL(env.GITHUB_SERVER_URL).hostname.toLowerCase() : void 0;
  } catch {
    server = void 0;
  }
  return host === "github.com" || host === "ssh.github.com" || host === "www.github.com" || host === server;
}
function findRepository(root, env = process.env) {
  const fromEnv = env.GITHUB_REPOSITORY?.split("/");
  if (fromEnv?.length === 2 && fromEnv[0] && fromEnv[1]) {
    return { id: { owner: fromEnv[0].toLowerCase(), repo: fromEnv[1].toLowerCase(), source: "GITHUB_REPOSITORY" } };
  }
  const url = new Git(root).configValue("remote.origin.url");
  if (!url) return { why: "no GITHUB_REPOSITORY and no git remote origin" };
  const parsed = parseRemoteUrl(url);
  if (!parsed) return { why: "no GITHUB_REPOSITORY, and the git remote origin is a local path" };
  if (!isGitHubHost(parsed.host, env)) return { why: `no GITHUB_REPOSITORY, and the git remote origin is on ${parsed.host}, not on GitHub` };
  return { id: { owner: parsed.owner.toLowerCase(), repo: parsed.repo.toLowerCase(), source: "git remote" } };
}

// src/config/config.ts
var PRE_BUILD_TIMEOUT_S = 1200;
var DEFAULT_REFERENCES = [
  "*.md",
  "docs/**",
  "examples/**",
  "charts/**",
  "deploy/**",
  "manifests/**",
  "**/docker-compose*.{yml,yaml}",
  "**/compose.{yml,yaml}",
  "**/gordon-mcp.yml"
];
function chartName(root, dir, what) {
  const file = path7.posix.join(dir, "Chart.yaml");
  if (!existsInRepo(root, file)) throw new UserError(`${what}: ${file} not found`);
  return parseChartYaml(readRepoText(root, file), file).name;
}
function discoverChart(root) {
  if (existsInRepo(root, "charts/Chart.yaml")) return "charts";
  let entries;
  try {
    if (!existsInRepo(root, "charts") || !statSync4(path7.join(root, "charts")).isDirectory()) return void 0;
    entries = readdirSync2(path7.join(root, "charts"), { withFileTypes: true });
  } catch (err) {
    if (err instanceof UserError) throw err;
    throw new UserError(`charts: ${describeFsError(err)}, so no chart can be found in it`);
  }
  const found = entries.filter((d) => (d.isDirectory() || d.isSymbolicLink()) && existsInRepo(root, `charts/${d.name}/Chart.yaml`)).map((d) => `charts/${d.name}`).sort();
  if (found.length > 1) {
    throw new UserError(`${CONFIG_FILE}: chart.path: several charts under charts/ (${found.join(", ")}); say which one to release`);
  }
  return found[0];
}
function chartsElsewhere(root) {
  const found = [];
  const walk = (relative2, depth) => {
    let entries;
    try {
      entries = readdirSync2(path7.join(root, relative2), { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const child = relative2 ? `${relative2}/${entry.name}` : entry.name;
      if (entry.isFile() && entry.name === "Chart.yaml") found.push(child);
      else if (entry.isDirectory() && depth < 4 && !entry.name.startsWith(".") && entry.name !== "node_modules" && child !== "dist") {
        if (!(entry.name === "charts" && /(^|\/)charts\/[^/]+$/.test(relative2))) walk(child, depth + 1);
      }
    }
  };
  walk("", 0);
  return found.sort();
}
function checkedPath(root, relative2, what) {
  const absolute = resolveInRepo(root, relative2, what);
  assertInsideRepo(root, absolute, what);
  return path7.posix.normalize(relative2.split(path7.sep).join("/"));
}
function chartPolicy(policy, where, problems) {
  const waivers = (policy?.waive ?? []).flatMap((entry, i) => {
    const what = `${where}: chart.policy.waive[${i}]`;
    return problems.attempt(() => [typeof entry === "string" ? parseWaiver(entry, what) : waiverFromMap(entry, what)]) ?? [];
  });
  return { mode: policy?.mode, waivers };
}
var SHELL_SYNTAX2 = /[&|;<>$`'"\\(){}*?~#\n\r]/;
function preBuildCommand(value, at) {
  if (Array.isArray(value)) return value;
  const bad = SHELL_SYNTAX2.exec(value);
  if (bad) {
    throw new UserError(`${at}: ${JSON.stringify(value)} needs a shell (${JSON.stringify(bad[0])}), and pre-build commands run without one: list each command on its own (run: ["npm ci", "npm run build"]), or give one as an argument list (["node", "-e", "..."])`);
  }
  return value.split(/[ \t]+/).filter(Boolean);
}
function declaredImage(root, img, origin, problems) {
  const image = { name: img.name, ...img.valuesPath ? { valuesPath: img.valuesPath } : {}, origin, explicit: true };
  const build2 = {};
  if (img.context !== void 0) build2.context = problems.attempt(() => checkedPath(root, img.context, `${origin}.context`));
  if (img.dockerfile !== void 0) build2.dockerfile = problems.attempt(() => checkedPath(root, img.dockerfile, `${origin}.dockerfile`));
  if (img.platforms) build2.platforms = img.platforms;
  if (img.buildArgs) {
    build2.buildArgs = Object.entries(img.buildArgs).flatMap(([name, value]) => {
      if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) return [[name, String(value)]];
      problems.add(`${origin}.buildArgs.${name}: not a build argument name (letters, digits and _, not starting with a digit)`);
      return [];
    });
  }
  const pre = img.preBuild;
  if (pre) {
    const at = `${origin}.preBuild`;
    const dir = problems.attempt(() => {
      const checked = checkedPath(root, pre.dir ?? ".", `${at}.dir`);
      if (!existsInRepo(root, checked) || !statSync4(path7.join(root, checked)).isDirectory()) throw new UserError(`${at}.dir: ${checked} is not a directory`);
      return checked;
    });
    const commands = pre.run.flatMap((command, i) => problems.attempt(() => [preBuildCommand(command, `${at}.run[${i}]`)]) ?? []);
    if (dir !== void 0) build2.preBuild = { dir, commands, timeoutSeconds: pre.timeout ?? PRE_BUILD_TIMEOUT_S, origin: at };
  }
  return Object.keys(build2).length ? { ...image, build: build2 } : image;
}
function nothingHoldsTheVersion(root, configFile) {
  if (configFile) return `${configFile}: version.source: nothing holds the version (no package.json and no chart); set version.source`;
  const top = new Git(root).topLevel();
  if (top && path7.resolve(top) !== path7.resolve(root)) {
    return `input working-directory: ${root} is a folder inside the repository ${top}, and holds no package.json, chart or ${CONFIG_FILE}: run from ${top} (or pass input working-directory ${top})`;
  }
  return `input working-directory: ${root} holds no package.json, no chart under charts/ and no ${CONFIG_FILE}, so nothing holds the release version: run from the repository root, or set version.source in a ${CONFIG_FILE}`;
}
function loadConfig(root, overrides = {}, env = process.env) {
  const { file: configFile, config } = readConfigFile(root, overrides.config && checkedPath(root, overrides.config, "input config"));
  const where = configFile ?? CONFIG_FILE;
  const problems = new Problems();
  const notices = [];
  let found;
  const repo = () => (found ??= findRepository(root, env)).id;
  const pj = config.packageJson;
  const packageJsons = [];
  if (pj !== false) {
    (pj === void 0 ? ["package.json"] : Array.isArray(pj) ? pj : [pj]).forEach(
      (file, i) => problems.attempt(() => {
        const checked = checkedPath(root, file, `${where}: packageJson${Array.isArray(pj) ? `[${i}]` : ""}`);
        if (pj === void 0 && !existsInRepo(root, checked)) return;
        if (!existsInRepo(root, checked)) {
          throw new UserError(`${checked}: not found (set packageJson: false in ${CONFIG_FILE} if this repository has none)`);
        }
        packageJsons.push({ file: checked, explicit: pj !== void 0 });
      })
    );
  }
  let serverJson;
  if (typeof config.serverJson === "string") {
    const file = problems.attempt(() => checkedPath(root, config.serverJson, `${where}: serverJson`));
    if (file) serverJson = { file, explicit: true };
  } else if (config.serverJson === void 0 && problems.attempt(() => existsInRepo(root, "server.json"))) {
    serverJson = { file: "server.json", explicit: false };
  }
  let chart;
  let chartFailed = false;
  const chartSetting = overrides.chart ?? (config.chart === false ? false : config.chart?.path);
  if (chartSetting !== false) {
    const what = overrides.chart ? "input chart" : `${where}: chart.path`;
    const before = problems.count;
    problems.attempt(() => {
      const dir = chartSetting ? checkedPath(root, chartSetting, what) : discoverChart(root);
      if (!dir) {
        const elsewhere = chartsElsewhere(root);
        if (elsewhere.length) {
          notices.push(
            `${where}: chart.path: this repository has charts (${elsewhere.slice(0, 3).join(", ")}${elsewhere.length > 3 ? ", ..." : ""}) but none is selected (without chart.path only charts/ is looked in): their versions are not checked; set chart.path, or chart: false`
          );
        }
        return;
      }
      const versioning = overrides.chartVersioning ?? (config.chart || void 0)?.versioning ?? "follow";
      if (versioning !== "follow" && versioning !== "independent") {
        throw new UserError(`input chart-versioning: "${versioning}" is not one of follow, independent`);
      }
      const configured = (config.chart || void 0)?.repository;
      const name = chartName(root, dir, what);
      const fromDocs = configured ? void 0 : chartRepositoryFromDocs(root, config.references ?? DEFAULT_REFERENCES, name);
      if (fromDocs && fromDocs.repositories.length > 1) {
        notices.push(`${where}: chart.repository: the docs name the chart in ${fromDocs.repositories.length} places that disagree (${fromDocs.repositories.join(", ")}); using the default; set chart.repository`);
      }
      const owner = repo()?.owner;
      const documented = fromDocs?.repositories.length === 1 ? fromDocs.repositories[0] : void 0;
      const repository = configured ?? documented ?? (owner ? `oci://ghcr.io/${owner}/charts` : void 0);
      chart = {
        dir,
        name,
        versioning,
        repository,
        ...repository ? { repositoryOrigin: configured ? "configured" : documented ? "docs" : "default" } : {},
        explicit: chartSetting !== void 0,
        policy: chartPolicy((config.chart || void 0)?.policy, where, problems)
      };
    });
    chartFailed = problems.count > before;
  }
  let images;
  let noDefaultImage;
  const declared = (config.images ?? []).map((img, i) => declaredImage(root, img, `${where}: images[${i}]`, problems));
  if (overrides.images?.length) {
    images = [];
    for (const name of new Set(overrides.images)) {
      const problem = imageNameProblem(name);
      if (problem) problems.add(`input images: ${JSON.stringify(name)} ${problem}`);
      else images.push(declared.find((d) => d.name === name) ?? { name, origin: "input images", explicit: true });
    }
  } else if (config.images) {
    images = declared;
  } else {
    const id = repo();
    images = id ? [{ name: `ghcr.io/${id.owner}/${id.repo}`, valuesPath: "image.tag", origin: "default image", explicit: false }] : [];
    if (!id) {
      noDefaultImage = `the default image ghcr.io/<owner>/<repo> has no owner (${found?.why ?? "no GITHUB_REPOSITORY"})`;
      notices.push(`${where}: images: ${noDefaultImage}, so no image reference is checked; name the images under images: (or --images)`);
    }
  }
  const fields = [];
  (config.fields ?? []).forEach(
    (f, i) => problems.attempt(
      () => fields.push({ file: checkedPath(root, f.file, `${where}: fields[${i}].file`), path: f.path, stream: f.stream ?? "app", origin: `${where}: fields[${i}]` })
    )
  );
  const references = config.references ? { globs: config.references.flatMap((g, i) => problems.attempt(() => [checkedPath(root, g, `${where}: references[${i}]`)]) ?? []), explicit: true } : { globs: DEFAULT_REFERENCES, explicit: false };
  let versionSource;
  if (config.version?.source) {
    const file = problems.attempt(() => checkedPath(root, config.version?.source, `${where}: version.source`));
    const field = config.version.field ?? (file && path7.basename(file) === "Chart.yaml" ? "appVersion" : "version");
    if (file) versionSource = { file, field, origin: `${where}: version.source` };
  } else if (packageJsons[0]) {
    versionSource = { file: packageJsons[0].file, field: config.version?.field ?? "version", origin: "default version source" };
  } else if (chart) {
    versionSource = { file: `${chart.dir}/Chart.yaml`, field: "appVersion", origin: "default version source" };
  } else if (!chartFailed && problems.count === 0) {
    problems.add(nothingHoldsTheVersion(root, configFile));
  }
  const hooks = parseHooks(root, where, config.hooks, problems);
  const notes = parseNotes(root, where, config.notes, problems);
  const dispatch = parseDispatch(where, config.dispatch, problems);
  problems.throwIfAny();
  return {
    root,
    configFile,
    repository: found?.id,
    versionSource,
    packageJsons,
    serverJson,
    chart,
    images,
    ...noDefaultImage ? { noDefaultImage } : {},
    references,
    fields,
    notices,
    smoke: config.smoke,
    hooks,
    ...notes ? { notes } : {},
    dispatch,
    ...config.npm !== void 0 ? { npm: config.npm } : {}
  };
}

// src/config/options.ts
import { existsSync, statSync as statSync5 } from "node:fs";
import path8 from "node:path";
function withDefaults(command, options) {
  const spec = findCommand(command);
  if (!spec) throw new Error(`no command ${command}`);
  const filled = { ...options };
  for (const option of optionsOf(spec)) {
    if (option.default === void 0 || option.default.includes("<")) continue;
    const value = filled[option.name];
    if (value === void 0 || typeof value === "string" && value.trim() === "") filled[option.name] = option.default;
  }
  return filled;
}
function stringOption(options, name) {
  const value = options[name];
  if (value === void 0 || value === false) return void 0;
  if (value === true) throw new UserError(`input ${name}: expects a value`);
  const trimmed = value.trim();
  return trimmed === "" ? void 0 : trimmed;
}
function booleanOption(options, name) {
  const value = options[name];
  if (value === void 0 || value === "" || typeof value === "boolean") return value === true;
  if (/^(true|yes|1)$/i.test(value.trim())) return true;
  if (/^(false|no|0)$/i.test(value.trim())) return false;
  throw new UserError(`input ${name}: ${JSON.stringify(value)} is not a boolean (true or false)`);
}
function listOption(options, name) {
  const value = stringOption(options, name);
  return value?.split(/[,\n]/).map((s) => s.trim()).filter(Boolean);
}
function boundedNumber(options, command, name) {
  const spec = findCommand(command);
  const option = spec && optionsOf(spec).find((o) => o.name === name);
  if (!option?.range) throw new Error(`${command} has no bounded option ${name}`);
  const raw = stringOption(options, name);
  if (raw === void 0) return void 0;
  const problem = rangeProblem(raw, option.range);
  if (problem) throw new UserError(`input ${name}: ${JSON.stringify(raw)} ${problem}`);
  return Number(raw);
}
function repositoryRoot(options) {
  const dir = path8.resolve(stringOption(options, "working-directory") ?? ".");
  if (!existsSync(dir) || !statSync5(dir).isDirectory()) {
    throw new UserError(`input working-directory: ${dir} is not a directory`);
  }
  return dir;
}
function configOverrides(options) {
  return {
    // The default name (the action always passes it, from action.yml) is optional: a repository may have no file.
    config: stringOption(options, "config") === CONFIG_FILE ? void 0 : stringOption(options, "config"),
    chart: stringOption(options, "chart"),
    chartVersioning: stringOption(options, "chart-versioning"),
    images: listOption(options, "images")
  };
}

export {
  describeKind,
  describeFsError,
  realRoot,
  isInside,
  resolveRepoFile,
  MAX_READ_BYTES,
  readRepoBytes,
  decodeUtf8,
  readRepoText,
  notUtf8,
  mib,
  existsInRepo,
  IGNORED,
  globRepo,
  lineAt,
  lineIndex,
  typeName,
  parseYaml,
  sha256Digest,
  isDigest,
  assertSha256Digest,
  verifyDigest,
  Sha256Accumulator,
  redact,
  Redactor,
  redactingLog,
  urlForMessage,
  redactReference,
  hasUserinfo,
  MAX_NAME_LENGTH,
  ReferenceError,
  isValidTag,
  assertValidTag,
  assertTagOrDigest,
  isValidRegistryHost,
  repositoryNameProblem,
  normalizeReference,
  assertRepositoryName,
  parseImageReference,
  splitImageName,
  isLoopbackHost,
  imageNameProblem,
  require_semver2 as require_semver,
  quote,
  shown,
  gitTagProblem,
  parseReleaseVersion,
  parseBumpKind,
  parsePreid,
  bump,
  isSemver,
  compare,
  resolveInRepo,
  assertInsideRepo,
  repoRelative,
  resolveOutputDir,
  parseChartYaml,
  readChartYaml,
  formatFinding,
  kindOf,
  nameOf,
  podSpecOf,
  isHelmTestHook,
  describeWaiver,
  parseWaiver,
  checkPolicies,
  CONFIG_FILE,
  fillPlaceholders,
  defaultChangelog,
  loadConfig,
  withDefaults,
  stringOption,
  booleanOption,
  listOption,
  boundedNumber,
  repositoryRoot,
  configOverrides
};
