//! Issue 7 §4: property tests of the registry CSV reader: never a panic, whatever the bytes,
//! and well-formed rows come back as written.

use lpt::commands::registry::read::records;
use proptest::prelude::*;

const HEADER: &str = "company_cf,person_cf,family_name,given_name,profile,unit,granted_on,ended_on,revoked_on,revoke_reason\n";

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn any_bytes_after_a_header_never_panic(body in prop::collection::vec(any::<u8>(), 0..2000)) {
        let mut input = HEADER.as_bytes().to_vec();
        input.extend(body);
        if let Ok(rows) = records(input.as_slice()) {
            for (line, row) in rows {
                prop_assert!(line >= 2);
                if let Err(fault) = row {
                    prop_assert!(!fault.1.is_empty());
                }
            }
        }
    }

    #[test]
    fn any_bytes_at_all_never_panic(input in prop::collection::vec(any::<u8>(), 0..600)) {
        if let Ok(rows) = records(input.as_slice()) {
            for _ in rows {}
        }
    }

    #[test]
    fn well_formed_rows_come_back_as_written(
        cells in prop::collection::vec(
            prop::collection::vec("[A-Za-z0-9 ,\"'=+@-]{0,12}", 10),
            1..20,
        ),
        crlf in any::<bool>(),
        bom in any::<bool>(),
    ) {
        let end = if crlf { "\r\n" } else { "\n" };
        let mut csv = String::new();
        if bom {
            csv.push('\u{feff}');
        }
        csv.push_str(&HEADER.replace('\n', end));
        let mut w = csv::WriterBuilder::new().terminator(csv::Terminator::Any(b'\n')).from_writer(Vec::new());
        for row in &cells {
            w.write_record(row.iter().map(|c| lpt::output::neutralise(c).into_owned())).unwrap();
        }
        let body = String::from_utf8(w.into_inner().unwrap()).unwrap();
        csv.push_str(&if crlf { body.replace('\n', "\r\n") } else { body });
        let rows: Vec<_> = records(csv.as_bytes()).unwrap().collect();
        // Rows whose every cell is blank are blank lines only when the writer left the line empty.
        let expected: Vec<&Vec<String>> = cells.iter().collect();
        prop_assert_eq!(rows.len(), expected.len());
        for ((_, row), want) in rows.into_iter().zip(expected) {
            let f = match row {
                Ok(f) => f,
                Err(fault) => return Err(TestCaseError::fail(format!("{fault}"))),
            };
            let opt = |s: &str| Some(s.trim().to_string()).filter(|s| !s.is_empty());
            prop_assert_eq!(f.company_cf, want[0].trim());
            prop_assert_eq!(f.family_name, want[2].trim());
            prop_assert_eq!(f.unit, opt(&want[5]));
            prop_assert_eq!(f.revoke_reason, opt(&want[9]));
        }
    }
}
