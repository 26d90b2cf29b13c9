import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  IGNORED,
  MAX_READ_BYTES,
  decodeUtf8,
  existsInRepo,
  globRepo,
  imageNameProblem,
  isSemver,
  lineAt,
  lineIndex,
  mib,
  notUtf8,
  parseYaml,
  readRepoBytes,
  readRepoText,
  resolveRepoFile,
  shown
} from "./chunk-EPMUPLEO.js";
import {
  require_dist
} from "./chunk-OOIETZWO.js";
import {
  Problems,
  UserError
} from "./chunk-IXRSKL5H.js";
import {
  __toESM
} from "./chunk-HANBNIMK.js";

// src/version/scan.ts
import { closeSync, openSync, readSync } from "node:fs";
import path from "node:path";

// node_modules/jsonc-parser/lib/esm/impl/scanner.js
function createScanner(text, ignoreTrivia = false) {
  const len = text.length;
  let pos = 0, value = "", tokenOffset = 0, token = 16, lineNumber = 0, lineStartOffset = 0, tokenLineStartOffset = 0, prevTokenLineStartOffset = 0, scanError = 0;
  function scanHexDigits(count, exact) {
    let digits = 0;
    let value2 = 0;
    while (digits < count || !exact) {
      let ch = text.charCodeAt(pos);
      if (ch >= 48 && ch <= 57) {
        value2 = value2 * 16 + ch - 48;
      } else if (ch >= 65 && ch <= 70) {
        value2 = value2 * 16 + ch - 65 + 10;
      } else if (ch >= 97 && ch <= 102) {
        value2 = value2 * 16 + ch - 97 + 10;
      } else {
        break;
      }
      pos++;
      digits++;
    }
    if (digits < count) {
      value2 = -1;
    }
    return value2;
  }
  function setPosition(newPosition) {
    pos = newPosition;
    value = "";
    tokenOffset = 0;
    token = 16;
    scanError = 0;
  }
  function scanNumber() {
    let start = pos;
    if (text.charCodeAt(pos) === 48) {
      pos++;
    } else {
      pos++;
      while (pos < text.length && isDigit(text.charCodeAt(pos))) {
        pos++;
      }
    }
    if (pos < text.length && text.charCodeAt(pos) === 46) {
      pos++;
      if (pos < text.length && isDigit(text.charCodeAt(pos))) {
        pos++;
        while (pos < text.length && isDigit(text.charCodeAt(pos))) {
          pos++;
        }
      } else {
        scanError = 3;
        return text.substring(start, pos);
      }
    }
    let end = pos;
    if (pos < text.length && (text.charCodeAt(pos) === 69 || text.charCodeAt(pos) === 101)) {
      pos++;
      if (pos < text.length && text.charCodeAt(pos) === 43 || text.charCodeAt(pos) === 45) {
        pos++;
      }
      if (pos < text.length && isDigit(text.charCodeAt(pos))) {
        pos++;
        while (pos < text.length && isDigit(text.charCodeAt(pos))) {
          pos++;
        }
        end = pos;
      } else {
        scanError = 3;
      }
    }
    return text.substring(start, end);
  }
  function scanString() {
    let result = "", start = pos;
    while (true) {
      if (pos >= len) {
        result += text.substring(start, pos);
        scanError = 2;
        break;
      }
      const ch = text.charCodeAt(pos);
      if (ch === 34) {
        result += text.substring(start, pos);
        pos++;
        break;
      }
      if (ch === 92) {
        result += text.substring(start, pos);
        pos++;
        if (pos >= len) {
          scanError = 2;
          break;
        }
        const ch2 = text.charCodeAt(pos++);
        switch (ch2) {
          case 34:
            result += '"';
            break;
          case 92:
            result += "\\";
            break;
          case 47:
            result += "/";
            break;
          case 98:
            result += "\b";
            break;
          case 102:
            result += "\f";
            break;
          case 110:
            result += "\n";
            break;
          case 114:
            result += "\r";
            break;
          case 116:
            result += "	";
            break;
          case 117:
            const ch3 = scanHexDigits(4, true);
            if (ch3 >= 0) {
              result += String.fromCharCode(ch3);
            } else {
              scanError = 4;
            }
            break;
          default:
            scanError = 5;
        }
        start = pos;
        continue;
      }
      if (ch >= 0 && ch <= 31) {
        if (isLineBreak(ch)) {
          result += text.substring(start, pos);
          scanError = 2;
          break;
        } else {
          scanError = 6;
        }
      }
      pos++;
    }
    return result;
  }
  function scanNext() {
    value = "";
    scanError = 0;
    tokenOffset = pos;
    lineStartOffset = lineNumber;
    prevTokenLineStartOffset = tokenLineStartOffset;
    if (pos >= len) {
      tokenOffset = len;
      return token = 17;
    }
    let code = text.charCodeAt(pos);
    if (isWhiteSpace(code)) {
      do {
        pos++;
        value += String.fromCharCode(code);
        code = text.charCodeAt(pos);
      } while (isWhiteSpace(code));
      return token = 15;
    }
    if (isLineBreak(code)) {
      pos++;
      value += String.fromCharCode(code);
      if (code === 13 && text.charCodeAt(pos) === 10) {
        pos++;
        value += "\n";
      }
      lineNumber++;
      tokenLineStartOffset = pos;
      return token = 14;
    }
    switch (code) {
      // tokens: []{}:,
      case 123:
        pos++;
        return token = 1;
      case 125:
        pos++;
        return token = 2;
      case 91:
        pos++;
        return token = 3;
      case 93:
        pos++;
        return token = 4;
      case 58:
        pos++;
        return token = 6;
      case 44:
        pos++;
        return token = 5;
      // strings
      case 34:
        pos++;
        value = scanString();
        return token = 10;
      // comments
      case 47:
        const start = pos - 1;
        if (text.charCodeAt(pos + 1) === 47) {
          pos += 2;
          while (pos < len) {
            if (isLineBreak(text.charCodeAt(pos))) {
              break;
            }
            pos++;
          }
          value = text.substring(start, pos);
          return token = 12;
        }
        if (text.charCodeAt(pos + 1) === 42) {
          pos += 2;
          const safeLength = len - 1;
          let commentClosed = false;
          while (pos < safeLength) {
            const ch = text.charCodeAt(pos);
            if (ch === 42 && text.charCodeAt(pos + 1) === 47) {
              pos += 2;
              commentClosed = true;
              break;
            }
            pos++;
            if (isLineBreak(ch)) {
              if (ch === 13 && text.charCodeAt(pos) === 10) {
                pos++;
              }
              lineNumber++;
              tokenLineStartOffset = pos;
            }
          }
          if (!commentClosed) {
            pos++;
            scanError = 1;
          }
          value = text.substring(start, pos);
          return token = 13;
        }
        value += String.fromCharCode(code);
        pos++;
        return token = 16;
      // numbers
      case 45:
        value += String.fromCharCode(code);
        pos++;
        if (pos === len || !isDigit(text.charCodeAt(pos))) {
          return token = 16;
        }
      // found a minus, followed by a number so
      // we fall through to proceed with scanning
      // numbers
      case 48:
      case 49:
      case 50:
      case 51:
      case 52:
      case 53:
      case 54:
      case 55:
      case 56:
      case 57:
        value += scanNumber();
        return token = 11;
      // literals and unknown symbols
      default:
        while (pos < len && isUnknownContentCharacter(code)) {
          pos++;
          code = text.charCodeAt(pos);
        }
        if (tokenOffset !== pos) {
          value = text.substring(tokenOffset, pos);
          switch (value) {
            case "true":
              return token = 8;
            case "false":
              return token = 9;
            case "null":
              return token = 7;
          }
          return token = 16;
        }
        value += String.fromCharCode(code);
        pos++;
        return token = 16;
    }
  }
  function isUnknownContentCharacter(code) {
    if (isWhiteSpace(code) || isLineBreak(code)) {
      return false;
    }
    switch (code) {
      case 125:
      case 93:
      case 123:
      case 91:
      case 34:
      case 58:
      case 44:
      case 47:
        return false;
    }
    return true;
  }
  function scanNextNonTrivia() {
    let result;
    do {
      result = scanNext();
    } while (result >= 12 && result <= 15);
    return result;
  }
  return {
    setPosition,
    getPosition: () => pos,
    scan: ignoreTrivia ? scanNextNonTrivia : scanNext,
    getToken: () => token,
    getTokenValue: () => value,
    getTokenOffset: () => tokenOffset,
    getTokenLength: () => pos - tokenOffset,
    getTokenStartLine: () => lineStartOffset,
    getTokenStartCharacter: () => tokenOffset - prevTokenLineStartOffset,
    getTokenError: () => scanError
  };
}
function isWhiteSpace(ch) {
  return ch === 32 || ch === 9;
}
function isLineBreak(ch) {
  return ch === 10 || ch === 13;
}
function isDigit(ch) {
  return ch >= 48 && ch <= 57;
}
var CharacterCodes;
(function(CharacterCodes2) {
  CharacterCodes2[CharacterCodes2["lineFeed"] = 10] = "lineFeed";
  CharacterCodes2[CharacterCodes2["carriageReturn"] = 13] = "carriageReturn";
  CharacterCodes2[CharacterCodes2["space"] = 32] = "space";
  CharacterCodes2[CharacterCodes2["_0"] = 48] = "_0";
  CharacterCodes2[CharacterCodes2["_1"] = 49] = "_1";
  CharacterCodes2[CharacterCodes2["_2"] = 50] = "_2";
  CharacterCodes2[CharacterCodes2["_3"] = 51] = "_3";
  CharacterCodes2[CharacterCodes2["_4"] = 52] = "_4";
  CharacterCodes2[CharacterCodes2["_5"] = 53] = "_5";
  CharacterCodes2[CharacterCodes2["_6"] = 54] = "_6";
  CharacterCodes2[CharacterCodes2["_7"] = 55] = "_7";
  CharacterCodes2[CharacterCodes2["_8"] = 56] = "_8";
  CharacterCodes2[CharacterCodes2["_9"] = 57] = "_9";
  CharacterCodes2[CharacterCodes2["a"] = 97] = "a";
  CharacterCodes2[CharacterCodes2["b"] = 98] = "b";
  CharacterCodes2[CharacterCodes2["c"] = 99] = "c";
  CharacterCodes2[CharacterCodes2["d"] = 100] = "d";
  CharacterCodes2[CharacterCodes2["e"] = 101] = "e";
  CharacterCodes2[CharacterCodes2["f"] = 102] = "f";
  CharacterCodes2[CharacterCodes2["g"] = 103] = "g";
  CharacterCodes2[CharacterCodes2["h"] = 104] = "h";
  CharacterCodes2[CharacterCodes2["i"] = 105] = "i";
  CharacterCodes2[CharacterCodes2["j"] = 106] = "j";
  CharacterCodes2[CharacterCodes2["k"] = 107] = "k";
  CharacterCodes2[CharacterCodes2["l"] = 108] = "l";
  CharacterCodes2[CharacterCodes2["m"] = 109] = "m";
  CharacterCodes2[CharacterCodes2["n"] = 110] = "n";
  CharacterCodes2[CharacterCodes2["o"] = 111] = "o";
  CharacterCodes2[CharacterCodes2["p"] = 112] = "p";
  CharacterCodes2[CharacterCodes2["q"] = 113] = "q";
  CharacterCodes2[CharacterCodes2["r"] = 114] = "r";
  CharacterCodes2[CharacterCodes2["s"] = 115] = "s";
  CharacterCodes2[CharacterCodes2["t"] = 116] = "t";
  CharacterCodes2[CharacterCodes2["u"] = 117] = "u";
  CharacterCodes2[CharacterCodes2["v"] = 118] = "v";
  CharacterCodes2[CharacterCodes2["w"] = 119] = "w";
  CharacterCodes2[CharacterCodes2["x"] = 120] = "x";
  CharacterCodes2[CharacterCodes2["y"] = 121] = "y";
  CharacterCodes2[CharacterCodes2["z"] = 122] = "z";
  CharacterCodes2[CharacterCodes2["A"] = 65] = "A";
  CharacterCodes2[CharacterCodes2["B"] = 66] = "B";
  CharacterCodes2[CharacterCodes2["C"] = 67] = "C";
  CharacterCodes2[CharacterCodes2["D"] = 68] = "D";
  CharacterCodes2[CharacterCodes2["E"] = 69] = "E";
  CharacterCodes2[CharacterCodes2["F"] = 70] = "F";
  CharacterCodes2[CharacterCodes2["G"] = 71] = "G";
  CharacterCodes2[CharacterCodes2["H"] = 72] = "H";
  CharacterCodes2[CharacterCodes2["I"] = 73] = "I";
  CharacterCodes2[CharacterCodes2["J"] = 74] = "J";
  CharacterCodes2[CharacterCodes2["K"] = 75] = "K";
  CharacterCodes2[CharacterCodes2["L"] = 76] = "L";
  CharacterCodes2[CharacterCodes2["M"] = 77] = "M";
  CharacterCodes2[CharacterCodes2["N"] = 78] = "N";
  CharacterCodes2[CharacterCodes2["O"] = 79] = "O";
  CharacterCodes2[CharacterCodes2["P"] = 80] = "P";
  CharacterCodes2[CharacterCodes2["Q"] = 81] = "Q";
  CharacterCodes2[CharacterCodes2["R"] = 82] = "R";
  CharacterCodes2[CharacterCodes2["S"] = 83] = "S";
  CharacterCodes2[CharacterCodes2["T"] = 84] = "T";
  CharacterCodes2[CharacterCodes2["U"] = 85] = "U";
  CharacterCodes2[CharacterCodes2["V"] = 86] = "V";
  CharacterCodes2[CharacterCodes2["W"] = 87] = "W";
  CharacterCodes2[CharacterCodes2["X"] = 88] = "X";
  CharacterCodes2[CharacterCodes2["Y"] = 89] = "Y";
  CharacterCodes2[CharacterCodes2["Z"] = 90] = "Z";
  CharacterCodes2[CharacterCodes2["asterisk"] = 42] = "asterisk";
  CharacterCodes2[CharacterCodes2["backslash"] = 92] = "backslash";
  CharacterCodes2[CharacterCodes2["closeBrace"] = 125] = "closeBrace";
  CharacterCodes2[CharacterCodes2["closeBracket"] = 93] = "closeBracket";
  CharacterCodes2[CharacterCodes2["colon"] = 58] = "colon";
  CharacterCodes2[CharacterCodes2["comma"] = 44] = "comma";
  CharacterCodes2[CharacterCodes2["dot"] = 46] = "dot";
  CharacterCodes2[CharacterCodes2["doubleQuote"] = 34] = "doubleQuote";
  CharacterCodes2[CharacterCodes2["minus"] = 45] = "minus";
  CharacterCodes2[CharacterCodes2["openBrace"] = 123] = "openBrace";
  CharacterCodes2[CharacterCodes2["openBracket"] = 91] = "openBracket";
  CharacterCodes2[CharacterCodes2["plus"] = 43] = "plus";
  CharacterCodes2[CharacterCodes2["slash"] = 47] = "slash";
  CharacterCodes2[CharacterCodes2["formFeed"] = 12] = "formFeed";
  CharacterCodes2[CharacterCodes2["tab"] = 9] = "tab";
})(CharacterCodes || (CharacterCodes = {}));

