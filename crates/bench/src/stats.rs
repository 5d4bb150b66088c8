//! Median and spread of one case's rounds.

/// The rounds of one case by one implementation, summarised.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Summary {
    pub median: f64,
    pub min: f64,
    pub max: f64,
    pub rounds: usize,
}

impl Summary {
    /// Summarises `samples`; `None` when there are none.
    pub fn of(samples: &[f64]) -> Option<Summary> {
        if samples.is_empty() {
            return None;
        }
        let mut sorted = samples.to_vec();
        sorted.sort_by(f64::total_cmp);
        let n = sorted.len();
        let median = if n % 2 == 1 {
            sorted[n / 2]
        } else {
            (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0
        };
        Some(Summary {
            median,
            min: sorted[0],
            max: sorted[n - 1],
            rounds: n,
        })
    }

    /// The range of the rounds as a share of the median: 0.1 means the
    /// fastest and the slowest round are 10 % of the median apart.
    pub fn spread(&self) -> f64 {
        if self.median > 0.0 {
            (self.max - self.min) / self.median
        } else {
            0.0
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn median_of_odd_and_even_counts() {
        assert_eq!(Summary::of(&[5.0, 1.0, 3.0]).unwrap().median, 3.0);
        assert_eq!(Summary::of(&[4.0, 1.0, 3.0, 2.0]).unwrap().median, 2.5);
        assert_eq!(Summary::of(&[]), None);
    }

    #[test]
    fn spread_is_the_range_over_the_median() {
        let summary = Summary::of(&[90.0, 100.0, 110.0]).unwrap();
        assert_eq!((summary.min, summary.max, summary.rounds), (90.0, 110.0, 3));
        assert!((summary.spread() - 0.2).abs() < 1e-12);
        assert_eq!(Summary::of(&[7.0]).unwrap().spread(), 0.0);
    }
}
