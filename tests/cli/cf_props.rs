//! Property tests of the fiscal-code parser (R1): omocodic variants, single-character
//! changes, and no panic on any input.

use lpt::cf::{self, Kind};
use proptest::prelude::*;

/// Any valid personal code, from its parts.
fn personal() -> impl Strategy<Value = String> {
    (
        "[A-Z]{6}",
        0u8..100,
        1u8..=12,
        1u8..=31,
        any::<bool>(),
        prop::sample::select(vec![
            'A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'L', 'M', 'Z',
        ]),
        1u16..1000,
    )
        .prop_filter_map("day exists", |(l, y, m, d, f, pl, pn)| {
            let days = match m {
                2 if y % 4 == 0 => 29,
                2 => 28,
                4 | 6 | 9 | 11 => 30,
                _ => 31,
            };
            (d <= days).then(|| cf::build_personal(&l, y, m, d, f, pl, pn))
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn every_omocodic_variant_is_valid_with_the_same_birth_data(code in personal()) {
        let base = cf::parse(&code).unwrap();
        prop_assert!(!base.is_omocode());
        for mask in 1u8..128 {
            let v = cf::omocode_variant(&code, mask);
            let parsed = cf::parse(&v).unwrap_or_else(|e| panic!("{v} (mask {mask:07b}) of {code}: {e}"));
            prop_assert!(parsed.is_omocode());
            prop_assert_eq!(parsed.kind(), Kind::Person);
            prop_assert_eq!(parsed.birth(), base.birth());
        }
    }

    #[test]
    fn changing_any_one_character_makes_a_code_invalid(
        code in personal(),
        mask in 0u8..128,
        pos in 0usize..16,
        replacement in prop::sample::select(('A'..='Z').chain('0'..='9').collect::<Vec<char>>()),
    ) {
        let code = cf::omocode_variant(&code, mask);
        prop_assume!(code.as_bytes()[pos] != replacement as u8);
        let mut changed = code.clone().into_bytes();
        changed[pos] = replacement as u8;
        let changed = String::from_utf8(changed).unwrap();
        prop_assert!(cf::parse(&changed).is_err(), "{} → {} stays valid", code, changed);
    }

    #[test]
    fn a_numeric_code_with_one_digit_changed_is_invalid(
        serial in 1u32..10_000_000, office in prop::sample::select(vec![1u16, 50, 95, 100, 120, 121, 888, 999, 0, 200, 500, 920]),
        pos in 0usize..11, digit in 0u8..10,
    ) {
        let code = cf::build_numeric(serial, office);
        let parsed = cf::parse(&code);
        if serial >= 8_000_000 && office > 95 && matches!(office, 96..=100 | 120 | 121 | 888 | 999) {
            prop_assert!(parsed.is_err());
        } else {
            prop_assert!(parsed.is_ok(), "{}: {:?}", code, parsed);
            let mut b = code.clone().into_bytes();
            prop_assume!(b[pos] != b'0' + digit);
            b[pos] = b'0' + digit;
            let changed = String::from_utf8(b).unwrap();
            prop_assert!(cf::parse(&changed).is_err(), "{} → {} stays valid", code, changed);
        }
    }

    #[test]
    fn the_parser_never_panics(s in "\\PC{0,40}", bytes in prop::collection::vec(any::<u8>(), 0..40)) {
        let _ = cf::parse(&s);
        let _ = cf::parse(&String::from_utf8_lossy(&bytes));
    }

    #[test]
    fn spaces_and_case_do_not_matter(code in personal(), cut in 1usize..15) {
        let spaced = format!("{} {}", code[..cut].to_lowercase(), &code[cut..]);
        let parsed = cf::parse(&spaced).unwrap();
        prop_assert_eq!(parsed.as_str(), code.as_str());
    }
}
