//! Temperatures as newtypes: three units that never mix by accident.
//!
//! In Go you would write `type Celsius float64` and convert with
//! `Celsius(f)`, which relabels the number without applying any formula.
//! Here each unit is a newtype, and the only way from one to another is a
//! `From` impl that does the arithmetic; `Into` comes with it.

/// A temperature in degrees Celsius.
#[derive(Debug, Clone, Copy, PartialEq, PartialOrd)]
pub struct Celsius(pub f64);

/// A temperature in degrees Fahrenheit.
#[derive(Debug, Clone, Copy, PartialEq, PartialOrd)]
pub struct Fahrenheit(pub f64);

/// A temperature in kelvins: 0 K is absolute zero, −273.15 °C.
#[derive(Debug, Clone, Copy, PartialEq, PartialOrd)]
pub struct Kelvin(pub f64);

/// The offset between the kelvin and Celsius scales.
const ZERO_CELSIUS_IN_KELVIN: f64 = 273.15;

impl From<Celsius> for Fahrenheit {
    /// °F = °C × 9/5 + 32: 100 °C is 212 °F.
    fn from(c: Celsius) -> Self {
        Fahrenheit(c.0 * 9.0 / 5.0 + 32.0)
    }
}

impl From<Fahrenheit> for Celsius {
    /// °C = (°F − 32) × 5/9: 212 °F is 100 °C.
    fn from(f: Fahrenheit) -> Self {
        Celsius((f.0 - 32.0) * 5.0 / 9.0)
    }
}

impl From<Celsius> for Kelvin {
    /// K = °C + 273.15.
    fn from(c: Celsius) -> Self {
        Kelvin(c.0 + ZERO_CELSIUS_IN_KELVIN)
    }
}

impl From<Kelvin> for Celsius {
    /// °C = K − 273.15.
    fn from(k: Kelvin) -> Self {
        Celsius(k.0 - ZERO_CELSIUS_IN_KELVIN)
    }
}

impl From<Fahrenheit> for Kelvin {
    /// Through Celsius: there is one formula per pair of neighbours.
    fn from(f: Fahrenheit) -> Self {
        Kelvin::from(Celsius::from(f))
    }
}

impl Celsius {
    /// Whether water freezes at this temperature: at or below 0 °C.
    pub fn is_freezing(self) -> bool {
        self.0 <= 0.0
    }
}

/// The warmest reading, or `None` when there are none.
pub fn warmest(readings: &[Celsius]) -> Option<Celsius> {
    readings
        .iter()
        .copied()
        .reduce(|best, next| if next > best { next } else { best })
}
