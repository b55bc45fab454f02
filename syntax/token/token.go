// Package token defines the lexical tokens of Python 3.14 and the source
// positions attached to them. It is the vocabulary shared by the scanner,
// which produces tokens, and the parser, which consumes them.
//
// Hard keywords get kinds of their own so the parser can test them with one
// integer comparison; soft keywords (match, case, _, type) are ordinary
// Name tokens whose meaning the parser decides from context.
package token

// Kind is the type of a token.
type Kind uint8

// Token kinds. The names follow CPython's token module where one exists.
const (
	ILLEGAL Kind = iota // an error token; the scanner's Err() says why

	ENDMARKER // end of input
	NAME      // identifier or soft keyword; Token.Value holds the NFKC-normalized name
	NUMBER    // numeric literal; Token.Value holds the literal text
	STRING    // a complete (non-f/t) string literal; Token.Value holds its source text, prefix and quotes included
	NEWLINE   // end of a logical line
	INDENT
	DEDENT
	FSTRING_START  // f-string opening: prefix and quote; Value holds them
	FSTRING_MIDDLE // literal text of an f-string (or format spec); Value holds the decoded text
	FSTRING_END    // closing quote of an f-string
	TSTRING_START  // t-string opening (PEP 750)
	TSTRING_MIDDLE // literal text of a t-string
	TSTRING_END    // closing quote of a t-string
	TYPE_COMMENT   // "# type: ..." comment; Value holds the text after "type:", stripped
	COMMENT        // only produced when the scanner is asked for comments (tokenize mode)
	NL             // non-logical newline; only in tokenize mode

	operatorBegin
	LPAR             // (
	RPAR             // )
	LSQB             // [
	RSQB             // ]
	COLON            // :
	COMMA            // ,
	SEMI             // ;
	PLUS             // +
	MINUS            // -
	STAR             // *
	SLASH            // /
	VBAR             // |
	AMPER            // &
	LESS             // <
	GREATER          // >
	EQUAL            // =
	DOT              // .
	PERCENT          // %
	LBRACE           // {
	RBRACE           // }
	EQEQUAL          // ==
	NOTEQUAL         // !=
	LESSEQUAL        // <=
	GREATEREQUAL     // >=
	TILDE            // ~
	CIRCUMFLEX       // ^
	LEFTSHIFT        // <<
	RIGHTSHIFT       // >>
	DOUBLESTAR       // **
	PLUSEQUAL        // +=
	MINEQUAL         // -=
	STAREQUAL        // *=
	SLASHEQUAL       // /=
	PERCENTEQUAL     // %=
	AMPEREQUAL       // &=
	VBAREQUAL        // |=
	CIRCUMFLEXEQUAL  // ^=
	LEFTSHIFTEQUAL   // <<=
	RIGHTSHIFTEQUAL  // >>=
	DOUBLESTAREQUAL  // **=
	DOUBLESLASH      // //
	DOUBLESLASHEQUAL // //=
	AT               // @
	ATEQUAL          // @=
	RARROW           // ->
	ELLIPSIS         // ...
	COLONEQUAL       // :=
	EXCLAMATION      // !
	operatorEnd

	keywordBegin
	FALSE    // False
	NONE     // None
	TRUE     // True
	AND      // and
	AS       // as
	ASSERT   // assert
	ASYNC    // async
	AWAIT    // await
	BREAK    // break
	CLASS    // class
	CONTINUE // continue
	DEF      // def
	DEL      // del
	ELIF     // elif
	ELSE     // else
	EXCEPT   // except
	FINALLY  // finally
	FOR      // for
	FROM     // from
	GLOBAL   // global
	IF       // if
	IMPORT   // import
	IN       // in
	IS       // is
	LAMBDA   // lambda
	NONLOCAL // nonlocal
	NOT      // not
	OR       // or
	PASS     // pass
	RAISE    // raise
	RETURN   // return
	TRY      // try
	WHILE    // while
	WITH     // with
	YIELD    // yield
	keywordEnd

	NumKinds
)