// node_modules/jsonc-parser/lib/esm/impl/string-intern.js
var cachedSpaces = new Array(20).fill(0).map((_, index) => {
  return " ".repeat(index);
});
var maxCachedValues = 200;
var cachedBreakLinesWithSpaces = {
  " ": {
    "\n": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\n" + " ".repeat(index);
    }),
    "\r": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\r" + " ".repeat(index);
    }),
    "\r\n": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\r\n" + " ".repeat(index);
    })
  },
  "	": {
    "\n": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\n" + "	".repeat(index);
    }),
    "\r": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\r" + "	".repeat(index);
    }),
    "\r\n": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\r\n" + "	".repeat(index);
    })
  }
};

// node_modules/jsonc-parser/lib/esm/impl/parser.js
var ParseOptions;
(function(ParseOptions2) {
  ParseOptions2.DEFAULT = {
    allowTrailingComma: false
  };
})(ParseOptions || (ParseOptions = {}));
function parseTree(text, errors = [], options = ParseOptions.DEFAULT) {
  let currentParent = { type: "array", offset: -1, length: -1, children: [], parent: void 0 };
  function ensurePropertyComplete(endOffset) {
    if (currentParent.type === "property") {
      currentParent.length = endOffset - currentParent.offset;
      currentParent = currentParent.parent;
    }
  }
  function onValue(valueNode) {
    currentParent.children.push(valueNode);
    return valueNode;
  }
  const visitor = {
    onObjectBegin: (offset) => {
      currentParent = onValue({ type: "object", offset, length: -1, parent: currentParent, children: [] });
    },
    onObjectProperty: (name, offset, length) => {
      currentParent = onValue({ type: "property", offset, length: -1, parent: currentParent, children: [] });
      currentParent.children.push({ type: "string", value: name, offset, length, parent: currentParent });
    },
    onObjectEnd: (offset, length) => {
      ensurePropertyComplete(offset + length);
      currentParent.length = offset + length - currentParent.offset;
      currentParent = currentParent.parent;
      ensurePropertyComplete(offset + length);
    },
    onArrayBegin: (offset, length) => {
      currentParent = onValue({ type: "array", offset, length: -1, parent: currentParent, children: [] });
    },
    onArrayEnd: (offset, length) => {
      currentParent.length = offset + length - currentParent.offset;
      currentParent = currentParent.parent;
      ensurePropertyComplete(offset + length);
    },
    onLiteralValue: (value, offset, length) => {
      onValue({ type: getNodeType(value), offset, length, parent: currentParent, value });
      ensurePropertyComplete(offset + length);
    },
    onSeparator: (sep, offset, length) => {
      if (currentParent.type === "property") {
        if (sep === ":") {
          currentParent.colonOffset = offset;
        } else if (sep === ",") {
          ensurePropertyComplete(offset);
        }
      }
    },
    onError: (error, offset, length) => {
      errors.push({ error, offset, length });
    }
  };
  visit(text, visitor, options);
  const result = currentParent.children[0];
  if (result) {
    delete result.parent;
  }
  return result;
}
function findNodeAtLocation(root, path2) {
  if (!root) {
    return void 0;
  }
  let node = root;
  for (let segment of path2) {
    if (typeof segment === "string") {
      if (node.type !== "object" || !Array.isArray(node.children)) {
        return void 0;
      }
      let found = false;
      for (const propertyNode of node.children) {
        if (Array.isArray(propertyNode.children) && propertyNode.children[0].value === segment && propertyNode.children.length === 2) {
          node = propertyNode.children[1];
          found = true;
          break;
        }
      }
      if (!found) {
        return void 0;
      }
    } else {
      const index = segment;
      if (node.type !== "array" || index < 0 || !Array.isArray(node.children) || index >= node.children.length) {
        return void 0;
      }
      node = node.children[index];
    }
  }
  return node;
}
function visit(text, visitor, options = ParseOptions.DEFAULT) {
  const _scanner = createScanner(text, false);
  const _jsonPath = [];
  let suppressedCallbacks = 0;
  function toNoArgVisit(visitFunction) {
    return visitFunction ? () => suppressedCallbacks === 0 && visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter()) : () => true;
  }
  function toOneArgVisit(visitFunction) {
    return visitFunction ? (arg) => suppressedCallbacks === 0 && visitFunction(arg, _scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter()) : () => true;
  }
  function toOneArgVisitWithPath(visitFunction) {
    return visitFunction ? (arg) => suppressedCallbacks === 0 && visitFunction(arg, _scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter(), () => _jsonPath.slice()) : () => true;
  }
  function toBeginVisit(visitFunction) {
    return visitFunction ? () => {
      if (suppressedCallbacks > 0) {
        suppressedCallbacks++;
      } else {
        let cbReturn = visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter(), () => _jsonPath.slice());
        if (cbReturn === false) {
          suppressedCallbacks = 1;
        }
      }
    } : () => true;
  }
  function toEndVisit(visitFunction) {
    return visitFunction ? () => {
      if (suppressedCallbacks > 0) {
        suppressedCallbacks--;
      }
      if (suppressedCallbacks === 0) {
        visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter());
      }
    } : () => true;
  }
  const onObjectBegin = toBeginVisit(visitor.onObjectBegin), onObjectProperty = toOneArgVisitWithPath(visitor.onObjectProperty), onObjectEnd = toEndVisit(visitor.onObjectEnd), onArrayBegin = toBeginVisit(visitor.onArrayBegin), onArrayEnd = toEndVisit(visitor.onArrayEnd), onLiteralValue = toOneArgVisitWithPath(visitor.onLiteralValue), onSeparator = toOneArgVisit(visitor.onSeparator), onComment = toNoArgVisit(visitor.onComment), onError = toOneArgVisit(visitor.onError);
  const disallowComments = options && options.disallowComments;
  const allowTrailingComma = options && options.allowTrailingComma;
  function scanNext() {
    while (true) {
      const token = _scanner.scan();
      switch (_scanner.getTokenError()) {
        case 4:
          handleError(
            14
            /* ParseErrorCode.InvalidUnicode */
          );
          break;
        case 5:
          handleError(
            15
            /* ParseErrorCode.InvalidEscapeCharacter */
          );
          break;
        case 3:
          handleError(
            13
            /* ParseErrorCode.UnexpectedEndOfNumber */
          );
          break;
        case 1:
          if (!disallowComments) {
            handleError(
              11
              /* ParseErrorCode.UnexpectedEndOfComment */
            );
          }
          break;
        case 2:
          handleError(
            12
            /* ParseErrorCode.UnexpectedEndOfString */
          );
          break;
        case 6:
          handleError(
            16
            /* ParseErrorCode.InvalidCharacter */
          );
          break;
      }
      switch (token) {
        case 12:
        case 13:
          if (disallowComments) {
            handleError(
              10
              /* ParseErrorCode.InvalidCommentToken */
            );
          } else {
            onComment();
          }
          break;
        case 16:
          handleError(
            1
            /* ParseErrorCode.InvalidSymbol */
          );
          break;
        case 15:
        case 14:
          break;
        default:
          return token;
      }
    }
  }
  function handleError(error, skipUntilAfter = [], skipUntil = []) {
    onError(error);
    if (skipUntilAfter.length + skipUntil.length > 0) {
      let token = _scanner.getToken();
      while (token !== 17) {
        if (skipUntilAfter.indexOf(token) !== -1) {
          scanNext();
          break;
        } else if (skipUntil.indexOf(token) !== -1) {
          break;
        }
        token = scanNext();
      }
    }
  }
  function parseString(isValue) {
    const value = _scanner.getTokenValue();
    if (isValue) {
      onLiteralValue(value);
    } else {
      onObjectProperty(value);
      _jsonPath.push(value);
    }
    scanNext();
    return true;
  }
  function parseLiteral() {
    switch (_scanner.getToken()) {
      case 11:
        const tokenValue = _scanner.getTokenValue();
        let value = Number(tokenValue);
        if (isNaN(value)) {
          handleError(
            2
            /* ParseErrorCode.InvalidNumberFormat */
          );
          value = 0;
        }
        onLiteralValue(value);
        break;
      case 7:
        onLiteralValue(null);
        break;
      case 8:
        onLiteralValue(true);
        break;
      case 9:
        onLiteralValue(false);
        break;
      default:
        return false;
    }
    scanNext();
    return true;
  }
  function parseProperty() {
    if (_scanner.getToken() !== 10) {
      handleError(3, [], [
        2,
        5
        /* SyntaxKind.CommaToken */
      ]);
      return false;
    }
    parseString(false);
    if (_scanner.getToken() === 6) {
      onSeparator(":");
      scanNext();
      if (!parseValue()) {
        handleError(4, [], [
          2,
          5
          /* SyntaxKind.CommaToken */
        ]);
      }
    } else {
      handleError(5, [], [
        2,
        5
        /* SyntaxKind.CommaToken */
      ]);
    }
    _jsonPath.pop();
    return true;
  }
  function parseObject() {
    onObjectBegin();
    scanNext();
    let needsComma = false;
    while (_scanner.getToken() !== 2 && _scanner.getToken() !== 17) {
      if (_scanner.getToken() === 5) {
        if (!needsComma) {
          handleError(4, [], []);
        }
        onSeparator(",");
        scanNext();
        if (_scanner.getToken() === 2 && allowTrailingComma) {
          break;
        }
      } else if (needsComma) {
        handleError(6, [], []);
      }
      if (!parseProperty()) {
        handleError(4, [], [
          2,
          5
          /* SyntaxKind.CommaToken */
        ]);
      }
      needsComma = true;
    }
    onObjectEnd();
    if (_scanner.getToken() !== 2) {
      handleError(7, [
        2
        /* SyntaxKind.CloseBraceToken */
      ], []);
    } else {
      scanNext();
    }
    return true;
  }
  function parseArray() {
    onArrayBegin();
    scanNext();
    let isFirstElement = true;
    let needsComma = false;
    while (_scanner.getToken() !== 4 && _scanner.getToken() !== 17) {
      if (_scanner.getToken() === 5) {
        if (!needsComma) {
          handleError(4, [], []);
        }
        onSeparator(",");
        scanNext();
        if (_scanner.getToken() === 4 && allowTrailingComma) {
          break;
        }
      } else if (needsComma) {
        handleError(6, [], []);
      }
      if (isFirstElement) {
        _jsonPath.push(0);
        isFirstElement = false;
      } else {
        _jsonPath[_jsonPath.length - 1]++;
      }
      if (!parseValue()) {
        handleError(4, [], [
          4,
          5
          /* SyntaxKind.CommaToken */
        ]);
      }
      needsComma = true;
    }
    onArrayEnd();
    if (!isFirstElement) {
      _jsonPath.pop();
    }
    if (_scanner.getToken() !== 4) {
      handleError(8, [
        4
        /* SyntaxKind.CloseBracketToken */
      ], []);
    } else {
      scanNext();
    }
    return true;
  }
  function parseValue() {
    switch (_scanner.getToken()) {
      case 3:
        return parseArray();
      case 1:
        return parseObject();
      case 10:
        return parseString(true);
      default:
        return parseLiteral();
    }
  }
  scanNext();
  if (_scanner.getToken() === 17) {
    if (options.allowEmptyContent) {
      return true;
    }
    handleError(4, [], []);
    return false;
  }
  if (!parseValue()) {
    handleError(4, [], []);
    return false;
  }
  if (_scanner.getToken() !== 17) {
    handleError(9, [], []);
  }
  return true;
}
function getNodeType(value) {
  switch (typeof value) {
    case "boolean":
      return "boolean";
    case "number":
      return "number";
    case "string":
      return "string";
    case "object": {
      if (!value) {
        return "null";
      } else if (Array.isArray(value)) {
        return "array";
      }
      return "object";
    }
    default:
      return "null";
  }
}

