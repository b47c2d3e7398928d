//! The registry CSV reader on any bytes: never a panic; every fault says why.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(rows) = lpt::commands::registry::read::records(data) {
        for (_, row) in rows {
            if let Err(fault) = row {
                assert!(!fault.1.is_empty());
            }
        }
    }
});