var kindNames = [...]string{
	ILLEGAL:        "ERRORTOKEN",
	ENDMARKER:      "ENDMARKER",
	NAME:           "NAME",
	NUMBER:         "NUMBER",
	STRING:         "STRING",
	NEWLINE:        "NEWLINE",
	INDENT:         "INDENT",
	DEDENT:         "DEDENT",
	FSTRING_START:  "FSTRING_START",
	FSTRING_MIDDLE: "FSTRING_MIDDLE",
	FSTRING_END:    "FSTRING_END",
	TSTRING_START:  "TSTRING_START",
	TSTRING_MIDDLE: "TSTRING_MIDDLE",
	TSTRING_END:    "TSTRING_END",
	TYPE_COMMENT:   "TYPE_COMMENT",
	COMMENT:        "COMMENT",
	NL:             "NL",

	LPAR:             "(",
	RPAR:             ")",
	LSQB:             "[",
	RSQB:             "]",
	COLON:            ":",
	COMMA:            ",",
	SEMI:             ";",
	PLUS:             "+",
	MINUS:            "-",
	STAR:             "*",
	SLASH:            "/",
	VBAR:             "|",
	AMPER:            "&",
	LESS:             "<",
	GREATER:          ">",
	EQUAL:            "=",
	DOT:              ".",
	PERCENT:          "%",
	LBRACE:           "{",
	RBRACE:           "}",
	EQEQUAL:          "==",
	NOTEQUAL:         "!=",
	LESSEQUAL:        "<=",
	GREATEREQUAL:     ">=",
	TILDE:            "~",
	CIRCUMFLEX:       "^",
	LEFTSHIFT:        "<<",
	RIGHTSHIFT:       ">>",
	DOUBLESTAR:       "**",
	PLUSEQUAL:        "+=",
	MINEQUAL:         "-=",
	STAREQUAL:        "*=",
	SLASHEQUAL:       "/=",
	PERCENTEQUAL:     "%=",
	AMPEREQUAL:       "&=",
	VBAREQUAL:        "|=",
	CIRCUMFLEXEQUAL:  "^=",
	LEFTSHIFTEQUAL:   "<<=",
	RIGHTSHIFTEQUAL:  ">>=",
	DOUBLESTAREQUAL:  "**=",
	DOUBLESLASH:      "//",
	DOUBLESLASHEQUAL: "//=",
	AT:               "@",
	ATEQUAL:          "@=",
	RARROW:           "->",
	ELLIPSIS:         "...",
	COLONEQUAL:       ":=",
	EXCLAMATION:      "!",

	FALSE:    "False",
	NONE:     "None",
	TRUE:     "True",
	AND:      "and",
	AS:       "as",
	ASSERT:   "assert",
	ASYNC:    "async",
	AWAIT:    "await",
	BREAK:    "break",
	CLASS:    "class",
	CONTINUE: "continue",
	DEF:      "def",
	DEL:      "del",
	ELIF:     "elif",
	ELSE:     "else",
	EXCEPT:   "except",
	FINALLY:  "finally",
	FOR:      "for",
	FROM:     "from",
	GLOBAL:   "global",
	IF:       "if",
	IMPORT:   "import",
	IN:       "in",
	IS:       "is",
	LAMBDA:   "lambda",
	NONLOCAL: "nonlocal",
	NOT:      "not",
	OR:       "or",
	PASS:     "pass",
	RAISE:    "raise",
	RETURN:   "return",
	TRY:      "try",
	WHILE:    "while",
	WITH:     "with",
	YIELD:    "yield",
}

// String returns the operator or keyword text for operators and keywords,
// and CPython's token name (NAME, NUMBER, ...) for the other kinds.
func (k Kind) String() string {
	if int(k) < len(kindNames) && kindNames[k] != "" {
		return kindNames[k]
	}
	return "Kind(?)"
}

// IsOperator reports whether k is an operator or delimiter.
func (k Kind) IsOperator() bool { return operatorBegin < k && k < operatorEnd }

// IsKeyword reports whether k is a hard keyword.
func (k Kind) IsKeyword() bool { return keywordBegin < k && k < keywordEnd }

var keywords map[string]Kind

func init() {
	keywords = make(map[string]Kind, keywordEnd-keywordBegin)
	for k := keywordBegin + 1; k < keywordEnd; k++ {
		keywords[kindNames[k]] = k
	}
}

// Lookup returns the keyword kind for a hard keyword, or NAME.
func Lookup(name string) Kind {
	// Every hard keyword is 2 to 8 ASCII bytes and starts with a lowercase
	// letter or one of F, N, T; reject the common case cheaply.
	if len(name) < 2 || len(name) > 8 {
		return NAME
	}
	if k, ok := keywords[name]; ok {
		return k
	}
	return NAME
}

// Pos is a position in the source: a 1-based line and a 0-based column
// counted in UTF-8 bytes from the start of the line, as CPython's ast
// reports lineno and col_offset.
type Pos struct {
	Line int32
	Col  int32
}

// Token is one lexical token. Start and End delimit it in the source
// (End is exclusive); Offset and EndOffset are the same span as byte
// offsets into the (UTF-8) source, for slicing.
type Token struct {
	Kind      Kind
	Start     Pos
	End       Pos
	Offset    int32
	EndOffset int32
	Value     string
}
