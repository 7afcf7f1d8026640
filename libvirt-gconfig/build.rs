//! Links libxml2 (the DOM under every configuration object).

fn main() {
    let libs = std::process::Command::new("pkg-config")
        .args(["--libs", "libxml-2.0"])
        .output()
        .expect("pkg-config is needed to find libxml2");
    assert!(libs.status.success(), "pkg-config libxml-2.0 failed: install libxml2-dev");
    for flag in String::from_utf8_lossy(&libs.stdout).split_whitespace() {
        if let Some(lib) = flag.strip_prefix("-l") {
            println!("cargo:rustc-link-lib={lib}");
        } else if let Some(dir) = flag.strip_prefix("-L") {
            println!("cargo:rustc-link-search=native={dir}");
        }
    }
}
