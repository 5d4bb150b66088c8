//! Graded tests for control-flow-2: a tokenizer whose Go original uses
//! `fallthrough` for a number's sign and `continue Scan` after a comment.

use control_flow_2::{LexError, Token, tokenize};

fn num(n: i64) -> Token {
    Token::Num(n)
}

fn name(s: &str) -> Token {
    Token::Ident(s.to_owned())
}

fn op(c: char) -> Token {
    Token::Op(c)
}

graded::tests! {
    /// Numbers, names and every operator, with and without spaces between.
    fn numbers_names_and_operators() {
        assert_eq!(
            tokenize("x = 42 + rate_2*(y1 / 3)"),
            Ok(vec![
                name("x"), op('='), num(42), op('+'), name("rate_2"), op('*'), op('('),
                name("y1"), op('/'), num(3), op(')'),
            ]),
            "\"x = 42 + rate_2*(y1 / 3)\" should give x = 42 + rate_2 * ( y1 / 3 ): a name goes \
             on with letters, digits and `_`, and each operator is a token of its own"
        );
        assert_eq!(
            tokenize("_tmp9 007 2x"),
            Ok(vec![name("_tmp9"), num(7), num(2), name("x")]),
            "\"_tmp9 007 2x\" should give _tmp9, 7, 2, x: a name may start with `_`, a number \
             is its run of digits, and a letter after digits starts a name"
        );
    }

    /// An empty text, or one of only whitespace, has no tokens.
    fn nothing_but_whitespace_gives_no_tokens() {
        assert_eq!(tokenize(""), Ok(vec![]), "an empty text should give no tokens");
        assert_eq!(
            tokenize(" \t\r\n "),
            Ok(vec![]),
            "spaces, tabs, carriage returns and newlines should give no tokens"
        );
        assert_eq!(
            tokenize("a\tb\r\nc  1\n2"),
            Ok(vec![name("a"), name("b"), name("c"), num(1), num(2)]),
            "tabs, \\r\\n and newlines should separate tokens as spaces do"
        );
    }

    /// A `-` right before a digit, where no value comes before it, is the
    /// number's sign.
    fn a_minus_where_no_value_precedes_is_a_sign() {
        for (src, want) in [
            ("-7", vec![num(-7)]),
            ("x=-5", vec![name("x"), op('='), num(-5)]),
            ("(-1)", vec![op('('), num(-1), op(')')]),
            ("3 - -2", vec![num(3), op('-'), num(-2)]),
            ("1*-20", vec![num(1), op('*'), num(-20)]),
            ("--1", vec![op('-'), num(-1)]),
        ] {
            assert_eq!(
                tokenize(src),
                Ok(want.clone()),
                "{src:?} should give {want:?}: a `-` followed at once by a digit, after an \
                 operator other than `)` or at the start, is the sign of the number"
            );
        }
    }

    /// A `-` after a value, or not followed at once by a digit, subtracts.
    fn a_minus_after_a_value_is_an_operator() {
        for (src, want) in [
            ("3-2", vec![num(3), op('-'), num(2)]),
            ("x -1", vec![name("x"), op('-'), num(1)]),
            ("(1)-2", vec![op('('), num(1), op(')'), op('-'), num(2)]),
            ("- 1", vec![op('-'), num(1)]),
            ("-x", vec![op('-'), name("x")]),
            ("2-", vec![num(2), op('-')]),
        ] {
            assert_eq!(
                tokenize(src),
                Ok(want.clone()),
                "{src:?} should give {want:?}: after a number, a name or `)` a `-` is the \
                 operator (Go's `fallthrough` skips the next case's test, so the sign's case must \
                 test all of it), and so is a `-` with no digit right after it"
            );
        }
    }

    /// A comment runs to the end of its line, and the next line counts.
    fn a_comment_runs_to_the_end_of_its_line() {
        assert_eq!(
            tokenize("a # b - 3 $\nc"),
            Ok(vec![name("a"), name("c")]),
            "in \"a # b - 3 $\\nc\" the comment should hide `b - 3 $` and end at the newline: \
             the `c` on the next line is a token (`break 'scan` ends the whole text; \
             `continue 'scan` goes on after the line)"
        );
        assert_eq!(
            tokenize("1 # one\n# two\n\n2 # three"),
            Ok(vec![num(1), num(2)]),
            "each comment should end at its own newline, and the last one at the end of the text"
        );
        assert_eq!(tokenize("# only a comment"), Ok(vec![]), "a text that is one comment has no tokens");
    }

    /// The largest and smallest `i64` are numbers; one more is an error
    /// that says where the number starts.
    fn a_number_must_fit_an_i64() {
        assert_eq!(
            tokenize("9223372036854775807"),
            Ok(vec![num(i64::MAX)]),
            "9223372036854775807 is i64::MAX and should be read as it is"
        );
        assert_eq!(
            tokenize("x=-9223372036854775808"),
            Ok(vec![name("x"), op('='), num(i64::MIN)]),
            "-9223372036854775808 is i64::MIN and should be read as it is: reading the digits \
             as a positive i64 and negating at the end overflows on its magnitude"
        );
        assert_eq!(
            tokenize("9223372036854775808"),
            Err(LexError::TooLarge { pos: 0 }),
            "9223372036854775808 does not fit an i64: it should be TooLarge, not wrap around \
             (Go's `n = n*10 + d` overflows silently)"
        );
        assert_eq!(
            tokenize("y = 1 + 123456789012345678901234567890"),
            Err(LexError::TooLarge { pos: 8 }),
            "the 30-digit number starting at byte 8 should be TooLarge {{ pos: 8 }}"
        );
        assert_eq!(
            tokenize("(-9223372036854775809)"),
            Err(LexError::TooLarge { pos: 1 }),
            "-9223372036854775809 is below i64::MIN: TooLarge, at its sign, byte 1"
        );
    }

    /// A character the language has no use for is an error, at its byte
    /// offset, and no token after it is read.
    fn an_unexpected_character_is_an_error_at_its_byte_offset() {
        for (src, ch, pos) in [
            ("2 $ 3", '$', 2),
            ("a.b", '.', 1),
            ("x = 1;", ';', 5),
            ("caf\u{e9} = 1", '\u{e9}', 3),
            ("# caf\u{e9}\n1 ! 2", '!', 10),
            ("# \u{1F600}\n%", '%', 7),
        ] {
            assert_eq!(
                tokenize(src),
                Err(LexError::Unexpected { ch, pos }),
                "{src:?} should stop at {ch:?}, byte offset {pos}: an unknown character is an \
                 error, not skipped; only ASCII letters make names; and the position counts \
                 bytes, as Go's `for i, r := range src` does, not chars"
            );
        }
    }
}
