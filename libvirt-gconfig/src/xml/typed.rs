//! Typed attribute and content accessors: enums whose GLib nicks are the XML values, booleans
//! spelled `yes`/`no` (or `on`/`off`), and numbers.

use glib::prelude::*;
use glib::translate::{FromGlib, IntoGlib};

use super::Node;

/// An enum whose value nicks are the strings libvirt's XML uses (`GVirConfigDomainVirtType`:
/// `qemu`, `kvm`, …): one table serves parsing and formatting.
pub trait XmlEnum: StaticType + IntoGlib<GlibType = i32> + FromGlib<i32> + Copy {
    /// The XML spelling of `self`.
    fn nick(self) -> String {
        let class = glib::EnumClass::with_type(Self::static_type()).expect("an enum type");
        class.value(self.into_glib()).map(|v| v.nick().to_owned()).unwrap_or_default()
    }

    /// The value spelled `nick` in XML, if any.
    fn from_nick(nick: &str) -> Option<Self> {
        let class = glib::EnumClass::with_type(Self::static_type()).expect("an enum type");
        // SAFETY: the value comes from the enum's own registered table.
        class.value_by_nick(nick).map(|v| unsafe { Self::from_glib(v.value()) })
    }
}

impl<T: StaticType + IntoGlib<GlibType = i32> + FromGlib<i32> + Copy> XmlEnum for T {}

/// The enum value with number `value` (from C), if it is one of the enum's values.
pub fn enum_from_int<E: XmlEnum>(value: i32) -> Option<E> {
    let class = glib::EnumClass::with_type(E::static_type()).expect("an enum type");
    // SAFETY: checked against the enum's registered values first.
    class.value(value).map(|v| unsafe { E::from_glib(v.value()) })
}

/// How a boolean is spelled in an attribute.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BoolStyle {
    YesNo,
    OnOff,
}

impl BoolStyle {
    fn spell(self, value: bool) -> &'static str {
        match (self, value) {
            (BoolStyle::YesNo, true) => "yes",
            (BoolStyle::YesNo, false) => "no",
            (BoolStyle::OnOff, true) => "on",
            (BoolStyle::OnOff, false) => "off",
        }
    }
}

fn parse_bool(text: &str) -> Option<bool> {
    match text {
        "yes" | "on" | "true" | "1" => Some(true),
        "no" | "off" | "false" | "0" => Some(false),
        _ => None,
    }
}

impl Node {
    /// Attribute `name` as an enum value; `None` when absent or not a known value.
    pub fn enum_attribute<E: XmlEnum>(&self, name: &str) -> Option<E> {
        self.attribute(name).and_then(|v| E::from_nick(&v))
    }

    pub fn set_enum_attribute<E: XmlEnum>(&self, name: &str, value: E) {
        self.set_attribute(name, Some(&value.nick()));
    }

    /// Attribute `name` as a boolean (`yes`/`no`, `on`/`off`); `None` when absent or unknown.
    pub fn bool_attribute(&self, name: &str) -> Option<bool> {
        self.attribute(name).and_then(|v| parse_bool(&v))
    }

    pub fn set_bool_attribute(&self, name: &str, value: bool, style: BoolStyle) {
        self.set_attribute(name, Some(style.spell(value)));
    }

    /// Attribute `name` as an unsigned number (decimal, or hexadecimal with `0x`).
    pub fn u64_attribute(&self, name: &str) -> Option<u64> {
        self.attribute(name).and_then(|v| parse_u64(&v))
    }

    pub fn set_u64_attribute(&self, name: &str, value: u64) {
        self.set_attribute(name, Some(&value.to_string()));
    }

    pub fn i64_attribute(&self, name: &str) -> Option<i64> {
        self.attribute(name).and_then(|v| v.trim().parse().ok())
    }

    /// The element's text as an unsigned number.
    pub fn u64_text(&self) -> Option<u64> {
        self.text().and_then(|v| parse_u64(&v))
    }

    /// The text of child `name` as an unsigned number.
    pub fn child_u64(&self, name: &str) -> Option<u64> {
        self.child(name).and_then(|c| c.u64_text())
    }

    pub fn set_child_u64(&self, name: &str, value: u64) {
        self.set_child_content(name, Some(&value.to_string()));
    }

    /// The text of child `name` as an enum value.
    pub fn child_enum<E: XmlEnum>(&self, name: &str) -> Option<E> {
        self.child_content(name).and_then(|v| E::from_nick(&v))
    }

    pub fn set_child_enum<E: XmlEnum>(&self, name: &str, value: E) {
        self.set_child_content(name, Some(&value.nick()));
    }
}

fn parse_u64(text: &str) -> Option<u64> {
    let text = text.trim();
    match text.strip_prefix("0x").or_else(|| text.strip_prefix("0X")) {
        Some(hex) => u64::from_str_radix(hex, 16).ok(),
        None => text.parse().ok(),
    }
}
