//! Builds the C half of the C ABI: the varargs functions (`gvir_error_new`, `gvir_set_error`,
//! `gvir_critical`, …), which Rust cannot define. They format their message and call Rust.

use std::process::Command;

fn main() {
    println!("cargo:rerun-if-changed=src/ffi/varargs.c");
    if std::env::var_os("CARGO_FEATURE_CAPI").is_none() {
        return;
    }
    let cflags = Command::new("pkg-config")
        .args(["--cflags", "glib-2.0"])
        .output()
        .expect("pkg-config is needed to build the C ABI");
    assert!(cflags.status.success(), "pkg-config glib-2.0 failed");
    let mut build = cc::Build::new();
    build.file("src/ffi/varargs.c").cargo_metadata(false).warnings(true);
    for flag in String::from_utf8_lossy(&cflags.stdout).split_whitespace() {
        build.flag(flag);
    }
    build.compile("libvirt_glib_varargs");
    // Whole-archive: nothing in Rust references these symbols, yet they must reach the ELF.
    let out = std::env::var("OUT_DIR").unwrap();
    println!("cargo:rustc-link-search=native={out}");
    println!("cargo:rustc-link-lib=static:+whole-archive=libvirt_glib_varargs");
}
