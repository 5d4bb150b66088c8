//! Graded tests for types-2: a port number that is valid by construction.

use std::error::Error;

use types_2::{Port, PortError};

/// Parses a port with `?` into a boxed error, as a config loader would.
fn port_from_config(text: &str) -> Result<Port, Box<dyn Error>> {
    Ok(text.parse::<Port>()?)
}

graded::tests! {
    /// `Port::new(0)` is refused: 0 is not a port one can use by number.
    fn new_refuses_zero() {
        assert_eq!(
            Port::new(0),
            Err(PortError::Zero),
            "Port::new(0) should be Err(PortError::Zero): Go's zero value is not a valid port"
        );
    }

    /// Every other `u16` is a port, and `get` gives the number back.
    fn new_accepts_every_other_number() {
        for number in [1, 22, 1023, 1024, 8080, 65535] {
            let port = Port::new(number);
            assert!(port.is_ok(), "Port::new({number}) should be Ok, got {port:?}");
            assert_eq!(
                port.unwrap().get(),
                number,
                "Port::new({number}).get() should give back {number}"
            );
        }
    }

    /// Decimal digits parse into the port they spell, leading zeros too.
    fn parse_accepts_decimal_digits() {
        for (text, number) in [("8080", 8080), ("1", 1), ("65535", 65535), ("0443", 443)] {
            let port: Result<Port, PortError> = text.parse();
            assert_eq!(
                port.map(Port::get),
                Ok(number),
                "{text:?}.parse::<Port>() should be the port {number}"
            );
        }
    }

    /// Empty text is `Empty`.
    fn parse_refuses_empty_text() {
        assert_eq!(
            "".parse::<Port>(),
            Err(PortError::Empty),
            "\"\".parse::<Port>() should be Err(PortError::Empty)"
        );
    }

    /// A sign, a space or a letter is `NotANumber`, with the text given.
    fn parse_refuses_anything_but_digits() {
        for text in ["+80", "-1", " 80", "80 ", "8o", "0x50", "eighty", "８０"] {
            assert_eq!(
                text.parse::<Port>(),
                Err(PortError::NotANumber(text.to_owned())),
                "{text:?} should be refused as NotANumber({text:?}): a port is decimal digits \
                 only (Go's strconv.Atoi and Rust's parse::<u16>() both accept a leading '+')"
            );
        }
    }

    /// Digits above 65535 are `TooLarge`, with the text given, however long.
    fn parse_refuses_numbers_above_65535() {
        for text in ["65536", "100000", "99999999999999999999999"] {
            assert_eq!(
                text.parse::<Port>(),
                Err(PortError::TooLarge(text.to_owned())),
                "{text:?} should be refused as TooLarge({text:?}): it is a number, just above \
                 65535, not NotANumber"
            );
        }
    }

    /// "0" parses as a number but is refused as `Zero`.
    fn parse_refuses_zero() {
        for text in ["0", "00000"] {
            assert_eq!(
                text.parse::<Port>(),
                Err(PortError::Zero),
                "{text:?}.parse::<Port>() should be Err(PortError::Zero): parsing must check \
                 what Port::new checks"
            );
        }
    }

    /// `Display` writes the bare number, ready to go into an address.
    fn display_writes_the_bare_number() {
        let port = Port::new(8080).unwrap();
        assert_eq!(
            format!("localhost:{port}"),
            "localhost:8080",
            "a Port should display as its bare number (8080), not its Debug form (Port(8080))"
        );
        assert_eq!(Port::new(7).unwrap().to_string(), "7", "Port 7 should display as \"7\"");
    }

    /// Ports below 1024 are privileged; 1024 and above are not.
    fn is_privileged_is_below_1024() {
        for (number, privileged) in
            [(1, true), (80, true), (1023, true), (1024, false), (8080, false)]
        {
            assert_eq!(
                Port::new(number).unwrap().is_privileged(),
                privileged,
                "port {number} should {}be privileged: the privileged ports are 1 to 1023",
                if privileged { "" } else { "not " }
            );
        }
    }

    /// Each error says what was wrong, and the text given where there was one.
    fn errors_say_what_was_wrong() {
        let messages = [
            PortError::Empty.to_string(),
            PortError::NotANumber("eighty".to_owned()).to_string(),
            PortError::Zero.to_string(),
            PortError::TooLarge("70000".to_owned()).to_string(),
        ];
        for message in &messages {
            assert!(
                !message.is_empty(),
                "every PortError should display as a sentence, got \"\""
            );
        }
        assert!(
            messages[1].contains("eighty"),
            "NotANumber(\"eighty\") should name the text given, got {:?}",
            messages[1]
        );
        assert!(
            messages[3].contains("70000"),
            "TooLarge(\"70000\") should name the number given, got {:?}",
            messages[3]
        );
        for (i, a) in messages.iter().enumerate() {
            for b in &messages[i + 1..] {
                assert_ne!(a, b, "two different PortErrors should not display the same message");
            }
        }
    }

    /// A `PortError` is a `std::error::Error`: `?` turns it into a boxed error.
    fn a_port_error_goes_through_question_mark() {
        let err = port_from_config("99999").unwrap_err();
        assert!(
            err.to_string().contains("99999"),
            "the boxed error should display the PortError's message, got {err}"
        );
        assert_eq!(
            port_from_config("443").map(Port::get).ok(),
            Some(443),
            "\"443\" should load as the port 443"
        );
    }
}
