import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  findCommand,
  optionsOf
} from "./chunk-VHGLRFMU.js";
import {
  exec,
  execChecked,
  execSync,
  require_dist
} from "./chunk-EG62P5ZG.js";
import {
  MASK,
  maskSecrets
} from "./chunk-B2IBVPIQ.js";
import {
  visible
} from "./chunk-DQ5E7V2U.js";
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
      const build = options.includePrerelease && match[6] ? `+${match[6]}` : "";
      return parse(`${major}.${minor}.${patch}${prerelease}${build}`, options);
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

// src/fs/read.ts
import { closeSync, constants, fstatSync, openSync, readSync, realpathSync, statSync } from "node:fs";
import path from "node:path";
function describeKind(stat) {
  if (stat.isFile()) return void 0;
  if (stat.isDirectory()) return "a directory";
  if (stat.isFIFO()) return "a FIFO (named pipe)";
  if (stat.isSocket()) return "a socket";
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return "a device";
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
  let stat;
  try {
    stat = statSync(real);
  } catch (err) {
    throw new UserError(`${name}: ${describeFsError(err)}`);
  }
  const kind = describeKind(stat);
  if (kind) throw new UserError(`${name}: is ${kind}, not a regular file`);
  return { file, absolute, real, stat };
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
    const stat = fstatSync(fd);
    const kind = describeKind(stat);
    if (kind) throw new UserError(`${name}: is ${kind}, not a regular file`);
    if (stat.size > maxBytes) throw new UserError(`${name}: is ${mib(stat.size)}, more than the ${mib(maxBytes)} this tool reads`);
    const buffer = Buffer.allocUnsafe(stat.size);
    let read = 0;
    while (read < stat.size) {
      const n = readSync(fd, buffer, read, stat.size - read, null);
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

// src/version/semver.ts
var import_semver = __toESM(require_semver2(), 1);
var BUMP_KINDS = ["major", "minor", "patch", "premajor", "preminor", "prepatch", "prerelease"];
var RELEASE_VERSION = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?$/;
var PREID = /^(?:[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)$/;
function quote(value) {
  return JSON.stringify(value);
}
function parseReleaseVersion(value, what) {
  const candidate = value.startsWith("v") ? value.slice(1) : value;
  if (RELEASE_VERSION.test(candidate)) return candidate;
  if (/^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?\+/.test(candidate)) {
    throw new UserError(`${what}: ${quote(value)} carries build metadata (+...), which cannot be an image tag`);
  }
  throw new UserError(`${what}: ${quote(value)} is not a valid SemVer version (expected MAJOR.MINOR.PATCH[-PRERELEASE], e.g. 1.2.3 or 1.3.0-rc.1)`);
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
  if (next === null) throw new UserError(`cannot bump ${quote(current)} by ${kind}`);
  return next;
}
function isSemver(value) {
  return RELEASE_VERSION.test(value);
}
function compare(a, b) {
  return import_semver.default.compare(a, b);
}

// src/fs/repo-path.ts
import { realpathSync as realpathSync2 } from "node:fs";
import path2 from "node:path";
function resolveInRepo(root, relative, what) {
  if (relative.includes("\0")) throw new UserError(`${what}: "${relative}" contains a NUL byte`);
  if (path2.isAbsolute(relative) || /^[a-zA-Z]:[\\/]/.test(relative)) {
    throw new UserError(`${what}: "${relative}" is an absolute path; use a path relative to the repository root`);
  }
  const segments = relative.split(/[\\/]+/);
  if (segments.includes("..")) {
    throw new UserError(`${what}: "${relative}" leaves the repository ("..")`);
  }
  return path2.join(root, relative);
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
    const shown = JSON.stringify(segment).slice(1, -1);
    if (COMPONENT_RE.test(segment.toLowerCase())) return `has the component "${shown}", which must be lowercase`;
    return `has the component "${shown}", which is not lowercase letters and digits joined by ".", "_", "__" or "-" (OCI distribution name grammar)`;
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
  const shown = JSON.stringify(rest).slice(1, -1);
  if (/[\s\u0000-\u001f\u007f]/.test(rest)) throw new ReferenceError(`reference "${shown}" contains whitespace or control characters`);
  if (rest.startsWith("oci://")) rest = rest.slice("oci://".length);
  else if (/^[a-z][a-z0-9+.-]*:\/\//i.test(rest)) throw new ReferenceError(`reference "${shown}" has a scheme other than oci://`);
  let digest;
  const at = rest.lastIndexOf("@");
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
    if (!isDigest(digest)) throw new ReferenceError(`invalid digest "${digest}" in reference "${shown}"`);
  }
  const slash = rest.indexOf("/");
  if (slash < 0) {
    throw new ReferenceError(`reference "${shown}" has no repository: expected host[:port]/namespace/name[:tag]`);
  }
  const registry = rest.slice(0, slash);
  let path8 = rest.slice(slash + 1);
  if (!looksLikeHost(registry)) {
    throw new ReferenceError(`reference "${shown}" must start with a registry host (e.g. ghcr.io/${rest}); "${registry}" is not a host`);
  }
  if (!isValidRegistryHost(registry)) {
    throw new ReferenceError(`reference "${shown}": "${registry}" is not a registry host (a hostname or IP address, with an optional port)`);
  }
  let tag;
  const lastSlash = path8.lastIndexOf("/");
  const colon = path8.indexOf(":", lastSlash + 1);
  if (colon >= 0) {
    tag = path8.slice(colon + 1);
    path8 = path8.slice(0, colon);
    assertValidTag(tag);
  }
  if (path8 === "") throw new ReferenceError(`reference "${shown}" has an empty repository`);
  return { registry: registry.toLowerCase(), repository: path8, tag, digest };
}
function withOptional(base, tag, digest) {
  const ref = { ...base };
  if (tag !== void 0) ref.tag = tag;
  if (digest !== void 0) ref.digest = digest;
  return ref;
}
function checkRepository(registry, repository, input, hint = "") {
  const problem = repositoryNameProblem(repository);
  const shown = JSON.stringify(input.trim()).slice(1, -1);
  if (problem) throw new ReferenceError(`repository "${JSON.stringify(repository).slice(1, -1)}" in "${shown}" ${problem}${problem.includes("lowercase") ? hint : ""}`);
  if (registry.length + 1 + repository.length > MAX_NAME_LENGTH) {
    throw new ReferenceError(`"${shown}" is longer than ${MAX_NAME_LENGTH} characters (host/name), more than registries accept`);
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

// src/tools/git.ts
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path4 from "node:path";
function gitBinary(env = process.env) {
  return env.GIT_BIN || "git";
}
var NON_INTERACTIVE = { GIT_TERMINAL_PROMPT: "0", GIT_ASKPASS: "echo", SSH_ASKPASS: "echo", GCM_INTERACTIVE: "never" };
var Git = class {
  constructor(root, bin = gitBinary()) {
    this.root = root;
    this.bin = bin;
  }
  root;
  bin;
  args(args) {
    return ["-C", this.root, ...args];
  }
  env(extra = {}) {
    return { ...process.env, ...NON_INTERACTIVE, ...extra };
  }
  /** A config value (e.g. remote.origin.url), or undefined when unset or outside a repository. */
  configValue(key) {
    try {
      const result = execSync(this.bin, this.args(["config", "--get", key]));
      return result.code === 0 ? result.stdout.trim() || void 0 : void 0;
    } catch {
      return void 0;
    }
  }
  /** The commit HEAD points at, or undefined outside a repository (or without git). */
  headCommit() {
    try {
      const result = execSync(this.bin, this.args(["rev-parse", "HEAD"]));
      return result.code === 0 ? result.stdout.trim() || void 0 : void 0;
    } catch {
      return void 0;
    }
  }
  /** Runs a git command in the repository; a non-zero exit is a ToolError. */
  run(what, args, options = {}) {
    return execChecked(what, this.bin, this.args(args), { ...options, env: this.env(options.env) });
  }
  /** Runs a git command and returns its result whatever the exit code. */
  try(args, options = {}) {
    return exec(this.bin, this.args(args), { ...options, env: this.env(options.env) });
  }
  /** `git --version`, or undefined when git is not installed. */
  async version() {
    try {
      const result = await exec(this.bin, ["--version"]);
      return result.code === 0 ? /\d+\.\d+(\.\d+)?/.exec(result.stdout)?.[0] : void 0;
    } catch {
      return void 0;
    }
  }
  /**
   * Tracked files changed and untracked files present (ignored ones aside), as `git status
   * --porcelain` lines; `eachFile`: untracked directories listed file by file.
   */
  async changes(eachFile = false) {
    const { stdout } = await this.run("git status", ["status", "--porcelain=v1", "-z", `--untracked-files=${eachFile ? "all" : "normal"}`]);
    const records = stdout.split("\0");
    const lines = [];
    for (let i = 0; i < records.length; i++) {
      const record = records[i];
      if (!record) continue;
      lines.push(record);
      if (record[0] === "R" || record[0] === "C") i++;
    }
    return lines;
  }
  /** The branch HEAD is on, or undefined on a detached HEAD. */
  async currentBranch() {
    const result = await this.try(["symbolic-ref", "--quiet", "--short", "HEAD"]);
    return result.code === 0 ? result.stdout.trim() || void 0 : void 0;
  }
  async commitInfo(rev) {
    const { stdout } = await this.run(`git show ${rev}`, ["show", "--no-patch", "--format=%H%n%T%n%P%n%s", `${rev}^{commit}`, "--"]);
    const [sha = "", tree = "", parents = "", subject = ""] = stdout.split("\n");
    return { sha, tree, parents: parents.split(" ").filter(Boolean), subject };
  }
  /** Is the object in the local repository (e.g. a commit a remote tag points at, after a fetch)? */
  async hasObject(sha) {
    return (await this.try(["cat-file", "-e", `${sha}^{object}`])).code === 0;
  }
  /** The committer time of a commit, as a fixed GIT_*_DATE value. */
  async commitDate(rev) {
    const { stdout } = await this.run(`git show ${rev}`, ["show", "--no-patch", "--format=%ct", `${rev}^{commit}`, "--"]);
    return `@${stdout.trim()} +0000`;
  }
  /** Is `ancestor` reachable from `descendant`? */
  async isAncestor(ancestor, descendant) {
    const result = await this.try(["merge-base", "--is-ancestor", ancestor, descendant]);
    if (result.code > 1) throw new UserError(`git merge-base --is-ancestor ${ancestor} ${descendant} failed: ${result.stderr.trim()}`);
    return result.code === 0;
  }
  /** The commit a local tag peels to, or undefined. */
  async localTagCommit(tag) {
    const result = await this.try(["rev-parse", "--verify", "--quiet", `refs/tags/${tag}^{commit}`]);
    return result.code === 0 ? result.stdout.trim() : void 0;
  }
  /** The URL of a remote (for messages: credentials in it are cut out by the caller), or undefined. */
  async remoteUrl(remote) {
    const result = await this.try(["remote", "get-url", remote]);
    return result.code === 0 ? result.stdout.trim() || void 0 : void 0;
  }
  /**
   * The remote's refs matching `patterns` (e.g. `refs/tags/v*`, `refs/heads/main`): one read of the
   * remote. Annotated tags come with the commit they peel to.
   */
  async lsRemote(remote, patterns, timeoutMs = 6e4) {
    const withPeeled = patterns.flatMap((p) => p.startsWith("refs/tags/") && !/[*?[]/.test(p) ? [p, `${p}^{}`] : [p]);
    const { stdout } = await this.run(`git ls-remote ${remote}`, ["ls-remote", remote, ...withPeeled], { timeoutMs });
    const heads = /* @__PURE__ */ new Map();
    const objects = /* @__PURE__ */ new Map();
    const peeled = /* @__PURE__ */ new Map();
    for (const line of stdout.split("\n").filter(Boolean)) {
      const [sha = "", ref = ""] = line.split("	");
      if (ref.startsWith("refs/heads/")) heads.set(ref.slice("refs/heads/".length), sha);
      else if (ref.startsWith("refs/tags/") && ref.endsWith("^{}")) peeled.set(ref.slice("refs/tags/".length, -3), sha);
      else if (ref.startsWith("refs/tags/")) objects.set(ref.slice("refs/tags/".length), sha);
    }
    const tags = /* @__PURE__ */ new Map();
    for (const [name, object] of objects) {
      const commit = peeled.get(name);
      tags.set(name, { object, commit: commit ?? object, annotated: commit !== void 0 });
    }
    return { heads, tags };
  }
  /** Fetches refs (e.g. a tag the remote has, to compare its commit) without touching local branches or tags. */
  async fetch(remote, refspecs, timeoutMs = 5 * 6e4) {
    await this.run(`git fetch ${remote}`, ["fetch", "--quiet", "--no-tags", "--no-write-fetch-head", remote, ...refspecs], { timeoutMs });
  }
  /**
   * Makes the commit of `paths` as they are in the work tree on top of HEAD, without moving HEAD,
   * the branch or the index (a private index file): the release commit exists before anything is
   * built, so the image can name it as its revision. With a fixed identity and date the same
   * changes make the same commit again, so a re-run finds its own commit in the world.
   */
  async makeCommit(paths, message, identity) {
    const dir = mkdtempSync(path4.join(tmpdir(), "dot-ai-release-index-"));
    const env = { GIT_INDEX_FILE: path4.join(dir, "index") };
    try {
      await this.run("git read-tree HEAD", ["read-tree", "HEAD"], { env });
      if (paths.length) await this.run("git update-index", ["update-index", "--add", "--remove", "--", ...paths], { env });
      const tree = (await this.run("git write-tree", ["write-tree"], { env })).stdout.trim();
      const { stdout } = await this.run("git commit-tree", ["commit-tree", "--no-gpg-sign", tree, "-p", "HEAD", "-F", "-"], {
        stdin: message,
        env: identityEnv(identity)
      });
      return stdout.trim();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  /**
   * Moves the current branch from `from` to `to` (a fast-forward to a commit whose tree is the work
   * tree's) and refreshes the index, leaving the work tree as it is.
   */
  async advanceBranch(branch, from, to) {
    await this.run(`git update-ref refs/heads/${branch}`, ["update-ref", "-m", "dot-ai-release: release commit", `refs/heads/${branch}`, to, from]);
    await this.run("git reset", ["reset", "--quiet"]);
  }
  /** An annotated tag (a tag object, which `git push` of its refspec sends), made with a fixed tagger and date. */
  async createAnnotatedTag(tag, commit, message, identity) {
    await this.run(`git tag ${tag}`, ["tag", "--annotate", "--no-sign", "--file", "-", tag, commit], { stdin: message, env: identityEnv(identity) });
  }
  /** Deletes a local tag (one this run made and could not push); a missing one is fine. */
  async deleteLocalTag(tag) {
    await this.try(["tag", "--delete", tag]);
  }
  /** Pushes refspecs; `atomic`: all of them or none. Returns git's output for the report. */
  async push(remote, refspecs, options = {}) {
    return this.try(
      ["push", "--porcelain", ...options.atomic ? ["--atomic"] : [], ...options.force ? ["--force"] : [], ...options.dryRun ? ["--dry-run"] : [], remote, ...refspecs],
      { timeoutMs: options.timeoutMs ?? 5 * 6e4 }
    );
  }
};
function identityEnv(identity) {
  return {
    GIT_AUTHOR_NAME: identity.name,
    GIT_AUTHOR_EMAIL: identity.email,
    GIT_AUTHOR_DATE: identity.date,
    GIT_COMMITTER_NAME: identity.name,
    GIT_COMMITTER_EMAIL: identity.email,
    GIT_COMMITTER_DATE: identity.date
  };
}

// src/config/config.ts
import { readdirSync, statSync as statSync2 } from "node:fs";
import path6 from "node:path";

// src/config/file.ts
var import_yaml4 = __toESM(require_dist(), 1);
import path5 from "node:path";

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
  const positive = (v, at, p) => typeof v === "number" && Number.isInteger(v) && v > 0 || fail(p, at, `expected a positive whole number, got ${typeName(v)}`);
  const count = (v, at, p) => typeof v === "number" && Number.isInteger(v) && v >= 0 || fail(p, at, `expected a whole number, got ${typeName(v)}`);
  const boolean = (v, at, p) => typeof v === "boolean" || fail(p, at, `expected true or false, got ${typeName(v)}`);
  const anyMap = (v, at, p) => typeof v === "object" && v !== null && !Array.isArray(v) || fail(p, at, `expected a map, got ${typeName(v)}`);
  const stringMap = (v, at, p) => {
    if (!anyMap(v, at, p)) return false;
    return Object.entries(v).map(([k, x]) => ["string", "number", "boolean"].includes(typeof x) || fail(p, `${at}.${k}`, `expected a string, got ${typeName(x)}`)).every(Boolean);
  };
  return { fail, string, imageName, oneOf, falseOr, list, anyOf, map, positive, count, boolean, anyMap, stringMap };
}
function validateConfig(value, file) {
  const { fail, string, imageName, oneOf, falseOr, list, anyOf, map, positive, count, boolean, anyMap, stringMap } = validator(file);
  const probe = map({ mcpPath: string, health: anyOf(string, (v) => v === ""), tool: string, toolArgs: anyMap, expect: string, tools: list(string), serverName: string, followUps: count, headers: stringMap, json: anyMap, jsonWithin: count });
  const methodName = (v, at, p) => {
    if (!string(v, at, p)) return false;
    return METHOD_NAME.test(v) || fail(p, at, `${JSON.stringify(visible(v))} is not a method name (lowercase letters, digits and -, starting with a letter or digit, at most 63)`);
  };
  const envName = (v, at, p) => string(v, at, p) && /^[A-Za-z_][A-Za-z0-9_]*$/.test(v) || fail(p, at, `${JSON.stringify(v)} is not an environment variable name`);
  const headerName = (v, at, p) => string(v, at, p) && /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(v) || fail(p, at, `${JSON.stringify(v)} is not a header name`);
  const auth = falseOr(map({ token: oneOf("generate", "input"), env: envName, set: string, header: headerName }));
  const plugin = map({ name: methodName, image: string, port: positive, env: stringMap }, ["name", "image"]);
  const method = map(
    {
      name: methodName,
      kind: oneOf("docker", "compose", "kustomize", "helm", "toolhive"),
      files: list(string),
      values: list(string),
      set: stringMap,
      service: string,
      port: positive,
      externalQdrant: boolean,
      env: stringMap,
      probe,
      timeout: positive,
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
    chart: falseOr(map({ path: string, versioning: oneOf("follow", "independent"), repository: string })),
    images: list(map({ name: imageName, valuesPath: string }, ["name"])),
    references: list(string),
    fields: list(map({ file: string, path: string, stream: oneOf("app", "chart") }, ["file", "path"])),
    smoke: map({ provider: oneOf("kind", "cluster", "docker"), parallel: positive, timeout: positive, qdrantImage: string, probe, methods: list(method) }),
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
  const text = readRepoText(root, path5.normalize(file), file);
  const doc = (0, import_yaml4.parseDocument)(text, { uniqueKeys: true, prettyErrors: false });
  const err = doc.errors[0];
  if (err) throw yamlError(text, file, err);
  if (doc.contents !== null && !(0, import_yaml4.isMap)(doc.contents)) {
    throw new UserError(`${file}: expected a map of settings at the top level, got ${(0, import_yaml4.isSeq)(doc.contents) ? "a list" : "a scalar"}`);
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
  let path8;
  const withScheme = /^([a-z][a-z0-9+.-]*):\/\/([^/]*)(\/.*)?$/i.exec(remote);
  if (withScheme) {
    const [, scheme, authority, rest] = withScheme;
    if (scheme.toLowerCase() === "file" || !authority) return void 0;
    path8 = rest ?? "";
  } else {
    const scp = /^(?:[^@/]+@)?([^/:]+):(.+)$/.exec(remote);
    if (!scp || /^[a-z]$/i.test(scp[1]) || scp[2].startsWith("\\")) return void 0;
    path8 = scp[2];
  }
  const match = /^\/?(?:.*\/)?([^/]+)\/([^/]+?)(?:\.git)?\/?$/.exec(path8);
  if (!match || match[1] === "." || match[1] === ".." || match[2] === "." || match[2] === "..") return void 0;
  return { owner: match[1], repo: match[2] };
}
function detectRepository(root, env = process.env) {
  const fromEnv = env.GITHUB_REPOSITORY?.split("/");
  if (fromEnv?.length === 2 && fromEnv[0] && fromEnv[1]) {
    return { owner: fromEnv[0].toLowerCase(), repo: fromEnv[1].toLowerCase(), source: "GITHUB_REPOSITORY" };
  }
  const url = new Git(root).configValue("remote.origin.url");
  if (!url) return void 0;
  const parsed = parseRemoteUrl(url);
  return parsed && { owner: parsed.owner.toLowerCase(), repo: parsed.repo.toLowerCase(), source: "git remote" };
}

// src/config/config.ts
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
  const file = path6.posix.join(dir, "Chart.yaml");
  if (!existsInRepo(root, file)) throw new UserError(`${what}: ${file} not found`);
  return parseChartYaml(readRepoText(root, file), file).name;
}
function discoverChart(root) {
  if (existsInRepo(root, "charts/Chart.yaml")) return "charts";
  let entries;
  try {
    if (!existsInRepo(root, "charts") || !statSync2(path6.join(root, "charts")).isDirectory()) return void 0;
    entries = readdirSync(path6.join(root, "charts"), { withFileTypes: true });
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
  const walk = (relative, depth) => {
    let entries;
    try {
      entries = readdirSync(path6.join(root, relative), { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const child = relative ? `${relative}/${entry.name}` : entry.name;
      if (entry.isFile() && entry.name === "Chart.yaml") found.push(child);
      else if (entry.isDirectory() && depth < 4 && !entry.name.startsWith(".") && entry.name !== "node_modules" && child !== "dist") {
        if (!(entry.name === "charts" && /(^|\/)charts\/[^/]+$/.test(relative))) walk(child, depth + 1);
      }
    }
  };
  walk("", 0);
  return found.sort();
}
function checkedPath(root, relative, what) {
  const absolute = resolveInRepo(root, relative, what);
  assertInsideRepo(root, absolute, what);
  return path6.posix.normalize(relative.split(path6.sep).join("/"));
}
function loadConfig(root, overrides = {}, env = process.env) {
  const { file: configFile, config } = readConfigFile(root, overrides.config && checkedPath(root, overrides.config, "input config"));
  const where = configFile ?? CONFIG_FILE;
  const problems = new Problems();
  const notices = [];
  let repository;
  const repo = () => repository ??= detectRepository(root, env);
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
      const owner = repo()?.owner;
      chart = {
        dir,
        name: chartName(root, dir, what),
        versioning,
        repository: configured ?? (owner ? `oci://ghcr.io/${owner}/charts` : void 0),
        explicit: chartSetting !== void 0
      };
    });
    chartFailed = problems.count > before;
  }
  let images;
  const declared = (config.images ?? []).map((img, i) => ({ ...img, origin: `${where}: images[${i}]`, explicit: true }));
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
    const field = config.version.field ?? (file && path6.basename(file) === "Chart.yaml" ? "appVersion" : "version");
    if (file) versionSource = { file, field, origin: `${where}: version.source` };
  } else if (packageJsons[0]) {
    versionSource = { file: packageJsons[0].file, field: config.version?.field ?? "version", origin: "default version source" };
  } else if (chart) {
    versionSource = { file: `${chart.dir}/Chart.yaml`, field: "appVersion", origin: "default version source" };
  } else if (!chartFailed && problems.count === 0) {
    problems.add(`${where}: version.source: nothing holds the version (no package.json and no chart); set version.source`);
  }
  problems.throwIfAny();
  return {
    root,
    configFile,
    repository,
    versionSource,
    packageJsons,
    serverJson,
    chart,
    images,
    references,
    fields,
    notices,
    smoke: config.smoke
  };
}

// src/config/options.ts
import { existsSync, statSync as statSync3 } from "node:fs";
import path7 from "node:path";
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
function repositoryRoot(options) {
  const dir = path7.resolve(stringOption(options, "working-directory") ?? ".");
  if (!existsSync(dir) || !statSync3(dir).isDirectory()) {
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
  lineAt,
  lineIndex,
  parseYaml,
  require_semver2 as require_semver,
  quote,
  parseReleaseVersion,
  parseBumpKind,
  parsePreid,
  bump,
  isSemver,
  compare,
  resolveInRepo,
  assertInsideRepo,
  parseChartYaml,
  readChartYaml,
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
  CONFIG_FILE,
  Git,
  loadConfig,
  withDefaults,
  stringOption,
  booleanOption,
  listOption,
  repositoryRoot,
  configOverrides
};
