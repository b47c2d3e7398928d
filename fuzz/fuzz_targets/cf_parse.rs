//! The fiscal-code parser on any input: never a panic, and a code it accepts stays accepted
//! once normalised.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let s = String::from_utf8_lossy(data);
    if let Ok(cf) = lpt::cf::parse(&s) {
        let again = lpt::cf::parse(cf.as_str()).expect("a normalised valid code is valid");
        assert_eq!(again.as_str(), cf.as_str());
        if let Some(b) = cf.birth() {
            let _ = b.date(2026);
        }
    }
});