// node_modules/jsonc-parser/lib/esm/main.js
var ScanError;
(function(ScanError2) {
  ScanError2[ScanError2["None"] = 0] = "None";
  ScanError2[ScanError2["UnexpectedEndOfComment"] = 1] = "UnexpectedEndOfComment";
  ScanError2[ScanError2["UnexpectedEndOfString"] = 2] = "UnexpectedEndOfString";
  ScanError2[ScanError2["UnexpectedEndOfNumber"] = 3] = "UnexpectedEndOfNumber";
  ScanError2[ScanError2["InvalidUnicode"] = 4] = "InvalidUnicode";
  ScanError2[ScanError2["InvalidEscapeCharacter"] = 5] = "InvalidEscapeCharacter";
  ScanError2[ScanError2["InvalidCharacter"] = 6] = "InvalidCharacter";
})(ScanError || (ScanError = {}));
var SyntaxKind;
(function(SyntaxKind2) {
  SyntaxKind2[SyntaxKind2["OpenBraceToken"] = 1] = "OpenBraceToken";
  SyntaxKind2[SyntaxKind2["CloseBraceToken"] = 2] = "CloseBraceToken";
  SyntaxKind2[SyntaxKind2["OpenBracketToken"] = 3] = "OpenBracketToken";
  SyntaxKind2[SyntaxKind2["CloseBracketToken"] = 4] = "CloseBracketToken";
  SyntaxKind2[SyntaxKind2["CommaToken"] = 5] = "CommaToken";
  SyntaxKind2[SyntaxKind2["ColonToken"] = 6] = "ColonToken";
  SyntaxKind2[SyntaxKind2["NullKeyword"] = 7] = "NullKeyword";
  SyntaxKind2[SyntaxKind2["TrueKeyword"] = 8] = "TrueKeyword";
  SyntaxKind2[SyntaxKind2["FalseKeyword"] = 9] = "FalseKeyword";
  SyntaxKind2[SyntaxKind2["StringLiteral"] = 10] = "StringLiteral";
  SyntaxKind2[SyntaxKind2["NumericLiteral"] = 11] = "NumericLiteral";
  SyntaxKind2[SyntaxKind2["LineCommentTrivia"] = 12] = "LineCommentTrivia";
  SyntaxKind2[SyntaxKind2["BlockCommentTrivia"] = 13] = "BlockCommentTrivia";
  SyntaxKind2[SyntaxKind2["LineBreakTrivia"] = 14] = "LineBreakTrivia";
  SyntaxKind2[SyntaxKind2["Trivia"] = 15] = "Trivia";
  SyntaxKind2[SyntaxKind2["Unknown"] = 16] = "Unknown";
  SyntaxKind2[SyntaxKind2["EOF"] = 17] = "EOF";
})(SyntaxKind || (SyntaxKind = {}));
var parseTree2 = parseTree;
var findNodeAtLocation2 = findNodeAtLocation;
var ParseErrorCode;
(function(ParseErrorCode2) {
  ParseErrorCode2[ParseErrorCode2["InvalidSymbol"] = 1] = "InvalidSymbol";
  ParseErrorCode2[ParseErrorCode2["InvalidNumberFormat"] = 2] = "InvalidNumberFormat";
  ParseErrorCode2[ParseErrorCode2["PropertyNameExpected"] = 3] = "PropertyNameExpected";
  ParseErrorCode2[ParseErrorCode2["ValueExpected"] = 4] = "ValueExpected";
  ParseErrorCode2[ParseErrorCode2["ColonExpected"] = 5] = "ColonExpected";
  ParseErrorCode2[ParseErrorCode2["CommaExpected"] = 6] = "CommaExpected";
  ParseErrorCode2[ParseErrorCode2["CloseBraceExpected"] = 7] = "CloseBraceExpected";
  ParseErrorCode2[ParseErrorCode2["CloseBracketExpected"] = 8] = "CloseBracketExpected";
  ParseErrorCode2[ParseErrorCode2["EndOfFileExpected"] = 9] = "EndOfFileExpected";
  ParseErrorCode2[ParseErrorCode2["InvalidCommentToken"] = 10] = "InvalidCommentToken";
  ParseErrorCode2[ParseErrorCode2["UnexpectedEndOfComment"] = 11] = "UnexpectedEndOfComment";
  ParseErrorCode2[ParseErrorCode2["UnexpectedEndOfString"] = 12] = "UnexpectedEndOfString";
  ParseErrorCode2[ParseErrorCode2["UnexpectedEndOfNumber"] = 13] = "UnexpectedEndOfNumber";
  ParseErrorCode2[ParseErrorCode2["InvalidUnicode"] = 14] = "InvalidUnicode";
  ParseErrorCode2[ParseErrorCode2["InvalidEscapeCharacter"] = 15] = "InvalidEscapeCharacter";
  ParseErrorCode2[ParseErrorCode2["InvalidCharacter"] = 16] = "InvalidCharacter";
})(ParseErrorCode || (ParseErrorCode = {}));
function printParseErrorCode(code) {
  switch (code) {
    case 1:
      return "InvalidSymbol";
    case 2:
      return "InvalidNumberFormat";
    case 3:
      return "PropertyNameExpected";
    case 4:
      return "ValueExpected";
    case 5:
      return "ColonExpected";
    case 6:
      return "CommaExpected";
    case 7:
      return "CloseBraceExpected";
    case 8:
      return "CloseBracketExpected";
    case 9:
      return "EndOfFileExpected";
    case 10:
      return "InvalidCommentToken";
    case 11:
      return "UnexpectedEndOfComment";
    case 12:
      return "UnexpectedEndOfString";
    case 13:
      return "UnexpectedEndOfNumber";
    case 14:
      return "InvalidUnicode";
    case 15:
      return "InvalidEscapeCharacter";
    case 16:
      return "InvalidCharacter";
  }
  return "<unknown ParseErrorCode>";
}

