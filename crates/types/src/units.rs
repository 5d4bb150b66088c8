//! Temperatures as newtypes: `Celsius` and `Fahrenheit` wrap an `f64` each,
//! and neither is an `f64` nor the other.

use std::fmt;

// ANCHOR: types
/// Degrees Celsius: Go's `type Celsius float64`.
#[derive(Debug, Clone, Copy, PartialEq, PartialOrd)]
pub struct Celsius(pub f64);

/// A temperature in degrees Fahrenheit.
#[derive(Debug, Clone, Copy, PartialEq, PartialOrd)]
pub struct Fahrenheit(pub f64);
// ANCHOR_END: types

// ANCHOR: from
impl From<Celsius> for Fahrenheit {
    /// The formula, not a relabelling: 100 °C is 212 °F.
    fn from(c: Celsius) -> Self {
        Fahrenheit(c.0 * 9.0 / 5.0 + 32.0)
    }
}

impl From<Fahrenheit> for Celsius {
    fn from(f: Fahrenheit) -> Self {
        Celsius((f.0 - 32.0) * 5.0 / 9.0)
    }
}
// ANCHOR_END: from

// ANCHOR: methods
impl Celsius {
    /// Go's `func (c Celsius) ToFahrenheit()`: an
    /// inherent method, defined next to the type.
    pub fn to_fahrenheit(self) -> Fahrenheit {
        Fahrenheit::from(self)
    }

    /// Warmer by `degrees`. The newtype has no `+`
    /// until one is written: this is the one
    /// operation it offers.
    pub fn warmer_by(self, degrees: f64) -> Celsius {
        Celsius(self.0 + degrees)
    }
}
// ANCHOR_END: methods

// ANCHOR: display
impl fmt::Display for Celsius {
    /// Go's `String()` method: `100.0°C`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:.1}°C", self.0)
    }
}

impl fmt::Display for Fahrenheit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:.1}°F", self.0)
    }
}
// ANCHOR_END: display
