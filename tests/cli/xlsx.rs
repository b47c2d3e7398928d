//! Issue 16, spreadsheets: `--format xlsx --output FILE` writes a list as a spreadsheet that
//! opens back (calamine) with the same rows, days as date cells, the header as CSV names it.

use calamine::{Data, DataType, Reader};

use crate::common::*;

fn open(path: &std::path::Path) -> calamine::Range<Data> {
    let mut book = calamine::open_workbook_auto(path).unwrap();
    book.worksheet_range_at(0).unwrap().unwrap()
}

/// Excel's serial number of a day (days since 1899-12-30).
fn serial(day: &str) -> f64 {
    let d = chrono::NaiveDate::parse_from_str(day, "%Y-%m-%d").unwrap();
    let epoch = chrono::NaiveDate::from_ymd_opt(1899, 12, 30).unwrap();
    (d - epoch).num_days() as f64
}

#[test]
fn a_list_opens_back_with_its_rows_and_date_cells() {
    let (env, _) = crate::inbox::world();
    let json_rows = json(&env.ok(None, &["--format", "json", "inbox", "--all"]));
    let json_rows = json_rows.as_array().unwrap();
    let file = env.path("inbox.xlsx");
    let o = env.run(
        None,
        &[
            "--format",
            "xlsx",
            "--output",
            file.to_str().unwrap(),
            "inbox",
            "--all",
        ],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(stdout(&o), "", "the spreadsheet goes to its file");
    let sheet = open(&file);
    let rows: Vec<&[Data]> = sheet.rows().collect();
    assert_eq!(rows.len(), json_rows.len() + 1, "the header and every row");
    let header: Vec<String> = rows[0].iter().map(|c| c.to_string()).collect();
    assert_eq!(header[..4], ["kind", "count", "since_on", "age_days"]);
    for (r, j) in rows[1..].iter().zip(json_rows) {
        assert_eq!(r[0].to_string(), j["kind"].as_str().unwrap());
        assert_eq!(r[1].get_float(), j["count"].as_f64(), "a number cell");
        let Data::DateTime(d) = &r[2] else {
            panic!("since_on is not a date cell: {:?}", r[2])
        };
        assert_eq!(d.as_f64(), serial(j["since_on"].as_str().unwrap()));
        // The recorded instant is a date and time too (in Italy's time).
        let since_at = header.iter().position(|h| h == "since_at").unwrap();
        assert!(
            matches!(r[since_at], Data::DateTime(_)),
            "{:?}",
            r[since_at]
        );
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&file).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600, "readable by its owner only");
    }
    // Never over an existing file; --output without xlsx, or xlsx without it, is a usage error.
    let o = env.run(
        None,
        &[
            "--format",
            "xlsx",
            "--output",
            file.to_str().unwrap(),
            "inbox",
        ],
    );
    assert!(!o.status.success());
    assert!(stderr(&o).contains("already exists"), "{}", stderr(&o));
    let o = env.run(None, &["--format", "xlsx", "inbox"]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    let o = env.run(None, &["--output", "x.xlsx", "inbox"]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
}

#[test]
fn the_overdue_report_and_the_registry_export_as_spreadsheets() {
    let (env, [acme, ..]) = crate::inbox::world();
    let file = env.path("overdue.xlsx");
    env.ok(
        None,
        &[
            "--format",
            "xlsx",
            "--output",
            file.to_str().unwrap(),
            "audit",
            "overdue-revocations",
        ],
    );
    let sheet = open(&file);
    let rows: Vec<&[Data]> = sheet.rows().collect();
    assert_eq!(rows.len(), 2);
    let header: Vec<String> = rows[0].iter().map(|c| c.to_string()).collect();
    let col = |name: &str| header.iter().position(|h| h == name).unwrap();
    assert_eq!(rows[1][col("company_cf")].to_string(), acme);
    let Data::DateTime(due) = &rows[1][col("due_on")] else {
        panic!("due_on is not a date cell")
    };
    assert_eq!(due.as_f64(), serial("2026-01-25"));
    assert_eq!(rows[1][col("days_overdue")].get_float(), Some(7.0));

    let file = env.path("registry.xlsx");
    env.ok(
        Some(OP),
        &[
            "--format",
            "xlsx",
            "registry",
            "export",
            "--output",
            file.to_str().unwrap(),
        ],
    );
    let csv = env.ok(Some(OP), &["registry", "export"]);
    let sheet = open(&file);
    assert_eq!(sheet.rows().count(), csv.lines().count());
    let first: Vec<String> = sheet
        .rows()
        .next()
        .unwrap()
        .iter()
        .map(|c| c.to_string())
        .collect();
    assert_eq!(first.join(","), csv.lines().next().unwrap());
    let granted = first.iter().position(|h| h == "granted_on").unwrap();
    assert!(
        sheet
            .rows()
            .skip(1)
            .all(|r| matches!(r[granted], Data::DateTime(_)))
    );
}