// src/version/updaters/json-fields.ts
function parseJson(text, file) {
  const errors = [];
  let root;
  const source = text.charCodeAt(0) === 65279 ? ` ${text.slice(1)}` : text;
  try {
    root = parseTree2(source, errors, { allowTrailingComma: false, disallowComments: true });
  } catch (err) {
    if (err instanceof RangeError) throw new UserError(`${file}: malformed JSON (nested too deeply to read)`);
    throw err;
  }
  if (text.trim() === "" || text.length === 1 && text.charCodeAt(0) === 65279) throw new UserError(`${file}:1: malformed JSON (empty file)`);
  const first = errors[0];
  if (first || !root) {
    const offset = first?.offset ?? 0;
    const reason = first ? printParseErrorCode(first.error) : "no value";
    throw new UserError(`${file}:${lineAt(text, offset)}: malformed JSON (${reason})`);
  }
  if (root.type !== "object") throw new UserError(`${file}: expected a JSON object at the top level, got ${root.type === "array" ? "an array" : `a ${root.type}`}`);
  refuseDuplicateKeys(text, root, file);
  return root;
}
function refuseDuplicateKeys(text, root, file) {
  const stack = [root];
  while (stack.length) {
    const node = stack.pop();
    if (node.type === "object") {
      const seen = /* @__PURE__ */ new Map();
      for (const property of node.children ?? []) {
        const key = property.children?.[0];
        if (!key) continue;
        const name = String(key.value);
        const earlier = seen.get(name);
        if (earlier) {
          throw new UserError(
            `${file}:${lineAt(text, key.offset)}: duplicate key ${JSON.stringify(name)} (also at line ${lineAt(text, earlier.offset)}); tools disagree on which one counts, keep one`
          );
        }
        seen.set(name, key);
      }
    }
    for (const child of node.children ?? []) stack.push(child);
  }
}
function formatJsonPath(path2) {
  return path2.map((p, i) => typeof p === "number" ? `[${p}]` : /^[A-Za-z_$][\w$-]*$/.test(p) ? i ? `.${p}` : p : `[${JSON.stringify(p)}]`).join("");
}
function jsonStringSlot(text, root, path2, file, stream) {
  const node = findNodeAtLocation2(root, path2);
  if (!node) return void 0;
  const field = formatJsonPath(path2);
  if (node.type !== "string") {
    throw new UserError(`${file}:${lineAt(text, node.offset)}: ${field} is a ${node.type}, expected a version string`);
  }
  const start = node.offset + 1;
  const end = node.offset + node.length - 1;
  if (text.slice(start, end) !== node.value) {
    throw new UserError(`${file}:${lineAt(text, node.offset)}: ${field} uses JSON escapes; write the version plainly`);
  }
  return { file, field, stream, current: String(node.value), start, end, line: lineAt(text, start) };
}

