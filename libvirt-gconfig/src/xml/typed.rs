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
        self.nick_str().to_owned()
    }

    /// The XML spelling of `self`, from the enum's registered table ("" if not a value).
    fn nick_str(self) -> &'static str {
        let value = self.into_glib();
        enum_values(Self::static_type())
            .iter()
            .find(|v| v.value == value)
            // SAFETY: registered nicks are valid static C strings (UTF-8: they are our own).
            .and_then(|v| unsafe { std::ffi::CStr::from_ptr(v.value_nick) }.to_str().ok())
            .unwrap_or_default()
    }

    /// The value spelled `nick` in XML, if any (the first in the table, as
    /// `g_enum_get_value_by_nick` finds it).
    fn from_nick(nick: &str) -> Option<Self> {
        Self::from_nick_bytes(nick.as_bytes())
    }

    /// [`XmlEnum::from_nick`] for the bytes of a nick.
    fn from_nick_bytes(nick: &[u8]) -> Option<Self> {
        enum_values(Self::static_type())
            .iter()
            // SAFETY: registered nicks are valid C strings.
            .find(|v| unsafe { super::node::xml_bytes_eq(v.value_nick as *const u8, nick) })
            // SAFETY: the value comes from the enum's own registered table.
            .map(|v| unsafe { Self::from_glib(v.value) })
    }
}

impl<T: StaticType + IntoGlib<GlibType = i32> + FromGlib<i32> + Copy> XmlEnum for T {}

/// The registered values of the enum type `type_`.
///
/// Getters and setters of enum properties look values up on every call; going through
/// `glib::EnumClass` referenced and released the class and copied the nick each time. The class
/// of a static type is never finalized once made, so its table can be borrowed for good.
fn enum_values(type_: glib::Type) -> &'static [glib::gobject_ffi::GEnumValue] {
    assert!(type_.is_a(glib::Type::ENUM), "{type_} is not an enum type");
    // SAFETY: `type_` is a registered static enum type. Its class is made by the first
    // g_type_class_ref and lives as long as the process (static types' classes are never
    // freed; the reference taken here is never given back). `values` holds `n_values` entries.
    unsafe {
        let mut class = glib::gobject_ffi::g_type_class_peek(type_.into_glib()) as *const glib::gobject_ffi::GEnumClass;
        if class.is_null() {
            class = glib::gobject_ffi::g_type_class_ref(type_.into_glib()) as *const glib::gobject_ffi::GEnumClass;
        }
        if (*class).values.is_null() {
            return &[];
        }
        std::slice::from_raw_parts((*class).values, (*class).n_values as usize)
    }
}

/// The enum value with number `value` (from C), if it is one of the enum's values.
pub fn enum_from_int<E: XmlEnum>(value: i32) -> Option<E> {
    // SAFETY: checked against the enum's registered values first.
    enum_values(E::static_type()).iter().find(|v| v.value == value).map(|v| unsafe { E::from_glib(v.value) })
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
        // SAFETY: the closure only looks the value up in the enum's table.
        unsafe { self.with_attribute_bytes(name, |v| v.and_then(E::from_nick_bytes)) }
    }

    pub fn set_enum_attribute<E: XmlEnum>(&self, name: &str, value: E) {
        self.set_attribute(name, Some(value.nick_str()));
    }

    /// Attribute `name` as a boolean (`yes`/`no`, `on`/`off`); `None` when absent or unknown.
    pub fn bool_attribute(&self, name: &str) -> Option<bool> {
        // SAFETY: the closure only parses the value.
        unsafe { self.with_attribute(name, |v| v.and_then(parse_bool)) }
    }

    pub fn set_bool_attribute(&self, name: &str, value: bool, style: BoolStyle) {
        self.set_attribute(name, Some(style.spell(value)));
    }

    /// Attribute `name` as an unsigned number (decimal, or hexadecimal with `0x`).
    pub fn u64_attribute(&self, name: &str) -> Option<u64> {
        // SAFETY: the closure only parses the value.
        unsafe { self.with_attribute(name, |v| v.and_then(parse_u64)) }
    }

    pub fn set_u64_attribute(&self, name: &str, value: u64) {
        self.set_attribute(name, Some(&value.to_string()));
    }

    pub fn i64_attribute(&self, name: &str) -> Option<i64> {
        // SAFETY: the closure only parses the value.
        unsafe { self.with_attribute(name, |v| v.and_then(|v| v.trim().parse().ok())) }
    }

    /// The element's text as an unsigned number.
    pub fn u64_text(&self) -> Option<u64> {
        self.text().and_then(|v| parse_u64(&v))
    }

    /// The text of child `name` as an unsigned number.
    pub fn child_u64(&self, name: &str) -> Option<u64> {
        self.with_child(name, |c| c.u64_text()).flatten()
    }

    pub fn set_child_u64(&self, name: &str, value: u64) {
        self.set_child_content(name, Some(&value.to_string()));
    }

    /// The text of child `name` as an enum value.
    pub fn child_enum<E: XmlEnum>(&self, name: &str) -> Option<E> {
        self.child_content(name).and_then(|v| E::from_nick(&v))
    }

    pub fn set_child_enum<E: XmlEnum>(&self, name: &str, value: E) {
        self.set_child_content(name, Some(value.nick_str()));
    }
}

fn parse_u64(text: &str) -> Option<u64> {
    let text = text.trim();
    match text.strip_prefix("0x").or_else(|| text.strip_prefix("0X")) {
        Some(hex) => u64::from_str_radix(hex, 16).ok(),
        None => text.parse().ok(),
    }
}
