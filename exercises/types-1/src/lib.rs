//! Temperatures as newtypes: three units that never mix by accident.
//!
//! In Go you would write `type Celsius float64` and convert with
//! `Celsius(f)`. That conversion relabels the number: `Celsius(f)` of
//! 212 °F is 212 °C. Here each unit is a newtype, and the only way from one
//! to another is a `From` impl, which has to do the arithmetic. Write each
//! conversion with its formula; `Into` comes with `From` for free.
//!
//! Run the tests with `cargo test -p types-1`; ask for a hint with
//! `cargo course hint types-1`.

/// A temperature in degrees Celsius.
#[derive(Debug, Clone, Copy, PartialEq, PartialOrd)]
pub struct Celsius(pub f64);

/// A temperature in degrees Fahrenheit.
#[derive(Debug, Clone, Copy, PartialEq, PartialOrd)]
pub struct Fahrenheit(pub f64);

/// A temperature in kelvins: 0 K is absolute zero, −273.15 °C.
#[derive(Debug, Clone, Copy, PartialEq, PartialOrd)]
pub struct Kelvin(pub f64);

impl From<Celsius> for Fahrenheit {
    /// °F = °C × 9/5 + 32: 100 °C is 212 °F.
    fn from(c: Celsius) -> Self {
        // TODO: Go's `Fahrenheit(c)` would only relabel the number. Apply
        // the formula to the number inside, `c.0`, and wrap the result:
        // `Fahrenheit(...)`.
        todo!()
    }
}

impl From<Fahrenheit> for Celsius {
    /// °C = (°F − 32) × 5/9: 212 °F is 100 °C.
    fn from(f: Fahrenheit) -> Self {
        // TODO: the formula the other way round. Mind the brackets: the 32
        // comes off before the multiplication.
        todo!()
    }
}

impl From<Celsius> for Kelvin {
    /// K = °C + 273.15.
    fn from(c: Celsius) -> Self {
        // TODO: 0 °C is 273.15 K.
        todo!()
    }
}

impl From<Kelvin> for Celsius {
    /// °C = K − 273.15.
    fn from(k: Kelvin) -> Self {
        // TODO: 0 K is −273.15 °C.
        todo!()
    }
}

impl From<Fahrenheit> for Kelvin {
    /// Through Celsius: there is one formula per pair of neighbours.
    fn from(f: Fahrenheit) -> Self {
        // TODO: go through Celsius with the two conversions above, as a Go
        // function would call `FToC` and then `CToK`.
        todo!()
    }
}

impl Celsius {
    /// Whether water freezes at this temperature: at or below 0 °C.
    pub fn is_freezing(self) -> bool {
        // TODO: Go's method on a defined type, `func (c Celsius)
        // IsFreezing() bool`. The number is `self.0`; 0 °C itself freezes.
        todo!()
    }
}

/// The warmest reading, or `None` when there are none.
pub fn warmest(readings: &[Celsius]) -> Option<Celsius> {
    // TODO: Go would return `(Celsius, bool)` and start "the warmest so far"
    // at the first reading. Do not start it at Go's zero value `Celsius(0)`:
    // every reading may be below zero. `Celsius` derives `PartialOrd`, so
    // `a > b` works on two readings.
    todo!()
}