// src/version/updaters/node/package-json.ts
var packageJson = {
  name: "package.json",
  find(text, file) {
    const root = parseJson(text, file);
    const slot = jsonStringSlot(text, root, ["version"], file, "app");
    if (!slot) throw new UserError(`${file}: no "version" field`);
    return [slot];
  }
};
var packageLockJson = {
  name: "package-lock.json",
  find(text, file) {
    const root = parseJson(text, file);
    const slots = [];
    for (const path2 of [["version"], ["packages", "", "version"]]) {
      const slot = jsonStringSlot(text, root, path2, file, "app");
      if (slot) slots.push(slot);
    }
    if (slots.length === 0) throw new UserError(`${file}: no "version" field`);
    return slots;
  }
};

// src/version/updaters/mcp/server-json.ts
function serverJson(options) {
  const images = new Set(options.images);
  return {
    name: "server.json",
    find(text, file) {
      const root = parseJson(text, file);
      const top = jsonStringSlot(text, root, ["version"], file, "app");
      if (!top) throw new UserError(`${file}: no "version" field`);
      const slots = [top];
      const packages = findNodeAtLocation2(root, ["packages"]);
      for (const [i, entry] of (packages?.type === "array" ? packages.children ?? [] : []).entries()) {
        const identifierNode = findNodeAtLocation2(entry, ["identifier"]);
        if (identifierNode?.type !== "string") continue;
        const identifier = String(identifierNode.value);
        const registryType = String(findNodeAtLocation2(entry, ["registryType"])?.value ?? findNodeAtLocation2(entry, ["registry_type"])?.value ?? "");
        const tagAt = identifier.lastIndexOf(":");
        const hasTag = tagAt > identifier.lastIndexOf("/");
        const repository = hasTag ? identifier.slice(0, tagAt) : identifier;
        const ownNpm = registryType === "npm" && identifier === options.npmPackage;
        const image = repository.replace(/^docker\.io\//, "");
        const ownImage = registryType === "oci" && images.has(image);
        if (!ownNpm && !ownImage) continue;
        const version = jsonStringSlot(text, root, ["packages", i, "version"], file, "app");
        if (version) slots.push(ownImage ? { ...version, image } : version);
        if (ownImage && hasTag) {
          const start = identifierNode.offset + 1 + tagAt + 1;
          const end = identifierNode.offset + identifierNode.length - 1;
          slots.push({
            file,
            field: `packages[${i}].identifier tag`,
            stream: "app",
            current: identifier.slice(tagAt + 1),
            start,
            end,
            line: lineAt(text, start),
            image
          });
        }
      }
      return slots;
    }
  };
}

// src/version/updaters/helm/chart-yaml.ts
var import_yaml2 = __toESM(require_dist(), 1);

// src/version/updaters/yaml-fields.ts
var import_yaml = __toESM(require_dist(), 1);
function splitPath(path2) {
  return path2.split(".").map((p) => /^\d+$/.test(p) ? Number(p) : p);
}
function yamlScalarSlot(text, doc, path2, file, stream) {
  const node = doc.getIn(splitPath(path2), true);
  if (node === void 0) return void 0;
  if ((0, import_yaml.isAlias)(node)) {
    throw new UserError(`${file}:${lineAt(text, node.range?.[0] ?? 0)}: ${path2} is an alias (*${node.source}); write the version in place`);
  }
  if (!(0, import_yaml.isScalar)(node) || !node.range) {
    const range = node?.range;
    const at = range ? `${file}:${lineAt(text, range[0])}` : file;
    throw new UserError(`${at}: ${path2} is not a single value (found ${(0, import_yaml.isMap)(node) ? "a map" : (0, import_yaml.isSeq)(node) ? "a list" : "nothing"}), expected a version`);
  }
  const [from, to] = node.range;
  const quoted = node.type === "QUOTE_DOUBLE" || node.type === "QUOTE_SINGLE";
  const start = quoted ? from + 1 : from;
  const end = quoted ? to - 1 : to;
  const value = node.value === null ? "" : String(node.value);
  if (text.slice(start, end) !== value) {
    throw new UserError(`${file}:${lineAt(text, from)}: ${path2} is written in a form that cannot be edited in place (escapes or a block scalar)`);
  }
  return { file, field: path2, stream, current: value, start, end, line: lineAt(text, start) };
}

// src/version/updaters/helm/chart-yaml.ts
var chartYaml = {
  name: "Chart.yaml",
  find(text, file) {
    const [doc] = parseYaml(text, file);
    if (!doc || doc.contents === null) throw new UserError(`${file}: empty Chart.yaml`);
    if (!(0, import_yaml2.isMap)(doc.contents)) throw new UserError(`${file}: expected a map of fields at the top level, got ${describeNode(doc.contents)}`);
    const slots = [];
    const version = yamlScalarSlot(text, doc, "version", file, "chart");
    if (!version) throw new UserError(`${file}: no "version" field`);
    slots.push(version);
    const appVersion = yamlScalarSlot(text, doc, "appVersion", file, "app");
    if (!appVersion) throw new UserError(`${file}: no "appVersion" field`);
    slots.push(appVersion);
    return slots;
  }
};
function describeNode(node) {
  return node && typeof node === "object" && "items" in node ? "a list" : "a single value";
}

// src/version/updaters/text/references.ts
var IGNORE_MARKER = "dot-ai-release-ignore";
var VERSION = String.raw`\d+\.\d+\.\d+(?:-[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?`;
var VERSION_END = String.raw`(?![0-9A-Za-z_+-]|\.[0-9A-Za-z])`;
var NAME_START = String.raw`(?<![0-9A-Za-z._/-])`;
function escape(literal) {
  return literal.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function ignoredLines(text) {
  const ignored = /* @__PURE__ */ new Set();
  if (!text.includes(IGNORE_MARKER)) return ignored;
  text.split("\n").forEach((line, i) => {
    if (line.includes(`${IGNORE_MARKER}-next-line`)) ignored.add(i + 2);
    else if (line.includes(IGNORE_MARKER)) ignored.add(i + 1);
  });
  return ignored;
}
function imageReferences(images) {
  const pattern = images.length ? new RegExp(`${NAME_START}(?:${images.map(escape).join("|")}):v?(${VERSION})${VERSION_END}`, "g") : void 0;
  return {
    name: "image references",
    text: true,
    find(text, file) {
      if (!pattern) return [];
      const ignored = ignoredLines(text);
      const lineAt2 = lineIndex(text);
      const slots = [];
      for (const match of text.matchAll(pattern)) {
        const version = match[1];
        const end = match.index + match[0].length;
        const start = end - version.length;
        const line = lineAt2(start);
        if (ignored.has(line)) continue;
        const image = match[0].slice(0, match[0].lastIndexOf(":"));
        slots.push({ file, field: `${image}:<tag>`, stream: "app", current: version, start, end, line, image });
      }
      return slots;
    }
  };
}
function commandExtent(text, offset) {
  let start = text.lastIndexOf("\n", offset - 1) + 1;
  while (start > 1) {
    const prevEnd = start - 1;
    const prevText = text.slice(text.lastIndexOf("\n", prevEnd - 1) + 1, prevEnd).replace(/\r$/, "");
    if (!prevText.endsWith("\\")) break;
    start = text.lastIndexOf("\n", prevEnd - 1) + 1;
  }
  let end = offset;
  for (; ; ) {
    const nl = text.indexOf("\n", end);
    if (nl === -1) return [start, text.length];
    if (!text.slice(end, nl).replace(/\r$/, "").endsWith("\\")) return [start, nl];
    end = nl + 1;
  }
}
function chartReferences(charts) {
  const refPattern = charts.length ? new RegExp(`${NAME_START}(?:${charts.map(escape).join("|")})(?![0-9A-Za-z._/-])(?::(${VERSION})${VERSION_END})?`, "g") : void 0;
  const flagPattern = new RegExp(`--version(?:=|[ \\t]+)(["']?)v?(${VERSION})${VERSION_END}`, "g");
  return {
    name: "chart references",
    text: true,
    find(text, file) {
      if (!refPattern) return [];
      const ignored = ignoredLines(text);
      const lineAt2 = lineIndex(text);
      const slots = /* @__PURE__ */ new Map();
      const add = (start, current, field) => {
        const line = lineAt2(start);
        if (!ignored.has(line)) slots.set(start, { file, field, stream: "chart", current, start, end: start + current.length, line });
      };
      let searchedTo = -1;
      for (const match of text.matchAll(refPattern)) {
        const tag = match[1];
        if (tag) {
          add(match.index + match[0].length - tag.length, tag, `${match[0].slice(0, -tag.length - 1)}:<tag>`);
          continue;
        }
        if (match.index < searchedTo) continue;
        const [from, to] = commandExtent(text, match.index);
        searchedTo = to;
        for (const flag of text.slice(from, to).matchAll(flagPattern)) {
          const version = flag[2];
          const start = from + flag.index + flag[0].length - version.length;
          add(start, version, `${match[0]} --version`);
        }
      }
      return [...slots.values()];
    }
  };
}

// src/version/updaters/yaml/fields.ts
var import_yaml4 = __toESM(require_dist(), 1);
function yamlFields(name, fields) {
  return {
    name,
    find(text, file) {
      const docs = parseYaml(text, file);
      const slots = [];
      for (const field of fields) {
        const found = docs.map((doc) => yamlScalarSlot(text, doc, field.path, file, field.stream)).filter((s) => s !== void 0);
        if (found.length === 0) {
          throw new UserError(`${file}: ${field.path}: no such value (configured by ${field.origin})`);
        }
        const kept = found.filter((s) => !(field.emptyMeansDefault && s.current === ""));
        slots.push(...field.image ? kept.map((s) => ({ ...s, image: field.image })) : kept);
      }
      return slots;
    }
  };
}
function findImageBlocks(docs) {
  const found = [];
  const visit2 = (node, at) => {
    if ((0, import_yaml4.isMap)(node)) {
      const scalar = (key) => {
        const value = node.get(key, true);
        return (0, import_yaml4.isScalar)(value) && typeof value.value === "string" ? value.value : void 0;
      };
      const repository = scalar("repository");
      const registry = scalar("registry");
      if (repository) {
        const tag = node.get("tag", true);
        const image = registry ? `${registry}/${repository}` : repository;
        const place = (0, import_yaml4.isScalar)(tag) ? { path: [...at, "tag"].join("."), tag: String(tag.value ?? "") } : { path: at.join(".") };
        found.push({ image, ...place });
        if (registry) found.push({ image: repository, ...place });
      }
      for (const pair of node.items) {
        const key = (0, import_yaml4.isScalar)(pair.key) ? pair.key.value : pair.key;
        if (typeof key === "string" && !key.includes(".") || typeof key === "number") visit2(pair.value, [...at, key]);
      }
    } else if ((0, import_yaml4.isSeq)(node)) {
      node.items.forEach((item, i) => visit2(item, [...at, i]));
    }
  };
  for (const doc of docs) visit2(doc.contents, []);
  return found;
}
function findImageTags(docs, image) {
  const names = /* @__PURE__ */ new Set([image, image.replace(/^docker\.io\//, ""), image.startsWith("docker.io/") ? image : `docker.io/${image}`]);
  const places = /* @__PURE__ */ new Map();
  for (const block of findImageBlocks(docs)) {
    if (names.has(block.image)) places.set(block.path, { path: block.path, hasTag: block.tag !== void 0 });
  }
  return [...places.values()];
}

// src/version/updaters/kustomize/kustomization.ts
var import_yaml6 = __toESM(require_dist(), 1);
function isKustomization(file) {
  return /(^|\/)(kustomization\.ya?ml|Kustomization)$/.test(file);
}
function kustomizationImages(images) {
  const released = new Set(images);
  return {
    name: "kustomization images",
    find(text, file) {
      const slots = [];
      for (const doc of parseYaml(text, file)) {
        const list = doc.get("images", true);
        if (!(0, import_yaml6.isSeq)(list)) continue;
        list.items.forEach((item, i) => {
          if (!(0, import_yaml6.isMap)(item)) return;
          const name = item.get("newName") ?? item.get("name");
          if (typeof name !== "string" || !released.has(name)) return;
          if (!(0, import_yaml6.isScalar)(item.get("newTag", true))) return;
          const slot = yamlScalarSlot(text, doc, `images.${i}.newTag`, file, "app");
          if (slot) slots.push({ ...slot, field: `images[name=${name}].newTag`, image: name });
        });
      }
      return slots;
    }
  };
}

// src/version/slot.ts
function applyVersions(text, slots, versions) {
  let out = "";
  let cursor = 0;
  for (const slot of [...slots].sort((a, b) => a.start - b.start)) {
    out += text.slice(cursor, slot.start) + versions[slot.stream];
    cursor = slot.end;
  }
  return out + text.slice(cursor);
}
function withoutOverlaps(slots) {
  let length = 0;
  for (const slot of slots) length = Math.max(length, slot.end + 1);
  const owner = new Int32Array(length);
  const emptyAt = new Uint8Array(length);
  const kept = [];
  for (const slot of slots) {
    let overlaps = false;
    if (slot.start === slot.end) {
      const left = slot.start > 0 ? owner[slot.start - 1] : 0;
      overlaps = left !== 0 && left === owner[slot.start];
    } else {
      for (let i = slot.start; i < slot.end && !overlaps; i++) overlaps = owner[i] !== 0 || i > slot.start && emptyAt[i] === 1;
    }
    if (overlaps) continue;
    kept.push(slot);
    if (slot.start === slot.end) emptyAt[slot.start] = 1;
    for (let i = slot.start; i < slot.end; i++) owner[i] = kept.length;
  }
  return kept.sort((a, b) => a.start - b.start);
}

// src/version/scan.ts
var IGNORED2 = [...IGNORED, "**/charts/*/charts/**"];
function chartRefs(config) {
  const { chart } = config;
  return chart?.repository ? [`${chart.repository.replace(/\/+$/, "")}/${chart.name}`] : [];
}
function siblingImages(config, docs, values) {
  const [first] = config.images;
  if (!first || config.images.some((img) => img.explicit)) return [];
  const namespace = first.name.slice(0, first.name.lastIndexOf("/") + 1);
  const current = readCurrentVersion(config).version;
  const found = /* @__PURE__ */ new Map();
  for (const block of findImageBlocks(docs)) {
    if (block.tag === void 0 || !block.image.startsWith(namespace) || block.image === first.name || imageNameProblem(block.image)) continue;
    const named = block.image.startsWith(`${first.name}-`) && isSemver(block.tag);
    if (block.tag !== current && !named) continue;
    if (!found.has(block.image)) found.set(block.image, { name: block.image, where: `${values}: ${block.path}` });
  }
  return [...found.values()];
}
async function planFiles(config) {
  const { root } = config;
  const plan = /* @__PURE__ */ new Map();
  const add = (file, updater) => plan.set(file, [...plan.get(file) ?? [], updater]);
  const trackedInValues = /* @__PURE__ */ new Set();
  const ignore = config.chart ? [...IGNORED2, `${config.chart.dir}/charts/**`] : IGNORED2;
  const valuesFile = config.chart ? `${config.chart.dir}/values.yaml` : void 0;
  const valuesDocs = valuesFile && existsInRepo(root, valuesFile) ? parseYaml(readRepoText(root, valuesFile), valuesFile) : void 0;
  const discovered = valuesFile && valuesDocs ? siblingImages(config, valuesDocs, valuesFile) : [];
  const imageNames = [...config.images.map((img) => img.name), ...discovered.map((img) => img.name)];
  for (const [i, { file }] of config.packageJsons.entries()) {
    add(file, packageJson);
    const lock = path.posix.join(path.posix.dirname(file), "package-lock.json");
    if (existsInRepo(root, lock)) add(lock, packageLockJson);
    if (i === 0 && config.serverJson) {
      const name = packageName(readRepoText(root, file), file);
      add(config.serverJson.file, serverJson({ npmPackage: name, images: imageNames }));
    }
  }
  if (config.serverJson && config.packageJsons.length === 0) {
    add(config.serverJson.file, serverJson({ images: imageNames }));
  }
  if (config.chart && valuesFile) {
    add(`${config.chart.dir}/Chart.yaml`, chartYaml);
    const firstConfigured = config.images.find((img) => img.valuesPath && img.explicit);
    if (valuesDocs) {
      const docs = valuesDocs;
      const specs = [];
      for (const img of config.images) {
        const origin = `${img.origin}.valuesPath`;
        if (img.valuesPath) {
          if (!img.explicit && !docs.some((d) => d.hasIn(splitPath(img.valuesPath)))) continue;
          specs.push({ path: img.valuesPath, stream: "app", origin, emptyMeansDefault: true, image: img.name });
          trackedInValues.add(img.name);
        } else {
          for (const place of findImageTags(docs, img.name)) {
            trackedInValues.add(img.name);
            if (place.hasTag) specs.push({ path: place.path, stream: "app", origin: `${img.origin} (found at ${place.path})`, emptyMeansDefault: true, image: img.name });
          }
        }
      }
      for (const img of discovered) {
        for (const place of findImageTags(docs, img.name)) {
          trackedInValues.add(img.name);
          if (place.hasTag) specs.push({ path: place.path, stream: "app", origin: `${img.where} (an image of the release's owner, aligned with it)`, emptyMeansDefault: true, image: img.name });
        }
      }
      if (specs.length) add(valuesFile, yamlFields("values.yaml", specs));
    } else if (firstConfigured) {
      throw new UserError(`${valuesFile}: not found (needed by ${firstConfigured.origin}.valuesPath)`);
    }
  } else {
    const configured = config.images.find((img) => img.valuesPath && img.explicit);
    if (configured) throw new UserError(`${configured.origin}.valuesPath: there is no chart to hold values (no Chart.yaml found)`);
  }
  for (const field of config.fields) {
    const files2 = await globRepo(root, field.file, { ignore, dot: true });
    if (files2.length === 0) throw new UserError(`${field.origin}.file: ${field.file} matches no file`);
    for (const file of files2) add(file, yamlFields("field", [{ path: field.path, stream: field.stream, origin: field.origin }]));
  }
  add(config.versionSource.file, versionSourceUpdater(config));
  const references = [imageReferences(imageNames), chartReferences(chartRefs(config))];
  const globbed = await Promise.all(config.references.globs.map((pattern) => globRepo(root, pattern, { ignore, dot: false })));
  globbed.forEach((files2, i) => {
    if (files2.length === 0 && config.references.explicit) {
      throw new UserError(`${config.configFile}: references[${i}]: ${config.references.globs[i]} matches no file`);
    }
  });
  const kustomize = kustomizationImages(imageNames);
  for (const file of new Set(globbed.flat())) {
    if (isKustomization(file)) add(file, kustomize);
    for (const updater of references) add(file, updater);
  }
  const files = [...plan.entries()].map(([file, updaters]) => ({ file, updaters })).sort((a, b) => a.file < b.file ? -1 : 1);
  return { files, trackedInValues, discovered };
}
function packageName(text, file) {
  const node = parseJson(text, file);
  const name = node.type === "object" ? node.children?.find((p) => p.children?.[0]?.value === "name")?.children?.[1] : void 0;
  return name?.type === "string" ? String(name.value) : void 0;
}
function scanFiles(config, plan) {
  const scanned = [];
  for (const planned of plan) {
    const file = scanFile(config.root, planned);
    if (file) scanned.push(file);
  }
  return scanned;
}
async function scanRepository(config) {
  return (await scanRepositoryPlan(config)).files;
}
async function scanRepositoryPlan(config) {
  const plan = await planFiles(config);
  const scanned = scanFiles(config, plan.files);
  const pinned = /* @__PURE__ */ new Set([...plan.trackedInValues, ...scanned.flatMap((f) => f.slots.map((s) => s.image))]);
  const problems = new Problems();
  for (const img of config.images) {
    if (!img.explicit || pinned.has(img.name)) continue;
    const values = config.chart ? `no tag beside "repository: ${img.name}" in ${config.chart.dir}/values.yaml, ` : "";
    problems.add(`${img.origin}: ${img.name}: its version is pinned nowhere (${values}no ${img.name}:<version> in the scanned files); check the name${config.chart ? ", or set its valuesPath" : ""}`);
  }
  problems.throwIfAny();
  return { files: scanned, discovered: plan.discovered };
}
var CHUNK = 4 * 1024 * 1024;
var CHUNK_OVERLAP = 64 * 1024;
function scanFile(root, { file, updaters }) {
  const textOnly = updaters.every((u) => u.text);
  const resolved = resolveRepoFile(root, file);
  if (textOnly && resolved.stat.size > MAX_READ_BYTES) {
    const slot = findInPieces(resolved.real, file, updaters);
    if (slot) throw new UserError(`${file}:${slot.line}: holds ${slot.field} ${slot.current}, but at ${mib(resolved.stat.size)} the file is larger than the ${mib(MAX_READ_BYTES)} this tool edits; exclude it from references`);
    return void 0;
  }
  const bytes = readRepoBytes(root, file, file, MAX_READ_BYTES, resolved);
  const absolute = path.join(root, file);
  if (!textOnly) {
    const text2 = decodeUtf8(bytes);
    if (text2 === void 0) throw notUtf8(file, bytes);
    const slots2 = withoutOverlaps(updaters.flatMap((u) => u.find(text2, file)));
    return { file, absolute, bytes, text: text2, encoding: "utf8", slots: slots2, updaters };
  }
  const utf16 = bytes.length >= 2 && (bytes[0] === 255 && bytes[1] === 254 || bytes[0] === 254 && bytes[1] === 255);
  if (utf16) {
    const decoded = bytes[0] === 255 ? bytes.toString("utf16le") : Buffer.from(bytes).swap16().toString("utf16le");
    const slot = updaters.flatMap((u) => u.find(decoded, file))[0];
    if (slot) throw new UserError(`${file}:${slot.line}: holds ${slot.field} ${slot.current}, but the file is UTF-16 text, which this tool does not edit; save it as UTF-8`);
    return void 0;
  }
  const utf8 = decodeUtf8(bytes);
  const text = utf8 ?? bytes.toString("latin1");
  const slots = withoutOverlaps(updaters.flatMap((u) => u.find(text, file)));
  if (bytes.includes(0)) {
    const slot = slots[0];
    if (slot) throw new UserError(`${file}:${slot.line}: holds ${slot.field} ${slot.current}, but the file is binary (it has NUL bytes), which this tool does not edit; exclude it from references`);
    return void 0;
  }
  return { file, absolute, bytes, text, encoding: utf8 === void 0 ? "latin1" : "utf8", slots, updaters };
}
function findInPieces(real, file, updaters) {
  const fd = openSync(real, "r");
  try {
    const buffer = Buffer.alloc(CHUNK + CHUNK_OVERLAP);
    let lines = 0;
    for (let position = 0; ; position += CHUNK) {
      const n = readSync(fd, buffer, 0, buffer.length, position);
      if (n === 0) return void 0;
      const piece = buffer.toString("latin1", 0, n);
      const slot = updaters.flatMap((u) => u.find(piece, file))[0];
      if (slot) return { ...slot, line: lines + slot.line };
      if (n < buffer.length) return void 0;
      for (let i = 0; i < CHUNK; i++) if (buffer[i] === 10) lines++;
    }
  } finally {
    closeSync(fd);
  }
}
function versionSourceUpdater(config) {
  const { file: sourceFile, field, origin } = config.versionSource;
  return {
    name: "version source",
    find(text, file) {
      const slot = sourceFile.endsWith(".json") ? jsonStringSlot(text, parseJson(text, file), splitPath(field), file, "app") : parseYaml(text, file).map((doc) => yamlScalarSlot(text, doc, field, file, "app")).find((s) => s !== void 0);
      if (!slot) throw new UserError(`${file}: ${field}: no such value (${origin})`);
      return [slot];
    }
  };
}
function readCurrentVersion(config) {
  const { file, origin } = config.versionSource;
  if (!existsInRepo(config.root, file)) throw new UserError(`${file}: not found (${origin})`);
  const [slot] = versionSourceUpdater(config).find(readRepoText(config.root, file), file);
  return { version: slot.current, line: slot.line };
}

// src/version/drift.ts
function expectedVersions(config) {
  const { version: app } = readCurrentVersion(config);
  if (!isSemver(app)) {
    throw new UserError(`${config.versionSource.file}: ${config.versionSource.field}: ${shown(app)} is not a valid SemVer version`);
  }
  if (config.chart?.versioning !== "independent") return { app, chart: app };
  const file = `${config.chart.dir}/Chart.yaml`;
  const slot = chartYaml.find(readRepoText(config.root, file), file).find((s) => s.field === "version");
  return { app, chart: slot?.current ?? app };
}
function findDrift(files, expected) {
  return files.flatMap(
    (f) => f.slots.filter((s) => s.current !== expected[s.stream]).map((s) => ({ file: s.file, line: s.line, field: s.field, current: s.current, expected: expected[s.stream] }))
  );
}

export {
  parseJson,
  applyVersions,
  withoutOverlaps,
  scanRepository,
  scanRepositoryPlan,
  expectedVersions,
  findDrift
};
