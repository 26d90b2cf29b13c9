import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  require_formats
} from "./chunk-2Y5LXIYX.js";
import {
  require_ucs2length,
  require_validation_error
} from "./chunk-J2HZHSML.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-HANBNIMK.js";

// node_modules/uri-js/dist/es5/uri.all.js
var require_uri_all = __commonJS({
  "node_modules/uri-js/dist/es5/uri.all.js"(exports, module) {
    (function(global, factory) {
      typeof exports === "object" && typeof module !== "undefined" ? factory(exports) : typeof define === "function" && define.amd ? define(["exports"], factory) : factory(global.URI = global.URI || {});
    })(exports, (function(exports2) {
      "use strict";
      function merge() {
        for (var _len = arguments.length, sets = Array(_len), _key = 0; _key < _len; _key++) {
          sets[_key] = arguments[_key];
        }
        if (sets.length > 1) {
          sets[0] = sets[0].slice(0, -1);
          var xl = sets.length - 1;
          for (var x = 1; x < xl; ++x) {
            sets[x] = sets[x].slice(1, -1);
          }
          sets[xl] = sets[xl].slice(1);
          return sets.join("");
        } else {
          return sets[0];
        }
      }
      function subexp(str) {
        return "(?:" + str + ")";
      }
      function typeOf(o) {
        return o === void 0 ? "undefined" : o === null ? "null" : Object.prototype.toString.call(o).split(" ").pop().split("]").shift().toLowerCase();
      }
      function toUpperCase(str) {
        return str.toUpperCase();
      }
      function toArray(obj) {
        return obj !== void 0 && obj !== null ? obj instanceof Array ? obj : typeof obj.length !== "number" || obj.split || obj.setInterval || obj.call ? [obj] : Array.prototype.slice.call(obj) : [];
      }
      function assign(target, source) {
        var obj = target;
        if (source) {
          for (var key in source) {
            obj[key] = source[key];
          }
        }
        return obj;
      }
      function buildExps(isIRI2) {
        var ALPHA$$ = "[A-Za-z]", CR$ = "[\\x0D]", DIGIT$$ = "[0-9]", DQUOTE$$ = "[\\x22]", HEXDIG$$2 = merge(DIGIT$$, "[A-Fa-f]"), LF$$ = "[\\x0A]", SP$$ = "[\\x20]", PCT_ENCODED$2 = subexp(subexp("%[EFef]" + HEXDIG$$2 + "%" + HEXDIG$$2 + HEXDIG$$2 + "%" + HEXDIG$$2 + HEXDIG$$2) + "|" + subexp("%[89A-Fa-f]" + HEXDIG$$2 + "%" + HEXDIG$$2 + HEXDIG$$2) + "|" + subexp("%" + HEXDIG$$2 + HEXDIG$$2)), GEN_DELIMS$$ = "[\\:\\/\\?\\#\\[\\]\\@]", SUB_DELIMS$$ = "[\\!\\$\\&\\'\\(\\)\\*\\+\\,\\;\\=]", RESERVED$$ = merge(GEN_DELIMS$$, SUB_DELIMS$$), UCSCHAR$$ = isIRI2 ? "[\\xA0-\\u200D\\u2010-\\u2029\\u202F-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFEF]" : "[]", IPRIVATE$$ = isIRI2 ? "[\\uE000-\\uF8FF]" : "[]", UNRESERVED$$2 = merge(ALPHA$$, DIGIT$$, "[\\-\\.\\_\\~]", UCSCHAR$$), SCHEME$ = subexp(ALPHA$$ + merge(ALPHA$$, DIGIT$$, "[\\+\\-\\.]") + "*"), USERINFO$ = subexp(subexp(PCT_ENCODED$2 + "|" + merge(UNRESERVED$$2, SUB_DELIMS$$, "[\\:]")) + "*"), DEC_OCTET$ = subexp(subexp("25[0-5]") + "|" + subexp("2[0-4]" + DIGIT$$) + "|" + subexp("1" + DIGIT$$ + DIGIT$$) + "|" + subexp("[1-9]" + DIGIT$$) + "|" + DIGIT$$), DEC_OCTET_RELAXED$ = subexp(subexp("25[0-5]") + "|" + subexp("2[0-4]" + DIGIT$$) + "|" + subexp("1" + DIGIT$$ + DIGIT$$) + "|" + subexp("0?[1-9]" + DIGIT$$) + "|0?0?" + DIGIT$$), IPV4ADDRESS$ = subexp(DEC_OCTET_RELAXED$ + "\\." + DEC_OCTET_RELAXED$ + "\\." + DEC_OCTET_RELAXED$ + "\\." + DEC_OCTET_RELAXED$), H16$ = subexp(HEXDIG$$2 + "{1,4}"), LS32$ = subexp(subexp(H16$ + "\\:" + H16$) + "|" + IPV4ADDRESS$), IPV6ADDRESS1$ = subexp(subexp(H16$ + "\\:") + "{6}" + LS32$), IPV6ADDRESS2$ = subexp("\\:\\:" + subexp(H16$ + "\\:") + "{5}" + LS32$), IPV6ADDRESS3$ = subexp(subexp(H16$) + "?\\:\\:" + subexp(H16$ + "\\:") + "{4}" + LS32$), IPV6ADDRESS4$ = subexp(subexp(subexp(H16$ + "\\:") + "{0,1}" + H16$) + "?\\:\\:" + subexp(H16$ + "\\:") + "{3}" + LS32$), IPV6ADDRESS5$ = subexp(subexp(subexp(H16$ + "\\:") + "{0,2}" + H16$) + "?\\:\\:" + subexp(H16$ + "\\:") + "{2}" + LS32$), IPV6ADDRESS6$ = subexp(subexp(subexp(H16$ + "\\:") + "{0,3}" + H16$) + "?\\:\\:" + H16$ + "\\:" + LS32$), IPV6ADDRESS7$ = subexp(subexp(subexp(H16$ + "\\:") + "{0,4}" + H16$) + "?\\:\\:" + LS32$), IPV6ADDRESS8$ = subexp(subexp(subexp(H16$ + "\\:") + "{0,5}" + H16$) + "?\\:\\:" + H16$), IPV6ADDRESS9$ = subexp(subexp(subexp(H16$ + "\\:") + "{0,6}" + H16$) + "?\\:\\:"), IPV6ADDRESS$ = subexp([IPV6ADDRESS1$, IPV6ADDRESS2$, IPV6ADDRESS3$, IPV6ADDRESS4$, IPV6ADDRESS5$, IPV6ADDRESS6$, IPV6ADDRESS7$, IPV6ADDRESS8$, IPV6ADDRESS9$].join("|")), ZONEID$ = subexp(subexp(UNRESERVED$$2 + "|" + PCT_ENCODED$2) + "+"), IPV6ADDRZ$ = subexp(IPV6ADDRESS$ + "\\%25" + ZONEID$), IPV6ADDRZ_RELAXED$ = subexp(IPV6ADDRESS$ + subexp("\\%25|\\%(?!" + HEXDIG$$2 + "{2})") + ZONEID$), IPVFUTURE$ = subexp("[vV]" + HEXDIG$$2 + "+\\." + merge(UNRESERVED$$2, SUB_DELIMS$$, "[\\:]") + "+"), IP_LITERAL$ = subexp("\\[" + subexp(IPV6ADDRZ_RELAXED$ + "|" + IPV6ADDRESS$ + "|" + IPVFUTURE$) + "\\]"), REG_NAME$ = subexp(subexp(PCT_ENCODED$2 + "|" + merge(UNRESERVED$$2, SUB_DELIMS$$)) + "*"), HOST$ = subexp(IP_LITERAL$ + "|" + IPV4ADDRESS$ + "(?!" + REG_NAME$ + ")|" + REG_NAME$), PORT$ = subexp(DIGIT$$ + "*"), AUTHORITY$ = subexp(subexp(USERINFO$ + "@") + "?" + HOST$ + subexp("\\:" + PORT$) + "?"), PCHAR$ = subexp(PCT_ENCODED$2 + "|" + merge(UNRESERVED$$2, SUB_DELIMS$$, "[\\:\\@]")), SEGMENT$ = subexp(PCHAR$ + "*"), SEGMENT_NZ$ = subexp(PCHAR$ + "+"), SEGMENT_NZ_NC$ = subexp(subexp(PCT_ENCODED$2 + "|" + merge(UNRESERVED$$2, SUB_DELIMS$$, "[\\@]")) + "+"), PATH_ABEMPTY$ = subexp(subexp("\\/" + SEGMENT$) + "*"), PATH_ABSOLUTE$ = subexp("\\/" + subexp(SEGMENT_NZ$ + PATH_ABEMPTY$) + "?"), PATH_NOSCHEME$ = subexp(SEGMENT_NZ_NC$ + PATH_ABEMPTY$), PATH_ROOTLESS$ = subexp(SEGMENT_NZ$ + PATH_ABEMPTY$), PATH_EMPTY$ = "(?!" + PCHAR$ + ")", PATH$ = subexp(PATH_ABEMPTY$ + "|" + PATH_ABSOLUTE$ + "|" + PATH_NOSCHEME$ + "|" + PATH_ROOTLESS$ + "|" + PATH_EMPTY$), QUERY$ = subexp(subexp(PCHAR$ + "|" + merge("[\\/\\?]", IPRIVATE$$)) + "*"), FRAGMENT$ = subexp(subexp(PCHAR$ + "|[\\/\\?]") + "*"), HIER_PART$ = subexp(subexp("\\/\\/" + AUTHORITY$ + PATH_ABEMPTY$) + "|" + PATH_ABSOLUTE$ + "|" + PATH_ROOTLESS$ + "|" + PATH_EMPTY$), URI$ = subexp(SCHEME$ + "\\:" + HIER_PART$ + subexp("\\?" + QUERY$) + "?" + subexp("\\#" + FRAGMENT$) + "?"), RELATIVE_PART$ = subexp(subexp("\\/\\/" + AUTHORITY$ + PATH_ABEMPTY$) + "|" + PATH_ABSOLUTE$ + "|" + PATH_NOSCHEME$ + "|" + PATH_EMPTY$), RELATIVE$ = subexp(RELATIVE_PART$ + subexp("\\?" + QUERY$) + "?" + subexp("\\#" + FRAGMENT$) + "?"), URI_REFERENCE$ = subexp(URI$ + "|" + RELATIVE$), ABSOLUTE_URI$ = subexp(SCHEME$ + "\\:" + HIER_PART$ + subexp("\\?" + QUERY$) + "?"), GENERIC_REF$ = "^(" + SCHEME$ + ")\\:" + subexp(subexp("\\/\\/(" + subexp("(" + USERINFO$ + ")@") + "?(" + HOST$ + ")" + subexp("\\:(" + PORT$ + ")") + "?)") + "?(" + PATH_ABEMPTY$ + "|" + PATH_ABSOLUTE$ + "|" + PATH_ROOTLESS$ + "|" + PATH_EMPTY$ + ")") + subexp("\\?(" + QUERY$ + ")") + "?" + subexp("\\#(" + FRAGMENT$ + ")") + "?$", RELATIVE_REF$ = "^(){0}" + subexp(subexp("\\/\\/(" + subexp("(" + USERINFO$ + ")@") + "?(" + HOST$ + ")" + subexp("\\:(" + PORT$ + ")") + "?)") + "?(" + PATH_ABEMPTY$ + "|" + PATH_ABSOLUTE$ + "|" + PATH_NOSCHEME$ + "|" + PATH_EMPTY$ + ")") + subexp("\\?(" + QUERY$ + ")") + "?" + subexp("\\#(" + FRAGMENT$ + ")") + "?$", ABSOLUTE_REF$ = "^(" + SCHEME$ + ")\\:" + subexp(subexp("\\/\\/(" + subexp("(" + USERINFO$ + ")@") + "?(" + HOST$ + ")" + subexp("\\:(" + PORT$ + ")") + "?)") + "?(" + PATH_ABEMPTY$ + "|" + PATH_ABSOLUTE$ + "|" + PATH_ROOTLESS$ + "|" + PATH_EMPTY$ + ")") + subexp("\\?(" + QUERY$ + ")") + "?$", SAMEDOC_REF$ = "^" + subexp("\\#(" + FRAGMENT$ + ")") + "?$", AUTHORITY_REF$ = "^" + subexp("(" + USERINFO$ + ")@") + "?(" + HOST$ + ")" + subexp("\\:(" + PORT$ + ")") + "?$";
        return {
          NOT_SCHEME: new RegExp(merge("[^]", ALPHA$$, DIGIT$$, "[\\+\\-\\.]"), "g"),
          NOT_USERINFO: new RegExp(merge("[^\\%\\:]", UNRESERVED$$2, SUB_DELIMS$$), "g"),
          NOT_HOST: new RegExp(merge("[^\\%\\[\\]\\:]", UNRESERVED$$2, SUB_DELIMS$$), "g"),
          NOT_PATH: new RegExp(merge("[^\\%\\/\\:\\@]", UNRESERVED$$2, SUB_DELIMS$$), "g"),
          NOT_PATH_NOSCHEME: new RegExp(merge("[^\\%\\/\\@]", UNRESERVED$$2, SUB_DELIMS$$), "g"),
          NOT_QUERY: new RegExp(merge("[^\\%]", UNRESERVED$$2, SUB_DELIMS$$, "[\\:\\@\\/\\?]", IPRIVATE$$), "g"),
          NOT_FRAGMENT: new RegExp(merge("[^\\%]", UNRESERVED$$2, SUB_DELIMS$$, "[\\:\\@\\/\\?]"), "g"),
          ESCAPE: new RegExp(merge("[^]", UNRESERVED$$2, SUB_DELIMS$$), "g"),
          UNRESERVED: new RegExp(UNRESERVED$$2, "g"),
          OTHER_CHARS: new RegExp(merge("[^\\%]", UNRESERVED$$2, RESERVED$$), "g"),
          PCT_ENCODED: new RegExp(PCT_ENCODED$2, "g"),
          IPV4ADDRESS: new RegExp("^(" + IPV4ADDRESS$ + ")$"),
          IPV6ADDRESS: new RegExp("^\\[?(" + IPV6ADDRESS$ + ")" + subexp(subexp("\\%25|\\%(?!" + HEXDIG$$2 + "{2})") + "(" + ZONEID$ + ")") + "?\\]?$")
          //RFC 6874, with relaxed parsing rules
        };
      }
      var URI_PROTOCOL = buildExps(false);
      var IRI_PROTOCOL = buildExps(true);
      var slicedToArray = /* @__PURE__ */ (function() {
        function sliceIterator(arr, i) {
          var _arr = [];
          var _n = true;
          var _d = false;
          var _e = void 0;
          try {
            for (var _i = arr[Symbol.iterator](), _s; !(_n = (_s = _i.next()).done); _n = true) {
              _arr.push(_s.value);
              if (i && _arr.length === i) break;
            }
          } catch (err) {
            _d = true;
            _e = err;
          } finally {
            try {
              if (!_n && _i["return"]) _i["return"]();
            } finally {
              if (_d) throw _e;
            }
          }
          return _arr;
        }
        return function(arr, i) {
          if (Array.isArray(arr)) {
            return arr;
          } else if (Symbol.iterator in Object(arr)) {
            return sliceIterator(arr, i);
          } else {
            throw new TypeError("Invalid attempt to destructure non-iterable instance");
          }
        };
      })();
      var toConsumableArray = function(arr) {
        if (Array.isArray(arr)) {
          for (var i = 0, arr2 = Array(arr.length); i < arr.length; i++) arr2[i] = arr[i];
          return arr2;
        } else {
          return Array.from(arr);
        }
      };
      var maxInt = 2147483647;
      var base = 36;
      var tMin = 1;
      var tMax = 26;
      var skew = 38;
      var damp = 700;
      var initialBias = 72;
      var initialN = 128;
      var delimiter = "-";
      var regexPunycode = /^xn--/;
      var regexNonASCII = /[^\0-\x7E]/;
      var regexSeparators = /[\x2E\u3002\uFF0E\uFF61]/g;
      var errors = {
        "overflow": "Overflow: input needs wider integers to process",
        "not-basic": "Illegal input >= 0x80 (not a basic code point)",
        "invalid-input": "Invalid input"
      };
      var baseMinusTMin = base - tMin;
      var floor = Math.floor;
      var stringFromCharCode = String.fromCharCode;
      function error$1(type) {
        throw new RangeError(errors[type]);
      }
      function map(array, fn) {
        var result = [];
        var length = array.length;
        while (length--) {
          result[length] = fn(array[length]);
        }
        return result;
      }
      function mapDomain(string, fn) {
        var parts = string.split("@");
        var result = "";
        if (parts.length > 1) {
          result = parts[0] + "@";
          string = parts[1];
        }
        string = string.replace(regexSeparators, ".");
        var labels = string.split(".");
        var encoded = map(labels, fn).join(".");
        return result + encoded;
      }
      function ucs2decode(string) {
        var output = [];
        var counter = 0;
        var length = string.length;
        while (counter < length) {
          var value = string.charCodeAt(counter++);
          if (value >= 55296 && value <= 56319 && counter < length) {
            var extra = string.charCodeAt(counter++);
            if ((extra & 64512) == 56320) {
              output.push(((value & 1023) << 10) + (extra & 1023) + 65536);
            } else {
              output.push(value);
              counter--;
            }
          } else {
            output.push(value);
          }
        }
        return output;
      }
      var ucs2encode = function ucs2encode2(array) {
        return String.fromCodePoint.apply(String, toConsumableArray(array));
      };
      var basicToDigit = function basicToDigit2(codePoint) {
        if (codePoint - 48 < 10) {
          return codePoint - 22;
        }
        if (codePoint - 65 < 26) {
          return codePoint - 65;
        }
        if (codePoint - 97 < 26) {
          return codePoint - 97;
        }
        return base;
      };
      var digitToBasic = function digitToBasic2(digit, flag) {
        return digit + 22 + 75 * (digit < 26) - ((flag != 0) << 5);
      };
      var adapt = function adapt2(delta, numPoints, firstTime) {
        var k = 0;
        delta = firstTime ? floor(delta / damp) : delta >> 1;
        delta += floor(delta / numPoints);
        for (
          ;
          /* no initialization */
          delta > baseMinusTMin * tMax >> 1;
          k += base
        ) {
          delta = floor(delta / baseMinusTMin);
        }
        return floor(k + (baseMinusTMin + 1) * delta / (delta + skew));
      };
      var decode = function decode2(input) {
        var output = [];
        var inputLength = input.length;
        var i = 0;
        var n = initialN;
        var bias = initialBias;
        var basic = input.lastIndexOf(delimiter);
        if (basic < 0) {
          basic = 0;
        }
        for (var j = 0; j < basic; ++j) {
          if (input.charCodeAt(j) >= 128) {
            error$1("not-basic");
          }
          output.push(input.charCodeAt(j));
        }
        for (var index = basic > 0 ? basic + 1 : 0; index < inputLength; ) {
          var oldi = i;
          for (
            var w = 1, k = base;
            ;
            /* no condition */
            k += base
          ) {
            if (index >= inputLength) {
              error$1("invalid-input");
            }
            var digit = basicToDigit(input.charCodeAt(index++));
            if (digit >= base || digit > floor((maxInt - i) / w)) {
              error$1("overflow");
            }
            i += digit * w;
            var t = k <= bias ? tMin : k >= bias + tMax ? tMax : k - bias;
            if (digit < t) {
              break;
            }
            var baseMinusT = base - t;
            if (w > floor(maxInt / baseMinusT)) {
              error$1("overflow");
            }
            w *= baseMinusT;
          }
          var out = output.length + 1;
          bias = adapt(i - oldi, out, oldi == 0);
          if (floor(i / out) > maxInt - n) {
            error$1("overflow");
          }
          n += floor(i / out);
          i %= out;
          output.splice(i++, 0, n);
        }
        return String.fromCodePoint.apply(String, output);
      };
      var encode = function encode2(input) {
        var output = [];
        input = ucs2decode(input);
        var inputLength = input.length;
        var n = initialN;
        var delta = 0;
        var bias = initialBias;
        var _iteratorNormalCompletion = true;
        var _didIteratorError = false;
        var _iteratorError = void 0;
        try {
          for (var _iterator = input[Symbol.iterator](), _step; !(_iteratorNormalCompletion = (_step = _iterator.next()).done); _iteratorNormalCompletion = true) {
            var _currentValue2 = _step.value;
            if (_currentValue2 < 128) {
              output.push(stringFromCharCode(_currentValue2));
            }
          }
        } catch (err) {
          _didIteratorError = true;
          _iteratorError = err;
        } finally {
          try {
            if (!_iteratorNormalCompletion && _iterator.return) {
              _iterator.return();
            }
          } finally {
            if (_didIteratorError) {
              throw _iteratorError;
            }
          }
        }
        var basicLength = output.length;
        var handledCPCount = basicLength;
        if (basicLength) {
          output.push(delimiter);
        }
        while (handledCPCount < inputLength) {
          var m = maxInt;
          var _iteratorNormalCompletion2 = true;
          var _didIteratorError2 = false;
          var _iteratorError2 = void 0;
          try {
            for (var _iterator2 = input[Symbol.iterator](), _step2; !(_iteratorNormalCompletion2 = (_step2 = _iterator2.next()).done); _iteratorNormalCompletion2 = true) {
              var currentValue = _step2.value;
              if (currentValue >= n && currentValue < m) {
                m = currentValue;
              }
            }
          } catch (err) {
            _didIteratorError2 = true;
            _iteratorError2 = err;
          } finally {
            try {
              if (!_iteratorNormalCompletion2 && _iterator2.return) {
                _iterator2.return();
              }
            } finally {
              if (_didIteratorError2) {
                throw _iteratorError2;
              }
            }
          }
          var handledCPCountPlusOne = handledCPCount + 1;
          if (m - n > floor((maxInt - delta) / handledCPCountPlusOne)) {
            error$1("overflow");
          }
          delta += (m - n) * handledCPCountPlusOne;
          n = m;
          var _iteratorNormalCompletion3 = true;
          var _didIteratorError3 = false;
          var _iteratorError3 = void 0;
          try {
            for (var _iterator3 = input[Symbol.iterator](), _step3; !(_iteratorNormalCompletion3 = (_step3 = _iterator3.next()).done); _iteratorNormalCompletion3 = true) {
              var _currentValue = _step3.value;
              if (_currentValue < n && ++delta > maxInt) {
                error$1("overflow");
              }
              if (_currentValue == n) {
                var q = delta;
                for (
                  var k = base;
                  ;
                  /* no condition */
                  k += base
                ) {
                  var t = k <= bias ? tMin : k >= bias + tMax ? tMax : k - bias;
                  if (q < t) {
                    break;
                  }
                  var qMinusT = q - t;
                  var baseMinusT = base - t;
                  output.push(stringFromCharCode(digitToBasic(t + qMinusT % baseMinusT, 0)));
                  q = floor(qMinusT / baseMinusT);
                }
                output.push(stringFromCharCode(digitToBasic(q, 0)));
                bias = adapt(delta, handledCPCountPlusOne, handledCPCount == basicLength);
                delta = 0;
                ++handledCPCount;
              }
            }
          } catch (err) {
            _didIteratorError3 = true;
            _iteratorError3 = err;
          } finally {
            try {
              if (!_iteratorNormalCompletion3 && _iterator3.return) {
                _iterator3.return();
              }
            } finally {
              if (_didIteratorError3) {
                throw _iteratorError3;
              }
            }
          }
          ++delta;
          ++n;
        }
        return output.join("");
      };
      var toUnicode = function toUnicode2(input) {
        return mapDomain(input, function(string) {
          return regexPunycode.test(string) ? decode(string.slice(4).toLowerCase()) : string;
        });
      };
      var toASCII = function toASCII2(input) {
        return mapDomain(input, function(string) {
          return regexNonASCII.test(string) ? "xn--" + encode(string) : string;
        });
      };
      var punycode = {
        /**
         * A string representing the current Punycode.js version number.
         * @memberOf punycode
         * @type String
         */
        "version": "2.1.0",
        /**
         * An object of methods to convert from JavaScript's internal character
         * representation (UCS-2) to Unicode code points, and back.
         * @see <https://mathiasbynens.be/notes/javascript-encoding>
         * @memberOf punycode
         * @type Object
         */
        "ucs2": {
          "decode": ucs2decode,
          "encode": ucs2encode
        },
        "decode": decode,
        "encode": encode,
        "toASCII": toASCII,
        "toUnicode": toUnicode
      };
      var SCHEMES = {};
      function pctEncChar(chr) {
        var c = chr.charCodeAt(0);
        var e = void 0;
        if (c < 16) e = "%0" + c.toString(16).toUpperCase();
        else if (c < 128) e = "%" + c.toString(16).toUpperCase();
        else if (c < 2048) e = "%" + (c >> 6 | 192).toString(16).toUpperCase() + "%" + (c & 63 | 128).toString(16).toUpperCase();
        else e = "%" + (c >> 12 | 224).toString(16).toUpperCase() + "%" + (c >> 6 & 63 | 128).toString(16).toUpperCase() + "%" + (c & 63 | 128).toString(16).toUpperCase();
        return e;
      }
      function pctDecChars(str) {
        var newStr = "";
        var i = 0;
        var il = str.length;
        while (i < il) {
          var c = parseInt(str.substr(i + 1, 2), 16);
          if (c < 128) {
            newStr += String.fromCharCode(c);
            i += 3;
          } else if (c >= 194 && c < 224) {
            if (il - i >= 6) {
              var c2 = parseInt(str.substr(i + 4, 2), 16);
              newStr += String.fromCharCode((c & 31) << 6 | c2 & 63);
            } else {
              newStr += str.substr(i, 6);
            }
            i += 6;
          } else if (c >= 224) {
            if (il - i >= 9) {
              var _c = parseInt(str.substr(i + 4, 2), 16);
              var c3 = parseInt(str.substr(i + 7, 2), 16);
              newStr += String.fromCharCode((c & 15) << 12 | (_c & 63) << 6 | c3 & 63);
            } else {
              newStr += str.substr(i, 9);
            }
            i += 9;
          } else {
            newStr += str.substr(i, 3);
            i += 3;
          }
        }
        return newStr;
      }
      function _normalizeComponentEncoding(components, protocol) {
        function decodeUnreserved2(str) {
          var decStr = pctDecChars(str);
          return !decStr.match(protocol.UNRESERVED) ? str : decStr;
        }
        if (components.scheme) components.scheme = String(components.scheme).replace(protocol.PCT_ENCODED, decodeUnreserved2).toLowerCase().replace(protocol.NOT_SCHEME, "");
        if (components.userinfo !== void 0) components.userinfo = String(components.userinfo).replace(protocol.PCT_ENCODED, decodeUnreserved2).replace(protocol.NOT_USERINFO, pctEncChar).replace(protocol.PCT_ENCODED, toUpperCase);
        if (components.host !== void 0) components.host = String(components.host).replace(protocol.PCT_ENCODED, decodeUnreserved2).toLowerCase().replace(protocol.NOT_HOST, pctEncChar).replace(protocol.PCT_ENCODED, toUpperCase);
        if (components.path !== void 0) components.path = String(components.path).replace(protocol.PCT_ENCODED, decodeUnreserved2).replace(components.scheme ? protocol.NOT_PATH : protocol.NOT_PATH_NOSCHEME, pctEncChar).replace(protocol.PCT_ENCODED, toUpperCase);
        if (components.query !== void 0) components.query = String(components.query).replace(protocol.PCT_ENCODED, decodeUnreserved2).replace(protocol.NOT_QUERY, pctEncChar).replace(protocol.PCT_ENCODED, toUpperCase);
        if (components.fragment !== void 0) components.fragment = String(components.fragment).replace(protocol.PCT_ENCODED, decodeUnreserved2).replace(protocol.NOT_FRAGMENT, pctEncChar).replace(protocol.PCT_ENCODED, toUpperCase);
        return components;
      }
      function _stripLeadingZeros(str) {
        return str.replace(/^0*(.*)/, "$1") || "0";
      }
      function _normalizeIPv4(host, protocol) {
        var matches = host.match(protocol.IPV4ADDRESS) || [];
        var _matches = slicedToArray(matches, 2), address = _matches[1];
        if (address) {
          return address.split(".").map(_stripLeadingZeros).join(".");
        } else {
          return host;
        }
      }
      function _normalizeIPv6(host, protocol) {
        var matches = host.match(protocol.IPV6ADDRESS) || [];
        var _matches2 = slicedToArray(matches, 3), address = _matches2[1], zone = _matches2[2];
        if (address) {
          var _address$toLowerCase$ = address.toLowerCase().split("::").reverse(), _address$toLowerCase$2 = slicedToArray(_address$toLowerCase$, 2), last = _address$toLowerCase$2[0], first = _address$toLowerCase$2[1];
          var firstFields = first ? first.split(":").map(_stripLeadingZeros) : [];
          var lastFields = last.split(":").map(_stripLeadingZeros);
          var isLastFieldIPv4Address = protocol.IPV4ADDRESS.test(lastFields[lastFields.length - 1]);
          var fieldCount = isLastFieldIPv4Address ? 7 : 8;
          var lastFieldsStart = lastFields.length - fieldCount;
          var fields = Array(fieldCount);
          for (var x = 0; x < fieldCount; ++x) {
            fields[x] = firstFields[x] || lastFields[lastFieldsStart + x] || "";
          }
          if (isLastFieldIPv4Address) {
            fields[fieldCount - 1] = _normalizeIPv4(fields[fieldCount - 1], protocol);
          }
          var allZeroFields = fields.reduce(function(acc, field, index) {
            if (!field || field === "0") {
              var lastLongest = acc[acc.length - 1];
              if (lastLongest && lastLongest.index + lastLongest.length === index) {
                lastLongest.length++;
              } else {
                acc.push({ index, length: 1 });
              }
            }
            return acc;
          }, []);
          var longestZeroFields = allZeroFields.sort(function(a, b) {
            return b.length - a.length;
          })[0];
          var newHost = void 0;
          if (longestZeroFields && longestZeroFields.length > 1) {
            var newFirst = fields.slice(0, longestZeroFields.index);
            var newLast = fields.slice(longestZeroFields.index + longestZeroFields.length);
            newHost = newFirst.join(":") + "::" + newLast.join(":");
          } else {
            newHost = fields.join(":");
          }
          if (zone) {
            newHost += "%" + zone;
          }
          return newHost;
        } else {
          return host;
        }
      }
      var URI_PARSE = /^(?:([^:\/?#]+):)?(?:\/\/((?:([^\/?#@]*)@)?(\[[^\/?#\]]+\]|[^\/?#:]*)(?:\:(\d*))?))?([^?#]*)(?:\?([^#]*))?(?:#((?:.|\n|\r)*))?/i;
      var NO_MATCH_IS_UNDEFINED = "".match(/(){0}/)[1] === void 0;
      function parse(uriString) {
        var options = arguments.length > 1 && arguments[1] !== void 0 ? arguments[1] : {};
        var components = {};
        var protocol = options.iri !== false ? IRI_PROTOCOL : URI_PROTOCOL;
        if (options.reference === "suffix") uriString = (options.scheme ? options.scheme + ":" : "") + "//" + uriString;
        var matches = uriString.match(URI_PARSE);
        if (matches) {
          if (NO_MATCH_IS_UNDEFINED) {
            components.scheme = matches[1];
            components.userinfo = matches[3];
            components.host = matches[4];
            components.port = parseInt(matches[5], 10);
            components.path = matches[6] || "";
            components.query = matches[7];
            components.fragment = matches[8];
            if (isNaN(components.port)) {
              components.port = matches[5];
            }
          } else {
            components.scheme = matches[1] || void 0;
            components.userinfo = uriString.indexOf("@") !== -1 ? matches[3] : void 0;
            components.host = uriString.indexOf("//") !== -1 ? matches[4] : void 0;
            components.port = parseInt(matches[5], 10);
            components.path = matches[6] || "";
            components.query = uriString.indexOf("?") !== -1 ? matches[7] : void 0;
            components.fragment = uriString.indexOf("#") !== -1 ? matches[8] : void 0;
            if (isNaN(components.port)) {
              components.port = uriString.match(/\/\/(?:.|\n)*\:(?:\/|\?|\#|$)/) ? matches[4] : void 0;
            }
          }
          if (components.host) {
            components.host = _normalizeIPv6(_normalizeIPv4(components.host, protocol), protocol);
          }
          if (components.scheme === void 0 && components.userinfo === void 0 && components.host === void 0 && components.port === void 0 && !components.path && components.query === void 0) {
            components.reference = "same-document";
          } else if (components.scheme === void 0) {
            components.reference = "relative";
          } else if (components.fragment === void 0) {
            components.reference = "absolute";
          } else {
            components.reference = "uri";
          }
          if (options.reference && options.reference !== "suffix" && options.reference !== components.reference) {
            components.error = components.error || "URI is not a " + options.reference + " reference.";
          }
          var schemeHandler = SCHEMES[(options.scheme || components.scheme || "").toLowerCase()];
          if (!options.unicodeSupport && (!schemeHandler || !schemeHandler.unicodeSupport)) {
            if (components.host && (options.domainHost || schemeHandler && schemeHandler.domainHost)) {
              try {
                components.host = punycode.toASCII(components.host.replace(protocol.PCT_ENCODED, pctDecChars).toLowerCase());
              } catch (e) {
                components.error = components.error || "Host's domain name can not be converted to ASCII via punycode: " + e;
              }
            }
            _normalizeComponentEncoding(components, URI_PROTOCOL);
          } else {
            _normalizeComponentEncoding(components, protocol);
          }
          if (schemeHandler && schemeHandler.parse) {
            schemeHandler.parse(components, options);
          }
        } else {
          components.error = components.error || "URI can not be parsed.";
        }
        return components;
      }
      function _recomposeAuthority(components, options) {
        var protocol = options.iri !== false ? IRI_PROTOCOL : URI_PROTOCOL;
        var uriTokens = [];
        if (components.userinfo !== void 0) {
          uriTokens.push(components.userinfo);
          uriTokens.push("@");
        }
        if (components.host !== void 0) {
          uriTokens.push(_normalizeIPv6(_normalizeIPv4(String(components.host), protocol), protocol).replace(protocol.IPV6ADDRESS, function(_, $1, $2) {
            return "[" + $1 + ($2 ? "%25" + $2 : "") + "]";
          }));
        }
        if (typeof components.port === "number" || typeof components.port === "string") {
          uriTokens.push(":");
          uriTokens.push(String(components.port));
        }
        return uriTokens.length ? uriTokens.join("") : void 0;
      }
      var RDS1 = /^\.\.?\//;
      var RDS2 = /^\/\.(\/|$)/;
      var RDS3 = /^\/\.\.(\/|$)/;
      var RDS5 = /^\/?(?:.|\n)*?(?=\/|$)/;
      function removeDotSegments(input) {
        var output = [];
        while (input.length) {
          if (input.match(RDS1)) {
            input = input.replace(RDS1, "");
          } else if (input.match(RDS2)) {
            input = input.replace(RDS2, "/");
          } else if (input.match(RDS3)) {
            input = input.replace(RDS3, "/");
            output.pop();
          } else if (input === "." || input === "..") {
            input = "";
          } else {
            var im = input.match(RDS5);
            if (im) {
              var s = im[0];
              input = input.slice(s.length);
              output.push(s);
            } else {
              throw new Error("Unexpected dot segment condition");
            }
          }
        }
        return output.join("");
      }
      function serialize(components) {
        var options = arguments.length > 1 && arguments[1] !== void 0 ? arguments[1] : {};
        var protocol = options.iri ? IRI_PROTOCOL : URI_PROTOCOL;
        var uriTokens = [];
        var schemeHandler = SCHEMES[(options.scheme || components.scheme || "").toLowerCase()];
        if (schemeHandler && schemeHandler.serialize) schemeHandler.serialize(components, options);
        if (components.host) {
          if (protocol.IPV6ADDRESS.test(components.host)) {
          } else if (options.domainHost || schemeHandler && schemeHandler.domainHost) {
            try {
              components.host = !options.iri ? punycode.toASCII(components.host.replace(protocol.PCT_ENCODED, pctDecChars).toLowerCase()) : punycode.toUnicode(components.host);
            } catch (e) {
              components.error = components.error || "Host's domain name can not be converted to " + (!options.iri ? "ASCII" : "Unicode") + " via punycode: " + e;
            }
          }
        }
        _normalizeComponentEncoding(components, protocol);
        if (options.reference !== "suffix" && components.scheme) {
          uriTokens.push(components.scheme);
          uriTokens.push(":");
        }
        var authority = _recomposeAuthority(components, options);
        if (authority !== void 0) {
          if (options.reference !== "suffix") {
            uriTokens.push("//");
          }
          uriTokens.push(authority);
          if (components.path && components.path.charAt(0) !== "/") {
            uriTokens.push("/");
          }
        }
        if (components.path !== void 0) {
          var s = components.path;
          if (!options.absolutePath && (!schemeHandler || !schemeHandler.absolutePath)) {
            s = removeDotSegments(s);
          }
          if (authority === void 0) {
            s = s.replace(/^\/\//, "/%2F");
          }
          uriTokens.push(s);
        }
        if (components.query !== void 0) {
          uriTokens.push("?");
          uriTokens.push(components.query);
        }
        if (components.fragment !== void 0) {
          uriTokens.push("#");
          uriTokens.push(components.fragment);
        }
        return uriTokens.join("");
      }
      function resolveComponents(base2, relative) {
        var options = arguments.length > 2 && arguments[2] !== void 0 ? arguments[2] : {};
        var skipNormalization = arguments[3];
        var target = {};
        if (!skipNormalization) {
          base2 = parse(serialize(base2, options), options);
          relative = parse(serialize(relative, options), options);
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
              target.path = base2.path;
              if (relative.query !== void 0) {
                target.query = relative.query;
              } else {
                target.query = base2.query;
              }
            } else {
              if (relative.path.charAt(0) === "/") {
                target.path = removeDotSegments(relative.path);
              } else {
                if ((base2.userinfo !== void 0 || base2.host !== void 0 || base2.port !== void 0) && !base2.path) {
                  target.path = "/" + relative.path;
                } else if (!base2.path) {
                  target.path = relative.path;
                } else {
                  target.path = base2.path.slice(0, base2.path.lastIndexOf("/") + 1) + relative.path;
                }
                target.path = removeDotSegments(target.path);
              }
              target.query = relative.query;
            }
            target.userinfo = base2.userinfo;
            target.host = base2.host;
            target.port = base2.port;
          }
          target.scheme = base2.scheme;
        }
        target.fragment = relative.fragment;
        return target;
      }
      function resolve(baseURI, relativeURI, options) {
        var schemelessOptions = assign({ scheme: "null" }, options);
        return serialize(resolveComponents(parse(baseURI, schemelessOptions), parse(relativeURI, schemelessOptions), schemelessOptions, true), schemelessOptions);
      }
      function normalize(uri, options) {
        if (typeof uri === "string") {
          uri = serialize(parse(uri, options), options);
        } else if (typeOf(uri) === "object") {
          uri = parse(serialize(uri, options), options);
        }
        return uri;
      }
      function equal(uriA, uriB, options) {
        if (typeof uriA === "string") {
          uriA = serialize(parse(uriA, options), options);
        } else if (typeOf(uriA) === "object") {
          uriA = serialize(uriA, options);
        }
        if (typeof uriB === "string") {
          uriB = serialize(parse(uriB, options), options);
        } else if (typeOf(uriB) === "object") {
          uriB = serialize(uriB, options);
        }
        return uriA === uriB;
      }
      function escapeComponent(str, options) {
        return str && str.toString().replace(!options || !options.iri ? URI_PROTOCOL.ESCAPE : IRI_PROTOCOL.ESCAPE, pctEncChar);
      }
      function unescapeComponent(str, options) {
        return str && str.toString().replace(!options || !options.iri ? URI_PROTOCOL.PCT_ENCODED : IRI_PROTOCOL.PCT_ENCODED, pctDecChars);
      }
      var handler = {
        scheme: "http",
        domainHost: true,
        parse: function parse2(components, options) {
          if (!components.host) {
            components.error = components.error || "HTTP URIs must have a host.";
          }
          return components;
        },
        serialize: function serialize2(components, options) {
          var secure = String(components.scheme).toLowerCase() === "https";
          if (components.port === (secure ? 443 : 80) || components.port === "") {
            components.port = void 0;
          }
          if (!components.path) {
            components.path = "/";
          }
          return components;
        }
      };
      var handler$1 = {
        scheme: "https",
        domainHost: handler.domainHost,
        parse: handler.parse,
        serialize: handler.serialize
      };
      function isSecure(wsComponents) {
        return typeof wsComponents.secure === "boolean" ? wsComponents.secure : String(wsComponents.scheme).toLowerCase() === "wss";
      }
      var handler$2 = {
        scheme: "ws",
        domainHost: true,
        parse: function parse2(components, options) {
          var wsComponents = components;
          wsComponents.secure = isSecure(wsComponents);
          wsComponents.resourceName = (wsComponents.path || "/") + (wsComponents.query ? "?" + wsComponents.query : "");
          wsComponents.path = void 0;
          wsComponents.query = void 0;
          return wsComponents;
        },
        serialize: function serialize2(wsComponents, options) {
          if (wsComponents.port === (isSecure(wsComponents) ? 443 : 80) || wsComponents.port === "") {
            wsComponents.port = void 0;
          }
          if (typeof wsComponents.secure === "boolean") {
            wsComponents.scheme = wsComponents.secure ? "wss" : "ws";
            wsComponents.secure = void 0;
          }
          if (wsComponents.resourceName) {
            var _wsComponents$resourc = wsComponents.resourceName.split("?"), _wsComponents$resourc2 = slicedToArray(_wsComponents$resourc, 2), path = _wsComponents$resourc2[0], query = _wsComponents$resourc2[1];
            wsComponents.path = path && path !== "/" ? path : void 0;
            wsComponents.query = query;
            wsComponents.resourceName = void 0;
          }
          wsComponents.fragment = void 0;
          return wsComponents;
        }
      };
      var handler$3 = {
        scheme: "wss",
        domainHost: handler$2.domainHost,
        parse: handler$2.parse,
        serialize: handler$2.serialize
      };
      var O = {};
      var isIRI = true;
      var UNRESERVED$$ = "[A-Za-z0-9\\-\\.\\_\\~" + (isIRI ? "\\xA0-\\u200D\\u2010-\\u2029\\u202F-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFEF" : "") + "]";
      var HEXDIG$$ = "[0-9A-Fa-f]";
      var PCT_ENCODED$ = subexp(subexp("%[EFef]" + HEXDIG$$ + "%" + HEXDIG$$ + HEXDIG$$ + "%" + HEXDIG$$ + HEXDIG$$) + "|" + subexp("%[89A-Fa-f]" + HEXDIG$$ + "%" + HEXDIG$$ + HEXDIG$$) + "|" + subexp("%" + HEXDIG$$ + HEXDIG$$));
      var ATEXT$$ = "[A-Za-z0-9\\!\\$\\%\\'\\*\\+\\-\\^\\_\\`\\{\\|\\}\\~]";
      var QTEXT$$ = "[\\!\\$\\%\\'\\(\\)\\*\\+\\,\\-\\.0-9\\<\\>A-Z\\x5E-\\x7E]";
      var VCHAR$$ = merge(QTEXT$$, '[\\"\\\\]');
      var SOME_DELIMS$$ = "[\\!\\$\\'\\(\\)\\*\\+\\,\\;\\:\\@]";
      var UNRESERVED = new RegExp(UNRESERVED$$, "g");
      var PCT_ENCODED = new RegExp(PCT_ENCODED$, "g");
      var NOT_LOCAL_PART = new RegExp(merge("[^]", ATEXT$$, "[\\.]", '[\\"]', VCHAR$$), "g");
      var NOT_HFNAME = new RegExp(merge("[^]", UNRESERVED$$, SOME_DELIMS$$), "g");
      var NOT_HFVALUE = NOT_HFNAME;
      function decodeUnreserved(str) {
        var decStr = pctDecChars(str);
        return !decStr.match(UNRESERVED) ? str : decStr;
      }
      var handler$4 = {
        scheme: "mailto",
        parse: function parse$$1(components, options) {
          var mailtoComponents = components;
          var to = mailtoComponents.to = mailtoComponents.path ? mailtoComponents.path.split(",") : [];
          mailtoComponents.path = void 0;
          if (mailtoComponents.query) {
            var unknownHeaders = false;
            var headers = {};
            var hfields = mailtoComponents.query.split("&");
            for (var x = 0, xl = hfields.length; x < xl; ++x) {
              var hfield = hfields[x].split("=");
              switch (hfield[0]) {
                case "to":
                  var toAddrs = hfield[1].split(",");
                  for (var _x = 0, _xl = toAddrs.length; _x < _xl; ++_x) {
                    to.push(toAddrs[_x]);
                  }
                  break;
                case "subject":
                  mailtoComponents.subject = unescapeComponent(hfield[1], options);
                  break;
                case "body":
                  mailtoComponents.body = unescapeComponent(hfield[1], options);
                  break;
                default:
                  unknownHeaders = true;
                  headers[unescapeComponent(hfield[0], options)] = unescapeComponent(hfield[1], options);
                  break;
              }
            }
            if (unknownHeaders) mailtoComponents.headers = headers;
          }
          mailtoComponents.query = void 0;
          for (var _x2 = 0, _xl2 = to.length; _x2 < _xl2; ++_x2) {
            var addr = to[_x2].split("@");
            addr[0] = unescapeComponent(addr[0]);
            if (!options.unicodeSupport) {
              try {
                addr[1] = punycode.toASCII(unescapeComponent(addr[1], options).toLowerCase());
              } catch (e) {
                mailtoComponents.error = mailtoComponents.error || "Email address's domain name can not be converted to ASCII via punycode: " + e;
              }
            } else {
              addr[1] = unescapeComponent(addr[1], options).toLowerCase();
            }
            to[_x2] = addr.join("@");
          }
          return mailtoComponents;
        },
        serialize: function serialize$$1(mailtoComponents, options) {
          var components = mailtoComponents;
          var to = toArray(mailtoComponents.to);
          if (to) {
            for (var x = 0, xl = to.length; x < xl; ++x) {
              var toAddr = String(to[x]);
              var atIdx = toAddr.lastIndexOf("@");
              var localPart = toAddr.slice(0, atIdx).replace(PCT_ENCODED, decodeUnreserved).replace(PCT_ENCODED, toUpperCase).replace(NOT_LOCAL_PART, pctEncChar);
              var domain = toAddr.slice(atIdx + 1);
              try {
                domain = !options.iri ? punycode.toASCII(unescapeComponent(domain, options).toLowerCase()) : punycode.toUnicode(domain);
              } catch (e) {
                components.error = components.error || "Email address's domain name can not be converted to " + (!options.iri ? "ASCII" : "Unicode") + " via punycode: " + e;
              }
              to[x] = localPart + "@" + domain;
            }
            components.path = to.join(",");
          }
          var headers = mailtoComponents.headers = mailtoComponents.headers || {};
          if (mailtoComponents.subject) headers["subject"] = mailtoComponents.subject;
          if (mailtoComponents.body) headers["body"] = mailtoComponents.body;
          var fields = [];
          for (var name in headers) {
            if (headers[name] !== O[name]) {
              fields.push(name.replace(PCT_ENCODED, decodeUnreserved).replace(PCT_ENCODED, toUpperCase).replace(NOT_HFNAME, pctEncChar) + "=" + headers[name].replace(PCT_ENCODED, decodeUnreserved).replace(PCT_ENCODED, toUpperCase).replace(NOT_HFVALUE, pctEncChar));
            }
          }
          if (fields.length) {
            components.query = fields.join("&");
          }
          return components;
        }
      };
      var URN_PARSE = /^([^\:]+)\:(.*)/;
      var handler$5 = {
        scheme: "urn",
        parse: function parse$$1(components, options) {
          var matches = components.path && components.path.match(URN_PARSE);
          var urnComponents = components;
          if (matches) {
            var scheme = options.scheme || urnComponents.scheme || "urn";
            var nid = matches[1].toLowerCase();
            var nss = matches[2];
            var urnScheme = scheme + ":" + (options.nid || nid);
            var schemeHandler = SCHEMES[urnScheme];
            urnComponents.nid = nid;
            urnComponents.nss = nss;
            urnComponents.path = void 0;
            if (schemeHandler) {
              urnComponents = schemeHandler.parse(urnComponents, options);
            }
          } else {
            urnComponents.error = urnComponents.error || "URN can not be parsed.";
          }
          return urnComponents;
        },
        serialize: function serialize$$1(urnComponents, options) {
          var scheme = options.scheme || urnComponents.scheme || "urn";
          var nid = urnComponents.nid;
          var urnScheme = scheme + ":" + (options.nid || nid);
          var schemeHandler = SCHEMES[urnScheme];
          if (schemeHandler) {
            urnComponents = schemeHandler.serialize(urnComponents, options);
          }
          var uriComponents = urnComponents;
          var nss = urnComponents.nss;
          uriComponents.path = (nid || options.nid) + ":" + nss;
          return uriComponents;
        }
      };
      var UUID = /^[0-9A-Fa-f]{8}(?:\-[0-9A-Fa-f]{4}){3}\-[0-9A-Fa-f]{12}$/;
      var handler$6 = {
        scheme: "urn:uuid",
        parse: function parse2(urnComponents, options) {
          var uuidComponents = urnComponents;
          uuidComponents.uuid = uuidComponents.nss;
          uuidComponents.nss = void 0;
          if (!options.tolerant && (!uuidComponents.uuid || !uuidComponents.uuid.match(UUID))) {
            uuidComponents.error = uuidComponents.error || "UUID is not valid.";
          }
          return uuidComponents;
        },
        serialize: function serialize2(uuidComponents, options) {
          var urnComponents = uuidComponents;
          urnComponents.nss = (uuidComponents.uuid || "").toLowerCase();
          return urnComponents;
        }
      };
      SCHEMES[handler.scheme] = handler;
      SCHEMES[handler$1.scheme] = handler$1;
      SCHEMES[handler$2.scheme] = handler$2;
      SCHEMES[handler$3.scheme] = handler$3;
      SCHEMES[handler$4.scheme] = handler$4;
      SCHEMES[handler$5.scheme] = handler$5;
      SCHEMES[handler$6.scheme] = handler$6;
      exports2.SCHEMES = SCHEMES;
      exports2.pctEncChar = pctEncChar;
      exports2.pctDecChars = pctDecChars;
      exports2.parse = parse;
      exports2.removeDotSegments = removeDotSegments;
      exports2.serialize = serialize;
      exports2.resolveComponents = resolveComponents;
      exports2.resolve = resolve;
      exports2.normalize = normalize;
      exports2.equal = equal;
      exports2.escapeComponent = escapeComponent;
      exports2.unescapeComponent = unescapeComponent;
      Object.defineProperty(exports2, "__esModule", { value: true });
    }));
  }
});

// node_modules/nearley/lib/nearley.js
var require_nearley = __commonJS({
  "node_modules/nearley/lib/nearley.js"(exports, module) {
    (function(root, factory) {
      if (typeof module === "object" && module.exports) {
        module.exports = factory();
      } else {
        root.nearley = factory();
      }
    })(exports, function() {
      function Rule(name, symbols, postprocess) {
        this.id = ++Rule.highestId;
        this.name = name;
        this.symbols = symbols;
        this.postprocess = postprocess;
        return this;
      }
      Rule.highestId = 0;
      Rule.prototype.toString = function(withCursorAt) {
        var symbolSequence = typeof withCursorAt === "undefined" ? this.symbols.map(getSymbolShortDisplay).join(" ") : this.symbols.slice(0, withCursorAt).map(getSymbolShortDisplay).join(" ") + " \u25CF " + this.symbols.slice(withCursorAt).map(getSymbolShortDisplay).join(" ");
        return this.name + " \u2192 " + symbolSequence;
      };
      function State(rule, dot, reference, wantedBy) {
        this.rule = rule;
        this.dot = dot;
        this.reference = reference;
        this.data = [];
        this.wantedBy = wantedBy;
        this.isComplete = this.dot === rule.symbols.length;
      }
      State.prototype.toString = function() {
        return "{" + this.rule.toString(this.dot) + "}, from: " + (this.reference || 0);
      };
      State.prototype.nextState = function(child) {
        var state = new State(this.rule, this.dot + 1, this.reference, this.wantedBy);
        state.left = this;
        state.right = child;
        if (state.isComplete) {
          state.data = state.build();
          state.right = void 0;
        }
        return state;
      };
      State.prototype.build = function() {
        var children = [];
        var node = this;
        do {
          children.push(node.right.data);
          node = node.left;
        } while (node.left);
        children.reverse();
        return children;
      };
      State.prototype.finish = function() {
        if (this.rule.postprocess) {
          this.data = this.rule.postprocess(this.data, this.reference, Parser.fail);
        }
      };
      function Column(grammar, index) {
        this.grammar = grammar;
        this.index = index;
        this.states = [];
        this.wants = {};
        this.scannable = [];
        this.completed = {};
      }
      Column.prototype.process = function(nextColumn) {
        var states = this.states;
        var wants = this.wants;
        var completed = this.completed;
        for (var w = 0; w < states.length; w++) {
          var state = states[w];
          if (state.isComplete) {
            state.finish();
            if (state.data !== Parser.fail) {
              var wantedBy = state.wantedBy;
              for (var i = wantedBy.length; i--; ) {
                var left = wantedBy[i];
                this.complete(left, state);
              }
              if (state.reference === this.index) {
                var exp = state.rule.name;
                (this.completed[exp] = this.completed[exp] || []).push(state);
              }
            }
          } else {
            var exp = state.rule.symbols[state.dot];
            if (typeof exp !== "string") {
              this.scannable.push(state);
              continue;
            }
            if (wants[exp]) {
              wants[exp].push(state);
              if (completed.hasOwnProperty(exp)) {
                var nulls = completed[exp];
                for (var i = 0; i < nulls.length; i++) {
                  var right = nulls[i];
                  this.complete(state, right);
                }
              }
            } else {
              wants[exp] = [state];
              this.predict(exp);
            }
          }
        }
      };
      Column.prototype.predict = function(exp) {
        var rules = this.grammar.byName[exp] || [];
        for (var i = 0; i < rules.length; i++) {
          var r = rules[i];
          var wantedBy = this.wants[exp];
          var s = new State(r, 0, this.index, wantedBy);
          this.states.push(s);
        }
      };
      Column.prototype.complete = function(left, right) {
        var copy = left.nextState(right);
        this.states.push(copy);
      };
      function Grammar(rules, start) {
        this.rules = rules;
        this.start = start || this.rules[0].name;
        var byName = this.byName = {};
        this.rules.forEach(function(rule) {
          if (!byName.hasOwnProperty(rule.name)) {
            byName[rule.name] = [];
          }
          byName[rule.name].push(rule);
        });
      }
      Grammar.fromCompiled = function(rules, start) {
        var lexer = rules.Lexer;
        if (rules.ParserStart) {
          start = rules.ParserStart;
          rules = rules.ParserRules;
        }
        var rules = rules.map(function(r) {
          return new Rule(r.name, r.symbols, r.postprocess);
        });
        var g = new Grammar(rules, start);
        g.lexer = lexer;
        return g;
      };
      function StreamLexer() {
        this.reset("");
      }
      StreamLexer.prototype.reset = function(data, state) {
        this.buffer = data;
        this.index = 0;
        this.line = state ? state.line : 1;
        this.lastLineBreak = state ? -state.col : 0;
      };
      StreamLexer.prototype.next = function() {
        if (this.index < this.buffer.length) {
          var ch = this.buffer[this.index++];
          if (ch === "\n") {
            this.line += 1;
            this.lastLineBreak = this.index;
          }
          return { value: ch };
        }
      };
      StreamLexer.prototype.save = function() {
        return {
          line: this.line,
          col: this.index - this.lastLineBreak
        };
      };
      StreamLexer.prototype.formatError = function(token, message) {
        var buffer = this.buffer;
        if (typeof buffer === "string") {
          var lines = buffer.split("\n").slice(
            Math.max(0, this.line - 5),
            this.line
          );
          var nextLineBreak = buffer.indexOf("\n", this.index);
          if (nextLineBreak === -1) nextLineBreak = buffer.length;
          var col = this.index - this.lastLineBreak;
          var lastLineDigits = String(this.line).length;
          message += " at line " + this.line + " col " + col + ":\n\n";
          message += lines.map(function(line, i) {
            return pad(this.line - lines.length + i + 1, lastLineDigits) + " " + line;
          }, this).join("\n");
          message += "\n" + pad("", lastLineDigits + col) + "^\n";
          return message;
        } else {
          return message + " at index " + (this.index - 1);
        }
        function pad(n, length) {
          var s = String(n);
          return Array(length - s.length + 1).join(" ") + s;
        }
      };
      function Parser(rules, start, options) {
        if (rules instanceof Grammar) {
          var grammar = rules;
          var options = start;
        } else {
          var grammar = Grammar.fromCompiled(rules, start);
        }
        this.grammar = grammar;
        this.options = {
          keepHistory: false,
          lexer: grammar.lexer || new StreamLexer()
        };
        for (var key in options || {}) {
          this.options[key] = options[key];
        }
        this.lexer = this.options.lexer;
        this.lexerState = void 0;
        var column = new Column(grammar, 0);
        var table = this.table = [column];
        column.wants[grammar.start] = [];
        column.predict(grammar.start);
        column.process();
        this.current = 0;
      }
      Parser.fail = {};
      Parser.prototype.feed = function(chunk) {
        var lexer = this.lexer;
        lexer.reset(chunk, this.lexerState);
        var token;
        while (true) {
          try {
            token = lexer.next();
            if (!token) {
              break;
            }
          } catch (e) {
            var nextColumn = new Column(this.grammar, this.current + 1);
            this.table.push(nextColumn);
            var err = new Error(this.reportLexerError(e));
            err.offset = this.current;
            err.token = e.token;
            throw err;
          }
          var column = this.table[this.current];
          if (!this.options.keepHistory) {
            delete this.table[this.current - 1];
          }
          var n = this.current + 1;
          var nextColumn = new Column(this.grammar, n);
          this.table.push(nextColumn);
          var literal = token.text !== void 0 ? token.text : token.value;
          var value = lexer.constructor === StreamLexer ? token.value : token;
          var scannable = column.scannable;
          for (var w = scannable.length; w--; ) {
            var state = scannable[w];
            var expect = state.rule.symbols[state.dot];
            if (expect.test ? expect.test(value) : expect.type ? expect.type === token.type : expect.literal === literal) {
              var next = state.nextState({ data: value, token, isToken: true, reference: n - 1 });
              nextColumn.states.push(next);
            }
          }
          nextColumn.process();
          if (nextColumn.states.length === 0) {
            var err = new Error(this.reportError(token));
            err.offset = this.current;
            err.token = token;
            throw err;
          }
          if (this.options.keepHistory) {
            column.lexerState = lexer.save();
          }
          this.current++;
        }
        if (column) {
          this.lexerState = lexer.save();
        }
        this.results = this.finish();
        return this;
      };
      Parser.prototype.reportLexerError = function(lexerError) {
        var tokenDisplay, lexerMessage;
        var token = lexerError.token;
        if (token) {
          tokenDisplay = "input " + JSON.stringify(token.text[0]) + " (lexer error)";
          lexerMessage = this.lexer.formatError(token, "Syntax error");
        } else {
          tokenDisplay = "input (lexer error)";
          lexerMessage = lexerError.message;
        }
        return this.reportErrorCommon(lexerMessage, tokenDisplay);
      };
      Parser.prototype.reportError = function(token) {
        var tokenDisplay = (token.type ? token.type + " token: " : "") + JSON.stringify(token.value !== void 0 ? token.value : token);
        var lexerMessage = this.lexer.formatError(token, "Syntax error");
        return this.reportErrorCommon(lexerMessage, tokenDisplay);
      };
      Parser.prototype.reportErrorCommon = function(lexerMessage, tokenDisplay) {
        var lines = [];
        lines.push(lexerMessage);
        var lastColumnIndex = this.table.length - 2;
        var lastColumn = this.table[lastColumnIndex];
        var expectantStates = lastColumn.states.filter(function(state) {
          var nextSymbol = state.rule.symbols[state.dot];
          return nextSymbol && typeof nextSymbol !== "string";
        });
        if (expectantStates.length === 0) {
          lines.push("Unexpected " + tokenDisplay + ". I did not expect any more input. Here is the state of my parse table:\n");
          this.displayStateStack(lastColumn.states, lines);
        } else {
          lines.push("Unexpected " + tokenDisplay + ". Instead, I was expecting to see one of the following:\n");
          var stateStacks = expectantStates.map(function(state) {
            return this.buildFirstStateStack(state, []) || [state];
          }, this);
          stateStacks.forEach(function(stateStack) {
            var state = stateStack[0];
            var nextSymbol = state.rule.symbols[state.dot];
            var symbolDisplay = this.getSymbolDisplay(nextSymbol);
            lines.push("A " + symbolDisplay + " based on:");
            this.displayStateStack(stateStack, lines);
          }, this);
        }
        lines.push("");
        return lines.join("\n");
      };
      Parser.prototype.displayStateStack = function(stateStack, lines) {
        var lastDisplay;
        var sameDisplayCount = 0;
        for (var j = 0; j < stateStack.length; j++) {
          var state = stateStack[j];
          var display = state.rule.toString(state.dot);
          if (display === lastDisplay) {
            sameDisplayCount++;
          } else {
            if (sameDisplayCount > 0) {
              lines.push("    ^ " + sameDisplayCount + " more lines identical to this");
            }
            sameDisplayCount = 0;
            lines.push("    " + display);
          }
          lastDisplay = display;
        }
      };
      Parser.prototype.getSymbolDisplay = function(symbol) {
        return getSymbolLongDisplay(symbol);
      };
      Parser.prototype.buildFirstStateStack = function(state, visited) {
        if (visited.indexOf(state) !== -1) {
          return null;
        }
        if (state.wantedBy.length === 0) {
          return [state];
        }
        var prevState = state.wantedBy[0];
        var childVisited = [state].concat(visited);
        var childResult = this.buildFirstStateStack(prevState, childVisited);
        if (childResult === null) {
          return null;
        }
        return [state].concat(childResult);
      };
      Parser.prototype.save = function() {
        var column = this.table[this.current];
        column.lexerState = this.lexerState;
        return column;
      };
      Parser.prototype.restore = function(column) {
        var index = column.index;
        this.current = index;
        this.table[index] = column;
        this.table.splice(index + 1);
        this.lexerState = column.lexerState;
        this.results = this.finish();
      };
      Parser.prototype.rewind = function(index) {
        if (!this.options.keepHistory) {
          throw new Error("set option `keepHistory` to enable rewinding");
        }
        this.restore(this.table[index]);
      };
      Parser.prototype.finish = function() {
        var considerations = [];
        var start = this.grammar.start;
        var column = this.table[this.table.length - 1];
        column.states.forEach(function(t) {
          if (t.rule.name === start && t.dot === t.rule.symbols.length && t.reference === 0 && t.data !== Parser.fail) {
            considerations.push(t);
          }
        });
        return considerations.map(function(c) {
          return c.data;
        });
      };
      function getSymbolLongDisplay(symbol) {
        var type = typeof symbol;
        if (type === "string") {
          return symbol;
        } else if (type === "object") {
          if (symbol.literal) {
            return JSON.stringify(symbol.literal);
          } else if (symbol instanceof RegExp) {
            return "character matching " + symbol;
          } else if (symbol.type) {
            return symbol.type + " token";
          } else if (symbol.test) {
            return "token matching " + String(symbol.test);
          } else {
            throw new Error("Unknown symbol type: " + symbol);
          }
        }
      }
      function getSymbolShortDisplay(symbol) {
        var type = typeof symbol;
        if (type === "string") {
          return symbol;
        } else if (type === "object") {
          if (symbol.literal) {
            return JSON.stringify(symbol.literal);
          } else if (symbol instanceof RegExp) {
            return symbol.toString();
          } else if (symbol.type) {
            return "%" + symbol.type;
          } else if (symbol.test) {
            return "<" + String(symbol.test) + ">";
          } else {
            throw new Error("Unknown symbol type: " + symbol);
          }
        }
      }
      return {
        Parser,
        Grammar,
        Rule
      };
    });
  }
});

// node_modules/smtp-address-parser/dist/lib/grammar.js
var require_grammar = __commonJS({
  "node_modules/smtp-address-parser/dist/lib/grammar.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    function id(d) {
      return d[0];
    }
    var deepFlatten = (arr) => [].concat(...arr.map((v) => Array.isArray(v) ? deepFlatten(v) : v));
    function flat_string(d) {
      if (d) {
        if (Array.isArray(d))
          return deepFlatten(d).join("");
        return d;
      }
      return "";
    }
    var grammar = {
      Lexer: void 0,
      ParserRules: [
        { "name": "Reverse_path", "symbols": ["Path"] },
        { "name": "Reverse_path$string$1", "symbols": [{ "literal": "<" }, { "literal": ">" }], "postprocess": (d) => d.join("") },
        { "name": "Reverse_path", "symbols": ["Reverse_path$string$1"] },
        { "name": "Forward_path$subexpression$1$subexpression$1", "symbols": [{ "literal": "<" }, /[pP]/, /[oO]/, /[sS]/, /[tT]/, /[mM]/, /[aA]/, /[sS]/, /[tT]/, /[eE]/, /[rR]/, { "literal": "@" }], "postprocess": function(d) {
          return d.join("");
        } },
        { "name": "Forward_path$subexpression$1", "symbols": ["Forward_path$subexpression$1$subexpression$1", "Domain", { "literal": ">" }] },
        { "name": "Forward_path", "symbols": ["Forward_path$subexpression$1"] },
        { "name": "Forward_path$subexpression$2", "symbols": [{ "literal": "<" }, /[pP]/, /[oO]/, /[sS]/, /[tT]/, /[mM]/, /[aA]/, /[sS]/, /[tT]/, /[eE]/, /[rR]/, { "literal": ">" }], "postprocess": function(d) {
          return d.join("");
        } },
        { "name": "Forward_path", "symbols": ["Forward_path$subexpression$2"] },
        { "name": "Forward_path", "symbols": ["Path"] },
        { "name": "Path$ebnf$1$subexpression$1", "symbols": ["A_d_l", { "literal": ":" }] },
        { "name": "Path$ebnf$1", "symbols": ["Path$ebnf$1$subexpression$1"], "postprocess": id },
        { "name": "Path$ebnf$1", "symbols": [], "postprocess": () => null },
        { "name": "Path", "symbols": [{ "literal": "<" }, "Path$ebnf$1", "Mailbox", { "literal": ">" }] },
        { "name": "A_d_l$ebnf$1", "symbols": [] },
        { "name": "A_d_l$ebnf$1$subexpression$1", "symbols": [{ "literal": "," }, "At_domain"] },
        { "name": "A_d_l$ebnf$1", "symbols": ["A_d_l$ebnf$1", "A_d_l$ebnf$1$subexpression$1"], "postprocess": (d) => d[0].concat([d[1]]) },
        { "name": "A_d_l", "symbols": ["At_domain", "A_d_l$ebnf$1"] },
        { "name": "At_domain", "symbols": [{ "literal": "@" }, "Domain"] },
        { "name": "Domain$ebnf$1", "symbols": [] },
        { "name": "Domain$ebnf$1$subexpression$1", "symbols": [{ "literal": "." }, "sub_domain"] },
        { "name": "Domain$ebnf$1", "symbols": ["Domain$ebnf$1", "Domain$ebnf$1$subexpression$1"], "postprocess": (d) => d[0].concat([d[1]]) },
        { "name": "Domain", "symbols": ["sub_domain", "Domain$ebnf$1"] },
        { "name": "sub_domain", "symbols": ["U_label"] },
        { "name": "Let_dig", "symbols": ["ALPHA_DIGIT"], "postprocess": id },
        { "name": "Ldh_str$ebnf$1", "symbols": [] },
        { "name": "Ldh_str$ebnf$1", "symbols": ["Ldh_str$ebnf$1", "ALPHA_DIG_DASH"], "postprocess": (d) => d[0].concat([d[1]]) },
        { "name": "Ldh_str", "symbols": ["Ldh_str$ebnf$1", "Let_dig"] },
        { "name": "U_Let_dig", "symbols": ["ALPHA_DIGIT_U"], "postprocess": id },
        { "name": "U_Ldh_str$ebnf$1", "symbols": [] },
        { "name": "U_Ldh_str$ebnf$1", "symbols": ["U_Ldh_str$ebnf$1", "ALPHA_DIG_DASH_U"], "postprocess": (d) => d[0].concat([d[1]]) },
        { "name": "U_Ldh_str", "symbols": ["U_Ldh_str$ebnf$1", "U_Let_dig"] },
        { "name": "U_label$ebnf$1$subexpression$1", "symbols": ["U_Ldh_str"] },
        { "name": "U_label$ebnf$1", "symbols": ["U_label$ebnf$1$subexpression$1"], "postprocess": id },
        { "name": "U_label$ebnf$1", "symbols": [], "postprocess": () => null },
        { "name": "U_label", "symbols": ["U_Let_dig", "U_label$ebnf$1"] },
        { "name": "address_literal$subexpression$1", "symbols": ["IPv4_address_literal"] },
        { "name": "address_literal$subexpression$1", "symbols": ["IPv6_address_literal"] },
        { "name": "address_literal$subexpression$1", "symbols": ["General_address_literal"] },
        { "name": "address_literal", "symbols": [{ "literal": "[" }, "address_literal$subexpression$1", { "literal": "]" }] },
        {
          "name": "non_local_part",
          "symbols": ["Domain"],
          "postprocess": function(d) {
            return { DomainName: flat_string(d[0]) };
          }
        },
        {
          "name": "non_local_part",
          "symbols": ["address_literal"],
          "postprocess": function(d) {
            return { AddressLiteral: flat_string(d[0]) };
          }
        },
        {
          "name": "Mailbox",
          "symbols": ["Local_part", { "literal": "@" }, "non_local_part"],
          "postprocess": function(d) {
            return { localPart: flat_string(d[0]), domainPart: flat_string(d[2]) };
          }
        },
        {
          "name": "Local_part",
          "symbols": ["Dot_string"],
          "postprocess": function(d) {
            return { DotString: flat_string(d[0]) };
          }
        },
        {
          "name": "Local_part",
          "symbols": ["Quoted_string"],
          "postprocess": function(d) {
            return { QuotedString: flat_string(d[0]) };
          }
        },
        { "name": "Dot_string$ebnf$1", "symbols": [] },
        { "name": "Dot_string$ebnf$1$subexpression$1", "symbols": [{ "literal": "." }, "Atom"] },
        { "name": "Dot_string$ebnf$1", "symbols": ["Dot_string$ebnf$1", "Dot_string$ebnf$1$subexpression$1"], "postprocess": (d) => d[0].concat([d[1]]) },
        { "name": "Dot_string", "symbols": ["Atom", "Dot_string$ebnf$1"] },
        { "name": "Atom$ebnf$1", "symbols": [/[0-9A-Za-z!#$%&'*+\-/=?^_`{|}~\u0080-\uFFFF/]/] },
        { "name": "Atom$ebnf$1", "symbols": ["Atom$ebnf$1", /[0-9A-Za-z!#$%&'*+\-/=?^_`{|}~\u0080-\uFFFF/]/], "postprocess": (d) => d[0].concat([d[1]]) },
        { "name": "Atom", "symbols": ["Atom$ebnf$1"] },
        { "name": "Quoted_string$ebnf$1", "symbols": [] },
        { "name": "Quoted_string$ebnf$1", "symbols": ["Quoted_string$ebnf$1", "QcontentSMTP"], "postprocess": (d) => d[0].concat([d[1]]) },
        { "name": "Quoted_string", "symbols": ["DQUOTE", "Quoted_string$ebnf$1", "DQUOTE"] },
        { "name": "QcontentSMTP", "symbols": ["qtextSMTP"] },
        { "name": "QcontentSMTP", "symbols": ["quoted_pairSMTP"] },
        { "name": "quoted_pairSMTP", "symbols": [{ "literal": "\\" }, /[\x20-\x7e]/] },
        { "name": "qtextSMTP", "symbols": [/[\x20-\x21\x23-\x5b\x5d-\x7e\u0080-\uFFFF]/], "postprocess": id },
        { "name": "IPv4_address_literal$macrocall$2", "symbols": [{ "literal": "." }, "Snum"] },
        { "name": "IPv4_address_literal$macrocall$1", "symbols": ["IPv4_address_literal$macrocall$2", "IPv4_address_literal$macrocall$2", "IPv4_address_literal$macrocall$2"] },
        { "name": "IPv4_address_literal", "symbols": ["Snum", "IPv4_address_literal$macrocall$1"] },
        { "name": "IPv6_address_literal$subexpression$1", "symbols": [/[iI]/, /[pP]/, /[vV]/, { "literal": "6" }, { "literal": ":" }], "postprocess": function(d) {
          return d.join("");
        } },
        { "name": "IPv6_address_literal", "symbols": ["IPv6_address_literal$subexpression$1", "IPv6_addr"] },
        { "name": "General_address_literal$ebnf$1", "symbols": ["dcontent"] },
        { "name": "General_address_literal$ebnf$1", "symbols": ["General_address_literal$ebnf$1", "dcontent"], "postprocess": (d) => d[0].concat([d[1]]) },
        { "name": "General_address_literal", "symbols": ["Standardized_tag", { "literal": ":" }, "General_address_literal$ebnf$1"] },
        { "name": "Standardized_tag", "symbols": ["Ldh_str"] },
        { "name": "dcontent", "symbols": [/[\x21-\x5a\x5e-\x7e]/], "postprocess": id },
        { "name": "Snum", "symbols": ["DIGIT"] },
        { "name": "Snum$subexpression$1", "symbols": [/[1-9]/, "DIGIT"] },
        { "name": "Snum", "symbols": ["Snum$subexpression$1"] },
        { "name": "Snum$subexpression$2", "symbols": [{ "literal": "1" }, "DIGIT", "DIGIT"] },
        { "name": "Snum", "symbols": ["Snum$subexpression$2"] },
        { "name": "Snum$subexpression$3", "symbols": [{ "literal": "2" }, /[0-4]/, "DIGIT"] },
        { "name": "Snum", "symbols": ["Snum$subexpression$3"] },
        { "name": "Snum$subexpression$4", "symbols": [{ "literal": "2" }, { "literal": "5" }, /[0-5]/] },
        { "name": "Snum", "symbols": ["Snum$subexpression$4"] },
        { "name": "IPv6_addr", "symbols": ["IPv6_full"] },
        { "name": "IPv6_addr", "symbols": ["IPv6_comp"] },
        { "name": "IPv6_addr", "symbols": ["IPv6v4_full"] },
        { "name": "IPv6_addr", "symbols": ["IPv6v4_comp"] },
        { "name": "IPv6_hex", "symbols": ["HEXDIG"] },
        { "name": "IPv6_hex$subexpression$1", "symbols": ["HEXDIG", "HEXDIG"] },
        { "name": "IPv6_hex", "symbols": ["IPv6_hex$subexpression$1"] },
        { "name": "IPv6_hex$subexpression$2", "symbols": ["HEXDIG", "HEXDIG", "HEXDIG"] },
        { "name": "IPv6_hex", "symbols": ["IPv6_hex$subexpression$2"] },
        { "name": "IPv6_hex$subexpression$3", "symbols": ["HEXDIG", "HEXDIG", "HEXDIG", "HEXDIG"] },
        { "name": "IPv6_hex", "symbols": ["IPv6_hex$subexpression$3"] },
        { "name": "IPv6_full$macrocall$2", "symbols": [{ "literal": ":" }, "IPv6_hex"] },
        { "name": "IPv6_full$macrocall$1", "symbols": ["IPv6_full$macrocall$2", "IPv6_full$macrocall$2", "IPv6_full$macrocall$2", "IPv6_full$macrocall$2", "IPv6_full$macrocall$2", "IPv6_full$macrocall$2", "IPv6_full$macrocall$2"] },
        { "name": "IPv6_full", "symbols": ["IPv6_hex", "IPv6_full$macrocall$1"] },
        { "name": "IPv6_comp$ebnf$1$subexpression$1$macrocall$2", "symbols": [{ "literal": ":" }, "IPv6_hex"] },
        { "name": "IPv6_comp$ebnf$1$subexpression$1$macrocall$1", "symbols": ["IPv6_comp$ebnf$1$subexpression$1$macrocall$2", "IPv6_comp$ebnf$1$subexpression$1$macrocall$2", "IPv6_comp$ebnf$1$subexpression$1$macrocall$2", "IPv6_comp$ebnf$1$subexpression$1$macrocall$2", "IPv6_comp$ebnf$1$subexpression$1$macrocall$2"] },
        { "name": "IPv6_comp$ebnf$1$subexpression$1", "symbols": ["IPv6_hex", "IPv6_comp$ebnf$1$subexpression$1$macrocall$1"] },
        { "name": "IPv6_comp$ebnf$1", "symbols": ["IPv6_comp$ebnf$1$subexpression$1"], "postprocess": id },
        { "name": "IPv6_comp$ebnf$1", "symbols": [], "postprocess": () => null },
        { "name": "IPv6_comp$string$1", "symbols": [{ "literal": ":" }, { "literal": ":" }], "postprocess": (d) => d.join("") },
        { "name": "IPv6_comp$ebnf$2$subexpression$1$macrocall$2", "symbols": [{ "literal": ":" }, "IPv6_hex"] },
        { "name": "IPv6_comp$ebnf$2$subexpression$1$macrocall$1", "symbols": ["IPv6_comp$ebnf$2$subexpression$1$macrocall$2", "IPv6_comp$ebnf$2$subexpression$1$macrocall$2", "IPv6_comp$ebnf$2$subexpression$1$macrocall$2", "IPv6_comp$ebnf$2$subexpression$1$macrocall$2", "IPv6_comp$ebnf$2$subexpression$1$macrocall$2"] },
        { "name": "IPv6_comp$ebnf$2$subexpression$1", "symbols": ["IPv6_hex", "IPv6_comp$ebnf$2$subexpression$1$macrocall$1"] },
        { "name": "IPv6_comp$ebnf$2", "symbols": ["IPv6_comp$ebnf$2$subexpression$1"], "postprocess": id },
        { "name": "IPv6_comp$ebnf$2", "symbols": [], "postprocess": () => null },
        { "name": "IPv6_comp", "symbols": ["IPv6_comp$ebnf$1", "IPv6_comp$string$1", "IPv6_comp$ebnf$2"] },
        { "name": "IPv6v4_full$macrocall$2", "symbols": [{ "literal": ":" }, "IPv6_hex"] },
        { "name": "IPv6v4_full$macrocall$1", "symbols": ["IPv6v4_full$macrocall$2", "IPv6v4_full$macrocall$2", "IPv6v4_full$macrocall$2", "IPv6v4_full$macrocall$2", "IPv6v4_full$macrocall$2"] },
        { "name": "IPv6v4_full", "symbols": ["IPv6_hex", "IPv6v4_full$macrocall$1", { "literal": ":" }, "IPv4_address_literal"] },
        { "name": "IPv6v4_comp$ebnf$1$subexpression$1$macrocall$2", "symbols": [{ "literal": ":" }, "IPv6_hex"] },
        { "name": "IPv6v4_comp$ebnf$1$subexpression$1$macrocall$1", "symbols": ["IPv6v4_comp$ebnf$1$subexpression$1$macrocall$2", "IPv6v4_comp$ebnf$1$subexpression$1$macrocall$2", "IPv6v4_comp$ebnf$1$subexpression$1$macrocall$2"] },
        { "name": "IPv6v4_comp$ebnf$1$subexpression$1", "symbols": ["IPv6_hex", "IPv6v4_comp$ebnf$1$subexpression$1$macrocall$1"] },
        { "name": "IPv6v4_comp$ebnf$1", "symbols": ["IPv6v4_comp$ebnf$1$subexpression$1"], "postprocess": id },
        { "name": "IPv6v4_comp$ebnf$1", "symbols": [], "postprocess": () => null },
        { "name": "IPv6v4_comp$string$1", "symbols": [{ "literal": ":" }, { "literal": ":" }], "postprocess": (d) => d.join("") },
        { "name": "IPv6v4_comp$ebnf$2$subexpression$1$macrocall$2", "symbols": [{ "literal": ":" }, "IPv6_hex"] },
        { "name": "IPv6v4_comp$ebnf$2$subexpression$1$macrocall$1", "symbols": ["IPv6v4_comp$ebnf$2$subexpression$1$macrocall$2", "IPv6v4_comp$ebnf$2$subexpression$1$macrocall$2", "IPv6v4_comp$ebnf$2$subexpression$1$macrocall$2"] },
        { "name": "IPv6v4_comp$ebnf$2$subexpression$1", "symbols": ["IPv6_hex", "IPv6v4_comp$ebnf$2$subexpression$1$macrocall$1", { "literal": ":" }] },
        { "name": "IPv6v4_comp$ebnf$2", "symbols": ["IPv6v4_comp$ebnf$2$subexpression$1"], "postprocess": id },
        { "name": "IPv6v4_comp$ebnf$2", "symbols": [], "postprocess": () => null },
        { "name": "IPv6v4_comp", "symbols": ["IPv6v4_comp$ebnf$1", "IPv6v4_comp$string$1", "IPv6v4_comp$ebnf$2", "IPv4_address_literal"] },
        { "name": "DIGIT", "symbols": [/[0-9]/], "postprocess": id },
        { "name": "ALPHA_DIGIT_U", "symbols": [/[0-9A-Za-z\u0080-\uFFFF]/], "postprocess": id },
        { "name": "ALPHA_DIGIT", "symbols": [/[0-9A-Za-z]/], "postprocess": id },
        { "name": "ALPHA_DIG_DASH", "symbols": [/[-0-9A-Za-z]/], "postprocess": id },
        { "name": "ALPHA_DIG_DASH_U", "symbols": [/[-0-9A-Za-z\u0080-\uFFFF]/], "postprocess": id },
        { "name": "HEXDIG", "symbols": [/[0-9A-Fa-f]/], "postprocess": id },
        { "name": "DQUOTE", "symbols": [{ "literal": '"' }], "postprocess": id }
      ],
      ParserStart: "Reverse_path"
    };
    exports.default = grammar;
  }
});

// node_modules/smtp-address-parser/dist/lib/index.js
var require_lib = __commonJS({
  "node_modules/smtp-address-parser/dist/lib/index.js"(exports) {
    "use strict";
    var __importDefault = exports && exports.__importDefault || function(mod3) {
      return mod3 && mod3.__esModule ? mod3 : { "default": mod3 };
    };
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.canonicalize = exports.canonicalize_quoted_string = exports.normalize = exports.normalize_dot_string = exports.parse = void 0;
    var nearley = require_nearley();
    var grammar_1 = __importDefault(require_grammar());
    grammar_1.default.ParserStart = "Mailbox";
    var grammar = nearley.Grammar.fromCompiled(grammar_1.default);
    function parse(address) {
      const insane_length = 1e3 - "MAIL FROM:<>\r\n".length;
      if (address.length > insane_length) {
        throw new Error("address too long");
      }
      const parser = new nearley.Parser(grammar);
      parser.feed(address);
      if (parser.results.length !== 1) {
        throw new Error("address parsing failed: ambiguous grammar");
      }
      const at_idx = address.lastIndexOf("@");
      const domain = address.substring(at_idx + 1);
      if (domain[0] !== "[") {
        if (domain.length > 253) {
          throw new Error("domain too long");
        }
        const labels = domain.split(".");
        if (labels.length < 2) {
          throw new Error("domain not fully qualified");
        }
        if (labels[labels.length - 1].length < 2) {
          throw new Error("top level domain label too short");
        }
        labels.sort(function(a, b) {
          return b.length - a.length;
        });
        if (labels[0].length > 63) {
          throw new Error("domain label too long");
        }
      }
      return parser.results[0];
    }
    exports.parse = parse;
    function normalize_dot_string(dot_string) {
      const tagless = (function() {
        const plus_loc = dot_string.indexOf("+");
        if (plus_loc === -1) {
          return dot_string;
        }
        return dot_string.substr(0, plus_loc);
      })();
      const dotless = tagless.replace(/\./g, "");
      return dotless.toLowerCase();
    }
    exports.normalize_dot_string = normalize_dot_string;
    function normalize(address) {
      var _a, _b;
      const a = parse(address);
      const domain = (_a = a.domainPart.AddressLiteral) !== null && _a !== void 0 ? _a : a.domainPart.DomainName.toLowerCase();
      const local = (_b = a.localPart.QuotedString) !== null && _b !== void 0 ? _b : normalize_dot_string(a.localPart.DotString);
      return `${local}@${domain}`;
    }
    exports.normalize = normalize;
    function canonicalize_quoted_string(quoted_string) {
      const unquoted = quoted_string.substr(1).substr(0, quoted_string.length - 2);
      const unescaped = unquoted.replace(/(?:\\(.))/g, "$1");
      const reescaped = unescaped.replace(/(?:(["\\]))/g, "\\$1");
      return `"${reescaped}"`;
    }
    exports.canonicalize_quoted_string = canonicalize_quoted_string;
    function canonicalize(address) {
      var _a;
      const a = parse(address);
      const domain = (_a = a.domainPart.AddressLiteral) !== null && _a !== void 0 ? _a : a.domainPart.DomainName.toLowerCase();
      const local = a.localPart.QuotedString ? canonicalize_quoted_string(a.localPart.QuotedString) : a.localPart.DotString;
      return `${local}@${domain}`;
    }
    exports.canonicalize = canonicalize;
  }
});

// node_modules/extend/index.js
var require_extend = __commonJS({
  "node_modules/extend/index.js"(exports, module) {
    "use strict";
    var hasOwn = Object.prototype.hasOwnProperty;
    var toStr = Object.prototype.toString;
    var defineProperty = Object.defineProperty;
    var gOPD = Object.getOwnPropertyDescriptor;
    var isArray = function isArray2(arr) {
      if (typeof Array.isArray === "function") {
        return Array.isArray(arr);
      }
      return toStr.call(arr) === "[object Array]";
    };
    var isPlainObject2 = function isPlainObject3(obj) {
      if (!obj || toStr.call(obj) !== "[object Object]") {
        return false;
      }
      var hasOwnConstructor = hasOwn.call(obj, "constructor");
      var hasIsPrototypeOf = obj.constructor && obj.constructor.prototype && hasOwn.call(obj.constructor.prototype, "isPrototypeOf");
      if (obj.constructor && !hasOwnConstructor && !hasIsPrototypeOf) {
        return false;
      }
      var key;
      for (key in obj) {
      }
      return typeof key === "undefined" || hasOwn.call(obj, key);
    };
    var setProperty = function setProperty2(target, options) {
      if (defineProperty && options.name === "__proto__") {
        defineProperty(target, options.name, {
          enumerable: true,
          configurable: true,
          value: options.newValue,
          writable: true
        });
      } else {
        target[options.name] = options.newValue;
      }
    };
    var getProperty = function getProperty2(obj, name) {
      if (name === "__proto__") {
        if (!hasOwn.call(obj, name)) {
          return void 0;
        } else if (gOPD) {
          return gOPD(obj, name).value;
        }
      }
      return obj[name];
    };
    module.exports = function extend() {
      var options, name, src, copy, copyIsArray, clone;
      var target = arguments[0];
      var i = 1;
      var length = arguments.length;
      var deep = false;
      if (typeof target === "boolean") {
        deep = target;
        target = arguments[1] || {};
        i = 2;
      }
      if (target == null || typeof target !== "object" && typeof target !== "function") {
        target = {};
      }
      for (; i < length; ++i) {
        options = arguments[i];
        if (options != null) {
          for (name in options) {
            src = getProperty(target, name);
            copy = getProperty(options, name);
            if (target !== copy) {
              if (deep && copy && (isPlainObject2(copy) || (copyIsArray = isArray(copy)))) {
                if (copyIsArray) {
                  copyIsArray = false;
                  clone = src && isArray(src) ? src : [];
                } else {
                  clone = src && isPlainObject2(src) ? src : {};
                }
                setProperty(target, { name, newValue: extend(deep, clone, copy) });
              } else if (typeof copy !== "undefined") {
                setProperty(target, { name, newValue: copy });
              }
            }
          }
        }
      }
      return target;
    };
  }
});

// node_modules/schemes/lib/iana-permanent.json
var require_iana_permanent = __commonJS({
  "node_modules/schemes/lib/iana-permanent.json"(exports, module) {
    module.exports = [
      {
        scheme: "aaa",
        description: "Diameter Protocol",
        reference: [
          {
            type: "rfc",
            href: "http://www.iana.org/go/rfc6733"
          }
        ]
      },
      {
        scheme: "aaas",
        description: "Diameter Protocol with Secure Transport",
        reference: [
          {
            type: "rfc",
            href: "http://www.iana.org/go/rfc6733"
          }
        ]
      },
      {
        scheme: "about",
        description: "about",
        reference: [
          {
            type: "rfc",
            href: "http://www.iana.org/go/rfc6694"
          }
        ]
      },
      {
        scheme: "acap",
        description: "application configuration access protocol",
        reference: [
          {
            type: "rfc",
            href: "http://www.iana.org/go/rfc2244"
          }
        ]
      },
      {
        scheme: "acct",
        description: "acct",
        reference: [
          {
            type: "rfc",
            href: "http://www.iana.org/go/rfc7565"
          }
        ]
      },
      {
        scheme: "cap",
        description: "Calendar Access Protocol",
        reference: [
          {
            type: "rfc",
            href: "http://www.iana.org/go/rfc4324"
          }
        ]
      },
      {
        scheme: "cid",
        description: "content identifier",
        reference: [
          {
            type: "rfc",
            href: "http://www.iana.org/go/rfc2392"
          }
        ]
      },
      {
        scheme: "coap",
        description: "coap",
        reference: [
          {
            type: "rfc",
            href: "http://www.iana.org/go/rfc7252"
          }
        ]
      },
      {
        scheme: "coaps",
        description: "coaps",
        reference: [
          {
            type: "rfc",
            href: "http://www.iana.org/go/rfc7252"
          }
        ]
      },
      {
        scheme: "crid",
        description: "TV-Anytime Content Reference Identifier",
        reference: [
          {
            type: "rfc",
            href: "http://www.iana.org/go/rfc4078"
          }
        ]
      },
      {
        scheme: "data",
        description: "data",
        reference: [
          {
            type: "rfc",
            href: "http://www.iana.org/go/rfc2397"
          }
        ]
      },
      {
        scheme: "dav",
        description: "dav",
        reference: [
          {
            type: "rfc",
            href: "http://www.iana.org/go/rfc4918"
          }
        ]
      },
      {
        scheme: "dict",
        description: "dictionary service protocol",
        reference: [
          {
            type: "rfc",
            href: "http://www.iana.org/go/rfc2229"
          }
        ]
      },
      {
        scheme: "dns",
        description: "Domain Name System",
        reference: [
          {
            type: "rfc",
            href: "http://www.iana.org/go/rfc4501"
          }
        ]
      },
      {
        scheme: "example",
        description: "example",
        reference: [
          {
            type: "rfc",
            href: "http://www.iana.org/go/rfc7595"
          }
        ]
      },
      {
        scheme: "file",
        description: "Host-specific file names",
        reference: [
          {
            type: "rfc",
            href: "http://www.iana.org/go/rfc1738"
          }
        ]
      },
      {
        scheme: "ftp",
        description: "File Transfer Protocol",
        reference: [
          {
            type: "rfc",
            href: "http://www.iana.org/go/rfc1738"
          }
        ]
      },
      {
        scheme: "geo",
        description: "Geographic Locations",
        reference: [
          {
            type: "rfc",
            href: "http://www.iana.org/go/rfc5870"
          }
        ]
      },
      {
        scheme: "go",
        description: "go",
        reference: [
          {
            type: "rfc",
            href: "http://www.iana.org/go/rfc3368"
          }
        ]
      },
      {
        scheme: "gopher",
        description: "The Gopher Protocol",
        reference: [
          {
            type: "rfc",
            href: "http://www.iana.org/go/rfc4266"
          }
        ]
      },
      {
        scheme: "h323",
        description: "H.323",
        reference: [
          {
            type: "rfc",
            href: "http://www.iana.org/go/rfc3508"
          }
        ]
      },
      {
        scheme: "http",
        description: "Hypertext Transfer Protocol",
        reference: [
          {
            type: "rfc",
            href: "http://www.iana.org/go/rfc7230"
          }
        ]
      },
      {
        scheme: "https",
        description: "Hypertext Transfer Protocol Secure",
        reference: [
          {
            type: "rfc",
            href: "http://www.iana.org/go/rfc7230"
          }
        ]
      },
      {
        scheme: "iax",
        description: "Inter-Asterisk eXchange Version 2",
        reference: [
          {
            type: "rfc",
            href: "http://www.iana.org/go/rfc5456"
          }
        ]
      },
      {
        scheme: "icap",
        description: "Internet Content Adaptation Protocol",
        reference: [
          {
            type: "rfc",
            href: "http://www.iana.org/go/rfc3507"
          }
        ]
      },
      {
        scheme: "im",
        description: "Instant Messaging",
        reference: [
          {
            type: "rfc",
            href: "http://www.iana.org/go/rfc3860"
          }
        ]
      },
      {
        scheme: "imap",
        description: "internet message access protocol",
        reference: [
          {
            type: "rfc",
            href: "http://www.iana.org/go/rfc5092"
          }
        ]
      },
      {
        scheme: "info",
        description: 'Information Assets with Identifiers in Public Namespaces. \n       (section 3) defines an "info" registry \n        of public namespaces, which is maintained by NISO and can be accessed \n        from .',
        reference: [
          {
            type: "rfc",
            href: "http://www.iana.org/go/rfc4452"
          }
        ]
      },
      {
        scheme: "ipp",
        description: "Internet Printing Protocol",
        reference: [
          {
            type: "rfc",
            href: "http://www.iana.org/go/rfc3510"
          }
        ]
      },
      {
        scheme: "ipps",
        description: "Internet Printing Protocol over HTTPS",
        reference: [
          {
            type: "rfc",
            href: "http://www.iana.org/go/rfc7472"
          }
        ]
      },
      {
        scheme: "iris",
        description: "Internet Registry Information Service",
        reference: [
          {
            type: "rfc",
            href: "http://www.iana.org/go/rfc3981"
          }
        ]
      },
      {
        scheme: "iris.beep",
        description: "iris.beep",
        reference: [
          {
            type: "rfc",
            href: "http://www.iana.org/go/rfc3983"
          }
        ]
      },
      {
        scheme: "iris.lwz",
        description: "iris.lwz",
        reference: [
          {
            type: "rfc",
            href: "http://www.iana.org/go/rfc4993"
          }
        ]
      },
      {
        scheme: "iris.xpc",
        description: "iris.xpc",
        reference: [
          {
            type: "rfc",
            href: "http://www.iana.org/go/rfc4992"
          }
        ]
      },
      {
        scheme: "iris.xpcs",
        description: "iris.xpcs",
        reference: [
          {
            type: "rfc",
            href: "http://www.iana.org/go/rfc4992"
          }
        ]
      },
      {
        scheme: "jabber",
        description: "jabber",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/perm/jabber"
      },
      {
        scheme: "ldap",
        description: "Lightweight Directory Access Protocol",
        reference: [
          {
            type: "rfc",
            href: "http://www.iana.org/go/rfc4516"
          }
        ]
      },
      {
        scheme: "mailto",
        description: "Electronic mail address",
        reference: [
          {
            type: "rfc",
            href: "http://www.iana.org/go/rfc6068"
          }
        ]
      },
      {
        scheme: "mid",
        description: "message identifier",
        reference: [
          {
            type: "rfc",
            href: "http://www.iana.org/go/rfc2392"
          }
        ]
      },
      {
        scheme: "msrp",
        description: "Message Session Relay Protocol",
        reference: [
          {
            type: "rfc",
            href: "http://www.iana.org/go/rfc4975"
          }
        ]
      },
      {
        scheme: "msrps",
        description: "Message Session Relay Protocol Secure",
        reference: [
          {
            type: "rfc",
            href: "http://www.iana.org/go/rfc4975"
          }
        ]
      },
      {
        scheme: "mtqp",
        description: "Message Tracking Query Protocol",
        reference: [
          {
            type: "rfc",
            href: "http://www.iana.org/go/rfc3887"
          }
        ]
      },
      {
        scheme: "mupdate",
        description: "Mailbox Update (MUPDATE) Protocol",
        reference: [
          {
            type: "rfc",
            href: "http://www.iana.org/go/rfc3656"
          }
        ]
      },
      {
        scheme: "news",
        description: "USENET news",
        reference: [
          {
            type: "rfc",
            href: "http://www.iana.org/go/rfc5538"
          }
        ]
      },
      {
        scheme: "nfs",
        description: "network file system protocol",
        reference: [
          {
            type: "rfc",
            href: "http://www.iana.org/go/rfc2224"
          }
        ]
      },
      {
        scheme: "ni",
        description: "ni",
        reference: [
          {
            type: "rfc",
            href: "http://www.iana.org/go/rfc6920"
          }
        ]
      },
      {
        scheme: "nih",
        description: "nih",
        reference: [
          {
            type: "rfc",
            href: "http://www.iana.org/go/rfc6920"
          }
        ]
      },
      {
        scheme: "nntp",
        description: "USENET news using NNTP access",
        reference: [
          {
            type: "rfc",
            href: "http://www.iana.org/go/rfc5538"
          }
        ]
      },
      {
        scheme: "opaquelocktoken",
        description: "opaquelocktokent",
        reference: [
          {
            type: "rfc",
            href: "http://www.iana.org/go/rfc4918"
          }
        ]
      },
      {
        scheme: "pkcs11",
        description: "PKCS#11",
        reference: [
          {
            type: "rfc",
            href: "http://www.iana.org/go/rfc7512"
          }
        ]
      },
      {
        scheme: "pop",
        description: "Post Office Protocol v3",
        reference: [
          {
            type: "rfc",
            href: "http://www.iana.org/go/rfc2384"
          }
        ]
      },
      {
        scheme: "pres",
        description: "Presence",
        reference: [
          {
            type: "rfc",
            href: "http://www.iana.org/go/rfc3859"
          }
        ]
      },
      {
        scheme: "reload",
        description: "reload",
        reference: [
          {
            type: "rfc",
            href: "http://www.iana.org/go/rfc6940"
          }
        ]
      },
      {
        scheme: "rtsp",
        description: "Real-time Streaming Protocol (RTSP)",
        reference: [
          {
            type: "rfc",
            href: "http://www.iana.org/go/rfc2326"
          },
          {
            type: "draft",
            href: "http://www.iana.org/go/RFC-ietf-mmusic-rfc2326bis-40"
          }
        ]
      },
      {
        scheme: "rtsps",
        description: "Real-time Streaming Protocol (RTSP) over TLS",
        reference: [
          {
            type: "rfc",
            href: "http://www.iana.org/go/rfc2326"
          },
          {
            type: "draft",
            href: "http://www.iana.org/go/RFC-ietf-mmusic-rfc2326bis-40"
          }
        ]
      },
      {
        scheme: "rtspu",
        description: "Real-time Streaming Protocol (RTSP) over unreliable datagram transport",
        reference: [
          {
            type: "rfc",
            href: "http://www.iana.org/go/rfc2326"
          }
        ]
      },
      {
        scheme: "service",
        description: "service location",
        reference: [
          {
            type: "rfc",
            href: "http://www.iana.org/go/rfc2609"
          }
        ]
      },
      {
        scheme: "session",
        description: "session",
        reference: [
          {
            type: "rfc",
            href: "http://www.iana.org/go/rfc6787"
          }
        ]
      },
      {
        scheme: "shttp",
        description: "Secure Hypertext Transfer Protocol",
        reference: [
          {
            type: "rfc",
            href: "http://www.iana.org/go/rfc2660"
          }
        ]
      },
      {
        scheme: "sieve",
        description: "ManageSieve Protocol",
        reference: [
          {
            type: "rfc",
            href: "http://www.iana.org/go/rfc5804"
          }
        ]
      },
      {
        scheme: "sip",
        description: "session initiation protocol",
        reference: [
          {
            type: "rfc",
            href: "http://www.iana.org/go/rfc3261"
          }
        ]
      },
      {
        scheme: "sips",
        description: "secure session initiation protocol",
        reference: [
          {
            type: "rfc",
            href: "http://www.iana.org/go/rfc3261"
          }
        ]
      },
      {
        scheme: "sms",
        description: "Short Message Service",
        reference: [
          {
            type: "rfc",
            href: "http://www.iana.org/go/rfc5724"
          }
        ]
      },
      {
        scheme: "snmp",
        description: "Simple Network Management Protocol",
        reference: [
          {
            type: "rfc",
            href: "http://www.iana.org/go/rfc4088"
          }
        ]
      },
      {
        scheme: "soap.beep",
        description: "soap.beep",
        reference: [
          {
            type: "rfc",
            href: "http://www.iana.org/go/rfc4227"
          }
        ]
      },
      {
        scheme: "soap.beeps",
        description: "soap.beeps",
        reference: [
          {
            type: "rfc",
            href: "http://www.iana.org/go/rfc4227"
          }
        ]
      },
      {
        scheme: "stun",
        description: "stun",
        reference: [
          {
            type: "rfc",
            href: "http://www.iana.org/go/rfc7064"
          }
        ]
      },
      {
        scheme: "stuns",
        description: "stuns",
        reference: [
          {
            type: "rfc",
            href: "http://www.iana.org/go/rfc7064"
          }
        ]
      },
      {
        scheme: "tag",
        description: "tag",
        reference: [
          {
            type: "rfc",
            href: "http://www.iana.org/go/rfc4151"
          }
        ]
      },
      {
        scheme: "tel",
        description: "telephone",
        reference: [
          {
            type: "rfc",
            href: "http://www.iana.org/go/rfc3966"
          }
        ]
      },
      {
        scheme: "telnet",
        description: "Reference to interactive sessions",
        reference: [
          {
            type: "rfc",
            href: "http://www.iana.org/go/rfc4248"
          }
        ]
      },
      {
        scheme: "tftp",
        description: "Trivial File Transfer Protocol",
        reference: [
          {
            type: "rfc",
            href: "http://www.iana.org/go/rfc3617"
          }
        ]
      },
      {
        scheme: "thismessage",
        description: "multipart/related relative reference resolution",
        reference: [
          {
            type: "rfc",
            href: "http://www.iana.org/go/rfc2557"
          }
        ],
        template: "http://www.iana.org/assignments/uri-schemes/perm/thismessage"
      },
      {
        scheme: "tip",
        description: "Transaction Internet Protocol",
        reference: [
          {
            type: "rfc",
            href: "http://www.iana.org/go/rfc2371"
          }
        ]
      },
      {
        scheme: "tn3270",
        description: "Interactive 3270 emulation sessions",
        reference: [
          {
            type: "rfc",
            href: "http://www.iana.org/go/rfc6270"
          }
        ]
      },
      {
        scheme: "turn",
        description: "turn",
        reference: [
          {
            type: "rfc",
            href: "http://www.iana.org/go/rfc7065"
          }
        ]
      },
      {
        scheme: "turns",
        description: "turns",
        reference: [
          {
            type: "rfc",
            href: "http://www.iana.org/go/rfc7065"
          }
        ]
      },
      {
        scheme: "tv",
        description: "TV Broadcasts",
        reference: [
          {
            type: "rfc",
            href: "http://www.iana.org/go/rfc2838"
          }
        ]
      },
      {
        scheme: "urn",
        description: "Uniform Resource Names",
        reference: [
          {
            type: "rfc",
            href: "http://www.iana.org/go/rfc2141"
          },
          {
            type: "registry",
            href: "http://www.iana.org/assignments/urn-namespaces"
          }
        ]
      },
      {
        scheme: "vemmi",
        description: "versatile multimedia interface",
        reference: [
          {
            type: "rfc",
            href: "http://www.iana.org/go/rfc2122"
          }
        ]
      },
      {
        scheme: "vnc",
        description: "Remote Framebuffer Protocol",
        reference: [
          {
            type: "draft",
            href: "http://www.iana.org/go/RFC-warden-appsawg-vnc-scheme-10"
          }
        ]
      },
      {
        scheme: "ws",
        description: "WebSocket connections",
        reference: [
          {
            type: "rfc",
            href: "http://www.iana.org/go/rfc6455"
          }
        ]
      },
      {
        scheme: "wss",
        description: "Encrypted WebSocket connections",
        reference: [
          {
            type: "rfc",
            href: "http://www.iana.org/go/rfc6455"
          }
        ]
      },
      {
        scheme: "xcon",
        description: "xcon",
        reference: [
          {
            type: "rfc",
            href: "http://www.iana.org/go/rfc6501"
          }
        ]
      },
      {
        scheme: "xcon-userid",
        description: "xcon-userid",
        reference: [
          {
            type: "rfc",
            href: "http://www.iana.org/go/rfc6501"
          }
        ]
      },
      {
        scheme: "xmlrpc.beep",
        description: "xmlrpc.beep",
        reference: [
          {
            type: "rfc",
            href: "http://www.iana.org/go/rfc3529"
          }
        ]
      },
      {
        scheme: "xmlrpc.beeps",
        description: "xmlrpc.beeps",
        reference: [
          {
            type: "rfc",
            href: "http://www.iana.org/go/rfc3529"
          }
        ]
      },
      {
        scheme: "xmpp",
        description: "Extensible Messaging and Presence Protocol",
        reference: [
          {
            type: "rfc",
            href: "http://www.iana.org/go/rfc5122"
          }
        ]
      },
      {
        scheme: "z39.50r",
        description: "Z39.50 Retrieval",
        reference: [
          {
            type: "rfc",
            href: "http://www.iana.org/go/rfc2056"
          }
        ]
      },
      {
        scheme: "z39.50s",
        description: "Z39.50 Session",
        reference: [
          {
            type: "rfc",
            href: "http://www.iana.org/go/rfc2056"
          }
        ]
      }
    ];
  }
});

// node_modules/schemes/lib/iana-provisional.json
var require_iana_provisional = __commonJS({
  "node_modules/schemes/lib/iana-provisional.json"(exports, module) {
    module.exports = [
      {
        scheme: "acr",
        description: "acr",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/acr"
      },
      {
        scheme: "adiumxtra",
        description: "adiumxtra",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/adiumxtra"
      },
      {
        scheme: "afp",
        description: "afp",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/afp"
      },
      {
        scheme: "afs",
        description: "Andrew File System global file names",
        reference: [
          {
            type: "rfc",
            href: "http://www.iana.org/go/rfc1738"
          }
        ]
      },
      {
        scheme: "aim",
        description: "aim",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/aim"
      },
      {
        scheme: "appdata",
        description: "appdata",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/appdata"
      },
      {
        scheme: "apt",
        description: "apt",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/apt"
      },
      {
        scheme: "attachment",
        description: "attachment",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/attachment"
      },
      {
        scheme: "aw",
        description: "aw",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/aw"
      },
      {
        scheme: "barion",
        description: "barion",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/barion"
      },
      {
        scheme: "beshare",
        description: "beshare",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/beshare"
      },
      {
        scheme: "bitcoin",
        description: "bitcoin",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/bitcoin"
      },
      {
        scheme: "blob",
        description: "blob",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/blob"
      },
      {
        scheme: "bolo",
        description: "bolo",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/bolo"
      },
      {
        scheme: "callto",
        description: "callto",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/callto"
      },
      {
        scheme: "chrome",
        description: "chrome",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/chrome"
      },
      {
        scheme: "chrome-extension",
        description: "chrome-extension",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/chrome-extension"
      },
      {
        scheme: "com-eventbrite-attendee",
        description: "com-eventbrite-attendee",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/com-eventbrite-attendee"
      },
      {
        scheme: "content",
        description: "content",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/content"
      },
      {
        scheme: "cvs",
        description: "cvs",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/cvs"
      },
      {
        scheme: "dis",
        description: "dis",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/dis"
      },
      {
        scheme: "dlna-playcontainer",
        description: "dlna-playcontainer",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/dlna-playcontainer"
      },
      {
        scheme: "dlna-playsingle",
        description: "dlna-playsingle",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/dlna-playsingle"
      },
      {
        scheme: "dntp",
        description: "dntp",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/dntp"
      },
      {
        scheme: "dtn",
        description: "DTNRG research and development",
        reference: [
          {
            type: "rfc",
            href: "http://www.iana.org/go/rfc5050"
          }
        ]
      },
      {
        scheme: "dvb",
        description: "dvb",
        reference: [
          {
            type: "draft",
            href: "http://www.iana.org/go/draft-mcroberts-uri-dvb"
          }
        ]
      },
      {
        scheme: "ed2k",
        description: "ed2k",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/ed2k"
      },
      {
        scheme: "facetime",
        description: "facetime",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/facetime"
      },
      {
        scheme: "feed",
        description: "feed",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/feed"
      },
      {
        scheme: "feedready",
        description: "feedready",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/feedready"
      },
      {
        scheme: "finger",
        description: "finger",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/finger"
      },
      {
        scheme: "fish",
        description: "fish",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/fish"
      },
      {
        scheme: "gg",
        description: "gg",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/gg"
      },
      {
        scheme: "git",
        description: "git",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/git"
      },
      {
        scheme: "gizmoproject",
        description: "gizmoproject",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/gizmoproject"
      },
      {
        scheme: "gtalk",
        description: "gtalk",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/gtalk"
      },
      {
        scheme: "ham",
        description: "ham",
        reference: [
          {
            type: "rfc",
            href: "http://www.iana.org/go/rfc7046"
          }
        ]
      },
      {
        scheme: "hcp",
        description: "hcp",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/hcp"
      },
      {
        scheme: "icon",
        description: "icon",
        reference: [
          {
            type: "draft",
            href: "http://www.iana.org/go/draft-lafayette-icon-uri-scheme"
          }
        ]
      },
      {
        scheme: "iotdisco",
        description: "iotdisco",
        reference: [
          {
            type: "uri",
            href: "http://www.iana.org/assignments/uri-schemes/prov/iotdisco.pdf"
          }
        ],
        template: "http://www.iana.org/assignments/uri-schemes/prov/iotdisco"
      },
      {
        scheme: "ipn",
        description: "ipn",
        reference: [
          {
            type: "rfc",
            href: "http://www.iana.org/go/rfc6260"
          }
        ]
      },
      {
        scheme: "irc",
        description: "irc",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/irc"
      },
      {
        scheme: "irc6",
        description: "irc6",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/irc6"
      },
      {
        scheme: "ircs",
        description: "ircs",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/ircs"
      },
      {
        scheme: "isostore",
        description: "isostore",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/isostore"
      },
      {
        scheme: "itms",
        description: "itms",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/itms"
      },
      {
        scheme: "jar",
        description: "jar",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/jar"
      },
      {
        scheme: "jms",
        description: "Java Message Service",
        reference: [
          {
            type: "rfc",
            href: "http://www.iana.org/go/rfc6167"
          }
        ]
      },
      {
        scheme: "keyparc",
        description: "keyparc",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/keyparc"
      },
      {
        scheme: "lastfm",
        description: "lastfm",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/lastfm"
      },
      {
        scheme: "ldaps",
        description: "ldaps",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/ldaps"
      },
      {
        scheme: "magnet",
        description: "magnet",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/magnet"
      },
      {
        scheme: "maps",
        description: "maps",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/maps"
      },
      {
        scheme: "market",
        description: "market",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/market"
      },
      {
        scheme: "message",
        description: "message",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/message"
      },
      {
        scheme: "mms",
        description: "mms",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/mms"
      },
      {
        scheme: "ms-access",
        description: "ms-access",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/ms-access"
      },
      {
        scheme: "ms-drive-to",
        description: "ms-drive-to",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/ms-drive-to"
      },
      {
        scheme: "ms-enrollment",
        description: "ms-enrollment",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/ms-enrollment"
      },
      {
        scheme: "ms-excel",
        description: "ms-excel",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/ms-excel"
      },
      {
        scheme: "ms-getoffice",
        description: "ms-getoffice",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/ms-getoffice"
      },
      {
        scheme: "ms-help",
        description: "ms-help",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/ms-help"
      },
      {
        scheme: "ms-infopath",
        description: "ms-infopath",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/ms-infopath"
      },
      {
        scheme: "ms-media-stream-id",
        description: "ms-media-stream-id",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/ms-media-stream-id"
      },
      {
        scheme: "ms-powerpoint",
        description: "ms-powerpoint",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/ms-powerpoint"
      },
      {
        scheme: "ms-project",
        description: "ms-project",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/ms-project"
      },
      {
        scheme: "ms-publisher",
        description: "ms-publisher",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/ms-publisher"
      },
      {
        scheme: "ms-search-repair",
        description: "ms-search-repair",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/ms-search-repair"
      },
      {
        scheme: "ms-secondary-screen-controller",
        description: "ms-secondary-screen-controller",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/ms-secondary-screen-controller"
      },
      {
        scheme: "ms-secondary-screen-setup",
        description: "ms-secondary-screen-setup",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/ms-secondary-screen-setup"
      },
      {
        scheme: "ms-settings",
        description: "ms-settings",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/ms-settings"
      },
      {
        scheme: "ms-settings-airplanemode",
        description: "ms-settings-airplanemode",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/ms-settings-airplanemode"
      },
      {
        scheme: "ms-settings-bluetooth",
        description: "ms-settings-bluetooth",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/ms-settings-bluetooth"
      },
      {
        scheme: "ms-settings-camera",
        description: "ms-settings-camera",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/ms-settings-camera"
      },
      {
        scheme: "ms-settings-cellular",
        description: "ms-settings-cellular",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/ms-settings-cellular"
      },
      {
        scheme: "ms-settings-cloudstorage",
        description: "ms-settings-cloudstorage",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/ms-settings-cloudstorage"
      },
      {
        scheme: "ms-settings-connectabledevices",
        description: "ms-settings-connectabledevices",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/ms-settings-connectabledevices"
      },
      {
        scheme: "ms-settings-displays-topology",
        description: "ms-settings-displays-topology",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/ms-settings-displays-topology"
      },
      {
        scheme: "ms-settings-emailandaccounts",
        description: "ms-settings-emailandaccounts",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/ms-settings-emailandaccounts"
      },
      {
        scheme: "ms-settings-language",
        description: "ms-settings-language",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/ms-settings-language"
      },
      {
        scheme: "ms-settings-location",
        description: "ms-settings-location",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/ms-settings-location"
      },
      {
        scheme: "ms-settings-lock",
        description: "ms-settings-lock",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/ms-settings-lock"
      },
      {
        scheme: "ms-settings-nfctransactions",
        description: "ms-settings-nfctransactions",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/ms-settings-nfctransactions"
      },
      {
        scheme: "ms-settings-notifications",
        description: "ms-settings-notifications",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/ms-settings-notifications"
      },
      {
        scheme: "ms-settings-power",
        description: "ms-settings-power",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/ms-settings-power"
      },
      {
        scheme: "ms-settings-privacy",
        description: "ms-settings-privacy",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/ms-settings-privacy"
      },
      {
        scheme: "ms-settings-proximity",
        description: "ms-settings-proximity",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/ms-settings-proximity"
      },
      {
        scheme: "ms-settings-screenrotation",
        description: "ms-settings-screenrotation",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/ms-settings-screenrotation"
      },
      {
        scheme: "ms-settings-wifi",
        description: "ms-settings-wifi",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/ms-settings-wifi"
      },
      {
        scheme: "ms-settings-workplace",
        description: "ms-settings-workplace",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/ms-settings-workplace"
      },
      {
        scheme: "ms-spd",
        description: "ms-spd",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/ms-spd"
      },
      {
        scheme: "ms-transit-to",
        description: "ms-transit-to",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/ms-transit-to"
      },
      {
        scheme: "ms-visio",
        description: "ms-visio",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/ms-visio"
      },
      {
        scheme: "ms-walk-to",
        description: "ms-walk-to",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/ms-walk-to"
      },
      {
        scheme: "ms-word",
        description: "ms-word",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/ms-word"
      },
      {
        scheme: "msnim",
        description: "msnim",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/msnim"
      },
      {
        scheme: "mumble",
        description: "mumble",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/mumble"
      },
      {
        scheme: "mvn",
        description: "mvn",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/mvn"
      },
      {
        scheme: "notes",
        description: "notes",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/notes"
      },
      {
        scheme: "oid",
        description: "oid",
        reference: [
          {
            type: "draft",
            href: "http://www.iana.org/go/draft-larmouth-oid-iri"
          }
        ],
        template: "http://www.iana.org/assignments/uri-schemes/prov/oid"
      },
      {
        scheme: "palm",
        description: "palm",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/palm"
      },
      {
        scheme: "paparazzi",
        description: "paparazzi",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/paparazzi"
      },
      {
        scheme: "platform",
        description: "platform",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/platform"
      },
      {
        scheme: "proxy",
        description: "proxy",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/proxy"
      },
      {
        scheme: "psyc",
        description: "psyc",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/psyc"
      },
      {
        scheme: "query",
        description: "query",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/query"
      },
      {
        scheme: "redis",
        description: "redis",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/redis"
      },
      {
        scheme: "rediss",
        description: "rediss",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/rediss"
      },
      {
        scheme: "res",
        description: "res",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/res"
      },
      {
        scheme: "resource",
        description: "resource",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/resource"
      },
      {
        scheme: "rmi",
        description: "rmi",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/rmi"
      },
      {
        scheme: "rsync",
        description: "rsync",
        reference: [
          {
            type: "rfc",
            href: "http://www.iana.org/go/rfc5781"
          }
        ]
      },
      {
        scheme: "rtmfp",
        description: "rtmfp",
        reference: [
          {
            type: "rfc",
            href: "http://www.iana.org/go/rfc7425"
          }
        ],
        template: "http://www.iana.org/assignments/uri-schemes/prov/rtmfp"
      },
      {
        scheme: "rtmp",
        description: "rtmp",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/rtmp"
      },
      {
        scheme: "secondlife",
        description: "query",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/secondlife"
      },
      {
        scheme: "sftp",
        description: "query",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/sftp"
      },
      {
        scheme: "sgn",
        description: "sgn",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/sgn"
      },
      {
        scheme: "skype",
        description: "skype",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/skype"
      },
      {
        scheme: "smb",
        description: "smb",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/smb"
      },
      {
        scheme: "smtp",
        description: "smtp",
        reference: [
          {
            type: "draft",
            href: "http://www.iana.org/go/draft-melnikov-smime-msa-to-mda"
          }
        ],
        template: "http://www.iana.org/assignments/uri-schemes/prov/smtp"
      },
      {
        scheme: "soldat",
        description: "soldat",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/soldat"
      },
      {
        scheme: "spotify",
        description: "spotify",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/spotify"
      },
      {
        scheme: "ssh",
        description: "ssh",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/ssh"
      },
      {
        scheme: "steam",
        description: "steam",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/steam"
      },
      {
        scheme: "submit",
        description: "submit",
        reference: [
          {
            type: "draft",
            href: "http://www.iana.org/go/draft-melnikov-smime-msa-to-mda"
          }
        ],
        template: "http://www.iana.org/assignments/uri-schemes/prov/submit"
      },
      {
        scheme: "svn",
        description: "svn",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/svn"
      },
      {
        scheme: "teamspeak",
        description: "teamspeak",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/teamspeak"
      },
      {
        scheme: "teliaeid",
        description: "teliaeid",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/teliaeid"
      },
      {
        scheme: "things",
        description: "things",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/things"
      },
      {
        scheme: "tool",
        description: "tool",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/tool"
      },
      {
        scheme: "udp",
        description: "udp",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/udp"
      },
      {
        scheme: "unreal",
        description: "unreal",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/unreal"
      },
      {
        scheme: "ut2004",
        description: "ut2004",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/ut2004"
      },
      {
        scheme: "v-event",
        description: "v-event",
        reference: [
          {
            type: "draft",
            href: "http://www.iana.org/go/draft-menderico-v-event-uri"
          }
        ],
        template: "http://www.iana.org/assignments/uri-schemes/prov/v-event"
      },
      {
        scheme: "ventrilo",
        description: "ventrilo",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/ventrilo"
      },
      {
        scheme: "view-source",
        description: "view-source",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/view-source"
      },
      {
        scheme: "webcal",
        description: "webcal",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/webcal"
      },
      {
        scheme: "wpid",
        description: "wpid",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/wpid"
      },
      {
        scheme: "wtai",
        description: "wtai",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/wtai"
      },
      {
        scheme: "wyciwyg",
        description: "wyciwyg",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/wyciwyg"
      },
      {
        scheme: "xfire",
        description: "xfire",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/xfire"
      },
      {
        scheme: "xri",
        description: "xri",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/xri"
      },
      {
        scheme: "ymsgr",
        description: "ymsgr",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/prov/ymsgr"
      }
    ];
  }
});

// node_modules/schemes/lib/iana-historical.json
var require_iana_historical = __commonJS({
  "node_modules/schemes/lib/iana-historical.json"(exports, module) {
    module.exports = [
      {
        scheme: "fax",
        description: "fax",
        reference: [
          {
            type: "rfc",
            href: "http://www.iana.org/go/rfc2806"
          },
          {
            type: "rfc",
            href: "http://www.iana.org/go/rfc3966"
          }
        ]
      },
      {
        scheme: "filesystem",
        description: "filesystem",
        reference: [],
        template: "http://www.iana.org/assignments/uri-schemes/historic/filesystem"
      },
      {
        scheme: "mailserver",
        description: "Access to data available from mail servers",
        reference: [
          {
            type: "rfc",
            href: "http://www.iana.org/go/rfc6196"
          }
        ]
      },
      {
        scheme: "modem",
        description: "modem",
        reference: [
          {
            type: "rfc",
            href: "http://www.iana.org/go/rfc2806"
          },
          {
            type: "rfc",
            href: "http://www.iana.org/go/rfc3966"
          }
        ]
      },
      {
        scheme: "pack",
        description: "pack",
        reference: [
          {
            type: "draft",
            href: "http://www.iana.org/go/draft-shur-pack-uri-scheme"
          }
        ],
        template: "http://www.iana.org/assignments/uri-schemes/historic/pack"
      },
      {
        scheme: "prospero",
        description: "Prospero Directory Service",
        reference: [
          {
            type: "rfc",
            href: "http://www.iana.org/go/rfc4157"
          }
        ]
      },
      {
        scheme: "snews",
        description: "NNTP over SSL/TLS",
        reference: [
          {
            type: "rfc",
            href: "http://www.iana.org/go/rfc5538"
          }
        ]
      },
      {
        scheme: "videotex",
        description: "videotex",
        reference: [
          {
            type: "draft",
            href: "http://www.iana.org/go/draft-mavrakis-videotex-url-spec"
          },
          {
            type: "rfc",
            href: "http://www.iana.org/go/rfc2122"
          },
          {
            type: "rfc",
            href: "http://www.iana.org/go/rfc3986"
          }
        ],
        template: "http://www.iana.org/assignments/uri-schemes/historic/videotex"
      },
      {
        scheme: "wais",
        description: "Wide Area Information Servers",
        reference: [
          {
            type: "rfc",
            href: "http://www.iana.org/go/rfc4156"
          }
        ]
      },
      {
        scheme: "z39.50",
        description: "Z39.50 information access",
        reference: [
          {
            type: "rfc",
            href: "http://www.iana.org/go/rfc1738"
          },
          {
            type: "rfc",
            href: "http://www.iana.org/go/rfc2056"
          }
        ]
      }
    ];
  }
});

// node_modules/schemes/lib/unofficial.json
var require_unofficial = __commonJS({
  "node_modules/schemes/lib/unofficial.json"(exports, module) {
    module.exports = [
      {
        scheme: "android-app"
      },
      {
        scheme: "webpack"
      },
      {
        scheme: "s3",
        description: "Amazon Web Services S3 bucket"
      },
      {
        scheme: "gs",
        description: "Google Cloud Storage"
      },
      {
        scheme: "mqtt",
        description: "Message Queuing Telemetry Transport Protocol"
      },
      {
        scheme: "modbus+tcp",
        description: "Modbus over TCP"
      }
    ];
  }
});

// node_modules/schemes/index.js
var require_schemes = __commonJS({
  "node_modules/schemes/index.js"(exports, module) {
    "use strict";
    var extend = require_extend();
    var data = {
      permanent: require_iana_permanent(),
      provosional: require_iana_provisional(),
      historical: require_iana_historical()
    };
    var allByName = {};
    Object.keys(data).forEach(function(type) {
      data[type].forEach(function(schemeObj) {
        allByName[schemeObj.scheme] = extend(schemeObj, { type });
      });
    });
    data.unofficial = require_unofficial().filter(function(item) {
      return !allByName[item.scheme];
    });
    data.unofficial.forEach(function(schemeObj) {
      allByName[schemeObj.scheme] = extend(schemeObj, { type: "unofficial" });
    });
    module.exports = extend(data, { allByName });
  }
});

// node_modules/ajv-formats-draft2019/formats/iri.js
var require_iri = __commonJS({
  "node_modules/ajv-formats-draft2019/formats/iri.js"(exports, module) {
    var { parse } = require_uri_all();
    var { addressParser } = require_lib();
    var schemes = require_schemes();
    function validate289(address) {
      try {
        addressParser(address);
        return true;
      } catch (err) {
        return false;
      }
    }
    module.exports = (value) => {
      const iri = parse(value);
      if (iri.scheme === "mailto" && iri.to.every(validate289)) {
        return true;
      }
      if (iri.reference === "absolute" && schemes.allByName[iri.scheme]) {
        return true;
      }
      return false;
    };
  }
});

// node_modules/ajv-formats-draft2019/formats/duration.js
var require_duration = __commonJS({
  "node_modules/ajv-formats-draft2019/formats/duration.js"(exports, module) {
    module.exports = /^P(?!$)(\d+(?:\.\d+)?Y)?(\d+(?:\.\d+)?M)?(\d+(?:\.\d+)?W)?(\d+(?:\.\d+)?D)?(T(?=\d)(\d+(?:\.\d+)?H)?(\d+(?:\.\d+)?M)?(\d+(?:\.\d+)?S)?)?$/;
  }
});

// node_modules/ajv-formats-draft2019/formats/idn-email.js
var require_idn_email = __commonJS({
  "node_modules/ajv-formats-draft2019/formats/idn-email.js"(exports, module) {
    var { parse } = require_lib();
    module.exports = (value) => {
      try {
        parse(value);
        return true;
      } catch (err) {
        return false;
      }
    };
  }
});

// node_modules/ajv-formats-draft2019/formats/idn-hostname.js
var require_idn_hostname = __commonJS({
  "node_modules/ajv-formats-draft2019/formats/idn-hostname.js"(exports, module) {
    var { toASCII } = __require("punycode");
    var hostnameRegex = /^(?=.{1,253}\.?$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[-0-9a-z]{0,61}[0-9a-z])?)*\.?$/i;
    module.exports = (value) => {
      const hostname = toASCII(value);
      return hostname.replace(/\.$/, "").length <= 253 && hostnameRegex.test(hostname);
    };
  }
});

// node_modules/ajv-formats-draft2019/formats/iri-reference.js
var require_iri_reference = __commonJS({
  "node_modules/ajv-formats-draft2019/formats/iri-reference.js"(exports, module) {
    var { parse } = require_uri_all();
    var { addressParser } = require_lib();
    var schemes = require_schemes();
    function validate289(address) {
      try {
        addressParser(address);
        return true;
      } catch (err) {
        return false;
      }
    }
    module.exports = (value) => {
      const iri = parse(value);
      if (iri.scheme === "mailto" && iri.to.every(validate289)) {
        return true;
      }
      if (iri.reference === "absolute" && iri.path !== void 0 && schemes.allByName[iri.scheme]) {
        return true;
      }
      if (iri.scheme && !schemes.allByName[iri.scheme]) {
        return false;
      }
      return iri.path !== void 0 && (iri.reference === "relative" || iri.reference === "same-document" || iri.reference === "uri");
    };
  }
});

// node_modules/ajv-formats-draft2019/formats/index.js
var require_formats2 = __commonJS({
  "node_modules/ajv-formats-draft2019/formats/index.js"(exports, module) {
    module.exports.iri = require_iri();
    module.exports.duration = require_duration();
    module.exports["idn-email"] = require_idn_email();
    module.exports["idn-hostname"] = require_idn_hostname();
    module.exports["iri-reference"] = require_iri_reference();
  }
});

// node_modules/ajv-i18n/localize/en/index.js
var require_en = __commonJS({
  "node_modules/ajv-i18n/localize/en/index.js"(exports, module) {
    "use strict";
    module.exports = function localize_en(errors) {
      if (!(errors && errors.length)) return;
      for (const e of errors) {
        let out;
        switch (e.keyword) {
          case "additionalItems":
          case "items":
            out = "";
            var n = e.params.limit;
            out += "must NOT have more than " + n + " item";
            if (n != 1) {
              out += "s";
            }
            break;
          case "additionalProperties":
            out = "must NOT have additional properties";
            break;
          case "anyOf":
            out = 'must match a schema in "anyOf"';
            break;
          case "const":
            out = "must be equal to constant";
            break;
          case "contains":
            out = "must contain a valid item";
            break;
          case "dependencies":
          case "dependentRequired":
            out = "";
            var n = e.params.depsCount;
            out += "must have propert";
            if (n == 1) {
              out += "y";
            } else {
              out += "ies";
            }
            out += " " + e.params.deps + " when property " + e.params.property + " is present";
            break;
          case "discriminator":
            switch (e.params.error) {
              case "tag":
                out = 'tag "' + e.params.tag + '" must be string';
                break;
              case "mapping":
                out = 'value of tag "' + e.params.tag + '" must be in oneOf';
                break;
              default:
                out = 'must pass "' + e.keyword + '" keyword validation';
            }
            break;
          case "enum":
            out = "must be equal to one of the allowed values";
            break;
          case "false schema":
            out = "boolean schema is false";
            break;
          case "format":
            out = 'must match format "' + e.params.format + '"';
            break;
          case "formatMaximum":
          case "formatExclusiveMaximum":
            out = "";
            var cond = e.params.comparison + " " + e.params.limit;
            out += "must be " + cond;
            break;
          case "formatMinimum":
          case "formatExclusiveMinimum":
            out = "";
            var cond = e.params.comparison + " " + e.params.limit;
            out += "must be " + cond;
            break;
          case "if":
            out = 'must match "' + e.params.failingKeyword + '" schema';
            break;
          case "maximum":
          case "exclusiveMaximum":
            out = "";
            var cond = e.params.comparison + " " + e.params.limit;
            out += "must be " + cond;
            break;
          case "maxItems":
            out = "";
            var n = e.params.limit;
            out += "must NOT have more than " + n + " item";
            if (n != 1) {
              out += "s";
            }
            break;
          case "maxLength":
            out = "";
            var n = e.params.limit;
            out += "must NOT be longer than " + n + " character";
            if (n != 1) {
              out += "s";
            }
            break;
          case "maxProperties":
            out = "";
            var n = e.params.limit;
            out += "must NOT have more than " + n + " propert";
            if (n == 1) {
              out += "y";
            } else {
              out += "ies";
            }
            break;
          case "minimum":
          case "exclusiveMinimum":
            out = "";
            var cond = e.params.comparison + " " + e.params.limit;
            out += "must be " + cond;
            break;
          case "minItems":
            out = "";
            var n = e.params.limit;
            out += "must NOT have less than " + n + " item";
            if (n != 1) {
              out += "s";
            }
            break;
          case "minLength":
            out = "";
            var n = e.params.limit;
            out += "must NOT be shorter than " + n + " character";
            if (n != 1) {
              out += "s";
            }
            break;
          case "minProperties":
            out = "";
            var n = e.params.limit;
            out += "must NOT have less than " + n + " propert";
            if (n == 1) {
              out += "y";
            } else {
              out += "ies";
            }
            break;
          case "multipleOf":
            out = "must be a multiple of " + e.params.multipleOf;
            break;
          case "not":
            out = 'must NOT be valid according to schema in "not"';
            break;
          case "oneOf":
            out = 'must match exactly one schema in "oneOf"';
            break;
          case "pattern":
            out = 'must match pattern "' + e.params.pattern + '"';
            break;
          case "patternRequired":
            out = 'must have property matching pattern "' + e.params.missingPattern + '"';
            break;
          case "propertyNames":
            out = "property name is invalid";
            break;
          case "required":
            out = "must have required property " + e.params.missingProperty;
            break;
          case "type":
            out = "must be " + e.params.type;
            break;
          case "unevaluatedItems":
            out = "";
            var n = e.params.len;
            out += "must NOT have more than " + n + " item";
            if (n != 1) {
              out += "s";
            }
            break;
          case "unevaluatedProperties":
            out = "must NOT have unevaluated properties";
            break;
          case "uniqueItems":
            out = "must NOT have duplicate items (items ## " + e.params.j + " and " + e.params.i + " are identical)";
            break;
          default:
            out = 'must pass "' + e.keyword + '" keyword validation';
        }
        e.message = out;
      }
    };
  }
});

// node_modules/@kubernetes-models/validate/dist/formats.js
var import_formats = __toESM(require_formats(), 1);
var import_formats2 = __toESM(require_formats2(), 1);

// node_modules/cidr-regex/dist/index.js
var defaultOpts = { exact: false };
var v4src = "(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]\\d|\\d)(?:\\.(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]\\d|\\d)){3}\\/(3[0-2]|[12]?[0-9])";
var v6src = "(?:(?:[a-fA-F\\d]{1,4}:){7}(?:[a-fA-F\\d]{1,4}|:)|(?:[a-fA-F\\d]{1,4}:){6}(?:(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]\\d|\\d)(?:\\.(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]\\d|\\d)){3}|:[a-fA-F\\d]{1,4}|:)|(?:[a-fA-F\\d]{1,4}:){5}(?::(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]\\d|\\d)(?:\\.(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]\\d|\\d)){3}|(?::[a-fA-F\\d]{1,4}){1,2}|:)|(?:[a-fA-F\\d]{1,4}:){4}(?:(?::[a-fA-F\\d]{1,4})?:(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]\\d|\\d)(?:\\.(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]\\d|\\d)){3}|(?::[a-fA-F\\d]{1,4}){1,3}|:)|(?:[a-fA-F\\d]{1,4}:){3}(?:(?::[a-fA-F\\d]{1,4}){0,2}:(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]\\d|\\d)(?:\\.(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]\\d|\\d)){3}|(?::[a-fA-F\\d]{1,4}){1,4}|:)|(?:[a-fA-F\\d]{1,4}:){2}(?:(?::[a-fA-F\\d]{1,4}){0,3}:(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]\\d|\\d)(?:\\.(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]\\d|\\d)){3}|(?::[a-fA-F\\d]{1,4}){1,5}|:)|[a-fA-F\\d]{1,4}:(?:(?::[a-fA-F\\d]{1,4}){0,4}:(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]\\d|\\d)(?:\\.(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]\\d|\\d)){3}|(?::[a-fA-F\\d]{1,4}){1,6}|:)|:(?:(?::[a-fA-F\\d]{1,4}){0,5}:(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]\\d|\\d)(?:\\.(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]\\d|\\d)){3}|(?::[a-fA-F\\d]{1,4}){1,7}|:))(?:%[0-9a-zA-Z]+)?\\/(12[0-8]|1[01][0-9]|[1-9]?[0-9])";
var v46src = `${v4src}|${v6src}`;
var v4exact = new RegExp(`^${v4src}$`);
var v6exact = new RegExp(`^${v6src}$`);
var v46exact = new RegExp(`^${v4src}$|^${v6src}$`);
var v4global = new RegExp(v4src, "g");
var v6global = new RegExp(v6src, "g");
var v46global = new RegExp(v46src, "g");
function resetRegex(re) {
  re.lastIndex = 0;
  return re;
}
var cidrRegex = ({ exact } = defaultOpts) => exact ? v46exact : resetRegex(v46global);
var v4 = cidrRegex.v4 = ({ exact } = defaultOpts) => exact ? v4exact : resetRegex(v4global);
var v6 = cidrRegex.v6 = ({ exact } = defaultOpts) => exact ? v6exact : resetRegex(v6global);

// node_modules/is-cidr/dist/index.js
var re4 = v4({ exact: true });
var re6 = v6({ exact: true });
var isCidr = (str) => re4.test(str) ? 4 : re6.test(str) ? 6 : 0;
var v42 = isCidr.v4 = (str) => re4.test(str);
var v62 = isCidr.v6 = (str) => re6.test(str);

// node_modules/@kubernetes-models/validate/dist/formats.js
var rBase64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
var rSignedNumber = /[+-]?(?:\d+|\d+\.\d+|\d+\.|\.\d+)/;
var rBinarySI = /[KMGTPE]i/;
var rDecimalSI = /(?:[YZEPTGMkhdcmunpfazy]|da)/;
var rDecimalExponent = new RegExp(`[eE]${rSignedNumber.source}`);
var rQuantitySuffix = new RegExp(`(?:${rBinarySI.source}|${rDecimalSI.source}|${rDecimalExponent.source})?`);
var rQuantity = new RegExp(`^${rSignedNumber.source}${rQuantitySuffix.source}$`);
var formats = {
  ...import_formats.fullFormats,
  ...import_formats2.default,
  byte: {
    type: "string",
    validate: (value) => rBase64.test(value)
  },
  quantity: {
    type: "string",
    validate: rQuantity
  },
  // This format is used in Istio.
  string: {
    type: "string",
    validate: (value) => typeof value === "string"
  },
  cidr: {
    type: "string",
    validate: (value) => isCidr(value) !== 0
  }
};

// node_modules/@kubernetes-models/validate/dist/runtime/validation_error.js
var import_validation_error = __toESM(require_validation_error(), 1);

// node_modules/@kubernetes-models/validate/dist/utils.js
function getDefault(value) {
  return value.__esModule ? value.default : value;
}

// node_modules/@kubernetes-models/validate/dist/runtime/validation_error.js
var validation_error_default = getDefault(import_validation_error.default);

// node_modules/@kubernetes-models/validate/dist/validate.js
var import_en = __toESM(require_en(), 1);
var localizeEn = import_en.default;
function generateErrorMessage(errors) {
  localizeEn(errors);
  return errors.map((err) => `data${err.instancePath} ${err.message}`).join(", ");
}
function runValidateFunc(fn, data) {
  if (!fn(data) && fn.errors) {
    const errors = fn.errors;
    const err = new validation_error_default(errors);
    err.message = generateErrorMessage(errors);
    throw err;
  }
}

// node_modules/@kubernetes-models/base/dist/model.js
function setDefinedProps(src, dst) {
  const s = src;
  const d = dst;
  for (const key of Object.keys(s)) {
    if (s[key] !== void 0) {
      d[key] = filterUndefinedValues(s[key]);
    }
  }
  return dst;
}
function isPlainObject(value) {
  if (!value || typeof value !== "object") {
    return false;
  }
  const proto = Object.getPrototypeOf(value);
  const hasObjectPrototype = proto === null || proto === Object.prototype || // Required to support node:vm.runInNewContext({})
  Object.getPrototypeOf(proto) === null;
  if (!hasObjectPrototype) {
    return false;
  }
  return Object.prototype.toString.call(value) === "[object Object]";
}
function filterUndefinedValues(data) {
  if (Array.isArray(data)) {
    return data.map(filterUndefinedValues);
  }
  if (isPlainObject(data)) {
    return setDefinedProps(data, {});
  }
  return data;
}
var Model = class {
  constructor(data) {
    if (data) {
      setDefinedProps(data, this);
    }
  }
  setDefinedProps(data) {
    if (data) {
      setDefinedProps(data, this);
    }
  }
  toJSON() {
    const result = {};
    setDefinedProps(this, result);
    return result;
  }
  validate() {
  }
};
function setValidateFunc(ctor, fn) {
  ctor.prototype.validate = function() {
    runValidateFunc(fn, this);
  };
}

// node_modules/@kubernetes-models/base/dist/meta.js
function isNonNullObject(value) {
  return typeof value === "object" && value != null;
}
function createTypeMetaGuard(meta) {
  return (value) => {
    return isNonNullObject(value) && value.apiVersion === meta.apiVersion && value.kind === meta.kind;
  };
}

// node_modules/@kubernetes-models/gateway-api/_schemas/IoK8sSigsGatewayApiApisV1FromNamespaces.js
var validate = validate0;
function validate0(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate0.errors = vErrors, 0 === errors;
}

// node_modules/@kubernetes-models/apimachinery/_schemas/IoK8sApimachineryPkgApisMetaV1LabelSelectorRequirement.js
var validate2 = validate1;
function validate02(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate02.errors = vErrors, 0 === errors;
}
function validate4(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!Array.isArray(data) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (Array.isArray(data)) {
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) validate02(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData }) || (errors = (vErrors = null === vErrors ? validate02.errors : vErrors.concat(validate02.errors)).length);
  }
  return validate4.errors = vErrors, 0 === errors;
}
function validate1(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) {
    if (void 0 === data.key) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "key" } };
      null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    if (void 0 === data.operator) {
      let err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "operator" } };
      null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    void 0 !== data.key && (validate02(data.key, { instancePath: instancePath + "/key", parentData: data, parentDataProperty: "key", rootData }) || (errors = (vErrors = null === vErrors ? validate02.errors : vErrors.concat(validate02.errors)).length)), void 0 !== data.operator && (validate02(data.operator, { instancePath: instancePath + "/operator", parentData: data, parentDataProperty: "operator", rootData }) || (errors = (vErrors = null === vErrors ? validate02.errors : vErrors.concat(validate02.errors)).length)), void 0 !== data.values && (validate4(data.values, { instancePath: instancePath + "/values", parentData: data, parentDataProperty: "values", rootData }) || (errors = (vErrors = null === vErrors ? validate4.errors : vErrors.concat(validate4.errors)).length));
  } else {
    let err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err2] : vErrors.push(err2), errors++;
  }
  return validate1.errors = vErrors, 0 === errors;
}

// node_modules/@kubernetes-models/apimachinery/_schemas/IoK8sApimachineryPkgApisMetaV1LabelSelector.js
var validate3 = validate03;
function validate22(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return validate2(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate2.errors : vErrors.concat(validate2.errors)).length), validate22.errors = vErrors, 0 === errors;
}
function validate12(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!Array.isArray(data) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (Array.isArray(data)) {
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) validate22(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData }) || (errors = (vErrors = null === vErrors ? validate22.errors : vErrors.concat(validate22.errors)).length);
  }
  return validate12.errors = vErrors, 0 === errors;
}
function validate8(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate8.errors = vErrors, 0 === errors;
}
function validate7(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!(data && "object" == typeof data && !Array.isArray(data)) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (data && "object" == typeof data && !Array.isArray(data)) for (let key0 in data) validate8(data[key0], { instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data, parentDataProperty: key0, rootData }) || (errors = (vErrors = null === vErrors ? validate8.errors : vErrors.concat(validate8.errors)).length);
  return validate7.errors = vErrors, 0 === errors;
}
function validate03(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) void 0 !== data.matchExpressions && (validate12(data.matchExpressions, { instancePath: instancePath + "/matchExpressions", parentData: data, parentDataProperty: "matchExpressions", rootData }) || (errors = (vErrors = null === vErrors ? validate12.errors : vErrors.concat(validate12.errors)).length)), void 0 !== data.matchLabels && (validate7(data.matchLabels, { instancePath: instancePath + "/matchLabels", parentData: data, parentDataProperty: "matchLabels", rootData }) || (errors = (vErrors = null === vErrors ? validate7.errors : vErrors.concat(validate7.errors)).length));
  else {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate03.errors = vErrors, 0 === errors;
}

// node_modules/@kubernetes-models/gateway-api/_schemas/IoK8sSigsGatewayApiApisV1ListenerNamespaces.js
var validate5 = validate04;
var schema1_enum = ["All", "Selector", "Same", "None"];
function validate13(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (validate(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate.errors : vErrors.concat(validate.errors)).length), "All" !== data && "Selector" !== data && "Same" !== data && "None" !== data) {
    let err1 = { instancePath, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: schema1_enum } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate13.errors = vErrors, 0 === errors;
}
function validate52(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return null !== data && (validate3(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate3.errors : vErrors.concat(validate3.errors)).length)), validate52.errors = vErrors, 0 === errors;
}
function validate04(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) void 0 !== data.from && (validate13(data.from, { instancePath: instancePath + "/from", parentData: data, parentDataProperty: "from", rootData }) || (errors = (vErrors = null === vErrors ? validate13.errors : vErrors.concat(validate13.errors)).length)), void 0 !== data.selector && (validate52(data.selector, { instancePath: instancePath + "/selector", parentData: data, parentDataProperty: "selector", rootData }) || (errors = (vErrors = null === vErrors ? validate52.errors : vErrors.concat(validate52.errors)).length));
  else {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate04.errors = vErrors, 0 === errors;
}

// node_modules/@kubernetes-models/gateway-api/_schemas/IoK8sSigsGatewayApiApisV1AllowedListeners.js
var validate6 = validate05;
function validate14(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return null !== data && (validate5(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate5.errors : vErrors.concat(validate5.errors)).length)), validate14.errors = vErrors, 0 === errors;
}
function validate05(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) void 0 !== data.namespaces && (validate14(data.namespaces, { instancePath: instancePath + "/namespaces", parentData: data, parentDataProperty: "namespaces", rootData }) || (errors = (vErrors = null === vErrors ? validate14.errors : vErrors.concat(validate14.errors)).length));
  else {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate05.errors = vErrors, 0 === errors;
}

// node_modules/@kubernetes-models/gateway-api/gateway.networking.k8s.io/v1/AllowedListeners.js
var AllowedListeners = class extends Model {
  constructor(data) {
    super(), this.setDefinedProps(data);
  }
};
setValidateFunc(AllowedListeners, validate6);

// node_modules/@kubernetes-models/validate/dist/runtime/ucs2length.js
var import_ucs2length = __toESM(require_ucs2length(), 1);
var ucs2length_default = getDefault(import_ucs2length.default);

// node_modules/@kubernetes-models/gateway-api/_schemas/IoK8sSigsGatewayApiApisV1Group.js
var validate9 = validate06;
var pattern0 = RegExp("^$|^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$", "u");
function validate06(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" == typeof data) {
    if (ucs2length_default(data) > 253) {
      let err0 = { instancePath, schemaPath: "#/maxLength", keyword: "maxLength", params: { limit: 253 } };
      null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    if (!pattern0.test(data)) {
      let err1 = { instancePath, schemaPath: "#/pattern", keyword: "pattern", params: { pattern: "^$|^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$" } };
      null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
  } else {
    let err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err2] : vErrors.push(err2), errors++;
  }
  return validate06.errors = vErrors, 0 === errors;
}

// node_modules/@kubernetes-models/gateway-api/_schemas/IoK8sSigsGatewayApiApisV1Kind.js
var validate10 = validate07;
var pattern02 = RegExp("^[a-zA-Z]([-a-zA-Z0-9]*[a-zA-Z0-9])?$", "u");
function validate07(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" == typeof data) {
    if (ucs2length_default(data) > 63) {
      let err0 = { instancePath, schemaPath: "#/maxLength", keyword: "maxLength", params: { limit: 63 } };
      null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    if (1 > ucs2length_default(data)) {
      let err1 = { instancePath, schemaPath: "#/minLength", keyword: "minLength", params: { limit: 1 } };
      null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    if (!pattern02.test(data)) {
      let err2 = { instancePath, schemaPath: "#/pattern", keyword: "pattern", params: { pattern: "^[a-zA-Z]([-a-zA-Z0-9]*[a-zA-Z0-9])?$" } };
      null === vErrors ? vErrors = [err2] : vErrors.push(err2), errors++;
    }
  } else {
    let err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err3] : vErrors.push(err3), errors++;
  }
  return validate07.errors = vErrors, 0 === errors;
}

// node_modules/@kubernetes-models/gateway-api/_schemas/IoK8sSigsGatewayApiApisV1RouteGroupKind.js
var validate11 = validate08;
function validate15(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate9(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate9.errors : vErrors.concat(validate9.errors)).length), validate15.errors = vErrors, 0 === errors;
}
function validate53(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate10(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate10.errors : vErrors.concat(validate10.errors)).length), validate53.errors = vErrors, 0 === errors;
}
function validate08(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) {
    if (void 0 === data.kind) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" } };
      null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    void 0 !== data.group && (validate15(data.group, { instancePath: instancePath + "/group", parentData: data, parentDataProperty: "group", rootData }) || (errors = (vErrors = null === vErrors ? validate15.errors : vErrors.concat(validate15.errors)).length)), void 0 !== data.kind && (validate53(data.kind, { instancePath: instancePath + "/kind", parentData: data, parentDataProperty: "kind", rootData }) || (errors = (vErrors = null === vErrors ? validate53.errors : vErrors.concat(validate53.errors)).length));
  } else {
    let err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate08.errors = vErrors, 0 === errors;
}

// node_modules/@kubernetes-models/gateway-api/_schemas/IoK8sSigsGatewayApiApisV1RouteNamespaces.js
var validate16 = validate09;
var schema1_enum2 = ["All", "Selector", "Same"];
function validate17(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (validate(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate.errors : vErrors.concat(validate.errors)).length), "All" !== data && "Selector" !== data && "Same" !== data) {
    let err1 = { instancePath, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: schema1_enum2 } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate17.errors = vErrors, 0 === errors;
}
function validate54(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return null !== data && (validate3(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate3.errors : vErrors.concat(validate3.errors)).length)), validate54.errors = vErrors, 0 === errors;
}
function validate09(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) void 0 !== data.from && (validate17(data.from, { instancePath: instancePath + "/from", parentData: data, parentDataProperty: "from", rootData }) || (errors = (vErrors = null === vErrors ? validate17.errors : vErrors.concat(validate17.errors)).length)), void 0 !== data.selector && (validate54(data.selector, { instancePath: instancePath + "/selector", parentData: data, parentDataProperty: "selector", rootData }) || (errors = (vErrors = null === vErrors ? validate54.errors : vErrors.concat(validate54.errors)).length));
  else {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate09.errors = vErrors, 0 === errors;
}

// node_modules/@kubernetes-models/gateway-api/_schemas/IoK8sSigsGatewayApiApisV1AllowedRoutes.js
var validate18 = validate010;
function validate23(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return validate11(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate11.errors : vErrors.concat(validate11.errors)).length), validate23.errors = vErrors, 0 === errors;
}
function validate19(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!Array.isArray(data) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (Array.isArray(data)) {
    if (data.length > 8) {
      let err1 = { instancePath, schemaPath: "#/maxItems", keyword: "maxItems", params: { limit: 8 } };
      null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) validate23(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData }) || (errors = (vErrors = null === vErrors ? validate23.errors : vErrors.concat(validate23.errors)).length);
  }
  return validate19.errors = vErrors, 0 === errors;
}
function validate72(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return null !== data && (validate16(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate16.errors : vErrors.concat(validate16.errors)).length)), validate72.errors = vErrors, 0 === errors;
}
function validate010(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) void 0 !== data.kinds && (validate19(data.kinds, { instancePath: instancePath + "/kinds", parentData: data, parentDataProperty: "kinds", rootData }) || (errors = (vErrors = null === vErrors ? validate19.errors : vErrors.concat(validate19.errors)).length)), void 0 !== data.namespaces && (validate72(data.namespaces, { instancePath: instancePath + "/namespaces", parentData: data, parentDataProperty: "namespaces", rootData }) || (errors = (vErrors = null === vErrors ? validate72.errors : vErrors.concat(validate72.errors)).length));
  else {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate010.errors = vErrors, 0 === errors;
}

// node_modules/@kubernetes-models/gateway-api/gateway.networking.k8s.io/v1/AllowedRoutes.js
var AllowedRoutes = class extends Model {
  constructor(data) {
    super(), this.setDefinedProps(data);
  }
};
setValidateFunc(AllowedRoutes, validate18);

// node_modules/@kubernetes-models/gateway-api/_schemas/IoK8sSigsGatewayApiApisV1ObjectName.js
var validate20 = validate011;
function validate011(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" == typeof data) {
    if (ucs2length_default(data) > 253) {
      let err0 = { instancePath, schemaPath: "#/maxLength", keyword: "maxLength", params: { limit: 253 } };
      null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    if (1 > ucs2length_default(data)) {
      let err1 = { instancePath, schemaPath: "#/minLength", keyword: "minLength", params: { limit: 1 } };
      null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
  } else {
    let err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err2] : vErrors.push(err2), errors++;
  }
  return validate011.errors = vErrors, 0 === errors;
}

// node_modules/@kubernetes-models/gateway-api/_schemas/IoK8sSigsGatewayApiApisV1Namespace.js
var validate21 = validate012;
var pattern03 = RegExp("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", "u");
function validate012(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" == typeof data) {
    if (ucs2length_default(data) > 63) {
      let err0 = { instancePath, schemaPath: "#/maxLength", keyword: "maxLength", params: { limit: 63 } };
      null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    if (1 > ucs2length_default(data)) {
      let err1 = { instancePath, schemaPath: "#/minLength", keyword: "minLength", params: { limit: 1 } };
      null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    if (!pattern03.test(data)) {
      let err2 = { instancePath, schemaPath: "#/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$" } };
      null === vErrors ? vErrors = [err2] : vErrors.push(err2), errors++;
    }
  } else {
    let err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err3] : vErrors.push(err3), errors++;
  }
  return validate012.errors = vErrors, 0 === errors;
}

// node_modules/@kubernetes-models/gateway-api/_schemas/IoK8sSigsGatewayApiApisV1PortNumber.js
var validate24 = validate013;
var formats0 = formats.int32;
function validate013(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!("number" == typeof data && !(data % 1) && !isNaN(data) && isFinite(data))) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "integer" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if ("number" == typeof data && isFinite(data) && !formats0.validate(data)) {
    let err1 = { instancePath, schemaPath: "#/format", keyword: "format", params: { format: "int32" } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate013.errors = vErrors, 0 === errors;
}

// node_modules/@kubernetes-models/gateway-api/_schemas/IoK8sSigsGatewayApiApisV1BackendObjectReference.js
var validate25 = validate014;
function validate110(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate9(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate9.errors : vErrors.concat(validate9.errors)).length), validate110.errors = vErrors, 0 === errors;
}
function validate55(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate10(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate10.errors : vErrors.concat(validate10.errors)).length), validate55.errors = vErrors, 0 === errors;
}
function validate92(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate20(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate20.errors : vErrors.concat(validate20.errors)).length), validate92.errors = vErrors, 0 === errors;
}
function validate132(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate21(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate21.errors : vErrors.concat(validate21.errors)).length), validate132.errors = vErrors, 0 === errors;
}
var formats02 = formats.int32;
function validate172(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!("number" == typeof data && !(data % 1) && !isNaN(data) && isFinite(data)) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "integer" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (validate24(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate24.errors : vErrors.concat(validate24.errors)).length), "number" == typeof data && isFinite(data)) {
    if (data > 65535 || isNaN(data)) {
      let err1 = { instancePath, schemaPath: "#/maximum", keyword: "maximum", params: { comparison: "<=", limit: 65535 } };
      null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    if (data < 1 || isNaN(data)) {
      let err2 = { instancePath, schemaPath: "#/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 } };
      null === vErrors ? vErrors = [err2] : vErrors.push(err2), errors++;
    }
    if (!formats02.validate(data)) {
      let err3 = { instancePath, schemaPath: "#/format", keyword: "format", params: { format: "int32" } };
      null === vErrors ? vErrors = [err3] : vErrors.push(err3), errors++;
    }
  }
  return validate172.errors = vErrors, 0 === errors;
}
function validate014(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) {
    if (void 0 === data.name) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" } };
      null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    void 0 !== data.group && (validate110(data.group, { instancePath: instancePath + "/group", parentData: data, parentDataProperty: "group", rootData }) || (errors = (vErrors = null === vErrors ? validate110.errors : vErrors.concat(validate110.errors)).length)), void 0 !== data.kind && (validate55(data.kind, { instancePath: instancePath + "/kind", parentData: data, parentDataProperty: "kind", rootData }) || (errors = (vErrors = null === vErrors ? validate55.errors : vErrors.concat(validate55.errors)).length)), void 0 !== data.name && (validate92(data.name, { instancePath: instancePath + "/name", parentData: data, parentDataProperty: "name", rootData }) || (errors = (vErrors = null === vErrors ? validate92.errors : vErrors.concat(validate92.errors)).length)), void 0 !== data.namespace && (validate132(data.namespace, { instancePath: instancePath + "/namespace", parentData: data, parentDataProperty: "namespace", rootData }) || (errors = (vErrors = null === vErrors ? validate132.errors : vErrors.concat(validate132.errors)).length)), void 0 !== data.port && (validate172(data.port, { instancePath: instancePath + "/port", parentData: data, parentDataProperty: "port", rootData }) || (errors = (vErrors = null === vErrors ? validate172.errors : vErrors.concat(validate172.errors)).length));
  } else {
    let err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate014.errors = vErrors, 0 === errors;
}

// node_modules/@kubernetes-models/gateway-api/gateway.networking.k8s.io/v1/BackendObjectReference.js
var BackendObjectReference = class extends Model {
  constructor(data) {
    super(), this.setDefinedProps(data);
  }
};
setValidateFunc(BackendObjectReference, validate25);

// node_modules/@kubernetes-models/gateway-api/_schemas/IoK8sSigsGatewayApiApisV1BackendRef.js
var validate26 = validate015;
function validate111(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return validate25(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate25.errors : vErrors.concat(validate25.errors)).length), validate111.errors = vErrors, 0 === errors;
}
var formats03 = formats.int32;
function validate56(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!("number" == typeof data && !(data % 1) && !isNaN(data) && isFinite(data)) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "integer" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if ("number" == typeof data && isFinite(data)) {
    if (data > 1e6 || isNaN(data)) {
      let err1 = { instancePath, schemaPath: "#/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e6 } };
      null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    if (data < 0 || isNaN(data)) {
      let err2 = { instancePath, schemaPath: "#/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 } };
      null === vErrors ? vErrors = [err2] : vErrors.push(err2), errors++;
    }
    if (!formats03.validate(data)) {
      let err3 = { instancePath, schemaPath: "#/format", keyword: "format", params: { format: "int32" } };
      null === vErrors ? vErrors = [err3] : vErrors.push(err3), errors++;
    }
  }
  return validate56.errors = vErrors, 0 === errors;
}
function validate015(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (validate111(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate111.errors : vErrors.concat(validate111.errors)).length), data && "object" == typeof data && !Array.isArray(data)) void 0 !== data.weight && (validate56(data.weight, { instancePath: instancePath + "/weight", parentData: data, parentDataProperty: "weight", rootData }) || (errors = (vErrors = null === vErrors ? validate56.errors : vErrors.concat(validate56.errors)).length));
  else {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate015.errors = vErrors, 0 === errors;
}

// node_modules/@kubernetes-models/gateway-api/gateway.networking.k8s.io/v1/BackendRef.js
var BackendRef = class extends Model {
  constructor(data) {
    super(), this.setDefinedProps(data);
  }
};
setValidateFunc(BackendRef, validate26);

// node_modules/@kubernetes-models/apimachinery/_schemas/IoK8sApimachineryPkgApisMetaV1Time.js
var validate27 = validate016;
var formats04 = formats["date-time"];
function validate016(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("number" == typeof data && isFinite(data), "string" == typeof data) {
    if (!formats04.validate(data)) {
      let err0 = { instancePath, schemaPath: "#/format", keyword: "format", params: { format: "date-time" } };
      null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
  } else {
    let err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate016.errors = vErrors, 0 === errors;
}

// node_modules/@kubernetes-models/apimachinery/_schemas/IoK8sApimachineryPkgApisMetaV1FieldsV1.js
var validate28 = validate017;
function validate017(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!(data && "object" == typeof data && !Array.isArray(data))) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate017.errors = vErrors, 0 === errors;
}

// node_modules/@kubernetes-models/apimachinery/_schemas/IoK8sApimachineryPkgApisMetaV1ManagedFieldsEntry.js
var validate29 = validate113;
function validate018(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate018.errors = vErrors, 0 === errors;
}
function validate42(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return null !== data && (validate28(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate28.errors : vErrors.concat(validate28.errors)).length)), validate42.errors = vErrors, 0 === errors;
}
function validate112(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return null !== data && (validate27(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate27.errors : vErrors.concat(validate27.errors)).length)), validate112.errors = vErrors, 0 === errors;
}
function validate113(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) void 0 !== data.apiVersion && (validate018(data.apiVersion, { instancePath: instancePath + "/apiVersion", parentData: data, parentDataProperty: "apiVersion", rootData }) || (errors = (vErrors = null === vErrors ? validate018.errors : vErrors.concat(validate018.errors)).length)), void 0 !== data.fieldsType && (validate018(data.fieldsType, { instancePath: instancePath + "/fieldsType", parentData: data, parentDataProperty: "fieldsType", rootData }) || (errors = (vErrors = null === vErrors ? validate018.errors : vErrors.concat(validate018.errors)).length)), void 0 !== data.fieldsV1 && (validate42(data.fieldsV1, { instancePath: instancePath + "/fieldsV1", parentData: data, parentDataProperty: "fieldsV1", rootData }) || (errors = (vErrors = null === vErrors ? validate42.errors : vErrors.concat(validate42.errors)).length)), void 0 !== data.manager && (validate018(data.manager, { instancePath: instancePath + "/manager", parentData: data, parentDataProperty: "manager", rootData }) || (errors = (vErrors = null === vErrors ? validate018.errors : vErrors.concat(validate018.errors)).length)), void 0 !== data.operation && (validate018(data.operation, { instancePath: instancePath + "/operation", parentData: data, parentDataProperty: "operation", rootData }) || (errors = (vErrors = null === vErrors ? validate018.errors : vErrors.concat(validate018.errors)).length)), void 0 !== data.subresource && (validate018(data.subresource, { instancePath: instancePath + "/subresource", parentData: data, parentDataProperty: "subresource", rootData }) || (errors = (vErrors = null === vErrors ? validate018.errors : vErrors.concat(validate018.errors)).length)), void 0 !== data.time && (validate112(data.time, { instancePath: instancePath + "/time", parentData: data, parentDataProperty: "time", rootData }) || (errors = (vErrors = null === vErrors ? validate112.errors : vErrors.concat(validate112.errors)).length));
  else {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate113.errors = vErrors, 0 === errors;
}

// node_modules/@kubernetes-models/apimachinery/_schemas/IoK8sApimachineryPkgApisMetaV1OwnerReference.js
var validate30 = validate210;
function validate114(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate114.errors = vErrors, 0 === errors;
}
function validate019(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("boolean" != typeof data && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "boolean" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate019.errors = vErrors, 0 === errors;
}
function validate210(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) {
    if (void 0 === data.apiVersion) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "apiVersion" } };
      null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    if (void 0 === data.kind) {
      let err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" } };
      null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    if (void 0 === data.name) {
      let err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" } };
      null === vErrors ? vErrors = [err2] : vErrors.push(err2), errors++;
    }
    if (void 0 === data.uid) {
      let err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "uid" } };
      null === vErrors ? vErrors = [err3] : vErrors.push(err3), errors++;
    }
    void 0 !== data.apiVersion && (validate114(data.apiVersion, { instancePath: instancePath + "/apiVersion", parentData: data, parentDataProperty: "apiVersion", rootData }) || (errors = (vErrors = null === vErrors ? validate114.errors : vErrors.concat(validate114.errors)).length)), void 0 !== data.blockOwnerDeletion && (validate019(data.blockOwnerDeletion, { instancePath: instancePath + "/blockOwnerDeletion", parentData: data, parentDataProperty: "blockOwnerDeletion", rootData }) || (errors = (vErrors = null === vErrors ? validate019.errors : vErrors.concat(validate019.errors)).length)), void 0 !== data.controller && (validate019(data.controller, { instancePath: instancePath + "/controller", parentData: data, parentDataProperty: "controller", rootData }) || (errors = (vErrors = null === vErrors ? validate019.errors : vErrors.concat(validate019.errors)).length)), void 0 !== data.kind && (validate114(data.kind, { instancePath: instancePath + "/kind", parentData: data, parentDataProperty: "kind", rootData }) || (errors = (vErrors = null === vErrors ? validate114.errors : vErrors.concat(validate114.errors)).length)), void 0 !== data.name && (validate114(data.name, { instancePath: instancePath + "/name", parentData: data, parentDataProperty: "name", rootData }) || (errors = (vErrors = null === vErrors ? validate114.errors : vErrors.concat(validate114.errors)).length)), void 0 !== data.uid && (validate114(data.uid, { instancePath: instancePath + "/uid", parentData: data, parentDataProperty: "uid", rootData }) || (errors = (vErrors = null === vErrors ? validate114.errors : vErrors.concat(validate114.errors)).length));
  } else {
    let err4 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err4] : vErrors.push(err4), errors++;
  }
  return validate210.errors = vErrors, 0 === errors;
}

// node_modules/@kubernetes-models/apimachinery/_schemas/IoK8sApimachineryPkgApisMetaV1ObjectMeta.js
var validate31 = validate82;
function validate32(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate32.errors = vErrors, 0 === errors;
}
function validate57(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!(data && "object" == typeof data && !Array.isArray(data)) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (data && "object" == typeof data && !Array.isArray(data)) for (let key0 in data) validate32(data[key0], { instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data, parentDataProperty: key0, rootData }) || (errors = (vErrors = null === vErrors ? validate32.errors : vErrors.concat(validate32.errors)).length);
  return validate57.errors = vErrors, 0 === errors;
}
function validate020(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return null !== data && (validate27(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate27.errors : vErrors.concat(validate27.errors)).length)), validate020.errors = vErrors, 0 === errors;
}
var formats05 = formats.int64;
function validate43(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!("number" == typeof data && !(data % 1) && !isNaN(data) && isFinite(data)) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "integer" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if ("number" == typeof data && isFinite(data) && !formats05.validate(data)) {
    let err1 = { instancePath, schemaPath: "#/format", keyword: "format", params: { format: "int64" } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate43.errors = vErrors, 0 === errors;
}
function validate133(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!Array.isArray(data) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (Array.isArray(data)) {
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) validate32(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData }) || (errors = (vErrors = null === vErrors ? validate32.errors : vErrors.concat(validate32.errors)).length);
  }
  return validate133.errors = vErrors, 0 === errors;
}
function validate73(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate73.errors = vErrors, 0 === errors;
}
function validate202(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return validate29(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate29.errors : vErrors.concat(validate29.errors)).length), validate202.errors = vErrors, 0 === errors;
}
function validate192(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!Array.isArray(data) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (Array.isArray(data)) {
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) validate202(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData }) || (errors = (vErrors = null === vErrors ? validate202.errors : vErrors.concat(validate202.errors)).length);
  }
  return validate192.errors = vErrors, 0 === errors;
}
function validate282(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return validate30(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate30.errors : vErrors.concat(validate30.errors)).length), validate282.errors = vErrors, 0 === errors;
}
function validate272(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!Array.isArray(data) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (Array.isArray(data)) {
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) validate282(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData }) || (errors = (vErrors = null === vErrors ? validate282.errors : vErrors.concat(validate282.errors)).length);
  }
  return validate272.errors = vErrors, 0 === errors;
}
function validate82(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) void 0 !== data.annotations && (validate57(data.annotations, { instancePath: instancePath + "/annotations", parentData: data, parentDataProperty: "annotations", rootData }) || (errors = (vErrors = null === vErrors ? validate57.errors : vErrors.concat(validate57.errors)).length)), void 0 !== data.creationTimestamp && (validate020(data.creationTimestamp, { instancePath: instancePath + "/creationTimestamp", parentData: data, parentDataProperty: "creationTimestamp", rootData }) || (errors = (vErrors = null === vErrors ? validate020.errors : vErrors.concat(validate020.errors)).length)), void 0 !== data.deletionGracePeriodSeconds && (validate43(data.deletionGracePeriodSeconds, { instancePath: instancePath + "/deletionGracePeriodSeconds", parentData: data, parentDataProperty: "deletionGracePeriodSeconds", rootData }) || (errors = (vErrors = null === vErrors ? validate43.errors : vErrors.concat(validate43.errors)).length)), void 0 !== data.deletionTimestamp && (validate020(data.deletionTimestamp, { instancePath: instancePath + "/deletionTimestamp", parentData: data, parentDataProperty: "deletionTimestamp", rootData }) || (errors = (vErrors = null === vErrors ? validate020.errors : vErrors.concat(validate020.errors)).length)), void 0 !== data.finalizers && (validate133(data.finalizers, { instancePath: instancePath + "/finalizers", parentData: data, parentDataProperty: "finalizers", rootData }) || (errors = (vErrors = null === vErrors ? validate133.errors : vErrors.concat(validate133.errors)).length)), void 0 !== data.generateName && (validate73(data.generateName, { instancePath: instancePath + "/generateName", parentData: data, parentDataProperty: "generateName", rootData }) || (errors = (vErrors = null === vErrors ? validate73.errors : vErrors.concat(validate73.errors)).length)), void 0 !== data.generation && (validate43(data.generation, { instancePath: instancePath + "/generation", parentData: data, parentDataProperty: "generation", rootData }) || (errors = (vErrors = null === vErrors ? validate43.errors : vErrors.concat(validate43.errors)).length)), void 0 !== data.labels && (validate57(data.labels, { instancePath: instancePath + "/labels", parentData: data, parentDataProperty: "labels", rootData }) || (errors = (vErrors = null === vErrors ? validate57.errors : vErrors.concat(validate57.errors)).length)), void 0 !== data.managedFields && (validate192(data.managedFields, { instancePath: instancePath + "/managedFields", parentData: data, parentDataProperty: "managedFields", rootData }) || (errors = (vErrors = null === vErrors ? validate192.errors : vErrors.concat(validate192.errors)).length)), void 0 !== data.name && (validate73(data.name, { instancePath: instancePath + "/name", parentData: data, parentDataProperty: "name", rootData }) || (errors = (vErrors = null === vErrors ? validate73.errors : vErrors.concat(validate73.errors)).length)), void 0 !== data.namespace && (validate73(data.namespace, { instancePath: instancePath + "/namespace", parentData: data, parentDataProperty: "namespace", rootData }) || (errors = (vErrors = null === vErrors ? validate73.errors : vErrors.concat(validate73.errors)).length)), void 0 !== data.ownerReferences && (validate272(data.ownerReferences, { instancePath: instancePath + "/ownerReferences", parentData: data, parentDataProperty: "ownerReferences", rootData }) || (errors = (vErrors = null === vErrors ? validate272.errors : vErrors.concat(validate272.errors)).length)), void 0 !== data.resourceVersion && (validate73(data.resourceVersion, { instancePath: instancePath + "/resourceVersion", parentData: data, parentDataProperty: "resourceVersion", rootData }) || (errors = (vErrors = null === vErrors ? validate73.errors : vErrors.concat(validate73.errors)).length)), void 0 !== data.selfLink && (validate73(data.selfLink, { instancePath: instancePath + "/selfLink", parentData: data, parentDataProperty: "selfLink", rootData }) || (errors = (vErrors = null === vErrors ? validate73.errors : vErrors.concat(validate73.errors)).length)), void 0 !== data.uid && (validate73(data.uid, { instancePath: instancePath + "/uid", parentData: data, parentDataProperty: "uid", rootData }) || (errors = (vErrors = null === vErrors ? validate73.errors : vErrors.concat(validate73.errors)).length));
  else {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate82.errors = vErrors, 0 === errors;
}

// node_modules/@kubernetes-models/gateway-api/_schemas/IoK8sSigsGatewayApiApisV1AnnotationValue.js
var validate33 = validate021;
function validate021(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" == typeof data) {
    if (ucs2length_default(data) > 4096) {
      let err0 = { instancePath, schemaPath: "#/maxLength", keyword: "maxLength", params: { limit: 4096 } };
      null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    if (0 > ucs2length_default(data)) {
      let err1 = { instancePath, schemaPath: "#/minLength", keyword: "minLength", params: { limit: 0 } };
      null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
  } else {
    let err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err2] : vErrors.push(err2), errors++;
  }
  return validate021.errors = vErrors, 0 === errors;
}

// node_modules/@kubernetes-models/gateway-api/_schemas/IoK8sSigsGatewayApiApisV1LocalPolicyTargetReference.js
var validate34 = validate022;
function validate115(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate9(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate9.errors : vErrors.concat(validate9.errors)).length), validate115.errors = vErrors, 0 === errors;
}
function validate58(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate10(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate10.errors : vErrors.concat(validate10.errors)).length), validate58.errors = vErrors, 0 === errors;
}
function validate93(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate20(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate20.errors : vErrors.concat(validate20.errors)).length), validate93.errors = vErrors, 0 === errors;
}
function validate022(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) {
    if (void 0 === data.group) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "group" } };
      null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    if (void 0 === data.kind) {
      let err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" } };
      null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    if (void 0 === data.name) {
      let err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" } };
      null === vErrors ? vErrors = [err2] : vErrors.push(err2), errors++;
    }
    void 0 !== data.group && (validate115(data.group, { instancePath: instancePath + "/group", parentData: data, parentDataProperty: "group", rootData }) || (errors = (vErrors = null === vErrors ? validate115.errors : vErrors.concat(validate115.errors)).length)), void 0 !== data.kind && (validate58(data.kind, { instancePath: instancePath + "/kind", parentData: data, parentDataProperty: "kind", rootData }) || (errors = (vErrors = null === vErrors ? validate58.errors : vErrors.concat(validate58.errors)).length)), void 0 !== data.name && (validate93(data.name, { instancePath: instancePath + "/name", parentData: data, parentDataProperty: "name", rootData }) || (errors = (vErrors = null === vErrors ? validate93.errors : vErrors.concat(validate93.errors)).length));
  } else {
    let err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err3] : vErrors.push(err3), errors++;
  }
  return validate022.errors = vErrors, 0 === errors;
}

// node_modules/@kubernetes-models/gateway-api/_schemas/IoK8sSigsGatewayApiApisV1SectionName.js
var validate35 = validate023;
var pattern04 = RegExp("^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$", "u");
function validate023(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" == typeof data) {
    if (ucs2length_default(data) > 253) {
      let err0 = { instancePath, schemaPath: "#/maxLength", keyword: "maxLength", params: { limit: 253 } };
      null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    if (1 > ucs2length_default(data)) {
      let err1 = { instancePath, schemaPath: "#/minLength", keyword: "minLength", params: { limit: 1 } };
      null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    if (!pattern04.test(data)) {
      let err2 = { instancePath, schemaPath: "#/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$" } };
      null === vErrors ? vErrors = [err2] : vErrors.push(err2), errors++;
    }
  } else {
    let err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err3] : vErrors.push(err3), errors++;
  }
  return validate023.errors = vErrors, 0 === errors;
}

// node_modules/@kubernetes-models/gateway-api/_schemas/IoK8sSigsGatewayApiApisV1LocalPolicyTargetReferenceWithSectionName.js
var validate36 = validate024;
function validate116(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return validate34(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate34.errors : vErrors.concat(validate34.errors)).length), validate116.errors = vErrors, 0 === errors;
}
function validate59(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate35(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate35.errors : vErrors.concat(validate35.errors)).length), validate59.errors = vErrors, 0 === errors;
}
function validate024(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (validate116(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate116.errors : vErrors.concat(validate116.errors)).length), data && "object" == typeof data && !Array.isArray(data)) void 0 !== data.sectionName && (validate59(data.sectionName, { instancePath: instancePath + "/sectionName", parentData: data, parentDataProperty: "sectionName", rootData }) || (errors = (vErrors = null === vErrors ? validate59.errors : vErrors.concat(validate59.errors)).length));
  else {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate024.errors = vErrors, 0 === errors;
}

// node_modules/@kubernetes-models/gateway-api/_schemas/IoK8sSigsGatewayApiApisV1LocalObjectReference.js
var validate37 = validate025;
function validate117(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate9(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate9.errors : vErrors.concat(validate9.errors)).length), validate117.errors = vErrors, 0 === errors;
}
function validate510(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate10(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate10.errors : vErrors.concat(validate10.errors)).length), validate510.errors = vErrors, 0 === errors;
}
function validate94(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate20(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate20.errors : vErrors.concat(validate20.errors)).length), validate94.errors = vErrors, 0 === errors;
}
function validate025(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) {
    if (void 0 === data.group) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "group" } };
      null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    if (void 0 === data.kind) {
      let err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" } };
      null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    if (void 0 === data.name) {
      let err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" } };
      null === vErrors ? vErrors = [err2] : vErrors.push(err2), errors++;
    }
    void 0 !== data.group && (validate117(data.group, { instancePath: instancePath + "/group", parentData: data, parentDataProperty: "group", rootData }) || (errors = (vErrors = null === vErrors ? validate117.errors : vErrors.concat(validate117.errors)).length)), void 0 !== data.kind && (validate510(data.kind, { instancePath: instancePath + "/kind", parentData: data, parentDataProperty: "kind", rootData }) || (errors = (vErrors = null === vErrors ? validate510.errors : vErrors.concat(validate510.errors)).length)), void 0 !== data.name && (validate94(data.name, { instancePath: instancePath + "/name", parentData: data, parentDataProperty: "name", rootData }) || (errors = (vErrors = null === vErrors ? validate94.errors : vErrors.concat(validate94.errors)).length));
  } else {
    let err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err3] : vErrors.push(err3), errors++;
  }
  return validate025.errors = vErrors, 0 === errors;
}

// node_modules/@kubernetes-models/gateway-api/_schemas/IoK8sSigsGatewayApiApisV1PreciseHostname.js
var validate38 = validate026;
var pattern05 = RegExp("^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$", "u");
function validate026(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" == typeof data) {
    if (ucs2length_default(data) > 253) {
      let err0 = { instancePath, schemaPath: "#/maxLength", keyword: "maxLength", params: { limit: 253 } };
      null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    if (1 > ucs2length_default(data)) {
      let err1 = { instancePath, schemaPath: "#/minLength", keyword: "minLength", params: { limit: 1 } };
      null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    if (!pattern05.test(data)) {
      let err2 = { instancePath, schemaPath: "#/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$" } };
      null === vErrors ? vErrors = [err2] : vErrors.push(err2), errors++;
    }
  } else {
    let err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err3] : vErrors.push(err3), errors++;
  }
  return validate026.errors = vErrors, 0 === errors;
}

// node_modules/@kubernetes-models/gateway-api/_schemas/IoK8sSigsGatewayApiApisV1Hostname.js
var validate39 = validate027;
var pattern06 = RegExp("^(\\*\\.)?[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$", "u");
function validate027(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" == typeof data) {
    if (ucs2length_default(data) > 253) {
      let err0 = { instancePath, schemaPath: "#/maxLength", keyword: "maxLength", params: { limit: 253 } };
      null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    if (1 > ucs2length_default(data)) {
      let err1 = { instancePath, schemaPath: "#/minLength", keyword: "minLength", params: { limit: 1 } };
      null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    if (!pattern06.test(data)) {
      let err2 = { instancePath, schemaPath: "#/pattern", keyword: "pattern", params: { pattern: "^(\\*\\.)?[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$" } };
      null === vErrors ? vErrors = [err2] : vErrors.push(err2), errors++;
    }
  } else {
    let err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err3] : vErrors.push(err3), errors++;
  }
  return validate027.errors = vErrors, 0 === errors;
}

// node_modules/@kubernetes-models/gateway-api/_schemas/IoK8sSigsGatewayApiApisV1SubjectAltNameType.js
var validate40 = validate028;
var schema0_enum = ["Hostname", "URI"];
function validate028(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if ("Hostname" !== data && "URI" !== data) {
    let err1 = { instancePath, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: schema0_enum } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate028.errors = vErrors, 0 === errors;
}

// node_modules/@kubernetes-models/gateway-api/_schemas/IoK8sSigsGatewayApiApisV1AbsoluteURI.js
var validate41 = validate029;
var pattern07 = RegExp("^(([^:/?#]+):)(//([^/?#]*))([^?#]*)(\\?([^#]*))?(#(.*))?", "u");
function validate029(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" == typeof data) {
    if (ucs2length_default(data) > 253) {
      let err0 = { instancePath, schemaPath: "#/maxLength", keyword: "maxLength", params: { limit: 253 } };
      null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    if (1 > ucs2length_default(data)) {
      let err1 = { instancePath, schemaPath: "#/minLength", keyword: "minLength", params: { limit: 1 } };
      null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    if (!pattern07.test(data)) {
      let err2 = { instancePath, schemaPath: "#/pattern", keyword: "pattern", params: { pattern: "^(([^:/?#]+):)(//([^/?#]*))([^?#]*)(\\?([^#]*))?(#(.*))?" } };
      null === vErrors ? vErrors = [err2] : vErrors.push(err2), errors++;
    }
  } else {
    let err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err3] : vErrors.push(err3), errors++;
  }
  return validate029.errors = vErrors, 0 === errors;
}

// node_modules/@kubernetes-models/gateway-api/_schemas/IoK8sSigsGatewayApiApisV1SubjectAltName.js
var validate44 = validate030;
function validate118(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate39(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate39.errors : vErrors.concat(validate39.errors)).length), validate118.errors = vErrors, 0 === errors;
}
function validate511(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate40(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate40.errors : vErrors.concat(validate40.errors)).length), validate511.errors = vErrors, 0 === errors;
}
function validate95(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate41(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate41.errors : vErrors.concat(validate41.errors)).length), validate95.errors = vErrors, 0 === errors;
}
function validate030(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) {
    if (void 0 === data.type) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "type" } };
      null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    void 0 !== data.hostname && (validate118(data.hostname, { instancePath: instancePath + "/hostname", parentData: data, parentDataProperty: "hostname", rootData }) || (errors = (vErrors = null === vErrors ? validate118.errors : vErrors.concat(validate118.errors)).length)), void 0 !== data.type && (validate511(data.type, { instancePath: instancePath + "/type", parentData: data, parentDataProperty: "type", rootData }) || (errors = (vErrors = null === vErrors ? validate511.errors : vErrors.concat(validate511.errors)).length)), void 0 !== data.uri && (validate95(data.uri, { instancePath: instancePath + "/uri", parentData: data, parentDataProperty: "uri", rootData }) || (errors = (vErrors = null === vErrors ? validate95.errors : vErrors.concat(validate95.errors)).length));
  } else {
    let err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate030.errors = vErrors, 0 === errors;
}

// node_modules/@kubernetes-models/gateway-api/_schemas/IoK8sSigsGatewayApiApisV1WellKnownCACertificatesType.js
var validate45 = validate031;
var pattern08 = RegExp("^(System|([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/([A-Za-z0-9][-A-Za-z0-9_.]{0,61})?[A-Za-z0-9]))$", "u");
function validate031(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" == typeof data) {
    if (ucs2length_default(data) > 253) {
      let err0 = { instancePath, schemaPath: "#/maxLength", keyword: "maxLength", params: { limit: 253 } };
      null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    if (1 > ucs2length_default(data)) {
      let err1 = { instancePath, schemaPath: "#/minLength", keyword: "minLength", params: { limit: 1 } };
      null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    if (!pattern08.test(data)) {
      let err2 = { instancePath, schemaPath: "#/pattern", keyword: "pattern", params: { pattern: "^(System|([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/([A-Za-z0-9][-A-Za-z0-9_.]{0,61})?[A-Za-z0-9]))$" } };
      null === vErrors ? vErrors = [err2] : vErrors.push(err2), errors++;
    }
  } else {
    let err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err3] : vErrors.push(err3), errors++;
  }
  return validate031.errors = vErrors, 0 === errors;
}

// node_modules/@kubernetes-models/gateway-api/_schemas/IoK8sSigsGatewayApiApisV1BackendTLSPolicyValidation.js
var validate46 = validate032;
function validate211(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return validate37(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate37.errors : vErrors.concat(validate37.errors)).length), validate211.errors = vErrors, 0 === errors;
}
function validate119(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!Array.isArray(data) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (Array.isArray(data)) {
    if (data.length > 8) {
      let err1 = { instancePath, schemaPath: "#/maxItems", keyword: "maxItems", params: { limit: 8 } };
      null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) validate211(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData }) || (errors = (vErrors = null === vErrors ? validate211.errors : vErrors.concat(validate211.errors)).length);
  }
  return validate119.errors = vErrors, 0 === errors;
}
function validate74(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate38(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate38.errors : vErrors.concat(validate38.errors)).length), validate74.errors = vErrors, 0 === errors;
}
function validate122(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return validate44(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate44.errors : vErrors.concat(validate44.errors)).length), validate122.errors = vErrors, 0 === errors;
}
function validate1110(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!Array.isArray(data) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (Array.isArray(data)) {
    if (data.length > 5) {
      let err1 = { instancePath, schemaPath: "#/maxItems", keyword: "maxItems", params: { limit: 5 } };
      null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) validate122(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData }) || (errors = (vErrors = null === vErrors ? validate122.errors : vErrors.concat(validate122.errors)).length);
  }
  return validate1110.errors = vErrors, 0 === errors;
}
function validate173(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate45(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate45.errors : vErrors.concat(validate45.errors)).length), validate173.errors = vErrors, 0 === errors;
}
function validate032(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) {
    if (void 0 === data.hostname) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "hostname" } };
      null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    void 0 !== data.caCertificateRefs && (validate119(data.caCertificateRefs, { instancePath: instancePath + "/caCertificateRefs", parentData: data, parentDataProperty: "caCertificateRefs", rootData }) || (errors = (vErrors = null === vErrors ? validate119.errors : vErrors.concat(validate119.errors)).length)), void 0 !== data.hostname && (validate74(data.hostname, { instancePath: instancePath + "/hostname", parentData: data, parentDataProperty: "hostname", rootData }) || (errors = (vErrors = null === vErrors ? validate74.errors : vErrors.concat(validate74.errors)).length)), void 0 !== data.subjectAltNames && (validate1110(data.subjectAltNames, { instancePath: instancePath + "/subjectAltNames", parentData: data, parentDataProperty: "subjectAltNames", rootData }) || (errors = (vErrors = null === vErrors ? validate1110.errors : vErrors.concat(validate1110.errors)).length)), void 0 !== data.wellKnownCACertificates && (validate173(data.wellKnownCACertificates, { instancePath: instancePath + "/wellKnownCACertificates", parentData: data, parentDataProperty: "wellKnownCACertificates", rootData }) || (errors = (vErrors = null === vErrors ? validate173.errors : vErrors.concat(validate173.errors)).length));
  } else {
    let err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate032.errors = vErrors, 0 === errors;
}

// node_modules/@kubernetes-models/gateway-api/_schemas/IoK8sSigsGatewayApiApisV1BackendTLSPolicySpec.js
var validate47 = validate033;
function validate212(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate33(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate33.errors : vErrors.concat(validate33.errors)).length), validate212.errors = vErrors, 0 === errors;
}
function validate120(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!(data && "object" == typeof data && !Array.isArray(data)) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (data && "object" == typeof data && !Array.isArray(data)) {
    if (Object.keys(data).length > 16) {
      let err1 = { instancePath, schemaPath: "#/maxProperties", keyword: "maxProperties", params: { limit: 16 } };
      null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    for (let key0 in data) validate212(data[key0], { instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data, parentDataProperty: key0, rootData }) || (errors = (vErrors = null === vErrors ? validate212.errors : vErrors.concat(validate212.errors)).length);
  }
  return validate120.errors = vErrors, 0 === errors;
}
function validate83(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return validate36(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate36.errors : vErrors.concat(validate36.errors)).length), validate83.errors = vErrors, 0 === errors;
}
function validate75(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (Array.isArray(data)) {
    if (data.length > 16) {
      let err0 = { instancePath, schemaPath: "#/maxItems", keyword: "maxItems", params: { limit: 16 } };
      null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    if (data.length < 1) {
      let err1 = { instancePath, schemaPath: "#/minItems", keyword: "minItems", params: { limit: 1 } };
      null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) validate83(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData }) || (errors = (vErrors = null === vErrors ? validate83.errors : vErrors.concat(validate83.errors)).length);
  } else {
    let err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    null === vErrors ? vErrors = [err2] : vErrors.push(err2), errors++;
  }
  return validate75.errors = vErrors, 0 === errors;
}
function validate134(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return validate46(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate46.errors : vErrors.concat(validate46.errors)).length), validate134.errors = vErrors, 0 === errors;
}
function validate033(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) {
    if (void 0 === data.targetRefs) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "targetRefs" } };
      null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    if (void 0 === data.validation) {
      let err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "validation" } };
      null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    void 0 !== data.options && (validate120(data.options, { instancePath: instancePath + "/options", parentData: data, parentDataProperty: "options", rootData }) || (errors = (vErrors = null === vErrors ? validate120.errors : vErrors.concat(validate120.errors)).length)), void 0 !== data.targetRefs && (validate75(data.targetRefs, { instancePath: instancePath + "/targetRefs", parentData: data, parentDataProperty: "targetRefs", rootData }) || (errors = (vErrors = null === vErrors ? validate75.errors : vErrors.concat(validate75.errors)).length)), void 0 !== data.validation && (validate134(data.validation, { instancePath: instancePath + "/validation", parentData: data, parentDataProperty: "validation", rootData }) || (errors = (vErrors = null === vErrors ? validate134.errors : vErrors.concat(validate134.errors)).length));
  } else {
    let err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err2] : vErrors.push(err2), errors++;
  }
  return validate033.errors = vErrors, 0 === errors;
}

// node_modules/@kubernetes-models/gateway-api/_schemas/IoK8sSigsGatewayApiApisV1ParentReference.js
var validate48 = validate034;
function validate121(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate9(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate9.errors : vErrors.concat(validate9.errors)).length), validate121.errors = vErrors, 0 === errors;
}
function validate512(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate10(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate10.errors : vErrors.concat(validate10.errors)).length), validate512.errors = vErrors, 0 === errors;
}
function validate96(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate20(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate20.errors : vErrors.concat(validate20.errors)).length), validate96.errors = vErrors, 0 === errors;
}
function validate135(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate21(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate21.errors : vErrors.concat(validate21.errors)).length), validate135.errors = vErrors, 0 === errors;
}
var formats06 = formats.int32;
function validate174(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!("number" == typeof data && !(data % 1) && !isNaN(data) && isFinite(data)) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "integer" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (validate24(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate24.errors : vErrors.concat(validate24.errors)).length), "number" == typeof data && isFinite(data)) {
    if (data > 65535 || isNaN(data)) {
      let err1 = { instancePath, schemaPath: "#/maximum", keyword: "maximum", params: { comparison: "<=", limit: 65535 } };
      null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    if (data < 1 || isNaN(data)) {
      let err2 = { instancePath, schemaPath: "#/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 } };
      null === vErrors ? vErrors = [err2] : vErrors.push(err2), errors++;
    }
    if (!formats06.validate(data)) {
      let err3 = { instancePath, schemaPath: "#/format", keyword: "format", params: { format: "int32" } };
      null === vErrors ? vErrors = [err3] : vErrors.push(err3), errors++;
    }
  }
  return validate174.errors = vErrors, 0 === errors;
}
function validate213(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate35(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate35.errors : vErrors.concat(validate35.errors)).length), validate213.errors = vErrors, 0 === errors;
}
function validate034(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) {
    if (void 0 === data.name) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" } };
      null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    void 0 !== data.group && (validate121(data.group, { instancePath: instancePath + "/group", parentData: data, parentDataProperty: "group", rootData }) || (errors = (vErrors = null === vErrors ? validate121.errors : vErrors.concat(validate121.errors)).length)), void 0 !== data.kind && (validate512(data.kind, { instancePath: instancePath + "/kind", parentData: data, parentDataProperty: "kind", rootData }) || (errors = (vErrors = null === vErrors ? validate512.errors : vErrors.concat(validate512.errors)).length)), void 0 !== data.name && (validate96(data.name, { instancePath: instancePath + "/name", parentData: data, parentDataProperty: "name", rootData }) || (errors = (vErrors = null === vErrors ? validate96.errors : vErrors.concat(validate96.errors)).length)), void 0 !== data.namespace && (validate135(data.namespace, { instancePath: instancePath + "/namespace", parentData: data, parentDataProperty: "namespace", rootData }) || (errors = (vErrors = null === vErrors ? validate135.errors : vErrors.concat(validate135.errors)).length)), void 0 !== data.port && (validate174(data.port, { instancePath: instancePath + "/port", parentData: data, parentDataProperty: "port", rootData }) || (errors = (vErrors = null === vErrors ? validate174.errors : vErrors.concat(validate174.errors)).length)), void 0 !== data.sectionName && (validate213(data.sectionName, { instancePath: instancePath + "/sectionName", parentData: data, parentDataProperty: "sectionName", rootData }) || (errors = (vErrors = null === vErrors ? validate213.errors : vErrors.concat(validate213.errors)).length));
  } else {
    let err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate034.errors = vErrors, 0 === errors;
}

// node_modules/@kubernetes-models/apimachinery/_schemas/IoK8sApimachineryPkgApisMetaV1Condition.js
var validate49 = validate123;
function validate214(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return validate27(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate27.errors : vErrors.concat(validate27.errors)).length), validate214.errors = vErrors, 0 === errors;
}
function validate035(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate035.errors = vErrors, 0 === errors;
}
var formats07 = formats.int64;
function validate76(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!("number" == typeof data && !(data % 1) && !isNaN(data) && isFinite(data)) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "integer" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if ("number" == typeof data && isFinite(data) && !formats07.validate(data)) {
    let err1 = { instancePath, schemaPath: "#/format", keyword: "format", params: { format: "int64" } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate76.errors = vErrors, 0 === errors;
}
function validate123(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) {
    if (void 0 === data.type) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "type" } };
      null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    if (void 0 === data.status) {
      let err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "status" } };
      null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    if (void 0 === data.lastTransitionTime) {
      let err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "lastTransitionTime" } };
      null === vErrors ? vErrors = [err2] : vErrors.push(err2), errors++;
    }
    if (void 0 === data.reason) {
      let err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "reason" } };
      null === vErrors ? vErrors = [err3] : vErrors.push(err3), errors++;
    }
    if (void 0 === data.message) {
      let err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "message" } };
      null === vErrors ? vErrors = [err4] : vErrors.push(err4), errors++;
    }
    void 0 !== data.lastTransitionTime && (validate214(data.lastTransitionTime, { instancePath: instancePath + "/lastTransitionTime", parentData: data, parentDataProperty: "lastTransitionTime", rootData }) || (errors = (vErrors = null === vErrors ? validate214.errors : vErrors.concat(validate214.errors)).length)), void 0 !== data.message && (validate035(data.message, { instancePath: instancePath + "/message", parentData: data, parentDataProperty: "message", rootData }) || (errors = (vErrors = null === vErrors ? validate035.errors : vErrors.concat(validate035.errors)).length)), void 0 !== data.observedGeneration && (validate76(data.observedGeneration, { instancePath: instancePath + "/observedGeneration", parentData: data, parentDataProperty: "observedGeneration", rootData }) || (errors = (vErrors = null === vErrors ? validate76.errors : vErrors.concat(validate76.errors)).length)), void 0 !== data.reason && (validate035(data.reason, { instancePath: instancePath + "/reason", parentData: data, parentDataProperty: "reason", rootData }) || (errors = (vErrors = null === vErrors ? validate035.errors : vErrors.concat(validate035.errors)).length)), void 0 !== data.status && (validate035(data.status, { instancePath: instancePath + "/status", parentData: data, parentDataProperty: "status", rootData }) || (errors = (vErrors = null === vErrors ? validate035.errors : vErrors.concat(validate035.errors)).length)), void 0 !== data.type && (validate035(data.type, { instancePath: instancePath + "/type", parentData: data, parentDataProperty: "type", rootData }) || (errors = (vErrors = null === vErrors ? validate035.errors : vErrors.concat(validate035.errors)).length));
  } else {
    let err5 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err5] : vErrors.push(err5), errors++;
  }
  return validate123.errors = vErrors, 0 === errors;
}

// node_modules/@kubernetes-models/gateway-api/_schemas/IoK8sSigsGatewayApiApisV1GatewayController.js
var validate50 = validate036;
var pattern09 = RegExp("^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*\\/[A-Za-z0-9\\/\\-._~%!$&'()*+,;=:]+$", "u");
function validate036(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" == typeof data) {
    if (ucs2length_default(data) > 253) {
      let err0 = { instancePath, schemaPath: "#/maxLength", keyword: "maxLength", params: { limit: 253 } };
      null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    if (1 > ucs2length_default(data)) {
      let err1 = { instancePath, schemaPath: "#/minLength", keyword: "minLength", params: { limit: 1 } };
      null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    if (!pattern09.test(data)) {
      let err2 = { instancePath, schemaPath: "#/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*\\/[A-Za-z0-9\\/\\-._~%!$&'()*+,;=:]+$" } };
      null === vErrors ? vErrors = [err2] : vErrors.push(err2), errors++;
    }
  } else {
    let err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err3] : vErrors.push(err3), errors++;
  }
  return validate036.errors = vErrors, 0 === errors;
}

// node_modules/@kubernetes-models/gateway-api/_schemas/IoK8sSigsGatewayApiApisV1PolicyAncestorStatus.js
var validate51 = validate037;
function validate124(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return validate48(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate48.errors : vErrors.concat(validate48.errors)).length), validate124.errors = vErrors, 0 === errors;
}
function validate62(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return validate49(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate49.errors : vErrors.concat(validate49.errors)).length), validate62.errors = vErrors, 0 === errors;
}
function validate513(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (Array.isArray(data)) {
    if (data.length > 8) {
      let err0 = { instancePath, schemaPath: "#/maxItems", keyword: "maxItems", params: { limit: 8 } };
      null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    if (data.length < 1) {
      let err1 = { instancePath, schemaPath: "#/minItems", keyword: "minItems", params: { limit: 1 } };
      null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) validate62(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData }) || (errors = (vErrors = null === vErrors ? validate62.errors : vErrors.concat(validate62.errors)).length);
  } else {
    let err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    null === vErrors ? vErrors = [err2] : vErrors.push(err2), errors++;
  }
  return validate513.errors = vErrors, 0 === errors;
}
function validate1111(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate50(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate50.errors : vErrors.concat(validate50.errors)).length), validate1111.errors = vErrors, 0 === errors;
}
function validate037(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) {
    if (void 0 === data.ancestorRef) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "ancestorRef" } };
      null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    if (void 0 === data.conditions) {
      let err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "conditions" } };
      null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    if (void 0 === data.controllerName) {
      let err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "controllerName" } };
      null === vErrors ? vErrors = [err2] : vErrors.push(err2), errors++;
    }
    void 0 !== data.ancestorRef && (validate124(data.ancestorRef, { instancePath: instancePath + "/ancestorRef", parentData: data, parentDataProperty: "ancestorRef", rootData }) || (errors = (vErrors = null === vErrors ? validate124.errors : vErrors.concat(validate124.errors)).length)), void 0 !== data.conditions && (validate513(data.conditions, { instancePath: instancePath + "/conditions", parentData: data, parentDataProperty: "conditions", rootData }) || (errors = (vErrors = null === vErrors ? validate513.errors : vErrors.concat(validate513.errors)).length)), void 0 !== data.controllerName && (validate1111(data.controllerName, { instancePath: instancePath + "/controllerName", parentData: data, parentDataProperty: "controllerName", rootData }) || (errors = (vErrors = null === vErrors ? validate1111.errors : vErrors.concat(validate1111.errors)).length));
  } else {
    let err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err3] : vErrors.push(err3), errors++;
  }
  return validate037.errors = vErrors, 0 === errors;
}

// node_modules/@kubernetes-models/gateway-api/_schemas/IoK8sSigsGatewayApiApisV1PolicyStatus.js
var validate60 = validate038;
function validate215(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return validate51(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate51.errors : vErrors.concat(validate51.errors)).length), validate215.errors = vErrors, 0 === errors;
}
function validate125(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (Array.isArray(data)) {
    if (data.length > 16) {
      let err0 = { instancePath, schemaPath: "#/maxItems", keyword: "maxItems", params: { limit: 16 } };
      null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) validate215(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData }) || (errors = (vErrors = null === vErrors ? validate215.errors : vErrors.concat(validate215.errors)).length);
  } else {
    let err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate125.errors = vErrors, 0 === errors;
}
function validate038(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) {
    if (void 0 === data.ancestors) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "ancestors" } };
      null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    void 0 !== data.ancestors && (validate125(data.ancestors, { instancePath: instancePath + "/ancestors", parentData: data, parentDataProperty: "ancestors", rootData }) || (errors = (vErrors = null === vErrors ? validate125.errors : vErrors.concat(validate125.errors)).length));
  } else {
    let err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate038.errors = vErrors, 0 === errors;
}

// node_modules/@kubernetes-models/gateway-api/_schemas/IoK8sSigsGatewayApiApisV1BackendTLSPolicy.js
var validate61 = validate039;
var schema1_enum3 = ["gateway.networking.k8s.io/v1"];
function validate126(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if ("gateway.networking.k8s.io/v1" !== data) {
    let err1 = { instancePath, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: schema1_enum3 } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate126.errors = vErrors, 0 === errors;
}
var schema2_enum = ["BackendTLSPolicy"];
function validate310(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if ("BackendTLSPolicy" !== data) {
    let err1 = { instancePath, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: schema2_enum } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate310.errors = vErrors, 0 === errors;
}
function validate514(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return null !== data && (validate31(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate31.errors : vErrors.concat(validate31.errors)).length)), validate514.errors = vErrors, 0 === errors;
}
function validate97(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return validate47(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate47.errors : vErrors.concat(validate47.errors)).length), validate97.errors = vErrors, 0 === errors;
}
function validate136(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return null !== data && (validate60(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate60.errors : vErrors.concat(validate60.errors)).length)), validate136.errors = vErrors, 0 === errors;
}
function validate039(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) {
    if (void 0 === data.spec) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "spec" } };
      null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    if (void 0 === data.apiVersion) {
      let err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "apiVersion" } };
      null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    if (void 0 === data.kind) {
      let err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" } };
      null === vErrors ? vErrors = [err2] : vErrors.push(err2), errors++;
    }
    void 0 !== data.apiVersion && (validate126(data.apiVersion, { instancePath: instancePath + "/apiVersion", parentData: data, parentDataProperty: "apiVersion", rootData }) || (errors = (vErrors = null === vErrors ? validate126.errors : vErrors.concat(validate126.errors)).length)), void 0 !== data.kind && (validate310(data.kind, { instancePath: instancePath + "/kind", parentData: data, parentDataProperty: "kind", rootData }) || (errors = (vErrors = null === vErrors ? validate310.errors : vErrors.concat(validate310.errors)).length)), void 0 !== data.metadata && (validate514(data.metadata, { instancePath: instancePath + "/metadata", parentData: data, parentDataProperty: "metadata", rootData }) || (errors = (vErrors = null === vErrors ? validate514.errors : vErrors.concat(validate514.errors)).length)), void 0 !== data.spec && (validate97(data.spec, { instancePath: instancePath + "/spec", parentData: data, parentDataProperty: "spec", rootData }) || (errors = (vErrors = null === vErrors ? validate97.errors : vErrors.concat(validate97.errors)).length)), void 0 !== data.status && (validate136(data.status, { instancePath: instancePath + "/status", parentData: data, parentDataProperty: "status", rootData }) || (errors = (vErrors = null === vErrors ? validate136.errors : vErrors.concat(validate136.errors)).length));
  } else {
    let err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err3] : vErrors.push(err3), errors++;
  }
  return validate039.errors = vErrors, 0 === errors;
}

// node_modules/@kubernetes-models/gateway-api/gateway.networking.k8s.io/v1/BackendTLSPolicy.js
var BackendTLSPolicy = class _BackendTLSPolicy extends Model {
  static {
    this.apiVersion = "gateway.networking.k8s.io/v1";
  }
  static {
    this.kind = "BackendTLSPolicy";
  }
  static {
    this.is = createTypeMetaGuard(_BackendTLSPolicy);
  }
  constructor(data) {
    super(), this.setDefinedProps({ apiVersion: _BackendTLSPolicy.apiVersion, kind: _BackendTLSPolicy.kind, ...data });
  }
};
setValidateFunc(BackendTLSPolicy, validate61);

// node_modules/@kubernetes-models/apimachinery/_schemas/IoK8sApimachineryPkgApisMetaV1ShardInfo.js
var validate63 = validate040;
function validate127(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate127.errors = vErrors, 0 === errors;
}
function validate040(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) {
    if (void 0 === data.selector) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "selector" } };
      null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    void 0 !== data.selector && (validate127(data.selector, { instancePath: instancePath + "/selector", parentData: data, parentDataProperty: "selector", rootData }) || (errors = (vErrors = null === vErrors ? validate127.errors : vErrors.concat(validate127.errors)).length));
  } else {
    let err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate040.errors = vErrors, 0 === errors;
}

// node_modules/@kubernetes-models/apimachinery/_schemas/IoK8sApimachineryPkgApisMetaV1ListMeta.js
var validate64 = validate128;
function validate041(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate041.errors = vErrors, 0 === errors;
}
var formats08 = formats.int64;
function validate311(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!("number" == typeof data && !(data % 1) && !isNaN(data) && isFinite(data)) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "integer" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if ("number" == typeof data && isFinite(data) && !formats08.validate(data)) {
    let err1 = { instancePath, schemaPath: "#/format", keyword: "format", params: { format: "int64" } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate311.errors = vErrors, 0 === errors;
}
function validate77(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return null !== data && (validate63(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate63.errors : vErrors.concat(validate63.errors)).length)), validate77.errors = vErrors, 0 === errors;
}
function validate128(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) void 0 !== data.continue && (validate041(data.continue, { instancePath: instancePath + "/continue", parentData: data, parentDataProperty: "continue", rootData }) || (errors = (vErrors = null === vErrors ? validate041.errors : vErrors.concat(validate041.errors)).length)), void 0 !== data.remainingItemCount && (validate311(data.remainingItemCount, { instancePath: instancePath + "/remainingItemCount", parentData: data, parentDataProperty: "remainingItemCount", rootData }) || (errors = (vErrors = null === vErrors ? validate311.errors : vErrors.concat(validate311.errors)).length)), void 0 !== data.resourceVersion && (validate041(data.resourceVersion, { instancePath: instancePath + "/resourceVersion", parentData: data, parentDataProperty: "resourceVersion", rootData }) || (errors = (vErrors = null === vErrors ? validate041.errors : vErrors.concat(validate041.errors)).length)), void 0 !== data.selfLink && (validate041(data.selfLink, { instancePath: instancePath + "/selfLink", parentData: data, parentDataProperty: "selfLink", rootData }) || (errors = (vErrors = null === vErrors ? validate041.errors : vErrors.concat(validate041.errors)).length)), void 0 !== data.shardInfo && (validate77(data.shardInfo, { instancePath: instancePath + "/shardInfo", parentData: data, parentDataProperty: "shardInfo", rootData }) || (errors = (vErrors = null === vErrors ? validate77.errors : vErrors.concat(validate77.errors)).length));
  else {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate128.errors = vErrors, 0 === errors;
}

// node_modules/@kubernetes-models/gateway-api/_schemas/IoK8sSigsGatewayApiApisV1BackendTLSPolicyList.js
var validate65 = validate042;
var schema1_enum4 = ["gateway.networking.k8s.io/v1"];
function validate129(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if ("gateway.networking.k8s.io/v1" !== data) {
    let err1 = { instancePath, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: schema1_enum4 } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate129.errors = vErrors, 0 === errors;
}
function validate410(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return validate61(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate61.errors : vErrors.concat(validate61.errors)).length), validate410.errors = vErrors, 0 === errors;
}
function validate312(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (Array.isArray(data)) {
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) validate410(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData }) || (errors = (vErrors = null === vErrors ? validate410.errors : vErrors.concat(validate410.errors)).length);
  } else {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate312.errors = vErrors, 0 === errors;
}
var schema5_enum = ["BackendTLSPolicyList"];
function validate98(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if ("BackendTLSPolicyList" !== data) {
    let err1 = { instancePath, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: schema5_enum } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate98.errors = vErrors, 0 === errors;
}
function validate1112(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return null !== data && (validate64(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate64.errors : vErrors.concat(validate64.errors)).length)), validate1112.errors = vErrors, 0 === errors;
}
function validate042(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) {
    if (void 0 === data.items) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "items" } };
      null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    if (void 0 === data.apiVersion) {
      let err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "apiVersion" } };
      null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    if (void 0 === data.kind) {
      let err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" } };
      null === vErrors ? vErrors = [err2] : vErrors.push(err2), errors++;
    }
    void 0 !== data.apiVersion && (validate129(data.apiVersion, { instancePath: instancePath + "/apiVersion", parentData: data, parentDataProperty: "apiVersion", rootData }) || (errors = (vErrors = null === vErrors ? validate129.errors : vErrors.concat(validate129.errors)).length)), void 0 !== data.items && (validate312(data.items, { instancePath: instancePath + "/items", parentData: data, parentDataProperty: "items", rootData }) || (errors = (vErrors = null === vErrors ? validate312.errors : vErrors.concat(validate312.errors)).length)), void 0 !== data.kind && (validate98(data.kind, { instancePath: instancePath + "/kind", parentData: data, parentDataProperty: "kind", rootData }) || (errors = (vErrors = null === vErrors ? validate98.errors : vErrors.concat(validate98.errors)).length)), void 0 !== data.metadata && (validate1112(data.metadata, { instancePath: instancePath + "/metadata", parentData: data, parentDataProperty: "metadata", rootData }) || (errors = (vErrors = null === vErrors ? validate1112.errors : vErrors.concat(validate1112.errors)).length));
  } else {
    let err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err3] : vErrors.push(err3), errors++;
  }
  return validate042.errors = vErrors, 0 === errors;
}

// node_modules/@kubernetes-models/gateway-api/gateway.networking.k8s.io/v1/BackendTLSPolicyList.js
var BackendTLSPolicyList = class _BackendTLSPolicyList extends Model {
  static {
    this.apiVersion = "gateway.networking.k8s.io/v1";
  }
  static {
    this.kind = "BackendTLSPolicyList";
  }
  static {
    this.is = createTypeMetaGuard(_BackendTLSPolicyList);
  }
  constructor(data) {
    super(), this.setDefinedProps({ apiVersion: _BackendTLSPolicyList.apiVersion, kind: _BackendTLSPolicyList.kind, ...data });
  }
};
setValidateFunc(BackendTLSPolicyList, validate65);

// node_modules/@kubernetes-models/gateway-api/gateway.networking.k8s.io/v1/BackendTLSPolicySpec.js
var BackendTLSPolicySpec = class extends Model {
  constructor(data) {
    super(), this.setDefinedProps(data);
  }
};
setValidateFunc(BackendTLSPolicySpec, validate47);

// node_modules/@kubernetes-models/gateway-api/gateway.networking.k8s.io/v1/BackendTLSPolicyValidation.js
var BackendTLSPolicyValidation = class extends Model {
  constructor(data) {
    super(), this.setDefinedProps(data);
  }
};
setValidateFunc(BackendTLSPolicyValidation, validate46);

// node_modules/@kubernetes-models/gateway-api/_schemas/IoK8sSigsGatewayApiApisV1GatewayDefaultScope.js
var validate66 = validate043;
var schema0_enum2 = ["All", "None"];
function validate043(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if ("All" !== data && "None" !== data) {
    let err1 = { instancePath, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: schema0_enum2 } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate043.errors = vErrors, 0 === errors;
}

// node_modules/@kubernetes-models/gateway-api/_schemas/IoK8sSigsGatewayApiApisV1CommonRouteSpec.js
var validate67 = validate044;
function validate216(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return validate48(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate48.errors : vErrors.concat(validate48.errors)).length), validate216.errors = vErrors, 0 === errors;
}
function validate130(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!Array.isArray(data) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (Array.isArray(data)) {
    if (data.length > 32) {
      let err1 = { instancePath, schemaPath: "#/maxItems", keyword: "maxItems", params: { limit: 32 } };
      null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) validate216(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData }) || (errors = (vErrors = null === vErrors ? validate216.errors : vErrors.concat(validate216.errors)).length);
  }
  return validate130.errors = vErrors, 0 === errors;
}
function validate78(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate66(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate66.errors : vErrors.concat(validate66.errors)).length), validate78.errors = vErrors, 0 === errors;
}
function validate044(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) void 0 !== data.parentRefs && (validate130(data.parentRefs, { instancePath: instancePath + "/parentRefs", parentData: data, parentDataProperty: "parentRefs", rootData }) || (errors = (vErrors = null === vErrors ? validate130.errors : vErrors.concat(validate130.errors)).length)), void 0 !== data.useDefaultGateways && (validate78(data.useDefaultGateways, { instancePath: instancePath + "/useDefaultGateways", parentData: data, parentDataProperty: "useDefaultGateways", rootData }) || (errors = (vErrors = null === vErrors ? validate78.errors : vErrors.concat(validate78.errors)).length));
  else {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate044.errors = vErrors, 0 === errors;
}

// node_modules/@kubernetes-models/gateway-api/gateway.networking.k8s.io/v1/CommonRouteSpec.js
var CommonRouteSpec = class extends Model {
  constructor(data) {
    super(), this.setDefinedProps(data);
  }
};
setValidateFunc(CommonRouteSpec, validate67);

// node_modules/@kubernetes-models/gateway-api/_schemas/IoK8sSigsGatewayApiApisV1CookieLifetimeType.js
var validate68 = validate045;
var schema0_enum3 = ["Permanent", "Session"];
function validate045(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if ("Permanent" !== data && "Session" !== data) {
    let err1 = { instancePath, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: schema0_enum3 } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate045.errors = vErrors, 0 === errors;
}

// node_modules/@kubernetes-models/gateway-api/_schemas/IoK8sSigsGatewayApiApisV1CookieConfig.js
var validate69 = validate046;
function validate131(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate68(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate68.errors : vErrors.concat(validate68.errors)).length), validate131.errors = vErrors, 0 === errors;
}
function validate046(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) void 0 !== data.lifetimeType && (validate131(data.lifetimeType, { instancePath: instancePath + "/lifetimeType", parentData: data, parentDataProperty: "lifetimeType", rootData }) || (errors = (vErrors = null === vErrors ? validate131.errors : vErrors.concat(validate131.errors)).length));
  else {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate046.errors = vErrors, 0 === errors;
}

// node_modules/@kubernetes-models/gateway-api/gateway.networking.k8s.io/v1/CookieConfig.js
var CookieConfig = class extends Model {
  constructor(data) {
    super(), this.setDefinedProps(data);
  }
};
setValidateFunc(CookieConfig, validate69);

// node_modules/@kubernetes-models/gateway-api/_schemas/IoK8sSigsGatewayApiApisV1ForwardBodyConfig.js
var validate70 = validate047;
function validate137(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!("number" == typeof data && !(data % 1) && !isNaN(data) && isFinite(data)) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "integer" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate137.errors = vErrors, 0 === errors;
}
function validate047(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) void 0 !== data.maxSize && (validate137(data.maxSize, { instancePath: instancePath + "/maxSize", parentData: data, parentDataProperty: "maxSize", rootData }) || (errors = (vErrors = null === vErrors ? validate137.errors : vErrors.concat(validate137.errors)).length));
  else {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate047.errors = vErrors, 0 === errors;
}

// node_modules/@kubernetes-models/gateway-api/gateway.networking.k8s.io/v1/ForwardBodyConfig.js
var ForwardBodyConfig = class extends Model {
  constructor(data) {
    super(), this.setDefinedProps(data);
  }
};
setValidateFunc(ForwardBodyConfig, validate70);

// node_modules/@kubernetes-models/gateway-api/_schemas/IoK8sSigsGatewayApiApisV1Fraction.js
var validate71 = validate048;
var formats09 = formats.int32;
function validate138(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!("number" == typeof data && !(data % 1) && !isNaN(data) && isFinite(data)) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "integer" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if ("number" == typeof data && isFinite(data)) {
    if (data < 1 || isNaN(data)) {
      let err1 = { instancePath, schemaPath: "#/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 } };
      null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    if (!formats09.validate(data)) {
      let err2 = { instancePath, schemaPath: "#/format", keyword: "format", params: { format: "int32" } };
      null === vErrors ? vErrors = [err2] : vErrors.push(err2), errors++;
    }
  }
  return validate138.errors = vErrors, 0 === errors;
}
function validate313(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!("number" == typeof data && !(data % 1) && !isNaN(data) && isFinite(data))) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "integer" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if ("number" == typeof data && isFinite(data)) {
    if (data < 0 || isNaN(data)) {
      let err1 = { instancePath, schemaPath: "#/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 } };
      null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    if (!formats09.validate(data)) {
      let err2 = { instancePath, schemaPath: "#/format", keyword: "format", params: { format: "int32" } };
      null === vErrors ? vErrors = [err2] : vErrors.push(err2), errors++;
    }
  }
  return validate313.errors = vErrors, 0 === errors;
}
function validate048(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) {
    if (void 0 === data.numerator) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "numerator" } };
      null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    void 0 !== data.denominator && (validate138(data.denominator, { instancePath: instancePath + "/denominator", parentData: data, parentDataProperty: "denominator", rootData }) || (errors = (vErrors = null === vErrors ? validate138.errors : vErrors.concat(validate138.errors)).length)), void 0 !== data.numerator && (validate313(data.numerator, { instancePath: instancePath + "/numerator", parentData: data, parentDataProperty: "numerator", rootData }) || (errors = (vErrors = null === vErrors ? validate313.errors : vErrors.concat(validate313.errors)).length));
  } else {
    let err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate048.errors = vErrors, 0 === errors;
}

// node_modules/@kubernetes-models/gateway-api/gateway.networking.k8s.io/v1/Fraction.js
var Fraction = class extends Model {
  constructor(data) {
    super(), this.setDefinedProps(data);
  }
};
setValidateFunc(Fraction, validate71);

// node_modules/@kubernetes-models/gateway-api/_schemas/IoK8sSigsGatewayApiApisV1ObjectReference.js
var validate79 = validate049;
function validate139(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate9(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate9.errors : vErrors.concat(validate9.errors)).length), validate139.errors = vErrors, 0 === errors;
}
function validate515(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate10(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate10.errors : vErrors.concat(validate10.errors)).length), validate515.errors = vErrors, 0 === errors;
}
function validate99(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate20(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate20.errors : vErrors.concat(validate20.errors)).length), validate99.errors = vErrors, 0 === errors;
}
function validate1310(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate21(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate21.errors : vErrors.concat(validate21.errors)).length), validate1310.errors = vErrors, 0 === errors;
}
function validate049(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) {
    if (void 0 === data.group) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "group" } };
      null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    if (void 0 === data.kind) {
      let err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" } };
      null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    if (void 0 === data.name) {
      let err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" } };
      null === vErrors ? vErrors = [err2] : vErrors.push(err2), errors++;
    }
    void 0 !== data.group && (validate139(data.group, { instancePath: instancePath + "/group", parentData: data, parentDataProperty: "group", rootData }) || (errors = (vErrors = null === vErrors ? validate139.errors : vErrors.concat(validate139.errors)).length)), void 0 !== data.kind && (validate515(data.kind, { instancePath: instancePath + "/kind", parentData: data, parentDataProperty: "kind", rootData }) || (errors = (vErrors = null === vErrors ? validate515.errors : vErrors.concat(validate515.errors)).length)), void 0 !== data.name && (validate99(data.name, { instancePath: instancePath + "/name", parentData: data, parentDataProperty: "name", rootData }) || (errors = (vErrors = null === vErrors ? validate99.errors : vErrors.concat(validate99.errors)).length)), void 0 !== data.namespace && (validate1310(data.namespace, { instancePath: instancePath + "/namespace", parentData: data, parentDataProperty: "namespace", rootData }) || (errors = (vErrors = null === vErrors ? validate1310.errors : vErrors.concat(validate1310.errors)).length));
  } else {
    let err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err3] : vErrors.push(err3), errors++;
  }
  return validate049.errors = vErrors, 0 === errors;
}

// node_modules/@kubernetes-models/gateway-api/_schemas/IoK8sSigsGatewayApiApisV1FrontendValidationModeType.js
var validate80 = validate050;
var schema0_enum4 = ["AllowValidOnly", "AllowInsecureFallback"];
function validate050(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if ("AllowValidOnly" !== data && "AllowInsecureFallback" !== data) {
    let err1 = { instancePath, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: schema0_enum4 } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate050.errors = vErrors, 0 === errors;
}

// node_modules/@kubernetes-models/gateway-api/_schemas/IoK8sSigsGatewayApiApisV1FrontendTLSValidation.js
var validate81 = validate051;
function validate217(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return validate79(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate79.errors : vErrors.concat(validate79.errors)).length), validate217.errors = vErrors, 0 === errors;
}
function validate140(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (Array.isArray(data)) {
    if (data.length > 8) {
      let err0 = { instancePath, schemaPath: "#/maxItems", keyword: "maxItems", params: { limit: 8 } };
      null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    if (data.length < 1) {
      let err1 = { instancePath, schemaPath: "#/minItems", keyword: "minItems", params: { limit: 1 } };
      null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) validate217(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData }) || (errors = (vErrors = null === vErrors ? validate217.errors : vErrors.concat(validate217.errors)).length);
  } else {
    let err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    null === vErrors ? vErrors = [err2] : vErrors.push(err2), errors++;
  }
  return validate140.errors = vErrors, 0 === errors;
}
function validate710(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate80(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate80.errors : vErrors.concat(validate80.errors)).length), validate710.errors = vErrors, 0 === errors;
}
function validate051(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) {
    if (void 0 === data.caCertificateRefs) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "caCertificateRefs" } };
      null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    void 0 !== data.caCertificateRefs && (validate140(data.caCertificateRefs, { instancePath: instancePath + "/caCertificateRefs", parentData: data, parentDataProperty: "caCertificateRefs", rootData }) || (errors = (vErrors = null === vErrors ? validate140.errors : vErrors.concat(validate140.errors)).length)), void 0 !== data.mode && (validate710(data.mode, { instancePath: instancePath + "/mode", parentData: data, parentDataProperty: "mode", rootData }) || (errors = (vErrors = null === vErrors ? validate710.errors : vErrors.concat(validate710.errors)).length));
  } else {
    let err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate051.errors = vErrors, 0 === errors;
}

// node_modules/@kubernetes-models/gateway-api/_schemas/IoK8sSigsGatewayApiApisV1TLSConfig.js
var validate84 = validate052;
function validate141(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return null !== data && (validate81(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate81.errors : vErrors.concat(validate81.errors)).length)), validate141.errors = vErrors, 0 === errors;
}
function validate052(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) void 0 !== data.validation && (validate141(data.validation, { instancePath: instancePath + "/validation", parentData: data, parentDataProperty: "validation", rootData }) || (errors = (vErrors = null === vErrors ? validate141.errors : vErrors.concat(validate141.errors)).length));
  else {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate052.errors = vErrors, 0 === errors;
}

// node_modules/@kubernetes-models/gateway-api/_schemas/IoK8sSigsGatewayApiApisV1TLSPortConfig.js
var validate85 = validate053;
var formats010 = formats.int32;
function validate142(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!("number" == typeof data && !(data % 1) && !isNaN(data) && isFinite(data))) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "integer" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (validate24(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate24.errors : vErrors.concat(validate24.errors)).length), "number" == typeof data && isFinite(data)) {
    if (data > 65535 || isNaN(data)) {
      let err1 = { instancePath, schemaPath: "#/maximum", keyword: "maximum", params: { comparison: "<=", limit: 65535 } };
      null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    if (data < 1 || isNaN(data)) {
      let err2 = { instancePath, schemaPath: "#/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 } };
      null === vErrors ? vErrors = [err2] : vErrors.push(err2), errors++;
    }
    if (!formats010.validate(data)) {
      let err3 = { instancePath, schemaPath: "#/format", keyword: "format", params: { format: "int32" } };
      null === vErrors ? vErrors = [err3] : vErrors.push(err3), errors++;
    }
  }
  return validate142.errors = vErrors, 0 === errors;
}
function validate516(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return validate84(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate84.errors : vErrors.concat(validate84.errors)).length), validate516.errors = vErrors, 0 === errors;
}
function validate053(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) {
    if (void 0 === data.port) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "port" } };
      null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    if (void 0 === data.tls) {
      let err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "tls" } };
      null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    void 0 !== data.port && (validate142(data.port, { instancePath: instancePath + "/port", parentData: data, parentDataProperty: "port", rootData }) || (errors = (vErrors = null === vErrors ? validate142.errors : vErrors.concat(validate142.errors)).length)), void 0 !== data.tls && (validate516(data.tls, { instancePath: instancePath + "/tls", parentData: data, parentDataProperty: "tls", rootData }) || (errors = (vErrors = null === vErrors ? validate516.errors : vErrors.concat(validate516.errors)).length));
  } else {
    let err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err2] : vErrors.push(err2), errors++;
  }
  return validate053.errors = vErrors, 0 === errors;
}

// node_modules/@kubernetes-models/gateway-api/_schemas/IoK8sSigsGatewayApiApisV1FrontendTLSConfig.js
var validate86 = validate054;
function validate143(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return validate84(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate84.errors : vErrors.concat(validate84.errors)).length), validate143.errors = vErrors, 0 === errors;
}
function validate610(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return validate85(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate85.errors : vErrors.concat(validate85.errors)).length), validate610.errors = vErrors, 0 === errors;
}
function validate517(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!Array.isArray(data) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (Array.isArray(data)) {
    if (data.length > 64) {
      let err1 = { instancePath, schemaPath: "#/maxItems", keyword: "maxItems", params: { limit: 64 } };
      null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) validate610(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData }) || (errors = (vErrors = null === vErrors ? validate610.errors : vErrors.concat(validate610.errors)).length);
  }
  return validate517.errors = vErrors, 0 === errors;
}
function validate054(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) {
    if (void 0 === data.default) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "default" } };
      null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    void 0 !== data.default && (validate143(data.default, { instancePath: instancePath + "/default", parentData: data, parentDataProperty: "default", rootData }) || (errors = (vErrors = null === vErrors ? validate143.errors : vErrors.concat(validate143.errors)).length)), void 0 !== data.perPort && (validate517(data.perPort, { instancePath: instancePath + "/perPort", parentData: data, parentDataProperty: "perPort", rootData }) || (errors = (vErrors = null === vErrors ? validate517.errors : vErrors.concat(validate517.errors)).length));
  } else {
    let err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate054.errors = vErrors, 0 === errors;
}

// node_modules/@kubernetes-models/gateway-api/gateway.networking.k8s.io/v1/FrontendTLSConfig.js
var FrontendTLSConfig = class extends Model {
  constructor(data) {
    super(), this.setDefinedProps(data);
  }
};
setValidateFunc(FrontendTLSConfig, validate86);

// node_modules/@kubernetes-models/gateway-api/gateway.networking.k8s.io/v1/FrontendTLSValidation.js
var FrontendTLSValidation = class extends Model {
  constructor(data) {
    super(), this.setDefinedProps(data);
  }
};
setValidateFunc(FrontendTLSValidation, validate81);

// node_modules/@kubernetes-models/gateway-api/_schemas/IoK8sSigsGatewayApiApisV1GRPCAuthConfig.js
var validate87 = validate055;
function validate218(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate218.errors = vErrors, 0 === errors;
}
function validate144(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!Array.isArray(data) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (Array.isArray(data)) {
    if (data.length > 64) {
      let err1 = { instancePath, schemaPath: "#/maxItems", keyword: "maxItems", params: { limit: 64 } };
      null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) validate218(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData }) || (errors = (vErrors = null === vErrors ? validate218.errors : vErrors.concat(validate218.errors)).length);
  }
  return validate144.errors = vErrors, 0 === errors;
}
function validate055(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) void 0 !== data.allowedHeaders && (validate144(data.allowedHeaders, { instancePath: instancePath + "/allowedHeaders", parentData: data, parentDataProperty: "allowedHeaders", rootData }) || (errors = (vErrors = null === vErrors ? validate144.errors : vErrors.concat(validate144.errors)).length));
  else {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate055.errors = vErrors, 0 === errors;
}

// node_modules/@kubernetes-models/gateway-api/gateway.networking.k8s.io/v1/GRPCAuthConfig.js
var GRPCAuthConfig = class extends Model {
  constructor(data) {
    super(), this.setDefinedProps(data);
  }
};
setValidateFunc(GRPCAuthConfig, validate87);

// node_modules/@kubernetes-models/gateway-api/_schemas/IoK8sSigsGatewayApiApisV1HeaderName.js
var validate88 = validate056;
var pattern010 = RegExp("^[A-Za-z0-9!#$%&'*+\\-.^_\\x60|~]+$", "u");
function validate056(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" == typeof data) {
    if (ucs2length_default(data) > 256) {
      let err0 = { instancePath, schemaPath: "#/maxLength", keyword: "maxLength", params: { limit: 256 } };
      null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    if (1 > ucs2length_default(data)) {
      let err1 = { instancePath, schemaPath: "#/minLength", keyword: "minLength", params: { limit: 1 } };
      null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    if (!pattern010.test(data)) {
      let err2 = { instancePath, schemaPath: "#/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9!#$%&'*+\\-.^_\\x60|~]+$" } };
      null === vErrors ? vErrors = [err2] : vErrors.push(err2), errors++;
    }
  } else {
    let err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err3] : vErrors.push(err3), errors++;
  }
  return validate056.errors = vErrors, 0 === errors;
}

// node_modules/@kubernetes-models/gateway-api/_schemas/IoK8sSigsGatewayApiApisV1HTTPHeaderName.js
var validate89 = validate057;
function validate057(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate88(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate88.errors : vErrors.concat(validate88.errors)).length), validate057.errors = vErrors, 0 === errors;
}

// node_modules/@kubernetes-models/gateway-api/_schemas/IoK8sSigsGatewayApiApisV1HTTPHeader.js
var validate90 = validate058;
function validate145(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate89(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate89.errors : vErrors.concat(validate89.errors)).length), validate145.errors = vErrors, 0 === errors;
}
function validate518(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" == typeof data) {
    if (ucs2length_default(data) > 4096) {
      let err0 = { instancePath, schemaPath: "#/maxLength", keyword: "maxLength", params: { limit: 4096 } };
      null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    if (1 > ucs2length_default(data)) {
      let err1 = { instancePath, schemaPath: "#/minLength", keyword: "minLength", params: { limit: 1 } };
      null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
  } else {
    let err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err2] : vErrors.push(err2), errors++;
  }
  return validate518.errors = vErrors, 0 === errors;
}
function validate058(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) {
    if (void 0 === data.name) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" } };
      null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    if (void 0 === data.value) {
      let err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "value" } };
      null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    void 0 !== data.name && (validate145(data.name, { instancePath: instancePath + "/name", parentData: data, parentDataProperty: "name", rootData }) || (errors = (vErrors = null === vErrors ? validate145.errors : vErrors.concat(validate145.errors)).length)), void 0 !== data.value && (validate518(data.value, { instancePath: instancePath + "/value", parentData: data, parentDataProperty: "value", rootData }) || (errors = (vErrors = null === vErrors ? validate518.errors : vErrors.concat(validate518.errors)).length));
  } else {
    let err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err2] : vErrors.push(err2), errors++;
  }
  return validate058.errors = vErrors, 0 === errors;
}

// node_modules/@kubernetes-models/gateway-api/_schemas/IoK8sSigsGatewayApiApisV1HTTPHeaderFilter.js
var validate91 = validate519;
function validate146(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return validate90(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate90.errors : vErrors.concat(validate90.errors)).length), validate146.errors = vErrors, 0 === errors;
}
function validate059(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!Array.isArray(data) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (Array.isArray(data)) {
    if (data.length > 16) {
      let err1 = { instancePath, schemaPath: "#/maxItems", keyword: "maxItems", params: { limit: 16 } };
      null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) validate146(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData }) || (errors = (vErrors = null === vErrors ? validate146.errors : vErrors.concat(validate146.errors)).length);
  }
  return validate059.errors = vErrors, 0 === errors;
}
function validate810(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate810.errors = vErrors, 0 === errors;
}
function validate711(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!Array.isArray(data) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (Array.isArray(data)) {
    if (data.length > 16) {
      let err1 = { instancePath, schemaPath: "#/maxItems", keyword: "maxItems", params: { limit: 16 } };
      null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) validate810(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData }) || (errors = (vErrors = null === vErrors ? validate810.errors : vErrors.concat(validate810.errors)).length);
  }
  return validate711.errors = vErrors, 0 === errors;
}
function validate519(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) void 0 !== data.add && (validate059(data.add, { instancePath: instancePath + "/add", parentData: data, parentDataProperty: "add", rootData }) || (errors = (vErrors = null === vErrors ? validate059.errors : vErrors.concat(validate059.errors)).length)), void 0 !== data.remove && (validate711(data.remove, { instancePath: instancePath + "/remove", parentData: data, parentDataProperty: "remove", rootData }) || (errors = (vErrors = null === vErrors ? validate711.errors : vErrors.concat(validate711.errors)).length)), void 0 !== data.set && (validate059(data.set, { instancePath: instancePath + "/set", parentData: data, parentDataProperty: "set", rootData }) || (errors = (vErrors = null === vErrors ? validate059.errors : vErrors.concat(validate059.errors)).length));
  else {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate519.errors = vErrors, 0 === errors;
}

// node_modules/@kubernetes-models/gateway-api/_schemas/IoK8sSigsGatewayApiApisV1HTTPRequestMirrorFilter.js
var validate100 = validate060;
function validate147(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return validate25(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate25.errors : vErrors.concat(validate25.errors)).length), validate147.errors = vErrors, 0 === errors;
}
function validate520(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return null !== data && (validate71(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate71.errors : vErrors.concat(validate71.errors)).length)), validate520.errors = vErrors, 0 === errors;
}
var formats011 = formats.int32;
function validate910(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!("number" == typeof data && !(data % 1) && !isNaN(data) && isFinite(data)) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "integer" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if ("number" == typeof data && isFinite(data)) {
    if (data > 100 || isNaN(data)) {
      let err1 = { instancePath, schemaPath: "#/maximum", keyword: "maximum", params: { comparison: "<=", limit: 100 } };
      null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    if (data < 0 || isNaN(data)) {
      let err2 = { instancePath, schemaPath: "#/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 } };
      null === vErrors ? vErrors = [err2] : vErrors.push(err2), errors++;
    }
    if (!formats011.validate(data)) {
      let err3 = { instancePath, schemaPath: "#/format", keyword: "format", params: { format: "int32" } };
      null === vErrors ? vErrors = [err3] : vErrors.push(err3), errors++;
    }
  }
  return validate910.errors = vErrors, 0 === errors;
}
function validate060(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) {
    if (void 0 === data.backendRef) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "backendRef" } };
      null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    void 0 !== data.backendRef && (validate147(data.backendRef, { instancePath: instancePath + "/backendRef", parentData: data, parentDataProperty: "backendRef", rootData }) || (errors = (vErrors = null === vErrors ? validate147.errors : vErrors.concat(validate147.errors)).length)), void 0 !== data.fraction && (validate520(data.fraction, { instancePath: instancePath + "/fraction", parentData: data, parentDataProperty: "fraction", rootData }) || (errors = (vErrors = null === vErrors ? validate520.errors : vErrors.concat(validate520.errors)).length)), void 0 !== data.percent && (validate910(data.percent, { instancePath: instancePath + "/percent", parentData: data, parentDataProperty: "percent", rootData }) || (errors = (vErrors = null === vErrors ? validate910.errors : vErrors.concat(validate910.errors)).length));
  } else {
    let err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate060.errors = vErrors, 0 === errors;
}

// node_modules/@kubernetes-models/gateway-api/_schemas/IoK8sSigsGatewayApiApisV1GRPCRouteFilterType.js
var validate101 = validate061;
function validate061(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate061.errors = vErrors, 0 === errors;
}

// node_modules/@kubernetes-models/gateway-api/_schemas/IoK8sSigsGatewayApiApisV1GRPCRouteFilter.js
var validate102 = validate314;
function validate411(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return null !== data && (validate37(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate37.errors : vErrors.concat(validate37.errors)).length)), validate411.errors = vErrors, 0 === errors;
}
function validate062(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return null !== data && (validate91(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate91.errors : vErrors.concat(validate91.errors)).length)), validate062.errors = vErrors, 0 === errors;
}
function validate911(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return null !== data && (validate100(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate100.errors : vErrors.concat(validate100.errors)).length)), validate911.errors = vErrors, 0 === errors;
}
var schema7_enum = ["ResponseHeaderModifier", "RequestHeaderModifier", "RequestMirror", "ExtensionRef"];
function validate148(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (validate101(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate101.errors : vErrors.concat(validate101.errors)).length), "ResponseHeaderModifier" !== data && "RequestHeaderModifier" !== data && "RequestMirror" !== data && "ExtensionRef" !== data) {
    let err1 = { instancePath, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: schema7_enum } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate148.errors = vErrors, 0 === errors;
}
function validate314(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) {
    if (void 0 === data.type) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "type" } };
      null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    void 0 !== data.extensionRef && (validate411(data.extensionRef, { instancePath: instancePath + "/extensionRef", parentData: data, parentDataProperty: "extensionRef", rootData }) || (errors = (vErrors = null === vErrors ? validate411.errors : vErrors.concat(validate411.errors)).length)), void 0 !== data.requestHeaderModifier && (validate062(data.requestHeaderModifier, { instancePath: instancePath + "/requestHeaderModifier", parentData: data, parentDataProperty: "requestHeaderModifier", rootData }) || (errors = (vErrors = null === vErrors ? validate062.errors : vErrors.concat(validate062.errors)).length)), void 0 !== data.requestMirror && (validate911(data.requestMirror, { instancePath: instancePath + "/requestMirror", parentData: data, parentDataProperty: "requestMirror", rootData }) || (errors = (vErrors = null === vErrors ? validate911.errors : vErrors.concat(validate911.errors)).length)), void 0 !== data.responseHeaderModifier && (validate062(data.responseHeaderModifier, { instancePath: instancePath + "/responseHeaderModifier", parentData: data, parentDataProperty: "responseHeaderModifier", rootData }) || (errors = (vErrors = null === vErrors ? validate062.errors : vErrors.concat(validate062.errors)).length)), void 0 !== data.type && (validate148(data.type, { instancePath: instancePath + "/type", parentData: data, parentDataProperty: "type", rootData }) || (errors = (vErrors = null === vErrors ? validate148.errors : vErrors.concat(validate148.errors)).length));
  } else {
    let err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate314.errors = vErrors, 0 === errors;
}

// node_modules/@kubernetes-models/gateway-api/_schemas/IoK8sSigsGatewayApiApisV1GRPCBackendRef.js
var validate103 = validate063;
function validate149(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return validate26(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate26.errors : vErrors.concat(validate26.errors)).length), validate149.errors = vErrors, 0 === errors;
}
function validate611(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return validate102(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate102.errors : vErrors.concat(validate102.errors)).length), validate611.errors = vErrors, 0 === errors;
}
function validate521(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!Array.isArray(data) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (Array.isArray(data)) {
    if (data.length > 16) {
      let err1 = { instancePath, schemaPath: "#/maxItems", keyword: "maxItems", params: { limit: 16 } };
      null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) validate611(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData }) || (errors = (vErrors = null === vErrors ? validate611.errors : vErrors.concat(validate611.errors)).length);
  }
  return validate521.errors = vErrors, 0 === errors;
}
function validate063(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (validate149(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate149.errors : vErrors.concat(validate149.errors)).length), data && "object" == typeof data && !Array.isArray(data)) void 0 !== data.filters && (validate521(data.filters, { instancePath: instancePath + "/filters", parentData: data, parentDataProperty: "filters", rootData }) || (errors = (vErrors = null === vErrors ? validate521.errors : vErrors.concat(validate521.errors)).length));
  else {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate063.errors = vErrors, 0 === errors;
}

// node_modules/@kubernetes-models/gateway-api/gateway.networking.k8s.io/v1/GRPCBackendRef.js
var GRPCBackendRef = class extends Model {
  constructor(data) {
    super(), this.setDefinedProps(data);
  }
};
setValidateFunc(GRPCBackendRef, validate103);

// node_modules/@kubernetes-models/gateway-api/_schemas/IoK8sSigsGatewayApiApisV1GRPCHeaderName.js
var validate104 = validate064;
function validate064(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate88(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate88.errors : vErrors.concat(validate88.errors)).length), validate064.errors = vErrors, 0 === errors;
}

// node_modules/@kubernetes-models/gateway-api/_schemas/IoK8sSigsGatewayApiApisV1GRPCHeaderMatchType.js
var validate105 = validate065;
var schema0_enum5 = ["Exact", "RegularExpression"];
function validate065(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if ("Exact" !== data && "RegularExpression" !== data) {
    let err1 = { instancePath, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: schema0_enum5 } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate065.errors = vErrors, 0 === errors;
}

// node_modules/@kubernetes-models/gateway-api/_schemas/IoK8sSigsGatewayApiApisV1GRPCHeaderMatch.js
var validate106 = validate066;
function validate150(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate104(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate104.errors : vErrors.concat(validate104.errors)).length), validate150.errors = vErrors, 0 === errors;
}
function validate522(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate105(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate105.errors : vErrors.concat(validate105.errors)).length), validate522.errors = vErrors, 0 === errors;
}
function validate912(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" == typeof data) {
    if (ucs2length_default(data) > 4096) {
      let err0 = { instancePath, schemaPath: "#/maxLength", keyword: "maxLength", params: { limit: 4096 } };
      null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    if (1 > ucs2length_default(data)) {
      let err1 = { instancePath, schemaPath: "#/minLength", keyword: "minLength", params: { limit: 1 } };
      null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
  } else {
    let err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err2] : vErrors.push(err2), errors++;
  }
  return validate912.errors = vErrors, 0 === errors;
}
function validate066(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) {
    if (void 0 === data.name) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" } };
      null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    if (void 0 === data.value) {
      let err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "value" } };
      null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    void 0 !== data.name && (validate150(data.name, { instancePath: instancePath + "/name", parentData: data, parentDataProperty: "name", rootData }) || (errors = (vErrors = null === vErrors ? validate150.errors : vErrors.concat(validate150.errors)).length)), void 0 !== data.type && (validate522(data.type, { instancePath: instancePath + "/type", parentData: data, parentDataProperty: "type", rootData }) || (errors = (vErrors = null === vErrors ? validate522.errors : vErrors.concat(validate522.errors)).length)), void 0 !== data.value && (validate912(data.value, { instancePath: instancePath + "/value", parentData: data, parentDataProperty: "value", rootData }) || (errors = (vErrors = null === vErrors ? validate912.errors : vErrors.concat(validate912.errors)).length));
  } else {
    let err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err2] : vErrors.push(err2), errors++;
  }
  return validate066.errors = vErrors, 0 === errors;
}

// node_modules/@kubernetes-models/gateway-api/gateway.networking.k8s.io/v1/GRPCHeaderMatch.js
var GRPCHeaderMatch = class extends Model {
  constructor(data) {
    super(), this.setDefinedProps(data);
  }
};
setValidateFunc(GRPCHeaderMatch, validate106);

// node_modules/@kubernetes-models/gateway-api/_schemas/IoK8sSigsGatewayApiApisV1GRPCMethodMatchType.js
var validate107 = validate067;
var schema0_enum6 = ["Exact", "RegularExpression"];
function validate067(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if ("Exact" !== data && "RegularExpression" !== data) {
    let err1 = { instancePath, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: schema0_enum6 } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate067.errors = vErrors, 0 === errors;
}

// node_modules/@kubernetes-models/gateway-api/_schemas/IoK8sSigsGatewayApiApisV1GRPCMethodMatch.js
var validate108 = validate151;
function validate068(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if ("string" == typeof data && ucs2length_default(data) > 1024) {
    let err1 = { instancePath, schemaPath: "#/maxLength", keyword: "maxLength", params: { limit: 1024 } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate068.errors = vErrors, 0 === errors;
}
function validate412(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate107(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate107.errors : vErrors.concat(validate107.errors)).length), validate412.errors = vErrors, 0 === errors;
}
function validate151(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) void 0 !== data.method && (validate068(data.method, { instancePath: instancePath + "/method", parentData: data, parentDataProperty: "method", rootData }) || (errors = (vErrors = null === vErrors ? validate068.errors : vErrors.concat(validate068.errors)).length)), void 0 !== data.service && (validate068(data.service, { instancePath: instancePath + "/service", parentData: data, parentDataProperty: "service", rootData }) || (errors = (vErrors = null === vErrors ? validate068.errors : vErrors.concat(validate068.errors)).length)), void 0 !== data.type && (validate412(data.type, { instancePath: instancePath + "/type", parentData: data, parentDataProperty: "type", rootData }) || (errors = (vErrors = null === vErrors ? validate412.errors : vErrors.concat(validate412.errors)).length));
  else {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate151.errors = vErrors, 0 === errors;
}

// node_modules/@kubernetes-models/gateway-api/gateway.networking.k8s.io/v1/GRPCMethodMatch.js
var GRPCMethodMatch = class extends Model {
  constructor(data) {
    super(), this.setDefinedProps(data);
  }
};
setValidateFunc(GRPCMethodMatch, validate108);

// node_modules/@kubernetes-models/gateway-api/_schemas/IoK8sSigsGatewayApiApisV1GRPCRouteMatch.js
var validate109 = validate069;
function validate219(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return validate106(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate106.errors : vErrors.concat(validate106.errors)).length), validate219.errors = vErrors, 0 === errors;
}
function validate152(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!Array.isArray(data) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (Array.isArray(data)) {
    if (data.length > 16) {
      let err1 = { instancePath, schemaPath: "#/maxItems", keyword: "maxItems", params: { limit: 16 } };
      null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) validate219(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData }) || (errors = (vErrors = null === vErrors ? validate219.errors : vErrors.concat(validate219.errors)).length);
  }
  return validate152.errors = vErrors, 0 === errors;
}
function validate712(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return null !== data && (validate108(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate108.errors : vErrors.concat(validate108.errors)).length)), validate712.errors = vErrors, 0 === errors;
}
function validate069(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) void 0 !== data.headers && (validate152(data.headers, { instancePath: instancePath + "/headers", parentData: data, parentDataProperty: "headers", rootData }) || (errors = (vErrors = null === vErrors ? validate152.errors : vErrors.concat(validate152.errors)).length)), void 0 !== data.method && (validate712(data.method, { instancePath: instancePath + "/method", parentData: data, parentDataProperty: "method", rootData }) || (errors = (vErrors = null === vErrors ? validate712.errors : vErrors.concat(validate712.errors)).length));
  else {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate069.errors = vErrors, 0 === errors;
}

// node_modules/@kubernetes-models/gateway-api/_schemas/IoK8sSigsGatewayApiApisV1Duration.js
var validate153 = validate070;
var pattern011 = RegExp("^([0-9]{1,5}(h|m|s|ms)){1,4}$", "u");
function validate070(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" == typeof data) {
    if (!pattern011.test(data)) {
      let err0 = { instancePath, schemaPath: "#/pattern", keyword: "pattern", params: { pattern: "^([0-9]{1,5}(h|m|s|ms)){1,4}$" } };
      null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
  } else {
    let err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate070.errors = vErrors, 0 === errors;
}

// node_modules/@kubernetes-models/gateway-api/_schemas/IoK8sSigsGatewayApiApisV1SessionPersistenceType.js
var validate154 = validate071;
var schema0_enum7 = ["Cookie", "Header"];
function validate071(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if ("Cookie" !== data && "Header" !== data) {
    let err1 = { instancePath, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: schema0_enum7 } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate071.errors = vErrors, 0 === errors;
}

// node_modules/@kubernetes-models/gateway-api/_schemas/IoK8sSigsGatewayApiApisV1SessionPersistence.js
var validate155 = validate315;
function validate072(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate153(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate153.errors : vErrors.concat(validate153.errors)).length), validate072.errors = vErrors, 0 === errors;
}
function validate523(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return null !== data && (validate69(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate69.errors : vErrors.concat(validate69.errors)).length)), validate523.errors = vErrors, 0 === errors;
}
function validate1010(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if ("string" == typeof data && ucs2length_default(data) > 128) {
    let err1 = { instancePath, schemaPath: "#/maxLength", keyword: "maxLength", params: { limit: 128 } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate1010.errors = vErrors, 0 === errors;
}
function validate1210(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate154(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate154.errors : vErrors.concat(validate154.errors)).length), validate1210.errors = vErrors, 0 === errors;
}
function validate315(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) void 0 !== data.absoluteTimeout && (validate072(data.absoluteTimeout, { instancePath: instancePath + "/absoluteTimeout", parentData: data, parentDataProperty: "absoluteTimeout", rootData }) || (errors = (vErrors = null === vErrors ? validate072.errors : vErrors.concat(validate072.errors)).length)), void 0 !== data.cookieConfig && (validate523(data.cookieConfig, { instancePath: instancePath + "/cookieConfig", parentData: data, parentDataProperty: "cookieConfig", rootData }) || (errors = (vErrors = null === vErrors ? validate523.errors : vErrors.concat(validate523.errors)).length)), void 0 !== data.idleTimeout && (validate072(data.idleTimeout, { instancePath: instancePath + "/idleTimeout", parentData: data, parentDataProperty: "idleTimeout", rootData }) || (errors = (vErrors = null === vErrors ? validate072.errors : vErrors.concat(validate072.errors)).length)), void 0 !== data.sessionName && (validate1010(data.sessionName, { instancePath: instancePath + "/sessionName", parentData: data, parentDataProperty: "sessionName", rootData }) || (errors = (vErrors = null === vErrors ? validate1010.errors : vErrors.concat(validate1010.errors)).length)), void 0 !== data.type && (validate1210(data.type, { instancePath: instancePath + "/type", parentData: data, parentDataProperty: "type", rootData }) || (errors = (vErrors = null === vErrors ? validate1210.errors : vErrors.concat(validate1210.errors)).length));
  else {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate315.errors = vErrors, 0 === errors;
}

// node_modules/@kubernetes-models/gateway-api/_schemas/IoK8sSigsGatewayApiApisV1GRPCRouteRule.js
var validate156 = validate073;
function validate220(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return validate103(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate103.errors : vErrors.concat(validate103.errors)).length), validate220.errors = vErrors, 0 === errors;
}
function validate157(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!Array.isArray(data) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (Array.isArray(data)) {
    if (data.length > 16) {
      let err1 = { instancePath, schemaPath: "#/maxItems", keyword: "maxItems", params: { limit: 16 } };
      null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) validate220(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData }) || (errors = (vErrors = null === vErrors ? validate220.errors : vErrors.concat(validate220.errors)).length);
  }
  return validate157.errors = vErrors, 0 === errors;
}
function validate811(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return validate102(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate102.errors : vErrors.concat(validate102.errors)).length), validate811.errors = vErrors, 0 === errors;
}
function validate713(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!Array.isArray(data) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (Array.isArray(data)) {
    if (data.length > 16) {
      let err1 = { instancePath, schemaPath: "#/maxItems", keyword: "maxItems", params: { limit: 16 } };
      null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) validate811(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData }) || (errors = (vErrors = null === vErrors ? validate811.errors : vErrors.concat(validate811.errors)).length);
  }
  return validate713.errors = vErrors, 0 === errors;
}
function validate1410(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return validate109(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate109.errors : vErrors.concat(validate109.errors)).length), validate1410.errors = vErrors, 0 === errors;
}
function validate1311(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!Array.isArray(data) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (Array.isArray(data)) {
    if (data.length > 64) {
      let err1 = { instancePath, schemaPath: "#/maxItems", keyword: "maxItems", params: { limit: 64 } };
      null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) validate1410(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData }) || (errors = (vErrors = null === vErrors ? validate1410.errors : vErrors.concat(validate1410.errors)).length);
  }
  return validate1311.errors = vErrors, 0 === errors;
}
function validate193(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate35(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate35.errors : vErrors.concat(validate35.errors)).length), validate193.errors = vErrors, 0 === errors;
}
function validate232(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return null !== data && (validate155(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate155.errors : vErrors.concat(validate155.errors)).length)), validate232.errors = vErrors, 0 === errors;
}
function validate073(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) void 0 !== data.backendRefs && (validate157(data.backendRefs, { instancePath: instancePath + "/backendRefs", parentData: data, parentDataProperty: "backendRefs", rootData }) || (errors = (vErrors = null === vErrors ? validate157.errors : vErrors.concat(validate157.errors)).length)), void 0 !== data.filters && (validate713(data.filters, { instancePath: instancePath + "/filters", parentData: data, parentDataProperty: "filters", rootData }) || (errors = (vErrors = null === vErrors ? validate713.errors : vErrors.concat(validate713.errors)).length)), void 0 !== data.matches && (validate1311(data.matches, { instancePath: instancePath + "/matches", parentData: data, parentDataProperty: "matches", rootData }) || (errors = (vErrors = null === vErrors ? validate1311.errors : vErrors.concat(validate1311.errors)).length)), void 0 !== data.name && (validate193(data.name, { instancePath: instancePath + "/name", parentData: data, parentDataProperty: "name", rootData }) || (errors = (vErrors = null === vErrors ? validate193.errors : vErrors.concat(validate193.errors)).length)), void 0 !== data.sessionPersistence && (validate232(data.sessionPersistence, { instancePath: instancePath + "/sessionPersistence", parentData: data, parentDataProperty: "sessionPersistence", rootData }) || (errors = (vErrors = null === vErrors ? validate232.errors : vErrors.concat(validate232.errors)).length));
  else {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate073.errors = vErrors, 0 === errors;
}

// node_modules/@kubernetes-models/gateway-api/_schemas/IoK8sSigsGatewayApiApisV1GRPCRouteSpec.js
var validate158 = validate074;
function validate159(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return validate67(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate67.errors : vErrors.concat(validate67.errors)).length), validate159.errors = vErrors, 0 === errors;
}
function validate612(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate39(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate39.errors : vErrors.concat(validate39.errors)).length), validate612.errors = vErrors, 0 === errors;
}
function validate524(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!Array.isArray(data) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (Array.isArray(data)) {
    if (data.length > 16) {
      let err1 = { instancePath, schemaPath: "#/maxItems", keyword: "maxItems", params: { limit: 16 } };
      null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) validate612(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData }) || (errors = (vErrors = null === vErrors ? validate612.errors : vErrors.concat(validate612.errors)).length);
  }
  return validate524.errors = vErrors, 0 === errors;
}
function validate1211(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return validate156(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate156.errors : vErrors.concat(validate156.errors)).length), validate1211.errors = vErrors, 0 === errors;
}
function validate1113(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!Array.isArray(data) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (Array.isArray(data)) {
    if (data.length > 16) {
      let err1 = { instancePath, schemaPath: "#/maxItems", keyword: "maxItems", params: { limit: 16 } };
      null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) validate1211(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData }) || (errors = (vErrors = null === vErrors ? validate1211.errors : vErrors.concat(validate1211.errors)).length);
  }
  return validate1113.errors = vErrors, 0 === errors;
}
function validate074(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (validate159(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate159.errors : vErrors.concat(validate159.errors)).length), data && "object" == typeof data && !Array.isArray(data)) void 0 !== data.hostnames && (validate524(data.hostnames, { instancePath: instancePath + "/hostnames", parentData: data, parentDataProperty: "hostnames", rootData }) || (errors = (vErrors = null === vErrors ? validate524.errors : vErrors.concat(validate524.errors)).length)), void 0 !== data.rules && (validate1113(data.rules, { instancePath: instancePath + "/rules", parentData: data, parentDataProperty: "rules", rootData }) || (errors = (vErrors = null === vErrors ? validate1113.errors : vErrors.concat(validate1113.errors)).length));
  else {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate074.errors = vErrors, 0 === errors;
}

// node_modules/@kubernetes-models/gateway-api/_schemas/IoK8sSigsGatewayApiApisV1RouteParentStatus.js
var validate160 = validate075;
function validate221(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return validate49(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate49.errors : vErrors.concat(validate49.errors)).length), validate221.errors = vErrors, 0 === errors;
}
function validate161(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (Array.isArray(data)) {
    if (data.length > 8) {
      let err0 = { instancePath, schemaPath: "#/maxItems", keyword: "maxItems", params: { limit: 8 } };
      null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    if (data.length < 1) {
      let err1 = { instancePath, schemaPath: "#/minItems", keyword: "minItems", params: { limit: 1 } };
      null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) validate221(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData }) || (errors = (vErrors = null === vErrors ? validate221.errors : vErrors.concat(validate221.errors)).length);
  } else {
    let err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    null === vErrors ? vErrors = [err2] : vErrors.push(err2), errors++;
  }
  return validate161.errors = vErrors, 0 === errors;
}
function validate714(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate50(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate50.errors : vErrors.concat(validate50.errors)).length), validate714.errors = vErrors, 0 === errors;
}
function validate1114(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return validate48(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate48.errors : vErrors.concat(validate48.errors)).length), validate1114.errors = vErrors, 0 === errors;
}
function validate075(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) {
    if (void 0 === data.conditions) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "conditions" } };
      null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    if (void 0 === data.controllerName) {
      let err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "controllerName" } };
      null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    if (void 0 === data.parentRef) {
      let err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "parentRef" } };
      null === vErrors ? vErrors = [err2] : vErrors.push(err2), errors++;
    }
    void 0 !== data.conditions && (validate161(data.conditions, { instancePath: instancePath + "/conditions", parentData: data, parentDataProperty: "conditions", rootData }) || (errors = (vErrors = null === vErrors ? validate161.errors : vErrors.concat(validate161.errors)).length)), void 0 !== data.controllerName && (validate714(data.controllerName, { instancePath: instancePath + "/controllerName", parentData: data, parentDataProperty: "controllerName", rootData }) || (errors = (vErrors = null === vErrors ? validate714.errors : vErrors.concat(validate714.errors)).length)), void 0 !== data.parentRef && (validate1114(data.parentRef, { instancePath: instancePath + "/parentRef", parentData: data, parentDataProperty: "parentRef", rootData }) || (errors = (vErrors = null === vErrors ? validate1114.errors : vErrors.concat(validate1114.errors)).length));
  } else {
    let err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err3] : vErrors.push(err3), errors++;
  }
  return validate075.errors = vErrors, 0 === errors;
}

// node_modules/@kubernetes-models/gateway-api/_schemas/IoK8sSigsGatewayApiApisV1RouteStatus.js
var validate162 = validate076;
function validate222(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return validate160(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate160.errors : vErrors.concat(validate160.errors)).length), validate222.errors = vErrors, 0 === errors;
}
function validate163(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (Array.isArray(data)) {
    if (data.length > 32) {
      let err0 = { instancePath, schemaPath: "#/maxItems", keyword: "maxItems", params: { limit: 32 } };
      null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) validate222(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData }) || (errors = (vErrors = null === vErrors ? validate222.errors : vErrors.concat(validate222.errors)).length);
  } else {
    let err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate163.errors = vErrors, 0 === errors;
}
function validate076(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) {
    if (void 0 === data.parents) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "parents" } };
      null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    void 0 !== data.parents && (validate163(data.parents, { instancePath: instancePath + "/parents", parentData: data, parentDataProperty: "parents", rootData }) || (errors = (vErrors = null === vErrors ? validate163.errors : vErrors.concat(validate163.errors)).length));
  } else {
    let err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate076.errors = vErrors, 0 === errors;
}

// node_modules/@kubernetes-models/gateway-api/_schemas/IoK8sSigsGatewayApiApisV1GRPCRouteStatus.js
var validate164 = validate077;
function validate165(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return validate162(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate162.errors : vErrors.concat(validate162.errors)).length), validate165.errors = vErrors, 0 === errors;
}
function validate077(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!(data && "object" == typeof data && !Array.isArray(data))) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate165(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate165.errors : vErrors.concat(validate165.errors)).length), validate077.errors = vErrors, 0 === errors;
}

// node_modules/@kubernetes-models/gateway-api/_schemas/IoK8sSigsGatewayApiApisV1GRPCRoute.js
var validate166 = validate078;
var schema1_enum5 = ["gateway.networking.k8s.io/v1"];
function validate167(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if ("gateway.networking.k8s.io/v1" !== data) {
    let err1 = { instancePath, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: schema1_enum5 } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate167.errors = vErrors, 0 === errors;
}
var schema2_enum2 = ["GRPCRoute"];
function validate316(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if ("GRPCRoute" !== data) {
    let err1 = { instancePath, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: schema2_enum2 } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate316.errors = vErrors, 0 === errors;
}
function validate525(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return null !== data && (validate31(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate31.errors : vErrors.concat(validate31.errors)).length)), validate525.errors = vErrors, 0 === errors;
}
function validate913(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return validate158(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate158.errors : vErrors.concat(validate158.errors)).length), validate913.errors = vErrors, 0 === errors;
}
function validate1312(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return null !== data && (validate164(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate164.errors : vErrors.concat(validate164.errors)).length)), validate1312.errors = vErrors, 0 === errors;
}
function validate078(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) {
    if (void 0 === data.spec) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "spec" } };
      null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    if (void 0 === data.apiVersion) {
      let err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "apiVersion" } };
      null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    if (void 0 === data.kind) {
      let err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" } };
      null === vErrors ? vErrors = [err2] : vErrors.push(err2), errors++;
    }
    void 0 !== data.apiVersion && (validate167(data.apiVersion, { instancePath: instancePath + "/apiVersion", parentData: data, parentDataProperty: "apiVersion", rootData }) || (errors = (vErrors = null === vErrors ? validate167.errors : vErrors.concat(validate167.errors)).length)), void 0 !== data.kind && (validate316(data.kind, { instancePath: instancePath + "/kind", parentData: data, parentDataProperty: "kind", rootData }) || (errors = (vErrors = null === vErrors ? validate316.errors : vErrors.concat(validate316.errors)).length)), void 0 !== data.metadata && (validate525(data.metadata, { instancePath: instancePath + "/metadata", parentData: data, parentDataProperty: "metadata", rootData }) || (errors = (vErrors = null === vErrors ? validate525.errors : vErrors.concat(validate525.errors)).length)), void 0 !== data.spec && (validate913(data.spec, { instancePath: instancePath + "/spec", parentData: data, parentDataProperty: "spec", rootData }) || (errors = (vErrors = null === vErrors ? validate913.errors : vErrors.concat(validate913.errors)).length)), void 0 !== data.status && (validate1312(data.status, { instancePath: instancePath + "/status", parentData: data, parentDataProperty: "status", rootData }) || (errors = (vErrors = null === vErrors ? validate1312.errors : vErrors.concat(validate1312.errors)).length));
  } else {
    let err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err3] : vErrors.push(err3), errors++;
  }
  return validate078.errors = vErrors, 0 === errors;
}

// node_modules/@kubernetes-models/gateway-api/gateway.networking.k8s.io/v1/GRPCRoute.js
var GRPCRoute = class _GRPCRoute extends Model {
  static {
    this.apiVersion = "gateway.networking.k8s.io/v1";
  }
  static {
    this.kind = "GRPCRoute";
  }
  static {
    this.is = createTypeMetaGuard(_GRPCRoute);
  }
  constructor(data) {
    super(), this.setDefinedProps({ apiVersion: _GRPCRoute.apiVersion, kind: _GRPCRoute.kind, ...data });
  }
};
setValidateFunc(GRPCRoute, validate166);

// node_modules/@kubernetes-models/gateway-api/gateway.networking.k8s.io/v1/GRPCRouteFilter.js
var GRPCRouteFilter = class extends Model {
  constructor(data) {
    super(), this.setDefinedProps(data);
  }
};
setValidateFunc(GRPCRouteFilter, validate102);

// node_modules/@kubernetes-models/gateway-api/_schemas/IoK8sSigsGatewayApiApisV1GRPCRouteList.js
var validate168 = validate079;
var schema1_enum6 = ["gateway.networking.k8s.io/v1"];
function validate169(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if ("gateway.networking.k8s.io/v1" !== data) {
    let err1 = { instancePath, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: schema1_enum6 } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate169.errors = vErrors, 0 === errors;
}
function validate413(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return validate166(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate166.errors : vErrors.concat(validate166.errors)).length), validate413.errors = vErrors, 0 === errors;
}
function validate317(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (Array.isArray(data)) {
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) validate413(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData }) || (errors = (vErrors = null === vErrors ? validate413.errors : vErrors.concat(validate413.errors)).length);
  } else {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate317.errors = vErrors, 0 === errors;
}
var schema5_enum2 = ["GRPCRouteList"];
function validate914(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if ("GRPCRouteList" !== data) {
    let err1 = { instancePath, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: schema5_enum2 } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate914.errors = vErrors, 0 === errors;
}
function validate1115(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return null !== data && (validate64(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate64.errors : vErrors.concat(validate64.errors)).length)), validate1115.errors = vErrors, 0 === errors;
}
function validate079(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) {
    if (void 0 === data.items) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "items" } };
      null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    if (void 0 === data.apiVersion) {
      let err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "apiVersion" } };
      null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    if (void 0 === data.kind) {
      let err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" } };
      null === vErrors ? vErrors = [err2] : vErrors.push(err2), errors++;
    }
    void 0 !== data.apiVersion && (validate169(data.apiVersion, { instancePath: instancePath + "/apiVersion", parentData: data, parentDataProperty: "apiVersion", rootData }) || (errors = (vErrors = null === vErrors ? validate169.errors : vErrors.concat(validate169.errors)).length)), void 0 !== data.items && (validate317(data.items, { instancePath: instancePath + "/items", parentData: data, parentDataProperty: "items", rootData }) || (errors = (vErrors = null === vErrors ? validate317.errors : vErrors.concat(validate317.errors)).length)), void 0 !== data.kind && (validate914(data.kind, { instancePath: instancePath + "/kind", parentData: data, parentDataProperty: "kind", rootData }) || (errors = (vErrors = null === vErrors ? validate914.errors : vErrors.concat(validate914.errors)).length)), void 0 !== data.metadata && (validate1115(data.metadata, { instancePath: instancePath + "/metadata", parentData: data, parentDataProperty: "metadata", rootData }) || (errors = (vErrors = null === vErrors ? validate1115.errors : vErrors.concat(validate1115.errors)).length));
  } else {
    let err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err3] : vErrors.push(err3), errors++;
  }
  return validate079.errors = vErrors, 0 === errors;
}

// node_modules/@kubernetes-models/gateway-api/gateway.networking.k8s.io/v1/GRPCRouteList.js
var GRPCRouteList = class _GRPCRouteList extends Model {
  static {
    this.apiVersion = "gateway.networking.k8s.io/v1";
  }
  static {
    this.kind = "GRPCRouteList";
  }
  static {
    this.is = createTypeMetaGuard(_GRPCRouteList);
  }
  constructor(data) {
    super(), this.setDefinedProps({ apiVersion: _GRPCRouteList.apiVersion, kind: _GRPCRouteList.kind, ...data });
  }
};
setValidateFunc(GRPCRouteList, validate168);

// node_modules/@kubernetes-models/gateway-api/gateway.networking.k8s.io/v1/GRPCRouteMatch.js
var GRPCRouteMatch = class extends Model {
  constructor(data) {
    super(), this.setDefinedProps(data);
  }
};
setValidateFunc(GRPCRouteMatch, validate109);

// node_modules/@kubernetes-models/gateway-api/gateway.networking.k8s.io/v1/GRPCRouteRule.js
var GRPCRouteRule = class extends Model {
  constructor(data) {
    super(), this.setDefinedProps(data);
  }
};
setValidateFunc(GRPCRouteRule, validate156);

// node_modules/@kubernetes-models/gateway-api/gateway.networking.k8s.io/v1/GRPCRouteSpec.js
var GRPCRouteSpec = class extends Model {
  constructor(data) {
    super(), this.setDefinedProps(data);
  }
};
setValidateFunc(GRPCRouteSpec, validate158);

// node_modules/@kubernetes-models/gateway-api/gateway.networking.k8s.io/v1/GRPCRouteStatus.js
var GRPCRouteStatus = class extends Model {
  constructor(data) {
    super(), this.setDefinedProps(data);
  }
};
setValidateFunc(GRPCRouteStatus, validate164);

// node_modules/@kubernetes-models/gateway-api/_schemas/IoK8sSigsGatewayApiApisV1AddressType.js
var validate170 = validate080;
var pattern012 = RegExp("^Hostname|IPAddress|NamedAddress|[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*\\/[A-Za-z0-9\\/\\-._~%!$&'()*+,;=:]+$", "u");
function validate080(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" == typeof data) {
    if (ucs2length_default(data) > 253) {
      let err0 = { instancePath, schemaPath: "#/maxLength", keyword: "maxLength", params: { limit: 253 } };
      null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    if (1 > ucs2length_default(data)) {
      let err1 = { instancePath, schemaPath: "#/minLength", keyword: "minLength", params: { limit: 1 } };
      null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    if (!pattern012.test(data)) {
      let err2 = { instancePath, schemaPath: "#/pattern", keyword: "pattern", params: { pattern: "^Hostname|IPAddress|NamedAddress|[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*\\/[A-Za-z0-9\\/\\-._~%!$&'()*+,;=:]+$" } };
      null === vErrors ? vErrors = [err2] : vErrors.push(err2), errors++;
    }
  } else {
    let err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err3] : vErrors.push(err3), errors++;
  }
  return validate080.errors = vErrors, 0 === errors;
}

// node_modules/@kubernetes-models/gateway-api/_schemas/IoK8sSigsGatewayApiApisV1GatewaySpecAddress.js
var validate171 = validate081;
function validate175(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate170(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate170.errors : vErrors.concat(validate170.errors)).length), validate175.errors = vErrors, 0 === errors;
}
function validate526(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if ("string" == typeof data && ucs2length_default(data) > 253) {
    let err1 = { instancePath, schemaPath: "#/maxLength", keyword: "maxLength", params: { limit: 253 } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate526.errors = vErrors, 0 === errors;
}
function validate081(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) void 0 !== data.type && (validate175(data.type, { instancePath: instancePath + "/type", parentData: data, parentDataProperty: "type", rootData }) || (errors = (vErrors = null === vErrors ? validate175.errors : vErrors.concat(validate175.errors)).length)), void 0 !== data.value && (validate526(data.value, { instancePath: instancePath + "/value", parentData: data, parentDataProperty: "value", rootData }) || (errors = (vErrors = null === vErrors ? validate526.errors : vErrors.concat(validate526.errors)).length));
  else {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate081.errors = vErrors, 0 === errors;
}

// node_modules/@kubernetes-models/gateway-api/_schemas/IoK8sSigsGatewayApiApisV1LabelValue.js
var validate176 = validate082;
var pattern013 = RegExp("^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$", "u");
function validate082(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" == typeof data) {
    if (ucs2length_default(data) > 63) {
      let err0 = { instancePath, schemaPath: "#/maxLength", keyword: "maxLength", params: { limit: 63 } };
      null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    if (0 > ucs2length_default(data)) {
      let err1 = { instancePath, schemaPath: "#/minLength", keyword: "minLength", params: { limit: 0 } };
      null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    if (!pattern013.test(data)) {
      let err2 = { instancePath, schemaPath: "#/pattern", keyword: "pattern", params: { pattern: "^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$" } };
      null === vErrors ? vErrors = [err2] : vErrors.push(err2), errors++;
    }
  } else {
    let err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err3] : vErrors.push(err3), errors++;
  }
  return validate082.errors = vErrors, 0 === errors;
}

// node_modules/@kubernetes-models/gateway-api/_schemas/IoK8sSigsGatewayApiApisV1LocalParametersReference.js
var validate177 = validate083;
function validate178(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate9(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate9.errors : vErrors.concat(validate9.errors)).length), validate178.errors = vErrors, 0 === errors;
}
function validate527(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate10(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate10.errors : vErrors.concat(validate10.errors)).length), validate527.errors = vErrors, 0 === errors;
}
function validate915(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" == typeof data) {
    if (ucs2length_default(data) > 253) {
      let err0 = { instancePath, schemaPath: "#/maxLength", keyword: "maxLength", params: { limit: 253 } };
      null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    if (1 > ucs2length_default(data)) {
      let err1 = { instancePath, schemaPath: "#/minLength", keyword: "minLength", params: { limit: 1 } };
      null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
  } else {
    let err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err2] : vErrors.push(err2), errors++;
  }
  return validate915.errors = vErrors, 0 === errors;
}
function validate083(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) {
    if (void 0 === data.group) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "group" } };
      null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    if (void 0 === data.kind) {
      let err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" } };
      null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    if (void 0 === data.name) {
      let err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" } };
      null === vErrors ? vErrors = [err2] : vErrors.push(err2), errors++;
    }
    void 0 !== data.group && (validate178(data.group, { instancePath: instancePath + "/group", parentData: data, parentDataProperty: "group", rootData }) || (errors = (vErrors = null === vErrors ? validate178.errors : vErrors.concat(validate178.errors)).length)), void 0 !== data.kind && (validate527(data.kind, { instancePath: instancePath + "/kind", parentData: data, parentDataProperty: "kind", rootData }) || (errors = (vErrors = null === vErrors ? validate527.errors : vErrors.concat(validate527.errors)).length)), void 0 !== data.name && (validate915(data.name, { instancePath: instancePath + "/name", parentData: data, parentDataProperty: "name", rootData }) || (errors = (vErrors = null === vErrors ? validate915.errors : vErrors.concat(validate915.errors)).length));
  } else {
    let err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err3] : vErrors.push(err3), errors++;
  }
  return validate083.errors = vErrors, 0 === errors;
}

// node_modules/@kubernetes-models/gateway-api/_schemas/IoK8sSigsGatewayApiApisV1GatewayInfrastructure.js
var validate179 = validate084;
function validate223(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate33(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate33.errors : vErrors.concat(validate33.errors)).length), validate223.errors = vErrors, 0 === errors;
}
function validate180(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!(data && "object" == typeof data && !Array.isArray(data)) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (data && "object" == typeof data && !Array.isArray(data)) {
    if (Object.keys(data).length > 8) {
      let err1 = { instancePath, schemaPath: "#/maxProperties", keyword: "maxProperties", params: { limit: 8 } };
      null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    for (let key0 in data) validate223(data[key0], { instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data, parentDataProperty: key0, rootData }) || (errors = (vErrors = null === vErrors ? validate223.errors : vErrors.concat(validate223.errors)).length);
  }
  return validate180.errors = vErrors, 0 === errors;
}
function validate812(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate176(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate176.errors : vErrors.concat(validate176.errors)).length), validate812.errors = vErrors, 0 === errors;
}
function validate715(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!(data && "object" == typeof data && !Array.isArray(data)) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (data && "object" == typeof data && !Array.isArray(data)) {
    if (Object.keys(data).length > 8) {
      let err1 = { instancePath, schemaPath: "#/maxProperties", keyword: "maxProperties", params: { limit: 8 } };
      null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    for (let key0 in data) validate812(data[key0], { instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data, parentDataProperty: key0, rootData }) || (errors = (vErrors = null === vErrors ? validate812.errors : vErrors.concat(validate812.errors)).length);
  }
  return validate715.errors = vErrors, 0 === errors;
}
function validate1313(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return null !== data && (validate177(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate177.errors : vErrors.concat(validate177.errors)).length)), validate1313.errors = vErrors, 0 === errors;
}
function validate084(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) void 0 !== data.annotations && (validate180(data.annotations, { instancePath: instancePath + "/annotations", parentData: data, parentDataProperty: "annotations", rootData }) || (errors = (vErrors = null === vErrors ? validate180.errors : vErrors.concat(validate180.errors)).length)), void 0 !== data.labels && (validate715(data.labels, { instancePath: instancePath + "/labels", parentData: data, parentDataProperty: "labels", rootData }) || (errors = (vErrors = null === vErrors ? validate715.errors : vErrors.concat(validate715.errors)).length)), void 0 !== data.parametersRef && (validate1313(data.parametersRef, { instancePath: instancePath + "/parametersRef", parentData: data, parentDataProperty: "parametersRef", rootData }) || (errors = (vErrors = null === vErrors ? validate1313.errors : vErrors.concat(validate1313.errors)).length));
  else {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate084.errors = vErrors, 0 === errors;
}

// node_modules/@kubernetes-models/gateway-api/_schemas/IoK8sSigsGatewayApiApisV1ProtocolType.js
var validate181 = validate085;
var pattern014 = RegExp("^[a-zA-Z0-9]([-a-zA-Z0-9]*[a-zA-Z0-9])?$|[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*\\/[A-Za-z0-9]+$", "u");
function validate085(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" == typeof data) {
    if (ucs2length_default(data) > 255) {
      let err0 = { instancePath, schemaPath: "#/maxLength", keyword: "maxLength", params: { limit: 255 } };
      null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    if (1 > ucs2length_default(data)) {
      let err1 = { instancePath, schemaPath: "#/minLength", keyword: "minLength", params: { limit: 1 } };
      null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    if (!pattern014.test(data)) {
      let err2 = { instancePath, schemaPath: "#/pattern", keyword: "pattern", params: { pattern: "^[a-zA-Z0-9]([-a-zA-Z0-9]*[a-zA-Z0-9])?$|[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*\\/[A-Za-z0-9]+$" } };
      null === vErrors ? vErrors = [err2] : vErrors.push(err2), errors++;
    }
  } else {
    let err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err3] : vErrors.push(err3), errors++;
  }
  return validate085.errors = vErrors, 0 === errors;
}

// node_modules/@kubernetes-models/gateway-api/_schemas/IoK8sSigsGatewayApiApisV1SecretObjectReference.js
var validate182 = validate086;
function validate183(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate9(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate9.errors : vErrors.concat(validate9.errors)).length), validate183.errors = vErrors, 0 === errors;
}
function validate528(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate10(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate10.errors : vErrors.concat(validate10.errors)).length), validate528.errors = vErrors, 0 === errors;
}
function validate916(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate20(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate20.errors : vErrors.concat(validate20.errors)).length), validate916.errors = vErrors, 0 === errors;
}
function validate1314(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate21(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate21.errors : vErrors.concat(validate21.errors)).length), validate1314.errors = vErrors, 0 === errors;
}
function validate086(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) {
    if (void 0 === data.name) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" } };
      null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    void 0 !== data.group && (validate183(data.group, { instancePath: instancePath + "/group", parentData: data, parentDataProperty: "group", rootData }) || (errors = (vErrors = null === vErrors ? validate183.errors : vErrors.concat(validate183.errors)).length)), void 0 !== data.kind && (validate528(data.kind, { instancePath: instancePath + "/kind", parentData: data, parentDataProperty: "kind", rootData }) || (errors = (vErrors = null === vErrors ? validate528.errors : vErrors.concat(validate528.errors)).length)), void 0 !== data.name && (validate916(data.name, { instancePath: instancePath + "/name", parentData: data, parentDataProperty: "name", rootData }) || (errors = (vErrors = null === vErrors ? validate916.errors : vErrors.concat(validate916.errors)).length)), void 0 !== data.namespace && (validate1314(data.namespace, { instancePath: instancePath + "/namespace", parentData: data, parentDataProperty: "namespace", rootData }) || (errors = (vErrors = null === vErrors ? validate1314.errors : vErrors.concat(validate1314.errors)).length));
  } else {
    let err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate086.errors = vErrors, 0 === errors;
}

// node_modules/@kubernetes-models/gateway-api/_schemas/IoK8sSigsGatewayApiApisV1TLSModeType.js
var validate184 = validate087;
var schema0_enum8 = ["Terminate", "Passthrough"];
function validate087(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if ("Terminate" !== data && "Passthrough" !== data) {
    let err1 = { instancePath, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: schema0_enum8 } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate087.errors = vErrors, 0 === errors;
}

// node_modules/@kubernetes-models/gateway-api/_schemas/IoK8sSigsGatewayApiApisV1ListenerTLSConfig.js
var validate185 = validate088;
function validate224(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return validate182(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate182.errors : vErrors.concat(validate182.errors)).length), validate224.errors = vErrors, 0 === errors;
}
function validate186(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!Array.isArray(data) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (Array.isArray(data)) {
    if (data.length > 64) {
      let err1 = { instancePath, schemaPath: "#/maxItems", keyword: "maxItems", params: { limit: 64 } };
      null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) validate224(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData }) || (errors = (vErrors = null === vErrors ? validate224.errors : vErrors.concat(validate224.errors)).length);
  }
  return validate186.errors = vErrors, 0 === errors;
}
function validate716(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate184(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate184.errors : vErrors.concat(validate184.errors)).length), validate716.errors = vErrors, 0 === errors;
}
function validate1212(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate33(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate33.errors : vErrors.concat(validate33.errors)).length), validate1212.errors = vErrors, 0 === errors;
}
function validate1116(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!(data && "object" == typeof data && !Array.isArray(data)) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (data && "object" == typeof data && !Array.isArray(data)) {
    if (Object.keys(data).length > 16) {
      let err1 = { instancePath, schemaPath: "#/maxProperties", keyword: "maxProperties", params: { limit: 16 } };
      null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    for (let key0 in data) validate1212(data[key0], { instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data, parentDataProperty: key0, rootData }) || (errors = (vErrors = null === vErrors ? validate1212.errors : vErrors.concat(validate1212.errors)).length);
  }
  return validate1116.errors = vErrors, 0 === errors;
}
function validate088(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) void 0 !== data.certificateRefs && (validate186(data.certificateRefs, { instancePath: instancePath + "/certificateRefs", parentData: data, parentDataProperty: "certificateRefs", rootData }) || (errors = (vErrors = null === vErrors ? validate186.errors : vErrors.concat(validate186.errors)).length)), void 0 !== data.mode && (validate716(data.mode, { instancePath: instancePath + "/mode", parentData: data, parentDataProperty: "mode", rootData }) || (errors = (vErrors = null === vErrors ? validate716.errors : vErrors.concat(validate716.errors)).length)), void 0 !== data.options && (validate1116(data.options, { instancePath: instancePath + "/options", parentData: data, parentDataProperty: "options", rootData }) || (errors = (vErrors = null === vErrors ? validate1116.errors : vErrors.concat(validate1116.errors)).length));
  else {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate088.errors = vErrors, 0 === errors;
}

// node_modules/@kubernetes-models/gateway-api/_schemas/IoK8sSigsGatewayApiApisV1Listener.js
var validate187 = validate089;
function validate188(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return null !== data && (validate18(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate18.errors : vErrors.concat(validate18.errors)).length)), validate188.errors = vErrors, 0 === errors;
}
function validate529(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate39(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate39.errors : vErrors.concat(validate39.errors)).length), validate529.errors = vErrors, 0 === errors;
}
function validate917(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate35(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate35.errors : vErrors.concat(validate35.errors)).length), validate917.errors = vErrors, 0 === errors;
}
var formats012 = formats.int32;
function validate1315(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!("number" == typeof data && !(data % 1) && !isNaN(data) && isFinite(data))) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "integer" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (validate24(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate24.errors : vErrors.concat(validate24.errors)).length), "number" == typeof data && isFinite(data)) {
    if (data > 65535 || isNaN(data)) {
      let err1 = { instancePath, schemaPath: "#/maximum", keyword: "maximum", params: { comparison: "<=", limit: 65535 } };
      null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    if (data < 1 || isNaN(data)) {
      let err2 = { instancePath, schemaPath: "#/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 } };
      null === vErrors ? vErrors = [err2] : vErrors.push(err2), errors++;
    }
    if (!formats012.validate(data)) {
      let err3 = { instancePath, schemaPath: "#/format", keyword: "format", params: { format: "int32" } };
      null === vErrors ? vErrors = [err3] : vErrors.push(err3), errors++;
    }
  }
  return validate1315.errors = vErrors, 0 === errors;
}
function validate1710(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate181(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate181.errors : vErrors.concat(validate181.errors)).length), validate1710.errors = vErrors, 0 === errors;
}
function validate2110(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return null !== data && (validate185(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate185.errors : vErrors.concat(validate185.errors)).length)), validate2110.errors = vErrors, 0 === errors;
}
function validate089(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) {
    if (void 0 === data.name) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" } };
      null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    if (void 0 === data.port) {
      let err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "port" } };
      null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    if (void 0 === data.protocol) {
      let err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "protocol" } };
      null === vErrors ? vErrors = [err2] : vErrors.push(err2), errors++;
    }
    void 0 !== data.allowedRoutes && (validate188(data.allowedRoutes, { instancePath: instancePath + "/allowedRoutes", parentData: data, parentDataProperty: "allowedRoutes", rootData }) || (errors = (vErrors = null === vErrors ? validate188.errors : vErrors.concat(validate188.errors)).length)), void 0 !== data.hostname && (validate529(data.hostname, { instancePath: instancePath + "/hostname", parentData: data, parentDataProperty: "hostname", rootData }) || (errors = (vErrors = null === vErrors ? validate529.errors : vErrors.concat(validate529.errors)).length)), void 0 !== data.name && (validate917(data.name, { instancePath: instancePath + "/name", parentData: data, parentDataProperty: "name", rootData }) || (errors = (vErrors = null === vErrors ? validate917.errors : vErrors.concat(validate917.errors)).length)), void 0 !== data.port && (validate1315(data.port, { instancePath: instancePath + "/port", parentData: data, parentDataProperty: "port", rootData }) || (errors = (vErrors = null === vErrors ? validate1315.errors : vErrors.concat(validate1315.errors)).length)), void 0 !== data.protocol && (validate1710(data.protocol, { instancePath: instancePath + "/protocol", parentData: data, parentDataProperty: "protocol", rootData }) || (errors = (vErrors = null === vErrors ? validate1710.errors : vErrors.concat(validate1710.errors)).length)), void 0 !== data.tls && (validate2110(data.tls, { instancePath: instancePath + "/tls", parentData: data, parentDataProperty: "tls", rootData }) || (errors = (vErrors = null === vErrors ? validate2110.errors : vErrors.concat(validate2110.errors)).length));
  } else {
    let err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err3] : vErrors.push(err3), errors++;
  }
  return validate089.errors = vErrors, 0 === errors;
}

// node_modules/@kubernetes-models/gateway-api/_schemas/IoK8sSigsGatewayApiApisV1GatewayBackendTLS.js
var validate189 = validate090;
function validate190(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return null !== data && (validate182(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate182.errors : vErrors.concat(validate182.errors)).length)), validate190.errors = vErrors, 0 === errors;
}
function validate090(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) void 0 !== data.clientCertificateRef && (validate190(data.clientCertificateRef, { instancePath: instancePath + "/clientCertificateRef", parentData: data, parentDataProperty: "clientCertificateRef", rootData }) || (errors = (vErrors = null === vErrors ? validate190.errors : vErrors.concat(validate190.errors)).length));
  else {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate090.errors = vErrors, 0 === errors;
}

// node_modules/@kubernetes-models/gateway-api/_schemas/IoK8sSigsGatewayApiApisV1GatewayTLSConfig.js
var validate191 = validate091;
function validate194(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return null !== data && (validate189(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate189.errors : vErrors.concat(validate189.errors)).length)), validate194.errors = vErrors, 0 === errors;
}
function validate530(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return null !== data && (validate86(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate86.errors : vErrors.concat(validate86.errors)).length)), validate530.errors = vErrors, 0 === errors;
}
function validate091(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) void 0 !== data.backend && (validate194(data.backend, { instancePath: instancePath + "/backend", parentData: data, parentDataProperty: "backend", rootData }) || (errors = (vErrors = null === vErrors ? validate194.errors : vErrors.concat(validate194.errors)).length)), void 0 !== data.frontend && (validate530(data.frontend, { instancePath: instancePath + "/frontend", parentData: data, parentDataProperty: "frontend", rootData }) || (errors = (vErrors = null === vErrors ? validate530.errors : vErrors.concat(validate530.errors)).length));
  else {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate091.errors = vErrors, 0 === errors;
}

// node_modules/@kubernetes-models/gateway-api/_schemas/IoK8sSigsGatewayApiApisV1GatewaySpec.js
var validate195 = validate092;
function validate225(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return validate171(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate171.errors : vErrors.concat(validate171.errors)).length), validate225.errors = vErrors, 0 === errors;
}
function validate196(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!Array.isArray(data) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (Array.isArray(data)) {
    if (data.length > 16) {
      let err1 = { instancePath, schemaPath: "#/maxItems", keyword: "maxItems", params: { limit: 16 } };
      null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) validate225(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData }) || (errors = (vErrors = null === vErrors ? validate225.errors : vErrors.concat(validate225.errors)).length);
  }
  return validate196.errors = vErrors, 0 === errors;
}
function validate717(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return null !== data && (validate6(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate6.errors : vErrors.concat(validate6.errors)).length)), validate717.errors = vErrors, 0 === errors;
}
function validate1117(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate66(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate66.errors : vErrors.concat(validate66.errors)).length), validate1117.errors = vErrors, 0 === errors;
}
function validate1510(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate20(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate20.errors : vErrors.concat(validate20.errors)).length), validate1510.errors = vErrors, 0 === errors;
}
function validate197(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return null !== data && (validate179(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate179.errors : vErrors.concat(validate179.errors)).length)), validate197.errors = vErrors, 0 === errors;
}
function validate242(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return validate187(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate187.errors : vErrors.concat(validate187.errors)).length), validate242.errors = vErrors, 0 === errors;
}
function validate233(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (Array.isArray(data)) {
    if (data.length > 64) {
      let err0 = { instancePath, schemaPath: "#/maxItems", keyword: "maxItems", params: { limit: 64 } };
      null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    if (data.length < 1) {
      let err1 = { instancePath, schemaPath: "#/minItems", keyword: "minItems", params: { limit: 1 } };
      null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) validate242(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData }) || (errors = (vErrors = null === vErrors ? validate242.errors : vErrors.concat(validate242.errors)).length);
  } else {
    let err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    null === vErrors ? vErrors = [err2] : vErrors.push(err2), errors++;
  }
  return validate233.errors = vErrors, 0 === errors;
}
function validate292(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return null !== data && (validate191(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate191.errors : vErrors.concat(validate191.errors)).length)), validate292.errors = vErrors, 0 === errors;
}
function validate092(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) {
    if (void 0 === data.gatewayClassName) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "gatewayClassName" } };
      null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    if (void 0 === data.listeners) {
      let err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "listeners" } };
      null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    void 0 !== data.addresses && (validate196(data.addresses, { instancePath: instancePath + "/addresses", parentData: data, parentDataProperty: "addresses", rootData }) || (errors = (vErrors = null === vErrors ? validate196.errors : vErrors.concat(validate196.errors)).length)), void 0 !== data.allowedListeners && (validate717(data.allowedListeners, { instancePath: instancePath + "/allowedListeners", parentData: data, parentDataProperty: "allowedListeners", rootData }) || (errors = (vErrors = null === vErrors ? validate717.errors : vErrors.concat(validate717.errors)).length)), void 0 !== data.defaultScope && (validate1117(data.defaultScope, { instancePath: instancePath + "/defaultScope", parentData: data, parentDataProperty: "defaultScope", rootData }) || (errors = (vErrors = null === vErrors ? validate1117.errors : vErrors.concat(validate1117.errors)).length)), void 0 !== data.gatewayClassName && (validate1510(data.gatewayClassName, { instancePath: instancePath + "/gatewayClassName", parentData: data, parentDataProperty: "gatewayClassName", rootData }) || (errors = (vErrors = null === vErrors ? validate1510.errors : vErrors.concat(validate1510.errors)).length)), void 0 !== data.infrastructure && (validate197(data.infrastructure, { instancePath: instancePath + "/infrastructure", parentData: data, parentDataProperty: "infrastructure", rootData }) || (errors = (vErrors = null === vErrors ? validate197.errors : vErrors.concat(validate197.errors)).length)), void 0 !== data.listeners && (validate233(data.listeners, { instancePath: instancePath + "/listeners", parentData: data, parentDataProperty: "listeners", rootData }) || (errors = (vErrors = null === vErrors ? validate233.errors : vErrors.concat(validate233.errors)).length)), void 0 !== data.tls && (validate292(data.tls, { instancePath: instancePath + "/tls", parentData: data, parentDataProperty: "tls", rootData }) || (errors = (vErrors = null === vErrors ? validate292.errors : vErrors.concat(validate292.errors)).length));
  } else {
    let err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err2] : vErrors.push(err2), errors++;
  }
  return validate092.errors = vErrors, 0 === errors;
}

// node_modules/@kubernetes-models/gateway-api/_schemas/IoK8sSigsGatewayApiApisV1GatewayStatusAddress.js
var validate198 = validate093;
function validate199(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate170(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate170.errors : vErrors.concat(validate170.errors)).length), validate199.errors = vErrors, 0 === errors;
}
function validate531(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" == typeof data) {
    if (ucs2length_default(data) > 253) {
      let err0 = { instancePath, schemaPath: "#/maxLength", keyword: "maxLength", params: { limit: 253 } };
      null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    if (1 > ucs2length_default(data)) {
      let err1 = { instancePath, schemaPath: "#/minLength", keyword: "minLength", params: { limit: 1 } };
      null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
  } else {
    let err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err2] : vErrors.push(err2), errors++;
  }
  return validate531.errors = vErrors, 0 === errors;
}
function validate093(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) {
    if (void 0 === data.value) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "value" } };
      null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    void 0 !== data.type && (validate199(data.type, { instancePath: instancePath + "/type", parentData: data, parentDataProperty: "type", rootData }) || (errors = (vErrors = null === vErrors ? validate199.errors : vErrors.concat(validate199.errors)).length)), void 0 !== data.value && (validate531(data.value, { instancePath: instancePath + "/value", parentData: data, parentDataProperty: "value", rootData }) || (errors = (vErrors = null === vErrors ? validate531.errors : vErrors.concat(validate531.errors)).length));
  } else {
    let err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate093.errors = vErrors, 0 === errors;
}

// node_modules/@kubernetes-models/gateway-api/_schemas/IoK8sSigsGatewayApiApisV1ListenerStatus.js
var validate200 = validate094;
var formats013 = formats.int32;
function validate1100(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!("number" == typeof data && !(data % 1) && !isNaN(data) && isFinite(data))) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "integer" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if ("number" == typeof data && isFinite(data) && !formats013.validate(data)) {
    let err1 = { instancePath, schemaPath: "#/format", keyword: "format", params: { format: "int32" } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate1100.errors = vErrors, 0 === errors;
}
function validate414(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return validate49(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate49.errors : vErrors.concat(validate49.errors)).length), validate414.errors = vErrors, 0 === errors;
}
function validate318(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (Array.isArray(data)) {
    if (data.length > 8) {
      let err0 = { instancePath, schemaPath: "#/maxItems", keyword: "maxItems", params: { limit: 8 } };
      null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) validate414(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData }) || (errors = (vErrors = null === vErrors ? validate414.errors : vErrors.concat(validate414.errors)).length);
  } else {
    let err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate318.errors = vErrors, 0 === errors;
}
function validate918(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate35(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate35.errors : vErrors.concat(validate35.errors)).length), validate918.errors = vErrors, 0 === errors;
}
function validate1411(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return validate11(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate11.errors : vErrors.concat(validate11.errors)).length), validate1411.errors = vErrors, 0 === errors;
}
function validate1316(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!Array.isArray(data) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (Array.isArray(data)) {
    if (data.length > 8) {
      let err1 = { instancePath, schemaPath: "#/maxItems", keyword: "maxItems", params: { limit: 8 } };
      null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) validate1411(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData }) || (errors = (vErrors = null === vErrors ? validate1411.errors : vErrors.concat(validate1411.errors)).length);
  }
  return validate1316.errors = vErrors, 0 === errors;
}
function validate094(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) {
    if (void 0 === data.attachedRoutes) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "attachedRoutes" } };
      null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    if (void 0 === data.conditions) {
      let err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "conditions" } };
      null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    if (void 0 === data.name) {
      let err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" } };
      null === vErrors ? vErrors = [err2] : vErrors.push(err2), errors++;
    }
    void 0 !== data.attachedRoutes && (validate1100(data.attachedRoutes, { instancePath: instancePath + "/attachedRoutes", parentData: data, parentDataProperty: "attachedRoutes", rootData }) || (errors = (vErrors = null === vErrors ? validate1100.errors : vErrors.concat(validate1100.errors)).length)), void 0 !== data.conditions && (validate318(data.conditions, { instancePath: instancePath + "/conditions", parentData: data, parentDataProperty: "conditions", rootData }) || (errors = (vErrors = null === vErrors ? validate318.errors : vErrors.concat(validate318.errors)).length)), void 0 !== data.name && (validate918(data.name, { instancePath: instancePath + "/name", parentData: data, parentDataProperty: "name", rootData }) || (errors = (vErrors = null === vErrors ? validate918.errors : vErrors.concat(validate918.errors)).length)), void 0 !== data.supportedKinds && (validate1316(data.supportedKinds, { instancePath: instancePath + "/supportedKinds", parentData: data, parentDataProperty: "supportedKinds", rootData }) || (errors = (vErrors = null === vErrors ? validate1316.errors : vErrors.concat(validate1316.errors)).length));
  } else {
    let err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err3] : vErrors.push(err3), errors++;
  }
  return validate094.errors = vErrors, 0 === errors;
}

// node_modules/@kubernetes-models/gateway-api/_schemas/IoK8sSigsGatewayApiApisV1GatewayStatus.js
var validate201 = validate095;
function validate226(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return validate198(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate198.errors : vErrors.concat(validate198.errors)).length), validate226.errors = vErrors, 0 === errors;
}
function validate1101(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!Array.isArray(data) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (Array.isArray(data)) {
    if (data.length > 16) {
      let err1 = { instancePath, schemaPath: "#/maxItems", keyword: "maxItems", params: { limit: 16 } };
      null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) validate226(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData }) || (errors = (vErrors = null === vErrors ? validate226.errors : vErrors.concat(validate226.errors)).length);
  }
  return validate1101.errors = vErrors, 0 === errors;
}
var formats014 = formats.int32;
function validate718(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!("number" == typeof data && !(data % 1) && !isNaN(data) && isFinite(data)) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "integer" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if ("number" == typeof data && isFinite(data) && !formats014.validate(data)) {
    let err1 = { instancePath, schemaPath: "#/format", keyword: "format", params: { format: "int32" } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate718.errors = vErrors, 0 === errors;
}
function validate1011(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return validate49(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate49.errors : vErrors.concat(validate49.errors)).length), validate1011.errors = vErrors, 0 === errors;
}
function validate919(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!Array.isArray(data) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (Array.isArray(data)) {
    if (data.length > 8) {
      let err1 = { instancePath, schemaPath: "#/maxItems", keyword: "maxItems", params: { limit: 8 } };
      null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) validate1011(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData }) || (errors = (vErrors = null === vErrors ? validate1011.errors : vErrors.concat(validate1011.errors)).length);
  }
  return validate919.errors = vErrors, 0 === errors;
}
function validate1610(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return validate200(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate200.errors : vErrors.concat(validate200.errors)).length), validate1610.errors = vErrors, 0 === errors;
}
function validate1511(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!Array.isArray(data) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (Array.isArray(data)) {
    if (data.length > 64) {
      let err1 = { instancePath, schemaPath: "#/maxItems", keyword: "maxItems", params: { limit: 64 } };
      null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) validate1610(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData }) || (errors = (vErrors = null === vErrors ? validate1610.errors : vErrors.concat(validate1610.errors)).length);
  }
  return validate1511.errors = vErrors, 0 === errors;
}
function validate095(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) void 0 !== data.addresses && (validate1101(data.addresses, { instancePath: instancePath + "/addresses", parentData: data, parentDataProperty: "addresses", rootData }) || (errors = (vErrors = null === vErrors ? validate1101.errors : vErrors.concat(validate1101.errors)).length)), void 0 !== data.attachedListenerSets && (validate718(data.attachedListenerSets, { instancePath: instancePath + "/attachedListenerSets", parentData: data, parentDataProperty: "attachedListenerSets", rootData }) || (errors = (vErrors = null === vErrors ? validate718.errors : vErrors.concat(validate718.errors)).length)), void 0 !== data.conditions && (validate919(data.conditions, { instancePath: instancePath + "/conditions", parentData: data, parentDataProperty: "conditions", rootData }) || (errors = (vErrors = null === vErrors ? validate919.errors : vErrors.concat(validate919.errors)).length)), void 0 !== data.listeners && (validate1511(data.listeners, { instancePath: instancePath + "/listeners", parentData: data, parentDataProperty: "listeners", rootData }) || (errors = (vErrors = null === vErrors ? validate1511.errors : vErrors.concat(validate1511.errors)).length));
  else {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate095.errors = vErrors, 0 === errors;
}

// node_modules/@kubernetes-models/gateway-api/_schemas/IoK8sSigsGatewayApiApisV1Gateway.js
var validate203 = validate096;
var schema1_enum7 = ["gateway.networking.k8s.io/v1"];
function validate1102(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if ("gateway.networking.k8s.io/v1" !== data) {
    let err1 = { instancePath, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: schema1_enum7 } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate1102.errors = vErrors, 0 === errors;
}
var schema2_enum3 = ["Gateway"];
function validate319(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if ("Gateway" !== data) {
    let err1 = { instancePath, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: schema2_enum3 } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate319.errors = vErrors, 0 === errors;
}
function validate532(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return null !== data && (validate31(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate31.errors : vErrors.concat(validate31.errors)).length)), validate532.errors = vErrors, 0 === errors;
}
function validate920(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return validate195(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate195.errors : vErrors.concat(validate195.errors)).length), validate920.errors = vErrors, 0 === errors;
}
function validate1317(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return null !== data && (validate201(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate201.errors : vErrors.concat(validate201.errors)).length)), validate1317.errors = vErrors, 0 === errors;
}
function validate096(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) {
    if (void 0 === data.spec) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "spec" } };
      null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    if (void 0 === data.apiVersion) {
      let err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "apiVersion" } };
      null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    if (void 0 === data.kind) {
      let err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" } };
      null === vErrors ? vErrors = [err2] : vErrors.push(err2), errors++;
    }
    void 0 !== data.apiVersion && (validate1102(data.apiVersion, { instancePath: instancePath + "/apiVersion", parentData: data, parentDataProperty: "apiVersion", rootData }) || (errors = (vErrors = null === vErrors ? validate1102.errors : vErrors.concat(validate1102.errors)).length)), void 0 !== data.kind && (validate319(data.kind, { instancePath: instancePath + "/kind", parentData: data, parentDataProperty: "kind", rootData }) || (errors = (vErrors = null === vErrors ? validate319.errors : vErrors.concat(validate319.errors)).length)), void 0 !== data.metadata && (validate532(data.metadata, { instancePath: instancePath + "/metadata", parentData: data, parentDataProperty: "metadata", rootData }) || (errors = (vErrors = null === vErrors ? validate532.errors : vErrors.concat(validate532.errors)).length)), void 0 !== data.spec && (validate920(data.spec, { instancePath: instancePath + "/spec", parentData: data, parentDataProperty: "spec", rootData }) || (errors = (vErrors = null === vErrors ? validate920.errors : vErrors.concat(validate920.errors)).length)), void 0 !== data.status && (validate1317(data.status, { instancePath: instancePath + "/status", parentData: data, parentDataProperty: "status", rootData }) || (errors = (vErrors = null === vErrors ? validate1317.errors : vErrors.concat(validate1317.errors)).length));
  } else {
    let err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err3] : vErrors.push(err3), errors++;
  }
  return validate096.errors = vErrors, 0 === errors;
}

// node_modules/@kubernetes-models/gateway-api/gateway.networking.k8s.io/v1/Gateway.js
var Gateway = class _Gateway extends Model {
  static {
    this.apiVersion = "gateway.networking.k8s.io/v1";
  }
  static {
    this.kind = "Gateway";
  }
  static {
    this.is = createTypeMetaGuard(_Gateway);
  }
  constructor(data) {
    super(), this.setDefinedProps({ apiVersion: _Gateway.apiVersion, kind: _Gateway.kind, ...data });
  }
};
setValidateFunc(Gateway, validate203);

// node_modules/@kubernetes-models/gateway-api/gateway.networking.k8s.io/v1/GatewayBackendTLS.js
var GatewayBackendTLS = class extends Model {
  constructor(data) {
    super(), this.setDefinedProps(data);
  }
};
setValidateFunc(GatewayBackendTLS, validate189);

// node_modules/@kubernetes-models/gateway-api/_schemas/IoK8sSigsGatewayApiApisV1ParametersReference.js
var validate204 = validate097;
function validate1103(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate9(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate9.errors : vErrors.concat(validate9.errors)).length), validate1103.errors = vErrors, 0 === errors;
}
function validate533(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate10(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate10.errors : vErrors.concat(validate10.errors)).length), validate533.errors = vErrors, 0 === errors;
}
function validate921(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" == typeof data) {
    if (ucs2length_default(data) > 253) {
      let err0 = { instancePath, schemaPath: "#/maxLength", keyword: "maxLength", params: { limit: 253 } };
      null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    if (1 > ucs2length_default(data)) {
      let err1 = { instancePath, schemaPath: "#/minLength", keyword: "minLength", params: { limit: 1 } };
      null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
  } else {
    let err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err2] : vErrors.push(err2), errors++;
  }
  return validate921.errors = vErrors, 0 === errors;
}
function validate1118(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate21(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate21.errors : vErrors.concat(validate21.errors)).length), validate1118.errors = vErrors, 0 === errors;
}
function validate097(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) {
    if (void 0 === data.group) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "group" } };
      null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    if (void 0 === data.kind) {
      let err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" } };
      null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    if (void 0 === data.name) {
      let err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" } };
      null === vErrors ? vErrors = [err2] : vErrors.push(err2), errors++;
    }
    void 0 !== data.group && (validate1103(data.group, { instancePath: instancePath + "/group", parentData: data, parentDataProperty: "group", rootData }) || (errors = (vErrors = null === vErrors ? validate1103.errors : vErrors.concat(validate1103.errors)).length)), void 0 !== data.kind && (validate533(data.kind, { instancePath: instancePath + "/kind", parentData: data, parentDataProperty: "kind", rootData }) || (errors = (vErrors = null === vErrors ? validate533.errors : vErrors.concat(validate533.errors)).length)), void 0 !== data.name && (validate921(data.name, { instancePath: instancePath + "/name", parentData: data, parentDataProperty: "name", rootData }) || (errors = (vErrors = null === vErrors ? validate921.errors : vErrors.concat(validate921.errors)).length)), void 0 !== data.namespace && (validate1118(data.namespace, { instancePath: instancePath + "/namespace", parentData: data, parentDataProperty: "namespace", rootData }) || (errors = (vErrors = null === vErrors ? validate1118.errors : vErrors.concat(validate1118.errors)).length));
  } else {
    let err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err3] : vErrors.push(err3), errors++;
  }
  return validate097.errors = vErrors, 0 === errors;
}

// node_modules/@kubernetes-models/gateway-api/_schemas/IoK8sSigsGatewayApiApisV1GatewayClassSpec.js
var validate205 = validate098;
function validate1104(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate50(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate50.errors : vErrors.concat(validate50.errors)).length), validate1104.errors = vErrors, 0 === errors;
}
function validate534(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return null !== data && (validate204(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate204.errors : vErrors.concat(validate204.errors)).length)), validate534.errors = vErrors, 0 === errors;
}
function validate098(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) {
    if (void 0 === data.controllerName) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "controllerName" } };
      null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    void 0 !== data.controllerName && (validate1104(data.controllerName, { instancePath: instancePath + "/controllerName", parentData: data, parentDataProperty: "controllerName", rootData }) || (errors = (vErrors = null === vErrors ? validate1104.errors : vErrors.concat(validate1104.errors)).length)), void 0 !== data.parametersRef && (validate534(data.parametersRef, { instancePath: instancePath + "/parametersRef", parentData: data, parentDataProperty: "parametersRef", rootData }) || (errors = (vErrors = null === vErrors ? validate534.errors : vErrors.concat(validate534.errors)).length));
  } else {
    let err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate098.errors = vErrors, 0 === errors;
}

// node_modules/@kubernetes-models/gateway-api/_schemas/IoK8sSigsGatewayApiApisV1FeatureName.js
var validate206 = validate099;
function validate099(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate099.errors = vErrors, 0 === errors;
}

// node_modules/@kubernetes-models/gateway-api/_schemas/IoK8sSigsGatewayApiApisV1SupportedFeature.js
var validate207 = validate0100;
function validate1105(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate206(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate206.errors : vErrors.concat(validate206.errors)).length), validate1105.errors = vErrors, 0 === errors;
}
function validate0100(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) {
    if (void 0 === data.name) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" } };
      null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    void 0 !== data.name && (validate1105(data.name, { instancePath: instancePath + "/name", parentData: data, parentDataProperty: "name", rootData }) || (errors = (vErrors = null === vErrors ? validate1105.errors : vErrors.concat(validate1105.errors)).length));
  } else {
    let err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate0100.errors = vErrors, 0 === errors;
}

// node_modules/@kubernetes-models/gateway-api/_schemas/IoK8sSigsGatewayApiApisV1GatewayClassStatus.js
var validate208 = validate0101;
function validate227(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return validate49(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate49.errors : vErrors.concat(validate49.errors)).length), validate227.errors = vErrors, 0 === errors;
}
function validate1106(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!Array.isArray(data) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (Array.isArray(data)) {
    if (data.length > 8) {
      let err1 = { instancePath, schemaPath: "#/maxItems", keyword: "maxItems", params: { limit: 8 } };
      null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) validate227(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData }) || (errors = (vErrors = null === vErrors ? validate227.errors : vErrors.concat(validate227.errors)).length);
  }
  return validate1106.errors = vErrors, 0 === errors;
}
function validate813(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return validate207(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate207.errors : vErrors.concat(validate207.errors)).length), validate813.errors = vErrors, 0 === errors;
}
function validate719(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!Array.isArray(data) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (Array.isArray(data)) {
    if (data.length > 64) {
      let err1 = { instancePath, schemaPath: "#/maxItems", keyword: "maxItems", params: { limit: 64 } };
      null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) validate813(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData }) || (errors = (vErrors = null === vErrors ? validate813.errors : vErrors.concat(validate813.errors)).length);
  }
  return validate719.errors = vErrors, 0 === errors;
}
function validate0101(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) void 0 !== data.conditions && (validate1106(data.conditions, { instancePath: instancePath + "/conditions", parentData: data, parentDataProperty: "conditions", rootData }) || (errors = (vErrors = null === vErrors ? validate1106.errors : vErrors.concat(validate1106.errors)).length)), void 0 !== data.supportedFeatures && (validate719(data.supportedFeatures, { instancePath: instancePath + "/supportedFeatures", parentData: data, parentDataProperty: "supportedFeatures", rootData }) || (errors = (vErrors = null === vErrors ? validate719.errors : vErrors.concat(validate719.errors)).length));
  else {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate0101.errors = vErrors, 0 === errors;
}

// node_modules/@kubernetes-models/gateway-api/_schemas/IoK8sSigsGatewayApiApisV1GatewayClass.js
var validate209 = validate0102;
var schema1_enum8 = ["gateway.networking.k8s.io/v1"];
function validate1107(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if ("gateway.networking.k8s.io/v1" !== data) {
    let err1 = { instancePath, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: schema1_enum8 } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate1107.errors = vErrors, 0 === errors;
}
var schema2_enum4 = ["GatewayClass"];
function validate320(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if ("GatewayClass" !== data) {
    let err1 = { instancePath, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: schema2_enum4 } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate320.errors = vErrors, 0 === errors;
}
function validate535(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return null !== data && (validate31(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate31.errors : vErrors.concat(validate31.errors)).length)), validate535.errors = vErrors, 0 === errors;
}
function validate922(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return validate205(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate205.errors : vErrors.concat(validate205.errors)).length), validate922.errors = vErrors, 0 === errors;
}
function validate1318(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return null !== data && (validate208(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate208.errors : vErrors.concat(validate208.errors)).length)), validate1318.errors = vErrors, 0 === errors;
}
function validate0102(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) {
    if (void 0 === data.spec) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "spec" } };
      null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    if (void 0 === data.apiVersion) {
      let err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "apiVersion" } };
      null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    if (void 0 === data.kind) {
      let err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" } };
      null === vErrors ? vErrors = [err2] : vErrors.push(err2), errors++;
    }
    void 0 !== data.apiVersion && (validate1107(data.apiVersion, { instancePath: instancePath + "/apiVersion", parentData: data, parentDataProperty: "apiVersion", rootData }) || (errors = (vErrors = null === vErrors ? validate1107.errors : vErrors.concat(validate1107.errors)).length)), void 0 !== data.kind && (validate320(data.kind, { instancePath: instancePath + "/kind", parentData: data, parentDataProperty: "kind", rootData }) || (errors = (vErrors = null === vErrors ? validate320.errors : vErrors.concat(validate320.errors)).length)), void 0 !== data.metadata && (validate535(data.metadata, { instancePath: instancePath + "/metadata", parentData: data, parentDataProperty: "metadata", rootData }) || (errors = (vErrors = null === vErrors ? validate535.errors : vErrors.concat(validate535.errors)).length)), void 0 !== data.spec && (validate922(data.spec, { instancePath: instancePath + "/spec", parentData: data, parentDataProperty: "spec", rootData }) || (errors = (vErrors = null === vErrors ? validate922.errors : vErrors.concat(validate922.errors)).length)), void 0 !== data.status && (validate1318(data.status, { instancePath: instancePath + "/status", parentData: data, parentDataProperty: "status", rootData }) || (errors = (vErrors = null === vErrors ? validate1318.errors : vErrors.concat(validate1318.errors)).length));
  } else {
    let err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err3] : vErrors.push(err3), errors++;
  }
  return validate0102.errors = vErrors, 0 === errors;
}

// node_modules/@kubernetes-models/gateway-api/gateway.networking.k8s.io/v1/GatewayClass.js
var GatewayClass = class _GatewayClass extends Model {
  static {
    this.apiVersion = "gateway.networking.k8s.io/v1";
  }
  static {
    this.kind = "GatewayClass";
  }
  static {
    this.is = createTypeMetaGuard(_GatewayClass);
  }
  constructor(data) {
    super(), this.setDefinedProps({ apiVersion: _GatewayClass.apiVersion, kind: _GatewayClass.kind, ...data });
  }
};
setValidateFunc(GatewayClass, validate209);

// node_modules/@kubernetes-models/gateway-api/_schemas/IoK8sSigsGatewayApiApisV1GatewayClassList.js
var validate228 = validate0103;
var schema1_enum9 = ["gateway.networking.k8s.io/v1"];
function validate1108(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if ("gateway.networking.k8s.io/v1" !== data) {
    let err1 = { instancePath, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: schema1_enum9 } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate1108.errors = vErrors, 0 === errors;
}
function validate415(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return validate209(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate209.errors : vErrors.concat(validate209.errors)).length), validate415.errors = vErrors, 0 === errors;
}
function validate321(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (Array.isArray(data)) {
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) validate415(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData }) || (errors = (vErrors = null === vErrors ? validate415.errors : vErrors.concat(validate415.errors)).length);
  } else {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate321.errors = vErrors, 0 === errors;
}
var schema5_enum3 = ["GatewayClassList"];
function validate923(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if ("GatewayClassList" !== data) {
    let err1 = { instancePath, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: schema5_enum3 } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate923.errors = vErrors, 0 === errors;
}
function validate1119(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return null !== data && (validate64(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate64.errors : vErrors.concat(validate64.errors)).length)), validate1119.errors = vErrors, 0 === errors;
}
function validate0103(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) {
    if (void 0 === data.items) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "items" } };
      null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    if (void 0 === data.apiVersion) {
      let err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "apiVersion" } };
      null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    if (void 0 === data.kind) {
      let err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" } };
      null === vErrors ? vErrors = [err2] : vErrors.push(err2), errors++;
    }
    void 0 !== data.apiVersion && (validate1108(data.apiVersion, { instancePath: instancePath + "/apiVersion", parentData: data, parentDataProperty: "apiVersion", rootData }) || (errors = (vErrors = null === vErrors ? validate1108.errors : vErrors.concat(validate1108.errors)).length)), void 0 !== data.items && (validate321(data.items, { instancePath: instancePath + "/items", parentData: data, parentDataProperty: "items", rootData }) || (errors = (vErrors = null === vErrors ? validate321.errors : vErrors.concat(validate321.errors)).length)), void 0 !== data.kind && (validate923(data.kind, { instancePath: instancePath + "/kind", parentData: data, parentDataProperty: "kind", rootData }) || (errors = (vErrors = null === vErrors ? validate923.errors : vErrors.concat(validate923.errors)).length)), void 0 !== data.metadata && (validate1119(data.metadata, { instancePath: instancePath + "/metadata", parentData: data, parentDataProperty: "metadata", rootData }) || (errors = (vErrors = null === vErrors ? validate1119.errors : vErrors.concat(validate1119.errors)).length));
  } else {
    let err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err3] : vErrors.push(err3), errors++;
  }
  return validate0103.errors = vErrors, 0 === errors;
}

// node_modules/@kubernetes-models/gateway-api/gateway.networking.k8s.io/v1/GatewayClassList.js
var GatewayClassList = class _GatewayClassList extends Model {
  static {
    this.apiVersion = "gateway.networking.k8s.io/v1";
  }
  static {
    this.kind = "GatewayClassList";
  }
  static {
    this.is = createTypeMetaGuard(_GatewayClassList);
  }
  constructor(data) {
    super(), this.setDefinedProps({ apiVersion: _GatewayClassList.apiVersion, kind: _GatewayClassList.kind, ...data });
  }
};
setValidateFunc(GatewayClassList, validate228);

// node_modules/@kubernetes-models/gateway-api/gateway.networking.k8s.io/v1/GatewayClassSpec.js
var GatewayClassSpec = class extends Model {
  constructor(data) {
    super(), this.setDefinedProps(data);
  }
};
setValidateFunc(GatewayClassSpec, validate205);

// node_modules/@kubernetes-models/gateway-api/gateway.networking.k8s.io/v1/GatewayClassStatus.js
var GatewayClassStatus = class extends Model {
  constructor(data) {
    super(), this.setDefinedProps(data);
  }
};
setValidateFunc(GatewayClassStatus, validate208);

// node_modules/@kubernetes-models/gateway-api/gateway.networking.k8s.io/v1/GatewayInfrastructure.js
var GatewayInfrastructure = class extends Model {
  constructor(data) {
    super(), this.setDefinedProps(data);
  }
};
setValidateFunc(GatewayInfrastructure, validate179);

// node_modules/@kubernetes-models/gateway-api/_schemas/IoK8sSigsGatewayApiApisV1GatewayList.js
var validate229 = validate0104;
var schema1_enum10 = ["gateway.networking.k8s.io/v1"];
function validate1109(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if ("gateway.networking.k8s.io/v1" !== data) {
    let err1 = { instancePath, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: schema1_enum10 } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate1109.errors = vErrors, 0 === errors;
}
function validate416(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return validate203(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate203.errors : vErrors.concat(validate203.errors)).length), validate416.errors = vErrors, 0 === errors;
}
function validate322(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (Array.isArray(data)) {
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) validate416(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData }) || (errors = (vErrors = null === vErrors ? validate416.errors : vErrors.concat(validate416.errors)).length);
  } else {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate322.errors = vErrors, 0 === errors;
}
var schema5_enum4 = ["GatewayList"];
function validate924(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if ("GatewayList" !== data) {
    let err1 = { instancePath, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: schema5_enum4 } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate924.errors = vErrors, 0 === errors;
}
function validate1120(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return null !== data && (validate64(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate64.errors : vErrors.concat(validate64.errors)).length)), validate1120.errors = vErrors, 0 === errors;
}
function validate0104(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) {
    if (void 0 === data.items) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "items" } };
      null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    if (void 0 === data.apiVersion) {
      let err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "apiVersion" } };
      null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    if (void 0 === data.kind) {
      let err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" } };
      null === vErrors ? vErrors = [err2] : vErrors.push(err2), errors++;
    }
    void 0 !== data.apiVersion && (validate1109(data.apiVersion, { instancePath: instancePath + "/apiVersion", parentData: data, parentDataProperty: "apiVersion", rootData }) || (errors = (vErrors = null === vErrors ? validate1109.errors : vErrors.concat(validate1109.errors)).length)), void 0 !== data.items && (validate322(data.items, { instancePath: instancePath + "/items", parentData: data, parentDataProperty: "items", rootData }) || (errors = (vErrors = null === vErrors ? validate322.errors : vErrors.concat(validate322.errors)).length)), void 0 !== data.kind && (validate924(data.kind, { instancePath: instancePath + "/kind", parentData: data, parentDataProperty: "kind", rootData }) || (errors = (vErrors = null === vErrors ? validate924.errors : vErrors.concat(validate924.errors)).length)), void 0 !== data.metadata && (validate1120(data.metadata, { instancePath: instancePath + "/metadata", parentData: data, parentDataProperty: "metadata", rootData }) || (errors = (vErrors = null === vErrors ? validate1120.errors : vErrors.concat(validate1120.errors)).length));
  } else {
    let err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err3] : vErrors.push(err3), errors++;
  }
  return validate0104.errors = vErrors, 0 === errors;
}

// node_modules/@kubernetes-models/gateway-api/gateway.networking.k8s.io/v1/GatewayList.js
var GatewayList = class _GatewayList extends Model {
  static {
    this.apiVersion = "gateway.networking.k8s.io/v1";
  }
  static {
    this.kind = "GatewayList";
  }
  static {
    this.is = createTypeMetaGuard(_GatewayList);
  }
  constructor(data) {
    super(), this.setDefinedProps({ apiVersion: _GatewayList.apiVersion, kind: _GatewayList.kind, ...data });
  }
};
setValidateFunc(GatewayList, validate229);

// node_modules/@kubernetes-models/gateway-api/gateway.networking.k8s.io/v1/GatewaySpec.js
var GatewaySpec = class extends Model {
  constructor(data) {
    super(), this.setDefinedProps(data);
  }
};
setValidateFunc(GatewaySpec, validate195);

// node_modules/@kubernetes-models/gateway-api/gateway.networking.k8s.io/v1/GatewaySpecAddress.js
var GatewaySpecAddress = class extends Model {
  constructor(data) {
    super(), this.setDefinedProps(data);
  }
};
setValidateFunc(GatewaySpecAddress, validate171);

// node_modules/@kubernetes-models/gateway-api/gateway.networking.k8s.io/v1/GatewayStatus.js
var GatewayStatus = class extends Model {
  constructor(data) {
    super(), this.setDefinedProps(data);
  }
};
setValidateFunc(GatewayStatus, validate201);

// node_modules/@kubernetes-models/gateway-api/gateway.networking.k8s.io/v1/GatewayStatusAddress.js
var GatewayStatusAddress = class extends Model {
  constructor(data) {
    super(), this.setDefinedProps(data);
  }
};
setValidateFunc(GatewayStatusAddress, validate198);

// node_modules/@kubernetes-models/gateway-api/gateway.networking.k8s.io/v1/GatewayTLSConfig.js
var GatewayTLSConfig = class extends Model {
  constructor(data) {
    super(), this.setDefinedProps(data);
  }
};
setValidateFunc(GatewayTLSConfig, validate191);

// node_modules/@kubernetes-models/gateway-api/_schemas/IoK8sSigsGatewayApiApisV1HTTPAuthConfig.js
var validate230 = validate323;
function validate1121(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate1121.errors = vErrors, 0 === errors;
}
function validate0105(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!Array.isArray(data) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (Array.isArray(data)) {
    if (data.length > 64) {
      let err1 = { instancePath, schemaPath: "#/maxItems", keyword: "maxItems", params: { limit: 64 } };
      null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) validate1121(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData }) || (errors = (vErrors = null === vErrors ? validate1121.errors : vErrors.concat(validate1121.errors)).length);
  }
  return validate0105.errors = vErrors, 0 === errors;
}
var pattern015 = RegExp("^(?:[-A-Za-z0-9/._~!$&'()*+,;=:@]|[%][0-9a-fA-F]{2})+$", "u");
function validate613(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if ("string" == typeof data) {
    if (ucs2length_default(data) > 1024) {
      let err1 = { instancePath, schemaPath: "#/maxLength", keyword: "maxLength", params: { limit: 1024 } };
      null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    if (!pattern015.test(data)) {
      let err2 = { instancePath, schemaPath: "#/pattern", keyword: "pattern", params: { pattern: "^(?:[-A-Za-z0-9/._~!$&'()*+,;=:@]|[%][0-9a-fA-F]{2})+$" } };
      null === vErrors ? vErrors = [err2] : vErrors.push(err2), errors++;
    }
  }
  return validate613.errors = vErrors, 0 === errors;
}
function validate323(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) void 0 !== data.allowedHeaders && (validate0105(data.allowedHeaders, { instancePath: instancePath + "/allowedHeaders", parentData: data, parentDataProperty: "allowedHeaders", rootData }) || (errors = (vErrors = null === vErrors ? validate0105.errors : vErrors.concat(validate0105.errors)).length)), void 0 !== data.allowedResponseHeaders && (validate0105(data.allowedResponseHeaders, { instancePath: instancePath + "/allowedResponseHeaders", parentData: data, parentDataProperty: "allowedResponseHeaders", rootData }) || (errors = (vErrors = null === vErrors ? validate0105.errors : vErrors.concat(validate0105.errors)).length)), void 0 !== data.path && (validate613(data.path, { instancePath: instancePath + "/path", parentData: data, parentDataProperty: "path", rootData }) || (errors = (vErrors = null === vErrors ? validate613.errors : vErrors.concat(validate613.errors)).length));
  else {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate323.errors = vErrors, 0 === errors;
}

// node_modules/@kubernetes-models/gateway-api/gateway.networking.k8s.io/v1/HTTPAuthConfig.js
var HTTPAuthConfig = class extends Model {
  constructor(data) {
    super(), this.setDefinedProps(data);
  }
};
setValidateFunc(HTTPAuthConfig, validate230);

// node_modules/@kubernetes-models/gateway-api/_schemas/IoK8sSigsGatewayApiApisV1HTTPMethodWithWildcard.js
var validate231 = validate0106;
var schema0_enum9 = ["GET", "HEAD", "POST", "PUT", "DELETE", "CONNECT", "OPTIONS", "TRACE", "PATCH", "*"];
function validate0106(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if ("GET" !== data && "HEAD" !== data && "POST" !== data && "PUT" !== data && "DELETE" !== data && "CONNECT" !== data && "OPTIONS" !== data && "TRACE" !== data && "PATCH" !== data && "*" !== data) {
    let err1 = { instancePath, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: schema0_enum9 } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate0106.errors = vErrors, 0 === errors;
}

// node_modules/@kubernetes-models/gateway-api/_schemas/IoK8sSigsGatewayApiApisV1CORSOrigin.js
var validate234 = validate0107;
var pattern016 = RegExp("(^\\*$)|(^(http(s)?):\\/\\/(((\\*\\.)?([a-zA-Z0-9\\-]+\\.)*[a-zA-Z0-9-]+|\\*)(:([0-9]{1,5}))?)$)", "u");
function validate0107(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" == typeof data) {
    if (ucs2length_default(data) > 253) {
      let err0 = { instancePath, schemaPath: "#/maxLength", keyword: "maxLength", params: { limit: 253 } };
      null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    if (1 > ucs2length_default(data)) {
      let err1 = { instancePath, schemaPath: "#/minLength", keyword: "minLength", params: { limit: 1 } };
      null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    if (!pattern016.test(data)) {
      let err2 = { instancePath, schemaPath: "#/pattern", keyword: "pattern", params: { pattern: "(^\\*$)|(^(http(s)?):\\/\\/(((\\*\\.)?([a-zA-Z0-9\\-]+\\.)*[a-zA-Z0-9-]+|\\*)(:([0-9]{1,5}))?)$)" } };
      null === vErrors ? vErrors = [err2] : vErrors.push(err2), errors++;
    }
  } else {
    let err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err3] : vErrors.push(err3), errors++;
  }
  return validate0107.errors = vErrors, 0 === errors;
}

// node_modules/@kubernetes-models/gateway-api/_schemas/IoK8sSigsGatewayApiApisV1HTTPCORSFilter.js
var validate235 = validate536;
function validate614(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("boolean" != typeof data && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "boolean" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate614.errors = vErrors, 0 === errors;
}
function validate1122(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate89(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate89.errors : vErrors.concat(validate89.errors)).length), validate1122.errors = vErrors, 0 === errors;
}
function validate0108(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!Array.isArray(data) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (Array.isArray(data)) {
    if (data.length > 64) {
      let err1 = { instancePath, schemaPath: "#/maxItems", keyword: "maxItems", params: { limit: 64 } };
      null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) validate1122(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData }) || (errors = (vErrors = null === vErrors ? validate1122.errors : vErrors.concat(validate1122.errors)).length);
  }
  return validate0108.errors = vErrors, 0 === errors;
}
function validate1012(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate231(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate231.errors : vErrors.concat(validate231.errors)).length), validate1012.errors = vErrors, 0 === errors;
}
function validate925(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!Array.isArray(data) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (Array.isArray(data)) {
    if (data.length > 9) {
      let err1 = { instancePath, schemaPath: "#/maxItems", keyword: "maxItems", params: { limit: 9 } };
      null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) validate1012(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData }) || (errors = (vErrors = null === vErrors ? validate1012.errors : vErrors.concat(validate1012.errors)).length);
  }
  return validate925.errors = vErrors, 0 === errors;
}
function validate1611(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate234(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate234.errors : vErrors.concat(validate234.errors)).length), validate1611.errors = vErrors, 0 === errors;
}
function validate1512(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!Array.isArray(data) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (Array.isArray(data)) {
    if (data.length > 64) {
      let err1 = { instancePath, schemaPath: "#/maxItems", keyword: "maxItems", params: { limit: 64 } };
      null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) validate1611(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData }) || (errors = (vErrors = null === vErrors ? validate1611.errors : vErrors.concat(validate1611.errors)).length);
  }
  return validate1512.errors = vErrors, 0 === errors;
}
var formats015 = formats.int32;
function validate2210(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!("number" == typeof data && !(data % 1) && !isNaN(data) && isFinite(data)) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "integer" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if ("number" == typeof data && isFinite(data)) {
    if (data < 1 || isNaN(data)) {
      let err1 = { instancePath, schemaPath: "#/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 } };
      null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    if (!formats015.validate(data)) {
      let err2 = { instancePath, schemaPath: "#/format", keyword: "format", params: { format: "int32" } };
      null === vErrors ? vErrors = [err2] : vErrors.push(err2), errors++;
    }
  }
  return validate2210.errors = vErrors, 0 === errors;
}
function validate536(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) void 0 !== data.allowCredentials && (validate614(data.allowCredentials, { instancePath: instancePath + "/allowCredentials", parentData: data, parentDataProperty: "allowCredentials", rootData }) || (errors = (vErrors = null === vErrors ? validate614.errors : vErrors.concat(validate614.errors)).length)), void 0 !== data.allowHeaders && (validate0108(data.allowHeaders, { instancePath: instancePath + "/allowHeaders", parentData: data, parentDataProperty: "allowHeaders", rootData }) || (errors = (vErrors = null === vErrors ? validate0108.errors : vErrors.concat(validate0108.errors)).length)), void 0 !== data.allowMethods && (validate925(data.allowMethods, { instancePath: instancePath + "/allowMethods", parentData: data, parentDataProperty: "allowMethods", rootData }) || (errors = (vErrors = null === vErrors ? validate925.errors : vErrors.concat(validate925.errors)).length)), void 0 !== data.allowOrigins && (validate1512(data.allowOrigins, { instancePath: instancePath + "/allowOrigins", parentData: data, parentDataProperty: "allowOrigins", rootData }) || (errors = (vErrors = null === vErrors ? validate1512.errors : vErrors.concat(validate1512.errors)).length)), void 0 !== data.exposeHeaders && (validate0108(data.exposeHeaders, { instancePath: instancePath + "/exposeHeaders", parentData: data, parentDataProperty: "exposeHeaders", rootData }) || (errors = (vErrors = null === vErrors ? validate0108.errors : vErrors.concat(validate0108.errors)).length)), void 0 !== data.maxAge && (validate2210(data.maxAge, { instancePath: instancePath + "/maxAge", parentData: data, parentDataProperty: "maxAge", rootData }) || (errors = (vErrors = null === vErrors ? validate2210.errors : vErrors.concat(validate2210.errors)).length));
  else {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate536.errors = vErrors, 0 === errors;
}

// node_modules/@kubernetes-models/gateway-api/_schemas/IoK8sSigsGatewayApiApisV1HTTPRouteExternalAuthProtocol.js
var validate236 = validate0109;
function validate0109(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate0109.errors = vErrors, 0 === errors;
}

// node_modules/@kubernetes-models/gateway-api/_schemas/IoK8sSigsGatewayApiApisV1HTTPExternalAuthFilter.js
var validate237 = validate0110;
function validate1123(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return validate25(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate25.errors : vErrors.concat(validate25.errors)).length), validate1123.errors = vErrors, 0 === errors;
}
function validate537(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return null !== data && (validate70(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate70.errors : vErrors.concat(validate70.errors)).length)), validate537.errors = vErrors, 0 === errors;
}
function validate926(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return null !== data && (validate87(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate87.errors : vErrors.concat(validate87.errors)).length)), validate926.errors = vErrors, 0 === errors;
}
function validate1319(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return null !== data && (validate230(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate230.errors : vErrors.concat(validate230.errors)).length)), validate1319.errors = vErrors, 0 === errors;
}
var schema9_enum = ["HTTP", "GRPC"];
function validate1711(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (validate236(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate236.errors : vErrors.concat(validate236.errors)).length), "HTTP" !== data && "GRPC" !== data) {
    let err1 = { instancePath, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: schema9_enum } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate1711.errors = vErrors, 0 === errors;
}
function validate0110(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) {
    if (void 0 === data.backendRef) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "backendRef" } };
      null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    if (void 0 === data.protocol) {
      let err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "protocol" } };
      null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    void 0 !== data.backendRef && (validate1123(data.backendRef, { instancePath: instancePath + "/backendRef", parentData: data, parentDataProperty: "backendRef", rootData }) || (errors = (vErrors = null === vErrors ? validate1123.errors : vErrors.concat(validate1123.errors)).length)), void 0 !== data.forwardBody && (validate537(data.forwardBody, { instancePath: instancePath + "/forwardBody", parentData: data, parentDataProperty: "forwardBody", rootData }) || (errors = (vErrors = null === vErrors ? validate537.errors : vErrors.concat(validate537.errors)).length)), void 0 !== data.grpc && (validate926(data.grpc, { instancePath: instancePath + "/grpc", parentData: data, parentDataProperty: "grpc", rootData }) || (errors = (vErrors = null === vErrors ? validate926.errors : vErrors.concat(validate926.errors)).length)), void 0 !== data.http && (validate1319(data.http, { instancePath: instancePath + "/http", parentData: data, parentDataProperty: "http", rootData }) || (errors = (vErrors = null === vErrors ? validate1319.errors : vErrors.concat(validate1319.errors)).length)), void 0 !== data.protocol && (validate1711(data.protocol, { instancePath: instancePath + "/protocol", parentData: data, parentDataProperty: "protocol", rootData }) || (errors = (vErrors = null === vErrors ? validate1711.errors : vErrors.concat(validate1711.errors)).length));
  } else {
    let err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err2] : vErrors.push(err2), errors++;
  }
  return validate0110.errors = vErrors, 0 === errors;
}

// node_modules/@kubernetes-models/gateway-api/_schemas/IoK8sSigsGatewayApiApisV1HTTPPathModifierType.js
var validate238 = validate0111;
function validate0111(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate0111.errors = vErrors, 0 === errors;
}

// node_modules/@kubernetes-models/gateway-api/_schemas/IoK8sSigsGatewayApiApisV1HTTPPathModifier.js
var validate239 = validate1124;
function validate0112(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if ("string" == typeof data && ucs2length_default(data) > 1024) {
    let err1 = { instancePath, schemaPath: "#/maxLength", keyword: "maxLength", params: { limit: 1024 } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate0112.errors = vErrors, 0 === errors;
}
var schema2_enum5 = ["ReplaceFullPath", "ReplacePrefixMatch"];
function validate417(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (validate238(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate238.errors : vErrors.concat(validate238.errors)).length), "ReplaceFullPath" !== data && "ReplacePrefixMatch" !== data) {
    let err1 = { instancePath, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: schema2_enum5 } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate417.errors = vErrors, 0 === errors;
}
function validate1124(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) {
    if (void 0 === data.type) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "type" } };
      null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    void 0 !== data.replaceFullPath && (validate0112(data.replaceFullPath, { instancePath: instancePath + "/replaceFullPath", parentData: data, parentDataProperty: "replaceFullPath", rootData }) || (errors = (vErrors = null === vErrors ? validate0112.errors : vErrors.concat(validate0112.errors)).length)), void 0 !== data.replacePrefixMatch && (validate0112(data.replacePrefixMatch, { instancePath: instancePath + "/replacePrefixMatch", parentData: data, parentDataProperty: "replacePrefixMatch", rootData }) || (errors = (vErrors = null === vErrors ? validate0112.errors : vErrors.concat(validate0112.errors)).length)), void 0 !== data.type && (validate417(data.type, { instancePath: instancePath + "/type", parentData: data, parentDataProperty: "type", rootData }) || (errors = (vErrors = null === vErrors ? validate417.errors : vErrors.concat(validate417.errors)).length));
  } else {
    let err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate1124.errors = vErrors, 0 === errors;
}

// node_modules/@kubernetes-models/gateway-api/_schemas/IoK8sSigsGatewayApiApisV1HTTPRequestRedirectFilter.js
var validate240 = validate0113;
function validate1125(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate38(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate38.errors : vErrors.concat(validate38.errors)).length), validate1125.errors = vErrors, 0 === errors;
}
function validate538(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return null !== data && (validate239(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate239.errors : vErrors.concat(validate239.errors)).length)), validate538.errors = vErrors, 0 === errors;
}
var formats016 = formats.int32;
function validate927(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!("number" == typeof data && !(data % 1) && !isNaN(data) && isFinite(data)) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "integer" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (validate24(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate24.errors : vErrors.concat(validate24.errors)).length), "number" == typeof data && isFinite(data)) {
    if (data > 65535 || isNaN(data)) {
      let err1 = { instancePath, schemaPath: "#/maximum", keyword: "maximum", params: { comparison: "<=", limit: 65535 } };
      null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    if (data < 1 || isNaN(data)) {
      let err2 = { instancePath, schemaPath: "#/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 } };
      null === vErrors ? vErrors = [err2] : vErrors.push(err2), errors++;
    }
    if (!formats016.validate(data)) {
      let err3 = { instancePath, schemaPath: "#/format", keyword: "format", params: { format: "int32" } };
      null === vErrors ? vErrors = [err3] : vErrors.push(err3), errors++;
    }
  }
  return validate927.errors = vErrors, 0 === errors;
}
var schema7_enum2 = ["http", "https"];
function validate1320(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if ("http" !== data && "https" !== data) {
    let err1 = { instancePath, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: schema7_enum2 } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate1320.errors = vErrors, 0 === errors;
}
var schema8_enum = [301, 302, 303, 307, 308];
function validate1513(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!("number" == typeof data && !(data % 1) && !isNaN(data) && isFinite(data)) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "integer" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (301 !== data && 302 !== data && 303 !== data && 307 !== data && 308 !== data) {
    let err1 = { instancePath, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: schema8_enum } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate1513.errors = vErrors, 0 === errors;
}
function validate0113(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) void 0 !== data.hostname && (validate1125(data.hostname, { instancePath: instancePath + "/hostname", parentData: data, parentDataProperty: "hostname", rootData }) || (errors = (vErrors = null === vErrors ? validate1125.errors : vErrors.concat(validate1125.errors)).length)), void 0 !== data.path && (validate538(data.path, { instancePath: instancePath + "/path", parentData: data, parentDataProperty: "path", rootData }) || (errors = (vErrors = null === vErrors ? validate538.errors : vErrors.concat(validate538.errors)).length)), void 0 !== data.port && (validate927(data.port, { instancePath: instancePath + "/port", parentData: data, parentDataProperty: "port", rootData }) || (errors = (vErrors = null === vErrors ? validate927.errors : vErrors.concat(validate927.errors)).length)), void 0 !== data.scheme && (validate1320(data.scheme, { instancePath: instancePath + "/scheme", parentData: data, parentDataProperty: "scheme", rootData }) || (errors = (vErrors = null === vErrors ? validate1320.errors : vErrors.concat(validate1320.errors)).length)), void 0 !== data.statusCode && (validate1513(data.statusCode, { instancePath: instancePath + "/statusCode", parentData: data, parentDataProperty: "statusCode", rootData }) || (errors = (vErrors = null === vErrors ? validate1513.errors : vErrors.concat(validate1513.errors)).length));
  else {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate0113.errors = vErrors, 0 === errors;
}

// node_modules/@kubernetes-models/gateway-api/_schemas/IoK8sSigsGatewayApiApisV1HTTPRouteFilterType.js
var validate241 = validate0114;
function validate0114(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate0114.errors = vErrors, 0 === errors;
}

// node_modules/@kubernetes-models/gateway-api/_schemas/IoK8sSigsGatewayApiApisV1HTTPURLRewriteFilter.js
var validate243 = validate0115;
function validate1126(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate38(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate38.errors : vErrors.concat(validate38.errors)).length), validate1126.errors = vErrors, 0 === errors;
}
function validate539(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return null !== data && (validate239(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate239.errors : vErrors.concat(validate239.errors)).length)), validate539.errors = vErrors, 0 === errors;
}
function validate0115(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) void 0 !== data.hostname && (validate1126(data.hostname, { instancePath: instancePath + "/hostname", parentData: data, parentDataProperty: "hostname", rootData }) || (errors = (vErrors = null === vErrors ? validate1126.errors : vErrors.concat(validate1126.errors)).length)), void 0 !== data.path && (validate539(data.path, { instancePath: instancePath + "/path", parentData: data, parentDataProperty: "path", rootData }) || (errors = (vErrors = null === vErrors ? validate539.errors : vErrors.concat(validate539.errors)).length));
  else {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate0115.errors = vErrors, 0 === errors;
}

// node_modules/@kubernetes-models/gateway-api/_schemas/IoK8sSigsGatewayApiApisV1HTTPRouteFilter.js
var validate244 = validate324;
function validate418(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return null !== data && (validate235(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate235.errors : vErrors.concat(validate235.errors)).length)), validate418.errors = vErrors, 0 === errors;
}
function validate814(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return null !== data && (validate37(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate37.errors : vErrors.concat(validate37.errors)).length)), validate814.errors = vErrors, 0 === errors;
}
function validate1213(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return null !== data && (validate237(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate237.errors : vErrors.concat(validate237.errors)).length)), validate1213.errors = vErrors, 0 === errors;
}
function validate0116(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return null !== data && (validate91(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate91.errors : vErrors.concat(validate91.errors)).length)), validate0116.errors = vErrors, 0 === errors;
}
function validate1712(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return null !== data && (validate100(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate100.errors : vErrors.concat(validate100.errors)).length)), validate1712.errors = vErrors, 0 === errors;
}
function validate2111(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return null !== data && (validate240(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate240.errors : vErrors.concat(validate240.errors)).length)), validate2111.errors = vErrors, 0 === errors;
}
var schema13_enum = ["RequestHeaderModifier", "ResponseHeaderModifier", "RequestMirror", "RequestRedirect", "URLRewrite", "ExtensionRef", "CORS"];
function validate262(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (validate241(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate241.errors : vErrors.concat(validate241.errors)).length), "RequestHeaderModifier" !== data && "ResponseHeaderModifier" !== data && "RequestMirror" !== data && "RequestRedirect" !== data && "URLRewrite" !== data && "ExtensionRef" !== data && "CORS" !== data) {
    let err1 = { instancePath, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: schema13_enum } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate262.errors = vErrors, 0 === errors;
}
function validate302(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return null !== data && (validate243(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate243.errors : vErrors.concat(validate243.errors)).length)), validate302.errors = vErrors, 0 === errors;
}
function validate324(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) {
    if (void 0 === data.type) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "type" } };
      null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    void 0 !== data.cors && (validate418(data.cors, { instancePath: instancePath + "/cors", parentData: data, parentDataProperty: "cors", rootData }) || (errors = (vErrors = null === vErrors ? validate418.errors : vErrors.concat(validate418.errors)).length)), void 0 !== data.extensionRef && (validate814(data.extensionRef, { instancePath: instancePath + "/extensionRef", parentData: data, parentDataProperty: "extensionRef", rootData }) || (errors = (vErrors = null === vErrors ? validate814.errors : vErrors.concat(validate814.errors)).length)), void 0 !== data.externalAuth && (validate1213(data.externalAuth, { instancePath: instancePath + "/externalAuth", parentData: data, parentDataProperty: "externalAuth", rootData }) || (errors = (vErrors = null === vErrors ? validate1213.errors : vErrors.concat(validate1213.errors)).length)), void 0 !== data.requestHeaderModifier && (validate0116(data.requestHeaderModifier, { instancePath: instancePath + "/requestHeaderModifier", parentData: data, parentDataProperty: "requestHeaderModifier", rootData }) || (errors = (vErrors = null === vErrors ? validate0116.errors : vErrors.concat(validate0116.errors)).length)), void 0 !== data.requestMirror && (validate1712(data.requestMirror, { instancePath: instancePath + "/requestMirror", parentData: data, parentDataProperty: "requestMirror", rootData }) || (errors = (vErrors = null === vErrors ? validate1712.errors : vErrors.concat(validate1712.errors)).length)), void 0 !== data.requestRedirect && (validate2111(data.requestRedirect, { instancePath: instancePath + "/requestRedirect", parentData: data, parentDataProperty: "requestRedirect", rootData }) || (errors = (vErrors = null === vErrors ? validate2111.errors : vErrors.concat(validate2111.errors)).length)), void 0 !== data.responseHeaderModifier && (validate0116(data.responseHeaderModifier, { instancePath: instancePath + "/responseHeaderModifier", parentData: data, parentDataProperty: "responseHeaderModifier", rootData }) || (errors = (vErrors = null === vErrors ? validate0116.errors : vErrors.concat(validate0116.errors)).length)), void 0 !== data.type && (validate262(data.type, { instancePath: instancePath + "/type", parentData: data, parentDataProperty: "type", rootData }) || (errors = (vErrors = null === vErrors ? validate262.errors : vErrors.concat(validate262.errors)).length)), void 0 !== data.urlRewrite && (validate302(data.urlRewrite, { instancePath: instancePath + "/urlRewrite", parentData: data, parentDataProperty: "urlRewrite", rootData }) || (errors = (vErrors = null === vErrors ? validate302.errors : vErrors.concat(validate302.errors)).length));
  } else {
    let err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate324.errors = vErrors, 0 === errors;
}

// node_modules/@kubernetes-models/gateway-api/_schemas/IoK8sSigsGatewayApiApisV1HTTPBackendRef.js
var validate245 = validate0117;
function validate1127(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return validate26(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate26.errors : vErrors.concat(validate26.errors)).length), validate1127.errors = vErrors, 0 === errors;
}
function validate615(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return validate244(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate244.errors : vErrors.concat(validate244.errors)).length), validate615.errors = vErrors, 0 === errors;
}
function validate540(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!Array.isArray(data) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (Array.isArray(data)) {
    if (data.length > 16) {
      let err1 = { instancePath, schemaPath: "#/maxItems", keyword: "maxItems", params: { limit: 16 } };
      null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) validate615(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData }) || (errors = (vErrors = null === vErrors ? validate615.errors : vErrors.concat(validate615.errors)).length);
  }
  return validate540.errors = vErrors, 0 === errors;
}
function validate0117(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (validate1127(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate1127.errors : vErrors.concat(validate1127.errors)).length), data && "object" == typeof data && !Array.isArray(data)) void 0 !== data.filters && (validate540(data.filters, { instancePath: instancePath + "/filters", parentData: data, parentDataProperty: "filters", rootData }) || (errors = (vErrors = null === vErrors ? validate540.errors : vErrors.concat(validate540.errors)).length));
  else {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate0117.errors = vErrors, 0 === errors;
}

// node_modules/@kubernetes-models/gateway-api/gateway.networking.k8s.io/v1/HTTPBackendRef.js
var HTTPBackendRef = class extends Model {
  constructor(data) {
    super(), this.setDefinedProps(data);
  }
};
setValidateFunc(HTTPBackendRef, validate245);

// node_modules/@kubernetes-models/gateway-api/gateway.networking.k8s.io/v1/HTTPCORSFilter.js
var HTTPCORSFilter = class extends Model {
  constructor(data) {
    super(), this.setDefinedProps(data);
  }
};
setValidateFunc(HTTPCORSFilter, validate235);

// node_modules/@kubernetes-models/gateway-api/gateway.networking.k8s.io/v1/HTTPExternalAuthFilter.js
var HTTPExternalAuthFilter = class extends Model {
  constructor(data) {
    super(), this.setDefinedProps(data);
  }
};
setValidateFunc(HTTPExternalAuthFilter, validate237);

// node_modules/@kubernetes-models/gateway-api/gateway.networking.k8s.io/v1/HTTPHeader.js
var HTTPHeader = class extends Model {
  constructor(data) {
    super(), this.setDefinedProps(data);
  }
};
setValidateFunc(HTTPHeader, validate90);

// node_modules/@kubernetes-models/gateway-api/gateway.networking.k8s.io/v1/HTTPHeaderFilter.js
var HTTPHeaderFilter = class extends Model {
  constructor(data) {
    super(), this.setDefinedProps(data);
  }
};
setValidateFunc(HTTPHeaderFilter, validate91);

// node_modules/@kubernetes-models/gateway-api/_schemas/IoK8sSigsGatewayApiApisV1HeaderMatchType.js
var validate246 = validate0118;
var schema0_enum10 = ["Exact", "RegularExpression"];
function validate0118(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if ("Exact" !== data && "RegularExpression" !== data) {
    let err1 = { instancePath, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: schema0_enum10 } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate0118.errors = vErrors, 0 === errors;
}

// node_modules/@kubernetes-models/gateway-api/_schemas/IoK8sSigsGatewayApiApisV1HTTPHeaderMatch.js
var validate247 = validate0119;
function validate1128(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate89(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate89.errors : vErrors.concat(validate89.errors)).length), validate1128.errors = vErrors, 0 === errors;
}
function validate541(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate246(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate246.errors : vErrors.concat(validate246.errors)).length), validate541.errors = vErrors, 0 === errors;
}
function validate928(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" == typeof data) {
    if (ucs2length_default(data) > 4096) {
      let err0 = { instancePath, schemaPath: "#/maxLength", keyword: "maxLength", params: { limit: 4096 } };
      null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    if (1 > ucs2length_default(data)) {
      let err1 = { instancePath, schemaPath: "#/minLength", keyword: "minLength", params: { limit: 1 } };
      null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
  } else {
    let err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err2] : vErrors.push(err2), errors++;
  }
  return validate928.errors = vErrors, 0 === errors;
}
function validate0119(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) {
    if (void 0 === data.name) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" } };
      null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    if (void 0 === data.value) {
      let err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "value" } };
      null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    void 0 !== data.name && (validate1128(data.name, { instancePath: instancePath + "/name", parentData: data, parentDataProperty: "name", rootData }) || (errors = (vErrors = null === vErrors ? validate1128.errors : vErrors.concat(validate1128.errors)).length)), void 0 !== data.type && (validate541(data.type, { instancePath: instancePath + "/type", parentData: data, parentDataProperty: "type", rootData }) || (errors = (vErrors = null === vErrors ? validate541.errors : vErrors.concat(validate541.errors)).length)), void 0 !== data.value && (validate928(data.value, { instancePath: instancePath + "/value", parentData: data, parentDataProperty: "value", rootData }) || (errors = (vErrors = null === vErrors ? validate928.errors : vErrors.concat(validate928.errors)).length));
  } else {
    let err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err2] : vErrors.push(err2), errors++;
  }
  return validate0119.errors = vErrors, 0 === errors;
}

// node_modules/@kubernetes-models/gateway-api/gateway.networking.k8s.io/v1/HTTPHeaderMatch.js
var HTTPHeaderMatch = class extends Model {
  constructor(data) {
    super(), this.setDefinedProps(data);
  }
};
setValidateFunc(HTTPHeaderMatch, validate247);

// node_modules/@kubernetes-models/gateway-api/_schemas/IoK8sSigsGatewayApiApisV1PathMatchType.js
var validate248 = validate0120;
var schema0_enum11 = ["Exact", "PathPrefix", "RegularExpression"];
function validate0120(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if ("Exact" !== data && "PathPrefix" !== data && "RegularExpression" !== data) {
    let err1 = { instancePath, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: schema0_enum11 } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate0120.errors = vErrors, 0 === errors;
}

// node_modules/@kubernetes-models/gateway-api/_schemas/IoK8sSigsGatewayApiApisV1HTTPPathMatch.js
var validate249 = validate0121;
function validate1129(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate248(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate248.errors : vErrors.concat(validate248.errors)).length), validate1129.errors = vErrors, 0 === errors;
}
function validate542(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if ("string" == typeof data && ucs2length_default(data) > 1024) {
    let err1 = { instancePath, schemaPath: "#/maxLength", keyword: "maxLength", params: { limit: 1024 } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate542.errors = vErrors, 0 === errors;
}
function validate0121(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) void 0 !== data.type && (validate1129(data.type, { instancePath: instancePath + "/type", parentData: data, parentDataProperty: "type", rootData }) || (errors = (vErrors = null === vErrors ? validate1129.errors : vErrors.concat(validate1129.errors)).length)), void 0 !== data.value && (validate542(data.value, { instancePath: instancePath + "/value", parentData: data, parentDataProperty: "value", rootData }) || (errors = (vErrors = null === vErrors ? validate542.errors : vErrors.concat(validate542.errors)).length));
  else {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate0121.errors = vErrors, 0 === errors;
}

// node_modules/@kubernetes-models/gateway-api/gateway.networking.k8s.io/v1/HTTPPathMatch.js
var HTTPPathMatch = class extends Model {
  constructor(data) {
    super(), this.setDefinedProps(data);
  }
};
setValidateFunc(HTTPPathMatch, validate249);

// node_modules/@kubernetes-models/gateway-api/gateway.networking.k8s.io/v1/HTTPPathModifier.js
var HTTPPathModifier = class extends Model {
  constructor(data) {
    super(), this.setDefinedProps(data);
  }
};
setValidateFunc(HTTPPathModifier, validate239);

// node_modules/@kubernetes-models/gateway-api/_schemas/IoK8sSigsGatewayApiApisV1QueryParamMatchType.js
var validate250 = validate0122;
var schema0_enum12 = ["Exact", "RegularExpression"];
function validate0122(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if ("Exact" !== data && "RegularExpression" !== data) {
    let err1 = { instancePath, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: schema0_enum12 } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate0122.errors = vErrors, 0 === errors;
}

// node_modules/@kubernetes-models/gateway-api/_schemas/IoK8sSigsGatewayApiApisV1HTTPQueryParamMatch.js
var validate251 = validate0123;
function validate1130(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate89(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate89.errors : vErrors.concat(validate89.errors)).length), validate1130.errors = vErrors, 0 === errors;
}
function validate543(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate250(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate250.errors : vErrors.concat(validate250.errors)).length), validate543.errors = vErrors, 0 === errors;
}
function validate929(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" == typeof data) {
    if (ucs2length_default(data) > 1024) {
      let err0 = { instancePath, schemaPath: "#/maxLength", keyword: "maxLength", params: { limit: 1024 } };
      null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    if (1 > ucs2length_default(data)) {
      let err1 = { instancePath, schemaPath: "#/minLength", keyword: "minLength", params: { limit: 1 } };
      null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
  } else {
    let err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err2] : vErrors.push(err2), errors++;
  }
  return validate929.errors = vErrors, 0 === errors;
}
function validate0123(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) {
    if (void 0 === data.name) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" } };
      null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    if (void 0 === data.value) {
      let err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "value" } };
      null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    void 0 !== data.name && (validate1130(data.name, { instancePath: instancePath + "/name", parentData: data, parentDataProperty: "name", rootData }) || (errors = (vErrors = null === vErrors ? validate1130.errors : vErrors.concat(validate1130.errors)).length)), void 0 !== data.type && (validate543(data.type, { instancePath: instancePath + "/type", parentData: data, parentDataProperty: "type", rootData }) || (errors = (vErrors = null === vErrors ? validate543.errors : vErrors.concat(validate543.errors)).length)), void 0 !== data.value && (validate929(data.value, { instancePath: instancePath + "/value", parentData: data, parentDataProperty: "value", rootData }) || (errors = (vErrors = null === vErrors ? validate929.errors : vErrors.concat(validate929.errors)).length));
  } else {
    let err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err2] : vErrors.push(err2), errors++;
  }
  return validate0123.errors = vErrors, 0 === errors;
}

// node_modules/@kubernetes-models/gateway-api/gateway.networking.k8s.io/v1/HTTPQueryParamMatch.js
var HTTPQueryParamMatch = class extends Model {
  constructor(data) {
    super(), this.setDefinedProps(data);
  }
};
setValidateFunc(HTTPQueryParamMatch, validate251);

// node_modules/@kubernetes-models/gateway-api/gateway.networking.k8s.io/v1/HTTPRequestMirrorFilter.js
var HTTPRequestMirrorFilter = class extends Model {
  constructor(data) {
    super(), this.setDefinedProps(data);
  }
};
setValidateFunc(HTTPRequestMirrorFilter, validate100);

// node_modules/@kubernetes-models/gateway-api/gateway.networking.k8s.io/v1/HTTPRequestRedirectFilter.js
var HTTPRequestRedirectFilter = class extends Model {
  constructor(data) {
    super(), this.setDefinedProps(data);
  }
};
setValidateFunc(HTTPRequestRedirectFilter, validate240);

// node_modules/@kubernetes-models/gateway-api/_schemas/IoK8sSigsGatewayApiApisV1HTTPMethod.js
var validate252 = validate0124;
var schema0_enum13 = ["GET", "HEAD", "POST", "PUT", "DELETE", "CONNECT", "OPTIONS", "TRACE", "PATCH"];
function validate0124(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if ("GET" !== data && "HEAD" !== data && "POST" !== data && "PUT" !== data && "DELETE" !== data && "CONNECT" !== data && "OPTIONS" !== data && "TRACE" !== data && "PATCH" !== data) {
    let err1 = { instancePath, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: schema0_enum13 } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate0124.errors = vErrors, 0 === errors;
}

// node_modules/@kubernetes-models/gateway-api/_schemas/IoK8sSigsGatewayApiApisV1HTTPRouteMatch.js
var validate253 = validate0125;
function validate254(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return validate247(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate247.errors : vErrors.concat(validate247.errors)).length), validate254.errors = vErrors, 0 === errors;
}
function validate1131(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!Array.isArray(data) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (Array.isArray(data)) {
    if (data.length > 16) {
      let err1 = { instancePath, schemaPath: "#/maxItems", keyword: "maxItems", params: { limit: 16 } };
      null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) validate254(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData }) || (errors = (vErrors = null === vErrors ? validate254.errors : vErrors.concat(validate254.errors)).length);
  }
  return validate1131.errors = vErrors, 0 === errors;
}
function validate720(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate252(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate252.errors : vErrors.concat(validate252.errors)).length), validate720.errors = vErrors, 0 === errors;
}
function validate1132(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return null !== data && (validate249(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate249.errors : vErrors.concat(validate249.errors)).length)), validate1132.errors = vErrors, 0 === errors;
}
function validate1612(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return validate251(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate251.errors : vErrors.concat(validate251.errors)).length), validate1612.errors = vErrors, 0 === errors;
}
function validate1514(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!Array.isArray(data) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (Array.isArray(data)) {
    if (data.length > 16) {
      let err1 = { instancePath, schemaPath: "#/maxItems", keyword: "maxItems", params: { limit: 16 } };
      null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) validate1612(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData }) || (errors = (vErrors = null === vErrors ? validate1612.errors : vErrors.concat(validate1612.errors)).length);
  }
  return validate1514.errors = vErrors, 0 === errors;
}
function validate0125(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) void 0 !== data.headers && (validate1131(data.headers, { instancePath: instancePath + "/headers", parentData: data, parentDataProperty: "headers", rootData }) || (errors = (vErrors = null === vErrors ? validate1131.errors : vErrors.concat(validate1131.errors)).length)), void 0 !== data.method && (validate720(data.method, { instancePath: instancePath + "/method", parentData: data, parentDataProperty: "method", rootData }) || (errors = (vErrors = null === vErrors ? validate720.errors : vErrors.concat(validate720.errors)).length)), void 0 !== data.path && (validate1132(data.path, { instancePath: instancePath + "/path", parentData: data, parentDataProperty: "path", rootData }) || (errors = (vErrors = null === vErrors ? validate1132.errors : vErrors.concat(validate1132.errors)).length)), void 0 !== data.queryParams && (validate1514(data.queryParams, { instancePath: instancePath + "/queryParams", parentData: data, parentDataProperty: "queryParams", rootData }) || (errors = (vErrors = null === vErrors ? validate1514.errors : vErrors.concat(validate1514.errors)).length));
  else {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate0125.errors = vErrors, 0 === errors;
}

// node_modules/@kubernetes-models/gateway-api/_schemas/IoK8sSigsGatewayApiApisV1HTTPRouteRetryStatusCode.js
var validate255 = validate0126;
function validate0126(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!("number" == typeof data && !(data % 1) && !isNaN(data) && isFinite(data))) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "integer" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if ("number" == typeof data && isFinite(data)) {
    if (data > 599 || isNaN(data)) {
      let err1 = { instancePath, schemaPath: "#/maximum", keyword: "maximum", params: { comparison: "<=", limit: 599 } };
      null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    if (data < 400 || isNaN(data)) {
      let err2 = { instancePath, schemaPath: "#/minimum", keyword: "minimum", params: { comparison: ">=", limit: 400 } };
      null === vErrors ? vErrors = [err2] : vErrors.push(err2), errors++;
    }
  }
  return validate0126.errors = vErrors, 0 === errors;
}

// node_modules/@kubernetes-models/gateway-api/_schemas/IoK8sSigsGatewayApiApisV1HTTPRouteRetry.js
var validate256 = validate0127;
function validate1133(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!("number" == typeof data && !(data % 1) && !isNaN(data) && isFinite(data)) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "integer" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate1133.errors = vErrors, 0 === errors;
}
function validate325(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate153(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate153.errors : vErrors.concat(validate153.errors)).length), validate325.errors = vErrors, 0 === errors;
}
function validate815(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!("number" == typeof data && !(data % 1) && !isNaN(data) && isFinite(data))) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "integer" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate255(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate255.errors : vErrors.concat(validate255.errors)).length), validate815.errors = vErrors, 0 === errors;
}
function validate721(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!Array.isArray(data) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (Array.isArray(data)) {
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) validate815(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData }) || (errors = (vErrors = null === vErrors ? validate815.errors : vErrors.concat(validate815.errors)).length);
  }
  return validate721.errors = vErrors, 0 === errors;
}
function validate0127(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) void 0 !== data.attempts && (validate1133(data.attempts, { instancePath: instancePath + "/attempts", parentData: data, parentDataProperty: "attempts", rootData }) || (errors = (vErrors = null === vErrors ? validate1133.errors : vErrors.concat(validate1133.errors)).length)), void 0 !== data.backoff && (validate325(data.backoff, { instancePath: instancePath + "/backoff", parentData: data, parentDataProperty: "backoff", rootData }) || (errors = (vErrors = null === vErrors ? validate325.errors : vErrors.concat(validate325.errors)).length)), void 0 !== data.codes && (validate721(data.codes, { instancePath: instancePath + "/codes", parentData: data, parentDataProperty: "codes", rootData }) || (errors = (vErrors = null === vErrors ? validate721.errors : vErrors.concat(validate721.errors)).length));
  else {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate0127.errors = vErrors, 0 === errors;
}

// node_modules/@kubernetes-models/gateway-api/_schemas/IoK8sSigsGatewayApiApisV1HTTPRouteTimeouts.js
var validate257 = validate326;
function validate0128(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate153(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate153.errors : vErrors.concat(validate153.errors)).length), validate0128.errors = vErrors, 0 === errors;
}
function validate326(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) void 0 !== data.backendRequest && (validate0128(data.backendRequest, { instancePath: instancePath + "/backendRequest", parentData: data, parentDataProperty: "backendRequest", rootData }) || (errors = (vErrors = null === vErrors ? validate0128.errors : vErrors.concat(validate0128.errors)).length)), void 0 !== data.request && (validate0128(data.request, { instancePath: instancePath + "/request", parentData: data, parentDataProperty: "request", rootData }) || (errors = (vErrors = null === vErrors ? validate0128.errors : vErrors.concat(validate0128.errors)).length));
  else {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate326.errors = vErrors, 0 === errors;
}

// node_modules/@kubernetes-models/gateway-api/_schemas/IoK8sSigsGatewayApiApisV1HTTPRouteRule.js
var validate258 = validate0129;
function validate259(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return validate245(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate245.errors : vErrors.concat(validate245.errors)).length), validate259.errors = vErrors, 0 === errors;
}
function validate1134(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!Array.isArray(data) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (Array.isArray(data)) {
    if (data.length > 16) {
      let err1 = { instancePath, schemaPath: "#/maxItems", keyword: "maxItems", params: { limit: 16 } };
      null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) validate259(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData }) || (errors = (vErrors = null === vErrors ? validate259.errors : vErrors.concat(validate259.errors)).length);
  }
  return validate1134.errors = vErrors, 0 === errors;
}
function validate816(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return validate244(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate244.errors : vErrors.concat(validate244.errors)).length), validate816.errors = vErrors, 0 === errors;
}
function validate722(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!Array.isArray(data) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (Array.isArray(data)) {
    if (data.length > 16) {
      let err1 = { instancePath, schemaPath: "#/maxItems", keyword: "maxItems", params: { limit: 16 } };
      null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) validate816(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData }) || (errors = (vErrors = null === vErrors ? validate816.errors : vErrors.concat(validate816.errors)).length);
  }
  return validate722.errors = vErrors, 0 === errors;
}
function validate1412(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return validate253(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate253.errors : vErrors.concat(validate253.errors)).length), validate1412.errors = vErrors, 0 === errors;
}
function validate1321(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!Array.isArray(data) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (Array.isArray(data)) {
    if (data.length > 64) {
      let err1 = { instancePath, schemaPath: "#/maxItems", keyword: "maxItems", params: { limit: 64 } };
      null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) validate1412(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData }) || (errors = (vErrors = null === vErrors ? validate1412.errors : vErrors.concat(validate1412.errors)).length);
  }
  return validate1321.errors = vErrors, 0 === errors;
}
function validate1910(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate35(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate35.errors : vErrors.concat(validate35.errors)).length), validate1910.errors = vErrors, 0 === errors;
}
function validate2310(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return null !== data && (validate256(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate256.errors : vErrors.concat(validate256.errors)).length)), validate2310.errors = vErrors, 0 === errors;
}
function validate273(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return null !== data && (validate155(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate155.errors : vErrors.concat(validate155.errors)).length)), validate273.errors = vErrors, 0 === errors;
}
function validate3110(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return null !== data && (validate257(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate257.errors : vErrors.concat(validate257.errors)).length)), validate3110.errors = vErrors, 0 === errors;
}
function validate0129(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) void 0 !== data.backendRefs && (validate1134(data.backendRefs, { instancePath: instancePath + "/backendRefs", parentData: data, parentDataProperty: "backendRefs", rootData }) || (errors = (vErrors = null === vErrors ? validate1134.errors : vErrors.concat(validate1134.errors)).length)), void 0 !== data.filters && (validate722(data.filters, { instancePath: instancePath + "/filters", parentData: data, parentDataProperty: "filters", rootData }) || (errors = (vErrors = null === vErrors ? validate722.errors : vErrors.concat(validate722.errors)).length)), void 0 !== data.matches && (validate1321(data.matches, { instancePath: instancePath + "/matches", parentData: data, parentDataProperty: "matches", rootData }) || (errors = (vErrors = null === vErrors ? validate1321.errors : vErrors.concat(validate1321.errors)).length)), void 0 !== data.name && (validate1910(data.name, { instancePath: instancePath + "/name", parentData: data, parentDataProperty: "name", rootData }) || (errors = (vErrors = null === vErrors ? validate1910.errors : vErrors.concat(validate1910.errors)).length)), void 0 !== data.retry && (validate2310(data.retry, { instancePath: instancePath + "/retry", parentData: data, parentDataProperty: "retry", rootData }) || (errors = (vErrors = null === vErrors ? validate2310.errors : vErrors.concat(validate2310.errors)).length)), void 0 !== data.sessionPersistence && (validate273(data.sessionPersistence, { instancePath: instancePath + "/sessionPersistence", parentData: data, parentDataProperty: "sessionPersistence", rootData }) || (errors = (vErrors = null === vErrors ? validate273.errors : vErrors.concat(validate273.errors)).length)), void 0 !== data.timeouts && (validate3110(data.timeouts, { instancePath: instancePath + "/timeouts", parentData: data, parentDataProperty: "timeouts", rootData }) || (errors = (vErrors = null === vErrors ? validate3110.errors : vErrors.concat(validate3110.errors)).length));
  else {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate0129.errors = vErrors, 0 === errors;
}

// node_modules/@kubernetes-models/gateway-api/_schemas/IoK8sSigsGatewayApiApisV1HTTPRouteSpec.js
var validate260 = validate0130;
function validate1135(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return validate67(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate67.errors : vErrors.concat(validate67.errors)).length), validate1135.errors = vErrors, 0 === errors;
}
function validate616(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate39(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate39.errors : vErrors.concat(validate39.errors)).length), validate616.errors = vErrors, 0 === errors;
}
function validate544(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!Array.isArray(data) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (Array.isArray(data)) {
    if (data.length > 16) {
      let err1 = { instancePath, schemaPath: "#/maxItems", keyword: "maxItems", params: { limit: 16 } };
      null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) validate616(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData }) || (errors = (vErrors = null === vErrors ? validate616.errors : vErrors.concat(validate616.errors)).length);
  }
  return validate544.errors = vErrors, 0 === errors;
}
function validate1214(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return validate258(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate258.errors : vErrors.concat(validate258.errors)).length), validate1214.errors = vErrors, 0 === errors;
}
function validate1136(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!Array.isArray(data) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (Array.isArray(data)) {
    if (data.length > 16) {
      let err1 = { instancePath, schemaPath: "#/maxItems", keyword: "maxItems", params: { limit: 16 } };
      null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    if (data.length < 1) {
      let err2 = { instancePath, schemaPath: "#/minItems", keyword: "minItems", params: { limit: 1 } };
      null === vErrors ? vErrors = [err2] : vErrors.push(err2), errors++;
    }
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) validate1214(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData }) || (errors = (vErrors = null === vErrors ? validate1214.errors : vErrors.concat(validate1214.errors)).length);
  }
  return validate1136.errors = vErrors, 0 === errors;
}
function validate0130(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (validate1135(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate1135.errors : vErrors.concat(validate1135.errors)).length), data && "object" == typeof data && !Array.isArray(data)) void 0 !== data.hostnames && (validate544(data.hostnames, { instancePath: instancePath + "/hostnames", parentData: data, parentDataProperty: "hostnames", rootData }) || (errors = (vErrors = null === vErrors ? validate544.errors : vErrors.concat(validate544.errors)).length)), void 0 !== data.rules && (validate1136(data.rules, { instancePath: instancePath + "/rules", parentData: data, parentDataProperty: "rules", rootData }) || (errors = (vErrors = null === vErrors ? validate1136.errors : vErrors.concat(validate1136.errors)).length));
  else {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate0130.errors = vErrors, 0 === errors;
}

// node_modules/@kubernetes-models/gateway-api/_schemas/IoK8sSigsGatewayApiApisV1HTTPRouteStatus.js
var validate261 = validate0131;
function validate1137(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return validate162(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate162.errors : vErrors.concat(validate162.errors)).length), validate1137.errors = vErrors, 0 === errors;
}
function validate0131(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!(data && "object" == typeof data && !Array.isArray(data))) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate1137(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate1137.errors : vErrors.concat(validate1137.errors)).length), validate0131.errors = vErrors, 0 === errors;
}

// node_modules/@kubernetes-models/gateway-api/_schemas/IoK8sSigsGatewayApiApisV1HTTPRoute.js
var validate263 = validate0132;
var schema1_enum11 = ["gateway.networking.k8s.io/v1"];
function validate1138(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if ("gateway.networking.k8s.io/v1" !== data) {
    let err1 = { instancePath, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: schema1_enum11 } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate1138.errors = vErrors, 0 === errors;
}
var schema2_enum6 = ["HTTPRoute"];
function validate327(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if ("HTTPRoute" !== data) {
    let err1 = { instancePath, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: schema2_enum6 } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate327.errors = vErrors, 0 === errors;
}
function validate545(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return null !== data && (validate31(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate31.errors : vErrors.concat(validate31.errors)).length)), validate545.errors = vErrors, 0 === errors;
}
function validate930(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return validate260(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate260.errors : vErrors.concat(validate260.errors)).length), validate930.errors = vErrors, 0 === errors;
}
function validate1322(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return null !== data && (validate261(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate261.errors : vErrors.concat(validate261.errors)).length)), validate1322.errors = vErrors, 0 === errors;
}
function validate0132(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) {
    if (void 0 === data.spec) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "spec" } };
      null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    if (void 0 === data.apiVersion) {
      let err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "apiVersion" } };
      null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    if (void 0 === data.kind) {
      let err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" } };
      null === vErrors ? vErrors = [err2] : vErrors.push(err2), errors++;
    }
    void 0 !== data.apiVersion && (validate1138(data.apiVersion, { instancePath: instancePath + "/apiVersion", parentData: data, parentDataProperty: "apiVersion", rootData }) || (errors = (vErrors = null === vErrors ? validate1138.errors : vErrors.concat(validate1138.errors)).length)), void 0 !== data.kind && (validate327(data.kind, { instancePath: instancePath + "/kind", parentData: data, parentDataProperty: "kind", rootData }) || (errors = (vErrors = null === vErrors ? validate327.errors : vErrors.concat(validate327.errors)).length)), void 0 !== data.metadata && (validate545(data.metadata, { instancePath: instancePath + "/metadata", parentData: data, parentDataProperty: "metadata", rootData }) || (errors = (vErrors = null === vErrors ? validate545.errors : vErrors.concat(validate545.errors)).length)), void 0 !== data.spec && (validate930(data.spec, { instancePath: instancePath + "/spec", parentData: data, parentDataProperty: "spec", rootData }) || (errors = (vErrors = null === vErrors ? validate930.errors : vErrors.concat(validate930.errors)).length)), void 0 !== data.status && (validate1322(data.status, { instancePath: instancePath + "/status", parentData: data, parentDataProperty: "status", rootData }) || (errors = (vErrors = null === vErrors ? validate1322.errors : vErrors.concat(validate1322.errors)).length));
  } else {
    let err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err3] : vErrors.push(err3), errors++;
  }
  return validate0132.errors = vErrors, 0 === errors;
}

// node_modules/@kubernetes-models/gateway-api/gateway.networking.k8s.io/v1/HTTPRoute.js
var HTTPRoute = class _HTTPRoute extends Model {
  static {
    this.apiVersion = "gateway.networking.k8s.io/v1";
  }
  static {
    this.kind = "HTTPRoute";
  }
  static {
    this.is = createTypeMetaGuard(_HTTPRoute);
  }
  constructor(data) {
    super(), this.setDefinedProps({ apiVersion: _HTTPRoute.apiVersion, kind: _HTTPRoute.kind, ...data });
  }
};
setValidateFunc(HTTPRoute, validate263);

// node_modules/@kubernetes-models/gateway-api/gateway.networking.k8s.io/v1/HTTPRouteFilter.js
var HTTPRouteFilter = class extends Model {
  constructor(data) {
    super(), this.setDefinedProps(data);
  }
};
setValidateFunc(HTTPRouteFilter, validate244);

// node_modules/@kubernetes-models/gateway-api/_schemas/IoK8sSigsGatewayApiApisV1HTTPRouteList.js
var validate264 = validate0133;
var schema1_enum12 = ["gateway.networking.k8s.io/v1"];
function validate1139(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if ("gateway.networking.k8s.io/v1" !== data) {
    let err1 = { instancePath, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: schema1_enum12 } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate1139.errors = vErrors, 0 === errors;
}
function validate419(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return validate263(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate263.errors : vErrors.concat(validate263.errors)).length), validate419.errors = vErrors, 0 === errors;
}
function validate328(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (Array.isArray(data)) {
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) validate419(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData }) || (errors = (vErrors = null === vErrors ? validate419.errors : vErrors.concat(validate419.errors)).length);
  } else {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate328.errors = vErrors, 0 === errors;
}
var schema5_enum5 = ["HTTPRouteList"];
function validate931(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if ("HTTPRouteList" !== data) {
    let err1 = { instancePath, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: schema5_enum5 } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate931.errors = vErrors, 0 === errors;
}
function validate1140(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return null !== data && (validate64(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate64.errors : vErrors.concat(validate64.errors)).length)), validate1140.errors = vErrors, 0 === errors;
}
function validate0133(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) {
    if (void 0 === data.items) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "items" } };
      null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    if (void 0 === data.apiVersion) {
      let err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "apiVersion" } };
      null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    if (void 0 === data.kind) {
      let err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" } };
      null === vErrors ? vErrors = [err2] : vErrors.push(err2), errors++;
    }
    void 0 !== data.apiVersion && (validate1139(data.apiVersion, { instancePath: instancePath + "/apiVersion", parentData: data, parentDataProperty: "apiVersion", rootData }) || (errors = (vErrors = null === vErrors ? validate1139.errors : vErrors.concat(validate1139.errors)).length)), void 0 !== data.items && (validate328(data.items, { instancePath: instancePath + "/items", parentData: data, parentDataProperty: "items", rootData }) || (errors = (vErrors = null === vErrors ? validate328.errors : vErrors.concat(validate328.errors)).length)), void 0 !== data.kind && (validate931(data.kind, { instancePath: instancePath + "/kind", parentData: data, parentDataProperty: "kind", rootData }) || (errors = (vErrors = null === vErrors ? validate931.errors : vErrors.concat(validate931.errors)).length)), void 0 !== data.metadata && (validate1140(data.metadata, { instancePath: instancePath + "/metadata", parentData: data, parentDataProperty: "metadata", rootData }) || (errors = (vErrors = null === vErrors ? validate1140.errors : vErrors.concat(validate1140.errors)).length));
  } else {
    let err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err3] : vErrors.push(err3), errors++;
  }
  return validate0133.errors = vErrors, 0 === errors;
}

// node_modules/@kubernetes-models/gateway-api/gateway.networking.k8s.io/v1/HTTPRouteList.js
var HTTPRouteList = class _HTTPRouteList extends Model {
  static {
    this.apiVersion = "gateway.networking.k8s.io/v1";
  }
  static {
    this.kind = "HTTPRouteList";
  }
  static {
    this.is = createTypeMetaGuard(_HTTPRouteList);
  }
  constructor(data) {
    super(), this.setDefinedProps({ apiVersion: _HTTPRouteList.apiVersion, kind: _HTTPRouteList.kind, ...data });
  }
};
setValidateFunc(HTTPRouteList, validate264);

// node_modules/@kubernetes-models/gateway-api/gateway.networking.k8s.io/v1/HTTPRouteMatch.js
var HTTPRouteMatch = class extends Model {
  constructor(data) {
    super(), this.setDefinedProps(data);
  }
};
setValidateFunc(HTTPRouteMatch, validate253);

// node_modules/@kubernetes-models/gateway-api/gateway.networking.k8s.io/v1/HTTPRouteRetry.js
var HTTPRouteRetry = class extends Model {
  constructor(data) {
    super(), this.setDefinedProps(data);
  }
};
setValidateFunc(HTTPRouteRetry, validate256);

// node_modules/@kubernetes-models/gateway-api/gateway.networking.k8s.io/v1/HTTPRouteRule.js
var HTTPRouteRule = class extends Model {
  constructor(data) {
    super(), this.setDefinedProps(data);
  }
};
setValidateFunc(HTTPRouteRule, validate258);

// node_modules/@kubernetes-models/gateway-api/gateway.networking.k8s.io/v1/HTTPRouteSpec.js
var HTTPRouteSpec = class extends Model {
  constructor(data) {
    super(), this.setDefinedProps(data);
  }
};
setValidateFunc(HTTPRouteSpec, validate260);

// node_modules/@kubernetes-models/gateway-api/gateway.networking.k8s.io/v1/HTTPRouteStatus.js
var HTTPRouteStatus = class extends Model {
  constructor(data) {
    super(), this.setDefinedProps(data);
  }
};
setValidateFunc(HTTPRouteStatus, validate261);

// node_modules/@kubernetes-models/gateway-api/gateway.networking.k8s.io/v1/HTTPRouteTimeouts.js
var HTTPRouteTimeouts = class extends Model {
  constructor(data) {
    super(), this.setDefinedProps(data);
  }
};
setValidateFunc(HTTPRouteTimeouts, validate257);

// node_modules/@kubernetes-models/gateway-api/gateway.networking.k8s.io/v1/HTTPURLRewriteFilter.js
var HTTPURLRewriteFilter = class extends Model {
  constructor(data) {
    super(), this.setDefinedProps(data);
  }
};
setValidateFunc(HTTPURLRewriteFilter, validate243);

// node_modules/@kubernetes-models/gateway-api/gateway.networking.k8s.io/v1/Listener.js
var Listener = class extends Model {
  constructor(data) {
    super(), this.setDefinedProps(data);
  }
};
setValidateFunc(Listener, validate187);

// node_modules/@kubernetes-models/gateway-api/_schemas/IoK8sSigsGatewayApiApisV1ListenerEntry.js
var validate265 = validate0134;
function validate1141(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return null !== data && (validate18(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate18.errors : vErrors.concat(validate18.errors)).length)), validate1141.errors = vErrors, 0 === errors;
}
function validate546(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate39(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate39.errors : vErrors.concat(validate39.errors)).length), validate546.errors = vErrors, 0 === errors;
}
function validate932(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate35(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate35.errors : vErrors.concat(validate35.errors)).length), validate932.errors = vErrors, 0 === errors;
}
var formats017 = formats.int32;
function validate1323(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!("number" == typeof data && !(data % 1) && !isNaN(data) && isFinite(data))) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "integer" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (validate24(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate24.errors : vErrors.concat(validate24.errors)).length), "number" == typeof data && isFinite(data)) {
    if (data > 65535 || isNaN(data)) {
      let err1 = { instancePath, schemaPath: "#/maximum", keyword: "maximum", params: { comparison: "<=", limit: 65535 } };
      null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    if (data < 1 || isNaN(data)) {
      let err2 = { instancePath, schemaPath: "#/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 } };
      null === vErrors ? vErrors = [err2] : vErrors.push(err2), errors++;
    }
    if (!formats017.validate(data)) {
      let err3 = { instancePath, schemaPath: "#/format", keyword: "format", params: { format: "int32" } };
      null === vErrors ? vErrors = [err3] : vErrors.push(err3), errors++;
    }
  }
  return validate1323.errors = vErrors, 0 === errors;
}
function validate1713(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate181(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate181.errors : vErrors.concat(validate181.errors)).length), validate1713.errors = vErrors, 0 === errors;
}
function validate2112(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return null !== data && (validate185(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate185.errors : vErrors.concat(validate185.errors)).length)), validate2112.errors = vErrors, 0 === errors;
}
function validate0134(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) {
    if (void 0 === data.name) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" } };
      null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    if (void 0 === data.port) {
      let err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "port" } };
      null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    if (void 0 === data.protocol) {
      let err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "protocol" } };
      null === vErrors ? vErrors = [err2] : vErrors.push(err2), errors++;
    }
    void 0 !== data.allowedRoutes && (validate1141(data.allowedRoutes, { instancePath: instancePath + "/allowedRoutes", parentData: data, parentDataProperty: "allowedRoutes", rootData }) || (errors = (vErrors = null === vErrors ? validate1141.errors : vErrors.concat(validate1141.errors)).length)), void 0 !== data.hostname && (validate546(data.hostname, { instancePath: instancePath + "/hostname", parentData: data, parentDataProperty: "hostname", rootData }) || (errors = (vErrors = null === vErrors ? validate546.errors : vErrors.concat(validate546.errors)).length)), void 0 !== data.name && (validate932(data.name, { instancePath: instancePath + "/name", parentData: data, parentDataProperty: "name", rootData }) || (errors = (vErrors = null === vErrors ? validate932.errors : vErrors.concat(validate932.errors)).length)), void 0 !== data.port && (validate1323(data.port, { instancePath: instancePath + "/port", parentData: data, parentDataProperty: "port", rootData }) || (errors = (vErrors = null === vErrors ? validate1323.errors : vErrors.concat(validate1323.errors)).length)), void 0 !== data.protocol && (validate1713(data.protocol, { instancePath: instancePath + "/protocol", parentData: data, parentDataProperty: "protocol", rootData }) || (errors = (vErrors = null === vErrors ? validate1713.errors : vErrors.concat(validate1713.errors)).length)), void 0 !== data.tls && (validate2112(data.tls, { instancePath: instancePath + "/tls", parentData: data, parentDataProperty: "tls", rootData }) || (errors = (vErrors = null === vErrors ? validate2112.errors : vErrors.concat(validate2112.errors)).length));
  } else {
    let err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err3] : vErrors.push(err3), errors++;
  }
  return validate0134.errors = vErrors, 0 === errors;
}

// node_modules/@kubernetes-models/gateway-api/gateway.networking.k8s.io/v1/ListenerEntry.js
var ListenerEntry = class extends Model {
  constructor(data) {
    super(), this.setDefinedProps(data);
  }
};
setValidateFunc(ListenerEntry, validate265);

// node_modules/@kubernetes-models/gateway-api/_schemas/IoK8sSigsGatewayApiApisV1ListenerEntryStatus.js
var validate266 = validate0135;
var formats018 = formats.int32;
function validate1142(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!("number" == typeof data && !(data % 1) && !isNaN(data) && isFinite(data))) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "integer" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if ("number" == typeof data && isFinite(data) && !formats018.validate(data)) {
    let err1 = { instancePath, schemaPath: "#/format", keyword: "format", params: { format: "int32" } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate1142.errors = vErrors, 0 === errors;
}
function validate420(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return validate49(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate49.errors : vErrors.concat(validate49.errors)).length), validate420.errors = vErrors, 0 === errors;
}
function validate329(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (Array.isArray(data)) {
    if (data.length > 8) {
      let err0 = { instancePath, schemaPath: "#/maxItems", keyword: "maxItems", params: { limit: 8 } };
      null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) validate420(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData }) || (errors = (vErrors = null === vErrors ? validate420.errors : vErrors.concat(validate420.errors)).length);
  } else {
    let err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate329.errors = vErrors, 0 === errors;
}
function validate933(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate35(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate35.errors : vErrors.concat(validate35.errors)).length), validate933.errors = vErrors, 0 === errors;
}
function validate1413(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return validate11(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate11.errors : vErrors.concat(validate11.errors)).length), validate1413.errors = vErrors, 0 === errors;
}
function validate1324(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!Array.isArray(data) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (Array.isArray(data)) {
    if (data.length > 8) {
      let err1 = { instancePath, schemaPath: "#/maxItems", keyword: "maxItems", params: { limit: 8 } };
      null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) validate1413(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData }) || (errors = (vErrors = null === vErrors ? validate1413.errors : vErrors.concat(validate1413.errors)).length);
  }
  return validate1324.errors = vErrors, 0 === errors;
}
function validate0135(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) {
    if (void 0 === data.attachedRoutes) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "attachedRoutes" } };
      null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    if (void 0 === data.conditions) {
      let err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "conditions" } };
      null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    if (void 0 === data.name) {
      let err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" } };
      null === vErrors ? vErrors = [err2] : vErrors.push(err2), errors++;
    }
    void 0 !== data.attachedRoutes && (validate1142(data.attachedRoutes, { instancePath: instancePath + "/attachedRoutes", parentData: data, parentDataProperty: "attachedRoutes", rootData }) || (errors = (vErrors = null === vErrors ? validate1142.errors : vErrors.concat(validate1142.errors)).length)), void 0 !== data.conditions && (validate329(data.conditions, { instancePath: instancePath + "/conditions", parentData: data, parentDataProperty: "conditions", rootData }) || (errors = (vErrors = null === vErrors ? validate329.errors : vErrors.concat(validate329.errors)).length)), void 0 !== data.name && (validate933(data.name, { instancePath: instancePath + "/name", parentData: data, parentDataProperty: "name", rootData }) || (errors = (vErrors = null === vErrors ? validate933.errors : vErrors.concat(validate933.errors)).length)), void 0 !== data.supportedKinds && (validate1324(data.supportedKinds, { instancePath: instancePath + "/supportedKinds", parentData: data, parentDataProperty: "supportedKinds", rootData }) || (errors = (vErrors = null === vErrors ? validate1324.errors : vErrors.concat(validate1324.errors)).length));
  } else {
    let err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err3] : vErrors.push(err3), errors++;
  }
  return validate0135.errors = vErrors, 0 === errors;
}

// node_modules/@kubernetes-models/gateway-api/gateway.networking.k8s.io/v1/ListenerEntryStatus.js
var ListenerEntryStatus = class extends Model {
  constructor(data) {
    super(), this.setDefinedProps(data);
  }
};
setValidateFunc(ListenerEntryStatus, validate266);

// node_modules/@kubernetes-models/gateway-api/gateway.networking.k8s.io/v1/ListenerNamespaces.js
var ListenerNamespaces = class extends Model {
  constructor(data) {
    super(), this.setDefinedProps(data);
  }
};
setValidateFunc(ListenerNamespaces, validate5);

// node_modules/@kubernetes-models/gateway-api/_schemas/IoK8sSigsGatewayApiApisV1ParentGatewayReference.js
var validate267 = validate0136;
function validate1143(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate9(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate9.errors : vErrors.concat(validate9.errors)).length), validate1143.errors = vErrors, 0 === errors;
}
function validate547(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate10(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate10.errors : vErrors.concat(validate10.errors)).length), validate547.errors = vErrors, 0 === errors;
}
function validate934(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate20(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate20.errors : vErrors.concat(validate20.errors)).length), validate934.errors = vErrors, 0 === errors;
}
function validate1325(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate21(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate21.errors : vErrors.concat(validate21.errors)).length), validate1325.errors = vErrors, 0 === errors;
}
function validate0136(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) {
    if (void 0 === data.name) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" } };
      null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    void 0 !== data.group && (validate1143(data.group, { instancePath: instancePath + "/group", parentData: data, parentDataProperty: "group", rootData }) || (errors = (vErrors = null === vErrors ? validate1143.errors : vErrors.concat(validate1143.errors)).length)), void 0 !== data.kind && (validate547(data.kind, { instancePath: instancePath + "/kind", parentData: data, parentDataProperty: "kind", rootData }) || (errors = (vErrors = null === vErrors ? validate547.errors : vErrors.concat(validate547.errors)).length)), void 0 !== data.name && (validate934(data.name, { instancePath: instancePath + "/name", parentData: data, parentDataProperty: "name", rootData }) || (errors = (vErrors = null === vErrors ? validate934.errors : vErrors.concat(validate934.errors)).length)), void 0 !== data.namespace && (validate1325(data.namespace, { instancePath: instancePath + "/namespace", parentData: data, parentDataProperty: "namespace", rootData }) || (errors = (vErrors = null === vErrors ? validate1325.errors : vErrors.concat(validate1325.errors)).length));
  } else {
    let err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate0136.errors = vErrors, 0 === errors;
}

// node_modules/@kubernetes-models/gateway-api/_schemas/IoK8sSigsGatewayApiApisV1ListenerSetSpec.js
var validate268 = validate0137;
function validate269(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return validate265(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate265.errors : vErrors.concat(validate265.errors)).length), validate269.errors = vErrors, 0 === errors;
}
function validate1144(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (Array.isArray(data)) {
    if (data.length > 64) {
      let err0 = { instancePath, schemaPath: "#/maxItems", keyword: "maxItems", params: { limit: 64 } };
      null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    if (data.length < 1) {
      let err1 = { instancePath, schemaPath: "#/minItems", keyword: "minItems", params: { limit: 1 } };
      null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) validate269(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData }) || (errors = (vErrors = null === vErrors ? validate269.errors : vErrors.concat(validate269.errors)).length);
  } else {
    let err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    null === vErrors ? vErrors = [err2] : vErrors.push(err2), errors++;
  }
  return validate1144.errors = vErrors, 0 === errors;
}
function validate723(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return validate267(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate267.errors : vErrors.concat(validate267.errors)).length), validate723.errors = vErrors, 0 === errors;
}
function validate0137(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) {
    if (void 0 === data.listeners) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "listeners" } };
      null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    if (void 0 === data.parentRef) {
      let err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "parentRef" } };
      null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    void 0 !== data.listeners && (validate1144(data.listeners, { instancePath: instancePath + "/listeners", parentData: data, parentDataProperty: "listeners", rootData }) || (errors = (vErrors = null === vErrors ? validate1144.errors : vErrors.concat(validate1144.errors)).length)), void 0 !== data.parentRef && (validate723(data.parentRef, { instancePath: instancePath + "/parentRef", parentData: data, parentDataProperty: "parentRef", rootData }) || (errors = (vErrors = null === vErrors ? validate723.errors : vErrors.concat(validate723.errors)).length));
  } else {
    let err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err2] : vErrors.push(err2), errors++;
  }
  return validate0137.errors = vErrors, 0 === errors;
}

// node_modules/@kubernetes-models/gateway-api/_schemas/IoK8sSigsGatewayApiApisV1ListenerSetStatus.js
var validate270 = validate0138;
function validate271(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return validate49(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate49.errors : vErrors.concat(validate49.errors)).length), validate271.errors = vErrors, 0 === errors;
}
function validate1145(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!Array.isArray(data) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (Array.isArray(data)) {
    if (data.length > 8) {
      let err1 = { instancePath, schemaPath: "#/maxItems", keyword: "maxItems", params: { limit: 8 } };
      null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) validate271(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData }) || (errors = (vErrors = null === vErrors ? validate271.errors : vErrors.concat(validate271.errors)).length);
  }
  return validate1145.errors = vErrors, 0 === errors;
}
function validate817(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return validate266(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate266.errors : vErrors.concat(validate266.errors)).length), validate817.errors = vErrors, 0 === errors;
}
function validate724(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!Array.isArray(data) && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (Array.isArray(data)) {
    if (data.length > 64) {
      let err1 = { instancePath, schemaPath: "#/maxItems", keyword: "maxItems", params: { limit: 64 } };
      null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) validate817(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData }) || (errors = (vErrors = null === vErrors ? validate817.errors : vErrors.concat(validate817.errors)).length);
  }
  return validate724.errors = vErrors, 0 === errors;
}
function validate0138(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) void 0 !== data.conditions && (validate1145(data.conditions, { instancePath: instancePath + "/conditions", parentData: data, parentDataProperty: "conditions", rootData }) || (errors = (vErrors = null === vErrors ? validate1145.errors : vErrors.concat(validate1145.errors)).length)), void 0 !== data.listeners && (validate724(data.listeners, { instancePath: instancePath + "/listeners", parentData: data, parentDataProperty: "listeners", rootData }) || (errors = (vErrors = null === vErrors ? validate724.errors : vErrors.concat(validate724.errors)).length));
  else {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate0138.errors = vErrors, 0 === errors;
}

// node_modules/@kubernetes-models/gateway-api/_schemas/IoK8sSigsGatewayApiApisV1ListenerSet.js
var validate274 = validate0139;
var schema1_enum13 = ["gateway.networking.k8s.io/v1"];
function validate1146(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if ("gateway.networking.k8s.io/v1" !== data) {
    let err1 = { instancePath, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: schema1_enum13 } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate1146.errors = vErrors, 0 === errors;
}
var schema2_enum7 = ["ListenerSet"];
function validate330(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if ("ListenerSet" !== data) {
    let err1 = { instancePath, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: schema2_enum7 } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate330.errors = vErrors, 0 === errors;
}
function validate548(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return null !== data && (validate31(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate31.errors : vErrors.concat(validate31.errors)).length)), validate548.errors = vErrors, 0 === errors;
}
function validate935(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return validate268(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate268.errors : vErrors.concat(validate268.errors)).length), validate935.errors = vErrors, 0 === errors;
}
function validate1326(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return null !== data && (validate270(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate270.errors : vErrors.concat(validate270.errors)).length)), validate1326.errors = vErrors, 0 === errors;
}
function validate0139(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) {
    if (void 0 === data.spec) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "spec" } };
      null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    if (void 0 === data.apiVersion) {
      let err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "apiVersion" } };
      null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    if (void 0 === data.kind) {
      let err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" } };
      null === vErrors ? vErrors = [err2] : vErrors.push(err2), errors++;
    }
    void 0 !== data.apiVersion && (validate1146(data.apiVersion, { instancePath: instancePath + "/apiVersion", parentData: data, parentDataProperty: "apiVersion", rootData }) || (errors = (vErrors = null === vErrors ? validate1146.errors : vErrors.concat(validate1146.errors)).length)), void 0 !== data.kind && (validate330(data.kind, { instancePath: instancePath + "/kind", parentData: data, parentDataProperty: "kind", rootData }) || (errors = (vErrors = null === vErrors ? validate330.errors : vErrors.concat(validate330.errors)).length)), void 0 !== data.metadata && (validate548(data.metadata, { instancePath: instancePath + "/metadata", parentData: data, parentDataProperty: "metadata", rootData }) || (errors = (vErrors = null === vErrors ? validate548.errors : vErrors.concat(validate548.errors)).length)), void 0 !== data.spec && (validate935(data.spec, { instancePath: instancePath + "/spec", parentData: data, parentDataProperty: "spec", rootData }) || (errors = (vErrors = null === vErrors ? validate935.errors : vErrors.concat(validate935.errors)).length)), void 0 !== data.status && (validate1326(data.status, { instancePath: instancePath + "/status", parentData: data, parentDataProperty: "status", rootData }) || (errors = (vErrors = null === vErrors ? validate1326.errors : vErrors.concat(validate1326.errors)).length));
  } else {
    let err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err3] : vErrors.push(err3), errors++;
  }
  return validate0139.errors = vErrors, 0 === errors;
}

// node_modules/@kubernetes-models/gateway-api/gateway.networking.k8s.io/v1/ListenerSet.js
var ListenerSet = class _ListenerSet extends Model {
  static {
    this.apiVersion = "gateway.networking.k8s.io/v1";
  }
  static {
    this.kind = "ListenerSet";
  }
  static {
    this.is = createTypeMetaGuard(_ListenerSet);
  }
  constructor(data) {
    super(), this.setDefinedProps({ apiVersion: _ListenerSet.apiVersion, kind: _ListenerSet.kind, ...data });
  }
};
setValidateFunc(ListenerSet, validate274);

// node_modules/@kubernetes-models/gateway-api/_schemas/IoK8sSigsGatewayApiApisV1ListenerSetList.js
var validate275 = validate0140;
var schema1_enum14 = ["gateway.networking.k8s.io/v1"];
function validate1147(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if ("gateway.networking.k8s.io/v1" !== data) {
    let err1 = { instancePath, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: schema1_enum14 } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate1147.errors = vErrors, 0 === errors;
}
function validate421(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return validate274(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate274.errors : vErrors.concat(validate274.errors)).length), validate421.errors = vErrors, 0 === errors;
}
function validate331(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (Array.isArray(data)) {
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) validate421(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData }) || (errors = (vErrors = null === vErrors ? validate421.errors : vErrors.concat(validate421.errors)).length);
  } else {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate331.errors = vErrors, 0 === errors;
}
var schema5_enum6 = ["ListenerSetList"];
function validate936(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if ("ListenerSetList" !== data) {
    let err1 = { instancePath, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: schema5_enum6 } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate936.errors = vErrors, 0 === errors;
}
function validate1148(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return null !== data && (validate64(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate64.errors : vErrors.concat(validate64.errors)).length)), validate1148.errors = vErrors, 0 === errors;
}
function validate0140(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) {
    if (void 0 === data.items) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "items" } };
      null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    if (void 0 === data.apiVersion) {
      let err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "apiVersion" } };
      null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    if (void 0 === data.kind) {
      let err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" } };
      null === vErrors ? vErrors = [err2] : vErrors.push(err2), errors++;
    }
    void 0 !== data.apiVersion && (validate1147(data.apiVersion, { instancePath: instancePath + "/apiVersion", parentData: data, parentDataProperty: "apiVersion", rootData }) || (errors = (vErrors = null === vErrors ? validate1147.errors : vErrors.concat(validate1147.errors)).length)), void 0 !== data.items && (validate331(data.items, { instancePath: instancePath + "/items", parentData: data, parentDataProperty: "items", rootData }) || (errors = (vErrors = null === vErrors ? validate331.errors : vErrors.concat(validate331.errors)).length)), void 0 !== data.kind && (validate936(data.kind, { instancePath: instancePath + "/kind", parentData: data, parentDataProperty: "kind", rootData }) || (errors = (vErrors = null === vErrors ? validate936.errors : vErrors.concat(validate936.errors)).length)), void 0 !== data.metadata && (validate1148(data.metadata, { instancePath: instancePath + "/metadata", parentData: data, parentDataProperty: "metadata", rootData }) || (errors = (vErrors = null === vErrors ? validate1148.errors : vErrors.concat(validate1148.errors)).length));
  } else {
    let err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err3] : vErrors.push(err3), errors++;
  }
  return validate0140.errors = vErrors, 0 === errors;
}

// node_modules/@kubernetes-models/gateway-api/gateway.networking.k8s.io/v1/ListenerSetList.js
var ListenerSetList = class _ListenerSetList extends Model {
  static {
    this.apiVersion = "gateway.networking.k8s.io/v1";
  }
  static {
    this.kind = "ListenerSetList";
  }
  static {
    this.is = createTypeMetaGuard(_ListenerSetList);
  }
  constructor(data) {
    super(), this.setDefinedProps({ apiVersion: _ListenerSetList.apiVersion, kind: _ListenerSetList.kind, ...data });
  }
};
setValidateFunc(ListenerSetList, validate275);

// node_modules/@kubernetes-models/gateway-api/gateway.networking.k8s.io/v1/ListenerSetSpec.js
var ListenerSetSpec = class extends Model {
  constructor(data) {
    super(), this.setDefinedProps(data);
  }
};
setValidateFunc(ListenerSetSpec, validate268);

// node_modules/@kubernetes-models/gateway-api/gateway.networking.k8s.io/v1/ListenerSetStatus.js
var ListenerSetStatus = class extends Model {
  constructor(data) {
    super(), this.setDefinedProps(data);
  }
};
setValidateFunc(ListenerSetStatus, validate270);

// node_modules/@kubernetes-models/gateway-api/gateway.networking.k8s.io/v1/ListenerStatus.js
var ListenerStatus = class extends Model {
  constructor(data) {
    super(), this.setDefinedProps(data);
  }
};
setValidateFunc(ListenerStatus, validate200);

// node_modules/@kubernetes-models/gateway-api/gateway.networking.k8s.io/v1/ListenerTLSConfig.js
var ListenerTLSConfig = class extends Model {
  constructor(data) {
    super(), this.setDefinedProps(data);
  }
};
setValidateFunc(ListenerTLSConfig, validate185);

// node_modules/@kubernetes-models/gateway-api/gateway.networking.k8s.io/v1/LocalObjectReference.js
var LocalObjectReference = class extends Model {
  constructor(data) {
    super(), this.setDefinedProps(data);
  }
};
setValidateFunc(LocalObjectReference, validate37);

// node_modules/@kubernetes-models/gateway-api/gateway.networking.k8s.io/v1/LocalParametersReference.js
var LocalParametersReference = class extends Model {
  constructor(data) {
    super(), this.setDefinedProps(data);
  }
};
setValidateFunc(LocalParametersReference, validate177);

// node_modules/@kubernetes-models/gateway-api/gateway.networking.k8s.io/v1/LocalPolicyTargetReference.js
var LocalPolicyTargetReference = class extends Model {
  constructor(data) {
    super(), this.setDefinedProps(data);
  }
};
setValidateFunc(LocalPolicyTargetReference, validate34);

// node_modules/@kubernetes-models/gateway-api/gateway.networking.k8s.io/v1/LocalPolicyTargetReferenceWithSectionName.js
var LocalPolicyTargetReferenceWithSectionName = class extends Model {
  constructor(data) {
    super(), this.setDefinedProps(data);
  }
};
setValidateFunc(LocalPolicyTargetReferenceWithSectionName, validate36);

// node_modules/@kubernetes-models/gateway-api/gateway.networking.k8s.io/v1/ObjectReference.js
var ObjectReference = class extends Model {
  constructor(data) {
    super(), this.setDefinedProps(data);
  }
};
setValidateFunc(ObjectReference, validate79);

// node_modules/@kubernetes-models/gateway-api/gateway.networking.k8s.io/v1/ParametersReference.js
var ParametersReference = class extends Model {
  constructor(data) {
    super(), this.setDefinedProps(data);
  }
};
setValidateFunc(ParametersReference, validate204);

// node_modules/@kubernetes-models/gateway-api/gateway.networking.k8s.io/v1/ParentGatewayReference.js
var ParentGatewayReference = class extends Model {
  constructor(data) {
    super(), this.setDefinedProps(data);
  }
};
setValidateFunc(ParentGatewayReference, validate267);

// node_modules/@kubernetes-models/gateway-api/gateway.networking.k8s.io/v1/ParentReference.js
var ParentReference = class extends Model {
  constructor(data) {
    super(), this.setDefinedProps(data);
  }
};
setValidateFunc(ParentReference, validate48);

// node_modules/@kubernetes-models/gateway-api/gateway.networking.k8s.io/v1/PolicyAncestorStatus.js
var PolicyAncestorStatus = class extends Model {
  constructor(data) {
    super(), this.setDefinedProps(data);
  }
};
setValidateFunc(PolicyAncestorStatus, validate51);

// node_modules/@kubernetes-models/gateway-api/gateway.networking.k8s.io/v1/PolicyStatus.js
var PolicyStatus = class extends Model {
  constructor(data) {
    super(), this.setDefinedProps(data);
  }
};
setValidateFunc(PolicyStatus, validate60);

// node_modules/@kubernetes-models/gateway-api/_schemas/IoK8sSigsGatewayApiApisV1ReferenceGrantFrom.js
var validate276 = validate0141;
function validate1149(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate9(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate9.errors : vErrors.concat(validate9.errors)).length), validate1149.errors = vErrors, 0 === errors;
}
function validate549(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate10(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate10.errors : vErrors.concat(validate10.errors)).length), validate549.errors = vErrors, 0 === errors;
}
function validate937(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate21(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate21.errors : vErrors.concat(validate21.errors)).length), validate937.errors = vErrors, 0 === errors;
}
function validate0141(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) {
    if (void 0 === data.group) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "group" } };
      null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    if (void 0 === data.kind) {
      let err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" } };
      null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    if (void 0 === data.namespace) {
      let err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "namespace" } };
      null === vErrors ? vErrors = [err2] : vErrors.push(err2), errors++;
    }
    void 0 !== data.group && (validate1149(data.group, { instancePath: instancePath + "/group", parentData: data, parentDataProperty: "group", rootData }) || (errors = (vErrors = null === vErrors ? validate1149.errors : vErrors.concat(validate1149.errors)).length)), void 0 !== data.kind && (validate549(data.kind, { instancePath: instancePath + "/kind", parentData: data, parentDataProperty: "kind", rootData }) || (errors = (vErrors = null === vErrors ? validate549.errors : vErrors.concat(validate549.errors)).length)), void 0 !== data.namespace && (validate937(data.namespace, { instancePath: instancePath + "/namespace", parentData: data, parentDataProperty: "namespace", rootData }) || (errors = (vErrors = null === vErrors ? validate937.errors : vErrors.concat(validate937.errors)).length));
  } else {
    let err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err3] : vErrors.push(err3), errors++;
  }
  return validate0141.errors = vErrors, 0 === errors;
}

// node_modules/@kubernetes-models/gateway-api/_schemas/IoK8sSigsGatewayApiApisV1ReferenceGrantTo.js
var validate277 = validate0142;
function validate1150(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate9(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate9.errors : vErrors.concat(validate9.errors)).length), validate1150.errors = vErrors, 0 === errors;
}
function validate550(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate10(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate10.errors : vErrors.concat(validate10.errors)).length), validate550.errors = vErrors, 0 === errors;
}
function validate938(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate20(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate20.errors : vErrors.concat(validate20.errors)).length), validate938.errors = vErrors, 0 === errors;
}
function validate0142(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) {
    if (void 0 === data.group) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "group" } };
      null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    if (void 0 === data.kind) {
      let err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" } };
      null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    void 0 !== data.group && (validate1150(data.group, { instancePath: instancePath + "/group", parentData: data, parentDataProperty: "group", rootData }) || (errors = (vErrors = null === vErrors ? validate1150.errors : vErrors.concat(validate1150.errors)).length)), void 0 !== data.kind && (validate550(data.kind, { instancePath: instancePath + "/kind", parentData: data, parentDataProperty: "kind", rootData }) || (errors = (vErrors = null === vErrors ? validate550.errors : vErrors.concat(validate550.errors)).length)), void 0 !== data.name && (validate938(data.name, { instancePath: instancePath + "/name", parentData: data, parentDataProperty: "name", rootData }) || (errors = (vErrors = null === vErrors ? validate938.errors : vErrors.concat(validate938.errors)).length));
  } else {
    let err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err2] : vErrors.push(err2), errors++;
  }
  return validate0142.errors = vErrors, 0 === errors;
}

// node_modules/@kubernetes-models/gateway-api/_schemas/IoK8sSigsGatewayApiApisV1ReferenceGrantSpec.js
var validate278 = validate0143;
function validate279(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return validate276(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate276.errors : vErrors.concat(validate276.errors)).length), validate279.errors = vErrors, 0 === errors;
}
function validate1151(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (Array.isArray(data)) {
    if (data.length > 16) {
      let err0 = { instancePath, schemaPath: "#/maxItems", keyword: "maxItems", params: { limit: 16 } };
      null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    if (data.length < 1) {
      let err1 = { instancePath, schemaPath: "#/minItems", keyword: "minItems", params: { limit: 1 } };
      null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) validate279(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData }) || (errors = (vErrors = null === vErrors ? validate279.errors : vErrors.concat(validate279.errors)).length);
  } else {
    let err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    null === vErrors ? vErrors = [err2] : vErrors.push(err2), errors++;
  }
  return validate1151.errors = vErrors, 0 === errors;
}
function validate818(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return validate277(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate277.errors : vErrors.concat(validate277.errors)).length), validate818.errors = vErrors, 0 === errors;
}
function validate725(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (Array.isArray(data)) {
    if (data.length > 16) {
      let err0 = { instancePath, schemaPath: "#/maxItems", keyword: "maxItems", params: { limit: 16 } };
      null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    if (data.length < 1) {
      let err1 = { instancePath, schemaPath: "#/minItems", keyword: "minItems", params: { limit: 1 } };
      null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) validate818(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData }) || (errors = (vErrors = null === vErrors ? validate818.errors : vErrors.concat(validate818.errors)).length);
  } else {
    let err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    null === vErrors ? vErrors = [err2] : vErrors.push(err2), errors++;
  }
  return validate725.errors = vErrors, 0 === errors;
}
function validate0143(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) {
    if (void 0 === data.from) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "from" } };
      null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    if (void 0 === data.to) {
      let err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "to" } };
      null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    void 0 !== data.from && (validate1151(data.from, { instancePath: instancePath + "/from", parentData: data, parentDataProperty: "from", rootData }) || (errors = (vErrors = null === vErrors ? validate1151.errors : vErrors.concat(validate1151.errors)).length)), void 0 !== data.to && (validate725(data.to, { instancePath: instancePath + "/to", parentData: data, parentDataProperty: "to", rootData }) || (errors = (vErrors = null === vErrors ? validate725.errors : vErrors.concat(validate725.errors)).length));
  } else {
    let err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err2] : vErrors.push(err2), errors++;
  }
  return validate0143.errors = vErrors, 0 === errors;
}

// node_modules/@kubernetes-models/gateway-api/_schemas/IoK8sSigsGatewayApiApisV1ReferenceGrant.js
var validate280 = validate0144;
var schema1_enum15 = ["gateway.networking.k8s.io/v1"];
function validate1152(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if ("gateway.networking.k8s.io/v1" !== data) {
    let err1 = { instancePath, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: schema1_enum15 } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate1152.errors = vErrors, 0 === errors;
}
var schema2_enum8 = ["ReferenceGrant"];
function validate332(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if ("ReferenceGrant" !== data) {
    let err1 = { instancePath, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: schema2_enum8 } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate332.errors = vErrors, 0 === errors;
}
function validate551(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return null !== data && (validate31(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate31.errors : vErrors.concat(validate31.errors)).length)), validate551.errors = vErrors, 0 === errors;
}
function validate939(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return null !== data && (validate278(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate278.errors : vErrors.concat(validate278.errors)).length)), validate939.errors = vErrors, 0 === errors;
}
function validate0144(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) {
    if (void 0 === data.apiVersion) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "apiVersion" } };
      null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    if (void 0 === data.kind) {
      let err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" } };
      null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    void 0 !== data.apiVersion && (validate1152(data.apiVersion, { instancePath: instancePath + "/apiVersion", parentData: data, parentDataProperty: "apiVersion", rootData }) || (errors = (vErrors = null === vErrors ? validate1152.errors : vErrors.concat(validate1152.errors)).length)), void 0 !== data.kind && (validate332(data.kind, { instancePath: instancePath + "/kind", parentData: data, parentDataProperty: "kind", rootData }) || (errors = (vErrors = null === vErrors ? validate332.errors : vErrors.concat(validate332.errors)).length)), void 0 !== data.metadata && (validate551(data.metadata, { instancePath: instancePath + "/metadata", parentData: data, parentDataProperty: "metadata", rootData }) || (errors = (vErrors = null === vErrors ? validate551.errors : vErrors.concat(validate551.errors)).length)), void 0 !== data.spec && (validate939(data.spec, { instancePath: instancePath + "/spec", parentData: data, parentDataProperty: "spec", rootData }) || (errors = (vErrors = null === vErrors ? validate939.errors : vErrors.concat(validate939.errors)).length));
  } else {
    let err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err2] : vErrors.push(err2), errors++;
  }
  return validate0144.errors = vErrors, 0 === errors;
}

// node_modules/@kubernetes-models/gateway-api/gateway.networking.k8s.io/v1/ReferenceGrant.js
var ReferenceGrant = class _ReferenceGrant extends Model {
  static {
    this.apiVersion = "gateway.networking.k8s.io/v1";
  }
  static {
    this.kind = "ReferenceGrant";
  }
  static {
    this.is = createTypeMetaGuard(_ReferenceGrant);
  }
  constructor(data) {
    super(), this.setDefinedProps({ apiVersion: _ReferenceGrant.apiVersion, kind: _ReferenceGrant.kind, ...data });
  }
};
setValidateFunc(ReferenceGrant, validate280);

// node_modules/@kubernetes-models/gateway-api/gateway.networking.k8s.io/v1/ReferenceGrantFrom.js
var ReferenceGrantFrom = class extends Model {
  constructor(data) {
    super(), this.setDefinedProps(data);
  }
};
setValidateFunc(ReferenceGrantFrom, validate276);

// node_modules/@kubernetes-models/gateway-api/_schemas/IoK8sSigsGatewayApiApisV1ReferenceGrantList.js
var validate281 = validate0145;
var schema1_enum16 = ["gateway.networking.k8s.io/v1"];
function validate1153(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if ("gateway.networking.k8s.io/v1" !== data) {
    let err1 = { instancePath, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: schema1_enum16 } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate1153.errors = vErrors, 0 === errors;
}
function validate422(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return validate280(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate280.errors : vErrors.concat(validate280.errors)).length), validate422.errors = vErrors, 0 === errors;
}
function validate333(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (Array.isArray(data)) {
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) validate422(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData }) || (errors = (vErrors = null === vErrors ? validate422.errors : vErrors.concat(validate422.errors)).length);
  } else {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate333.errors = vErrors, 0 === errors;
}
var schema5_enum7 = ["ReferenceGrantList"];
function validate940(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if ("ReferenceGrantList" !== data) {
    let err1 = { instancePath, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: schema5_enum7 } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate940.errors = vErrors, 0 === errors;
}
function validate1154(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return null !== data && (validate64(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate64.errors : vErrors.concat(validate64.errors)).length)), validate1154.errors = vErrors, 0 === errors;
}
function validate0145(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) {
    if (void 0 === data.items) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "items" } };
      null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    if (void 0 === data.apiVersion) {
      let err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "apiVersion" } };
      null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    if (void 0 === data.kind) {
      let err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" } };
      null === vErrors ? vErrors = [err2] : vErrors.push(err2), errors++;
    }
    void 0 !== data.apiVersion && (validate1153(data.apiVersion, { instancePath: instancePath + "/apiVersion", parentData: data, parentDataProperty: "apiVersion", rootData }) || (errors = (vErrors = null === vErrors ? validate1153.errors : vErrors.concat(validate1153.errors)).length)), void 0 !== data.items && (validate333(data.items, { instancePath: instancePath + "/items", parentData: data, parentDataProperty: "items", rootData }) || (errors = (vErrors = null === vErrors ? validate333.errors : vErrors.concat(validate333.errors)).length)), void 0 !== data.kind && (validate940(data.kind, { instancePath: instancePath + "/kind", parentData: data, parentDataProperty: "kind", rootData }) || (errors = (vErrors = null === vErrors ? validate940.errors : vErrors.concat(validate940.errors)).length)), void 0 !== data.metadata && (validate1154(data.metadata, { instancePath: instancePath + "/metadata", parentData: data, parentDataProperty: "metadata", rootData }) || (errors = (vErrors = null === vErrors ? validate1154.errors : vErrors.concat(validate1154.errors)).length));
  } else {
    let err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err3] : vErrors.push(err3), errors++;
  }
  return validate0145.errors = vErrors, 0 === errors;
}

// node_modules/@kubernetes-models/gateway-api/gateway.networking.k8s.io/v1/ReferenceGrantList.js
var ReferenceGrantList = class _ReferenceGrantList extends Model {
  static {
    this.apiVersion = "gateway.networking.k8s.io/v1";
  }
  static {
    this.kind = "ReferenceGrantList";
  }
  static {
    this.is = createTypeMetaGuard(_ReferenceGrantList);
  }
  constructor(data) {
    super(), this.setDefinedProps({ apiVersion: _ReferenceGrantList.apiVersion, kind: _ReferenceGrantList.kind, ...data });
  }
};
setValidateFunc(ReferenceGrantList, validate281);

// node_modules/@kubernetes-models/gateway-api/gateway.networking.k8s.io/v1/ReferenceGrantSpec.js
var ReferenceGrantSpec = class extends Model {
  constructor(data) {
    super(), this.setDefinedProps(data);
  }
};
setValidateFunc(ReferenceGrantSpec, validate278);

// node_modules/@kubernetes-models/gateway-api/gateway.networking.k8s.io/v1/ReferenceGrantTo.js
var ReferenceGrantTo = class extends Model {
  constructor(data) {
    super(), this.setDefinedProps(data);
  }
};
setValidateFunc(ReferenceGrantTo, validate277);

// node_modules/@kubernetes-models/gateway-api/gateway.networking.k8s.io/v1/RouteGroupKind.js
var RouteGroupKind = class extends Model {
  constructor(data) {
    super(), this.setDefinedProps(data);
  }
};
setValidateFunc(RouteGroupKind, validate11);

// node_modules/@kubernetes-models/gateway-api/gateway.networking.k8s.io/v1/RouteNamespaces.js
var RouteNamespaces = class extends Model {
  constructor(data) {
    super(), this.setDefinedProps(data);
  }
};
setValidateFunc(RouteNamespaces, validate16);

// node_modules/@kubernetes-models/gateway-api/gateway.networking.k8s.io/v1/RouteParentStatus.js
var RouteParentStatus = class extends Model {
  constructor(data) {
    super(), this.setDefinedProps(data);
  }
};
setValidateFunc(RouteParentStatus, validate160);

// node_modules/@kubernetes-models/gateway-api/gateway.networking.k8s.io/v1/RouteStatus.js
var RouteStatus = class extends Model {
  constructor(data) {
    super(), this.setDefinedProps(data);
  }
};
setValidateFunc(RouteStatus, validate162);

// node_modules/@kubernetes-models/gateway-api/gateway.networking.k8s.io/v1/SecretObjectReference.js
var SecretObjectReference = class extends Model {
  constructor(data) {
    super(), this.setDefinedProps(data);
  }
};
setValidateFunc(SecretObjectReference, validate182);

// node_modules/@kubernetes-models/gateway-api/gateway.networking.k8s.io/v1/SessionPersistence.js
var SessionPersistence = class extends Model {
  constructor(data) {
    super(), this.setDefinedProps(data);
  }
};
setValidateFunc(SessionPersistence, validate155);

// node_modules/@kubernetes-models/gateway-api/gateway.networking.k8s.io/v1/SubjectAltName.js
var SubjectAltName = class extends Model {
  constructor(data) {
    super(), this.setDefinedProps(data);
  }
};
setValidateFunc(SubjectAltName, validate44);

// node_modules/@kubernetes-models/gateway-api/gateway.networking.k8s.io/v1/SupportedFeature.js
var SupportedFeature = class extends Model {
  constructor(data) {
    super(), this.setDefinedProps(data);
  }
};
setValidateFunc(SupportedFeature, validate207);

// node_modules/@kubernetes-models/gateway-api/gateway.networking.k8s.io/v1/TLSConfig.js
var TLSConfig = class extends Model {
  constructor(data) {
    super(), this.setDefinedProps(data);
  }
};
setValidateFunc(TLSConfig, validate84);

// node_modules/@kubernetes-models/gateway-api/gateway.networking.k8s.io/v1/TLSPortConfig.js
var TLSPortConfig = class extends Model {
  constructor(data) {
    super(), this.setDefinedProps(data);
  }
};
setValidateFunc(TLSPortConfig, validate85);

// node_modules/@kubernetes-models/gateway-api/_schemas/IoK8sSigsGatewayApiApisV1TLSRouteRule.js
var validate283 = validate0146;
function validate284(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return validate26(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate26.errors : vErrors.concat(validate26.errors)).length), validate284.errors = vErrors, 0 === errors;
}
function validate1155(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (Array.isArray(data)) {
    if (data.length > 16) {
      let err0 = { instancePath, schemaPath: "#/maxItems", keyword: "maxItems", params: { limit: 16 } };
      null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    if (data.length < 1) {
      let err1 = { instancePath, schemaPath: "#/minItems", keyword: "minItems", params: { limit: 1 } };
      null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) validate284(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData }) || (errors = (vErrors = null === vErrors ? validate284.errors : vErrors.concat(validate284.errors)).length);
  } else {
    let err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    null === vErrors ? vErrors = [err2] : vErrors.push(err2), errors++;
  }
  return validate1155.errors = vErrors, 0 === errors;
}
function validate726(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data && null !== data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate35(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate35.errors : vErrors.concat(validate35.errors)).length), validate726.errors = vErrors, 0 === errors;
}
function validate0146(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) {
    if (void 0 === data.backendRefs) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "backendRefs" } };
      null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    void 0 !== data.backendRefs && (validate1155(data.backendRefs, { instancePath: instancePath + "/backendRefs", parentData: data, parentDataProperty: "backendRefs", rootData }) || (errors = (vErrors = null === vErrors ? validate1155.errors : vErrors.concat(validate1155.errors)).length)), void 0 !== data.name && (validate726(data.name, { instancePath: instancePath + "/name", parentData: data, parentDataProperty: "name", rootData }) || (errors = (vErrors = null === vErrors ? validate726.errors : vErrors.concat(validate726.errors)).length));
  } else {
    let err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate0146.errors = vErrors, 0 === errors;
}

// node_modules/@kubernetes-models/gateway-api/_schemas/IoK8sSigsGatewayApiApisV1TLSRouteSpec.js
var validate285 = validate0147;
function validate1156(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return validate67(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate67.errors : vErrors.concat(validate67.errors)).length), validate1156.errors = vErrors, 0 === errors;
}
function validate617(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate39(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate39.errors : vErrors.concat(validate39.errors)).length), validate617.errors = vErrors, 0 === errors;
}
function validate552(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (Array.isArray(data)) {
    if (data.length > 16) {
      let err0 = { instancePath, schemaPath: "#/maxItems", keyword: "maxItems", params: { limit: 16 } };
      null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    if (data.length < 1) {
      let err1 = { instancePath, schemaPath: "#/minItems", keyword: "minItems", params: { limit: 1 } };
      null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) validate617(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData }) || (errors = (vErrors = null === vErrors ? validate617.errors : vErrors.concat(validate617.errors)).length);
  } else {
    let err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    null === vErrors ? vErrors = [err2] : vErrors.push(err2), errors++;
  }
  return validate552.errors = vErrors, 0 === errors;
}
function validate1215(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return validate283(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate283.errors : vErrors.concat(validate283.errors)).length), validate1215.errors = vErrors, 0 === errors;
}
function validate1157(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (Array.isArray(data)) {
    if (data.length > 1) {
      let err0 = { instancePath, schemaPath: "#/maxItems", keyword: "maxItems", params: { limit: 1 } };
      null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    if (data.length < 1) {
      let err1 = { instancePath, schemaPath: "#/minItems", keyword: "minItems", params: { limit: 1 } };
      null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) validate1215(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData }) || (errors = (vErrors = null === vErrors ? validate1215.errors : vErrors.concat(validate1215.errors)).length);
  } else {
    let err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    null === vErrors ? vErrors = [err2] : vErrors.push(err2), errors++;
  }
  return validate1157.errors = vErrors, 0 === errors;
}
function validate0147(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (validate1156(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate1156.errors : vErrors.concat(validate1156.errors)).length), data && "object" == typeof data && !Array.isArray(data)) {
    if (void 0 === data.hostnames) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "hostnames" } };
      null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    if (void 0 === data.rules) {
      let err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "rules" } };
      null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    void 0 !== data.hostnames && (validate552(data.hostnames, { instancePath: instancePath + "/hostnames", parentData: data, parentDataProperty: "hostnames", rootData }) || (errors = (vErrors = null === vErrors ? validate552.errors : vErrors.concat(validate552.errors)).length)), void 0 !== data.rules && (validate1157(data.rules, { instancePath: instancePath + "/rules", parentData: data, parentDataProperty: "rules", rootData }) || (errors = (vErrors = null === vErrors ? validate1157.errors : vErrors.concat(validate1157.errors)).length));
  } else {
    let err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err2] : vErrors.push(err2), errors++;
  }
  return validate0147.errors = vErrors, 0 === errors;
}

// node_modules/@kubernetes-models/gateway-api/_schemas/IoK8sSigsGatewayApiApisV1TLSRouteStatus.js
var validate286 = validate0148;
function validate1158(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return validate162(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate162.errors : vErrors.concat(validate162.errors)).length), validate1158.errors = vErrors, 0 === errors;
}
function validate0148(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!(data && "object" == typeof data && !Array.isArray(data))) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate1158(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate1158.errors : vErrors.concat(validate1158.errors)).length), validate0148.errors = vErrors, 0 === errors;
}

// node_modules/@kubernetes-models/gateway-api/_schemas/IoK8sSigsGatewayApiApisV1TLSRoute.js
var validate287 = validate0149;
var schema1_enum17 = ["gateway.networking.k8s.io/v1"];
function validate1159(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if ("gateway.networking.k8s.io/v1" !== data) {
    let err1 = { instancePath, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: schema1_enum17 } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate1159.errors = vErrors, 0 === errors;
}
var schema2_enum9 = ["TLSRoute"];
function validate334(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if ("TLSRoute" !== data) {
    let err1 = { instancePath, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: schema2_enum9 } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate334.errors = vErrors, 0 === errors;
}
function validate553(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return null !== data && (validate31(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate31.errors : vErrors.concat(validate31.errors)).length)), validate553.errors = vErrors, 0 === errors;
}
function validate941(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return validate285(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate285.errors : vErrors.concat(validate285.errors)).length), validate941.errors = vErrors, 0 === errors;
}
function validate1327(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return null !== data && (validate286(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate286.errors : vErrors.concat(validate286.errors)).length)), validate1327.errors = vErrors, 0 === errors;
}
function validate0149(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) {
    if (void 0 === data.spec) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "spec" } };
      null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    if (void 0 === data.apiVersion) {
      let err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "apiVersion" } };
      null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    if (void 0 === data.kind) {
      let err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" } };
      null === vErrors ? vErrors = [err2] : vErrors.push(err2), errors++;
    }
    void 0 !== data.apiVersion && (validate1159(data.apiVersion, { instancePath: instancePath + "/apiVersion", parentData: data, parentDataProperty: "apiVersion", rootData }) || (errors = (vErrors = null === vErrors ? validate1159.errors : vErrors.concat(validate1159.errors)).length)), void 0 !== data.kind && (validate334(data.kind, { instancePath: instancePath + "/kind", parentData: data, parentDataProperty: "kind", rootData }) || (errors = (vErrors = null === vErrors ? validate334.errors : vErrors.concat(validate334.errors)).length)), void 0 !== data.metadata && (validate553(data.metadata, { instancePath: instancePath + "/metadata", parentData: data, parentDataProperty: "metadata", rootData }) || (errors = (vErrors = null === vErrors ? validate553.errors : vErrors.concat(validate553.errors)).length)), void 0 !== data.spec && (validate941(data.spec, { instancePath: instancePath + "/spec", parentData: data, parentDataProperty: "spec", rootData }) || (errors = (vErrors = null === vErrors ? validate941.errors : vErrors.concat(validate941.errors)).length)), void 0 !== data.status && (validate1327(data.status, { instancePath: instancePath + "/status", parentData: data, parentDataProperty: "status", rootData }) || (errors = (vErrors = null === vErrors ? validate1327.errors : vErrors.concat(validate1327.errors)).length));
  } else {
    let err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err3] : vErrors.push(err3), errors++;
  }
  return validate0149.errors = vErrors, 0 === errors;
}

// node_modules/@kubernetes-models/gateway-api/gateway.networking.k8s.io/v1/TLSRoute.js
var TLSRoute = class _TLSRoute extends Model {
  static {
    this.apiVersion = "gateway.networking.k8s.io/v1";
  }
  static {
    this.kind = "TLSRoute";
  }
  static {
    this.is = createTypeMetaGuard(_TLSRoute);
  }
  constructor(data) {
    super(), this.setDefinedProps({ apiVersion: _TLSRoute.apiVersion, kind: _TLSRoute.kind, ...data });
  }
};
setValidateFunc(TLSRoute, validate287);

// node_modules/@kubernetes-models/gateway-api/_schemas/IoK8sSigsGatewayApiApisV1TLSRouteList.js
var validate288 = validate0150;
var schema1_enum18 = ["gateway.networking.k8s.io/v1"];
function validate1160(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if ("gateway.networking.k8s.io/v1" !== data) {
    let err1 = { instancePath, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: schema1_enum18 } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate1160.errors = vErrors, 0 === errors;
}
function validate423(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return validate287(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate287.errors : vErrors.concat(validate287.errors)).length), validate423.errors = vErrors, 0 === errors;
}
function validate335(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (Array.isArray(data)) {
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) validate423(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData }) || (errors = (vErrors = null === vErrors ? validate423.errors : vErrors.concat(validate423.errors)).length);
  } else {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate335.errors = vErrors, 0 === errors;
}
var schema5_enum8 = ["TLSRouteList"];
function validate942(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if ("string" != typeof data) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if ("TLSRouteList" !== data) {
    let err1 = { instancePath, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: schema5_enum8 } };
    null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate942.errors = vErrors, 0 === errors;
}
function validate1161(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return null !== data && (validate64(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = null === vErrors ? validate64.errors : vErrors.concat(validate64.errors)).length)), validate1161.errors = vErrors, 0 === errors;
}
function validate0150(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && "object" == typeof data && !Array.isArray(data)) {
    if (void 0 === data.items) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "items" } };
      null === vErrors ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    if (void 0 === data.apiVersion) {
      let err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "apiVersion" } };
      null === vErrors ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    if (void 0 === data.kind) {
      let err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" } };
      null === vErrors ? vErrors = [err2] : vErrors.push(err2), errors++;
    }
    void 0 !== data.apiVersion && (validate1160(data.apiVersion, { instancePath: instancePath + "/apiVersion", parentData: data, parentDataProperty: "apiVersion", rootData }) || (errors = (vErrors = null === vErrors ? validate1160.errors : vErrors.concat(validate1160.errors)).length)), void 0 !== data.items && (validate335(data.items, { instancePath: instancePath + "/items", parentData: data, parentDataProperty: "items", rootData }) || (errors = (vErrors = null === vErrors ? validate335.errors : vErrors.concat(validate335.errors)).length)), void 0 !== data.kind && (validate942(data.kind, { instancePath: instancePath + "/kind", parentData: data, parentDataProperty: "kind", rootData }) || (errors = (vErrors = null === vErrors ? validate942.errors : vErrors.concat(validate942.errors)).length)), void 0 !== data.metadata && (validate1161(data.metadata, { instancePath: instancePath + "/metadata", parentData: data, parentDataProperty: "metadata", rootData }) || (errors = (vErrors = null === vErrors ? validate1161.errors : vErrors.concat(validate1161.errors)).length));
  } else {
    let err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    null === vErrors ? vErrors = [err3] : vErrors.push(err3), errors++;
  }
  return validate0150.errors = vErrors, 0 === errors;
}

// node_modules/@kubernetes-models/gateway-api/gateway.networking.k8s.io/v1/TLSRouteList.js
var TLSRouteList = class _TLSRouteList extends Model {
  static {
    this.apiVersion = "gateway.networking.k8s.io/v1";
  }
  static {
    this.kind = "TLSRouteList";
  }
  static {
    this.is = createTypeMetaGuard(_TLSRouteList);
  }
  constructor(data) {
    super(), this.setDefinedProps({ apiVersion: _TLSRouteList.apiVersion, kind: _TLSRouteList.kind, ...data });
  }
};
setValidateFunc(TLSRouteList, validate288);

// node_modules/@kubernetes-models/gateway-api/gateway.networking.k8s.io/v1/TLSRouteRule.js
var TLSRouteRule = class extends Model {
  constructor(data) {
    super(), this.setDefinedProps(data);
  }
};
setValidateFunc(TLSRouteRule, validate283);

// node_modules/@kubernetes-models/gateway-api/gateway.networking.k8s.io/v1/TLSRouteSpec.js
var TLSRouteSpec = class extends Model {
  constructor(data) {
    super(), this.setDefinedProps(data);
  }
};
setValidateFunc(TLSRouteSpec, validate285);

// node_modules/@kubernetes-models/gateway-api/gateway.networking.k8s.io/v1/TLSRouteStatus.js
var TLSRouteStatus = class extends Model {
  constructor(data) {
    super(), this.setDefinedProps(data);
  }
};
setValidateFunc(TLSRouteStatus, validate286);
export {
  AllowedListeners,
  AllowedRoutes,
  BackendObjectReference,
  BackendRef,
  BackendTLSPolicy,
  BackendTLSPolicyList,
  BackendTLSPolicySpec,
  BackendTLSPolicyValidation,
  CommonRouteSpec,
  CookieConfig,
  ForwardBodyConfig,
  Fraction,
  FrontendTLSConfig,
  FrontendTLSValidation,
  GRPCAuthConfig,
  GRPCBackendRef,
  GRPCHeaderMatch,
  GRPCMethodMatch,
  GRPCRoute,
  GRPCRouteFilter,
  GRPCRouteList,
  GRPCRouteMatch,
  GRPCRouteRule,
  GRPCRouteSpec,
  GRPCRouteStatus,
  Gateway,
  GatewayBackendTLS,
  GatewayClass,
  GatewayClassList,
  GatewayClassSpec,
  GatewayClassStatus,
  GatewayInfrastructure,
  GatewayList,
  GatewaySpec,
  GatewaySpecAddress,
  GatewayStatus,
  GatewayStatusAddress,
  GatewayTLSConfig,
  HTTPAuthConfig,
  HTTPBackendRef,
  HTTPCORSFilter,
  HTTPExternalAuthFilter,
  HTTPHeader,
  HTTPHeaderFilter,
  HTTPHeaderMatch,
  HTTPPathMatch,
  HTTPPathModifier,
  HTTPQueryParamMatch,
  HTTPRequestMirrorFilter,
  HTTPRequestRedirectFilter,
  HTTPRoute,
  HTTPRouteFilter,
  HTTPRouteList,
  HTTPRouteMatch,
  HTTPRouteRetry,
  HTTPRouteRule,
  HTTPRouteSpec,
  HTTPRouteStatus,
  HTTPRouteTimeouts,
  HTTPURLRewriteFilter,
  Listener,
  ListenerEntry,
  ListenerEntryStatus,
  ListenerNamespaces,
  ListenerSet,
  ListenerSetList,
  ListenerSetSpec,
  ListenerSetStatus,
  ListenerStatus,
  ListenerTLSConfig,
  LocalObjectReference,
  LocalParametersReference,
  LocalPolicyTargetReference,
  LocalPolicyTargetReferenceWithSectionName,
  ObjectReference,
  ParametersReference,
  ParentGatewayReference,
  ParentReference,
  PolicyAncestorStatus,
  PolicyStatus,
  ReferenceGrant,
  ReferenceGrantFrom,
  ReferenceGrantList,
  ReferenceGrantSpec,
  ReferenceGrantTo,
  RouteGroupKind,
  RouteNamespaces,
  RouteParentStatus,
  RouteStatus,
  SecretObjectReference,
  SessionPersistence,
  SubjectAltName,
  SupportedFeature,
  TLSConfig,
  TLSPortConfig,
  TLSRoute,
  TLSRouteList,
  TLSRouteRule,
  TLSRouteSpec,
  TLSRouteStatus
};
