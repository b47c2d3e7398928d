//! Issue 6: the benchmark script runs end to end at tiny sizes, so it cannot rot.
//! Nothing here is timed: the figures it prints are not judged.

#[test]
fn the_benchmark_script_runs_at_tiny_sizes() {
    crate::skip_on_pg!("benches/run.sh measures SQLite files");
    let lpt = assert_cmd::cargo::cargo_bin("lpt");
    // `cargo test` builds the examples next to the binaries.
    let generate = lpt.parent().unwrap().join("examples").join("generate");
    assert!(generate.exists(), "{} was not built", generate.display());
    let dir = tempfile::tempdir().unwrap();
    let o = std::process::Command::new("bash")
        .arg(concat!(env!("CARGO_MANIFEST_DIR"), "/benches/run.sh"))
        .arg("--smoke")
        .env("LPT_BIN", &lpt)
        .env("LPT_GENERATE", &generate)
        .env("BENCH_DIR", dir.path().join("data"))
        .output()
        .unwrap();
    let out = String::from_utf8_lossy(&o.stdout);
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(o.status.success(), "bench script failed:\n{out}\n{err}");
    for row in [
        "registry import, 200 rows",
        "registry export, 2002 grants",
        "audit overdue-revocations",
        "person show",
        "audit log --format csv",
        "peak memory, registry import of 1000 rows",
    ] {
        assert!(out.contains(row), "missing row {row:?} in:\n{out}");
    }
}
