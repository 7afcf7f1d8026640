//! C ABI of the character devices (`<serial>`, `<parallel>`, `<console>`, `<channel>`,
//! `<redirdev>`) and of their sources.

use std::ffi::c_char;

use capi_support::{guard};
use glib::ffi::GType;
use glib::prelude::*;
use glib::translate::*;

use super::{constructors, enum_arg, full, object_arg, opt_object_arg, opt_str, GObjectPtr};
use crate::domain::chardev_source::parse_source;
use crate::{
    DomainChannel, DomainChannelTargetType, DomainChardev, DomainChardevExt, DomainChardevSource,
    DomainChardevSourcePty, DomainChardevSourceSpicePort, DomainChardevSourceSpiceVmc, DomainChardevSourceUnix,
    DomainConsole, DomainConsoleTargetType, DomainParallel, DomainRedirdev, DomainRedirdevBus, DomainSerial,
};

macro_rules! get_type {
    ($($function:ident => $ty:ty),* $(,)?) => {
        $(
            #[no_mangle]
            pub extern "C" fn $function() -> GType {
                <$ty>::static_type().into_glib()
            }
        )*
    };
}

get_type! {
    gvir_config_domain_chardev_get_type => DomainChardev,
    gvir_config_domain_chardev_source_get_type => DomainChardevSource,
    gvir_config_domain_chardev_source_pty_get_type => DomainChardevSourcePty,
    gvir_config_domain_chardev_source_unix_get_type => DomainChardevSourceUnix,
    gvir_config_domain_chardev_source_spicevmc_get_type => DomainChardevSourceSpiceVmc,
    gvir_config_domain_chardev_source_spiceport_get_type => DomainChardevSourceSpicePort,
    gvir_config_domain_serial_get_type => DomainSerial,
    gvir_config_domain_parallel_get_type => DomainParallel,
    gvir_config_domain_console_get_type => DomainConsole,
    gvir_config_domain_channel_get_type => DomainChannel,
    gvir_config_domain_redirdev_get_type => DomainRedirdev,
    gvir_config_domain_console_target_type_get_type => DomainConsoleTargetType,
    gvir_config_domain_channel_target_type_get_type => DomainChannelTargetType,
    gvir_config_domain_redirdev_bus_get_type => DomainRedirdevBus,
}

// --- DomainChardev ------------------------------------------------------------------------------

#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_chardev_get_source(chardev: GObjectPtr) -> GObjectPtr {
    let chardev = object_arg!(chardev as DomainChardev, c"gvir_config_domain_chardev_get_source", std::ptr::null_mut());
    guard("gvir_config_domain_chardev_get_source", std::ptr::null_mut(), || {
        chardev.source().map_or(std::ptr::null_mut(), full)
    })
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_chardev_set_source(chardev: GObjectPtr, source: GObjectPtr) {
    let chardev = object_arg!(chardev as DomainChardev, c"gvir_config_domain_chardev_set_source", ());
    let source = object_arg!(source as DomainChardevSource, c"gvir_config_domain_chardev_set_source", ());
    guard("gvir_config_domain_chardev_set_source", (), || chardev.set_source(&*source))
}

// --- sources ------------------------------------------------------------------------------------

constructors!(
    gvir_config_domain_chardev_source_pty_new,
    gvir_config_domain_chardev_source_pty_new_from_xml,
    DomainChardevSourcePty,
    |xml| parse_source(xml, "pty")
);

#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_chardev_source_pty_get_path(pty: GObjectPtr) -> *const c_char {
    let pty = object_arg!(pty as DomainChardevSourcePty, c"gvir_config_domain_chardev_source_pty_get_path", std::ptr::null());
    guard("gvir_config_domain_chardev_source_pty_get_path", std::ptr::null(), || {
        crate::ffi::kept_string(&*pty, "path", pty.path())
    })
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_chardev_source_pty_set_path(pty: GObjectPtr, path: *const c_char) {
    let pty = object_arg!(pty as DomainChardevSourcePty, c"gvir_config_domain_chardev_source_pty_set_path", ());
    guard("gvir_config_domain_chardev_source_pty_set_path", (), || pty.set_path(opt_str(path).as_deref()))
}

constructors!(
    gvir_config_domain_chardev_source_unix_new,
    gvir_config_domain_chardev_source_unix_new_from_xml,
    DomainChardevSourceUnix,
    |xml| parse_source(xml, "unix")
);

constructors!(
    gvir_config_domain_chardev_source_spicevmc_new,
    gvir_config_domain_chardev_source_spicevmc_new_from_xml,
    DomainChardevSourceSpiceVmc,
    |xml| parse_source(xml, "spicevmc")
);

constructors!(
    gvir_config_domain_chardev_source_spiceport_new,
    gvir_config_domain_chardev_source_spiceport_new_from_xml,
    DomainChardevSourceSpicePort,
    |xml| parse_source(xml, "spiceport")
);

#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_chardev_source_spiceport_get_channel(port: GObjectPtr) -> *const c_char {
    let port = object_arg!(
        port as DomainChardevSourceSpicePort,
        c"gvir_config_domain_chardev_source_spiceport_get_channel",
        std::ptr::null()
    );
    guard("gvir_config_domain_chardev_source_spiceport_get_channel", std::ptr::null(), || {
        crate::ffi::kept_string(&*port, "channel", port.channel())
    })
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_chardev_source_spiceport_set_channel(port: GObjectPtr, channel: *const c_char) {
    let port = object_arg!(port as DomainChardevSourceSpicePort, c"gvir_config_domain_chardev_source_spiceport_set_channel", ());
    guard("gvir_config_domain_chardev_source_spiceport_set_channel", (), || port.set_channel(opt_str(channel).as_deref()))
}

// --- the devices --------------------------------------------------------------------------------

constructors!(gvir_config_domain_serial_new, gvir_config_domain_serial_new_from_xml, DomainSerial, "serial");
constructors!(gvir_config_domain_parallel_new, gvir_config_domain_parallel_new_from_xml, DomainParallel, "parallel");
constructors!(gvir_config_domain_console_new, gvir_config_domain_console_new_from_xml, DomainConsole, "console");
constructors!(gvir_config_domain_channel_new, gvir_config_domain_channel_new_from_xml, DomainChannel, "channel");
constructors!(gvir_config_domain_redirdev_new, gvir_config_domain_redirdev_new_from_xml, DomainRedirdev, "redirdev");

#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_console_set_target_type(console: GObjectPtr, type_: i32) {
    let console = object_arg!(console as DomainConsole, c"gvir_config_domain_console_set_target_type", ());
    if let Some(target) = enum_arg(type_, c"gvir_config_domain_console_set_target_type", "type") {
        guard("gvir_config_domain_console_set_target_type", (), || console.set_target_type(target))
    }
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_channel_get_target_type(channel: GObjectPtr) -> i32 {
    let default = DomainChannelTargetType::Guestfwd.into_glib();
    let channel = object_arg!(channel as DomainChannel, c"gvir_config_domain_channel_get_target_type", default);
    guard("gvir_config_domain_channel_get_target_type", default, || channel.target_type().into_glib())
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_channel_set_target_type(channel: GObjectPtr, type_: i32) {
    let channel = object_arg!(channel as DomainChannel, c"gvir_config_domain_channel_set_target_type", ());
    if let Some(target) = enum_arg(type_, c"gvir_config_domain_channel_set_target_type", "type") {
        guard("gvir_config_domain_channel_set_target_type", (), || channel.set_target_type(target))
    }
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_channel_get_target_name(channel: GObjectPtr) -> *const c_char {
    let channel = object_arg!(channel as DomainChannel, c"gvir_config_domain_channel_get_target_name", std::ptr::null());
    guard("gvir_config_domain_channel_get_target_name", std::ptr::null(), || {
        crate::ffi::kept_string(&*channel, "target-name", channel.target_name())
    })
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_channel_set_target_name(channel: GObjectPtr, name: *const c_char) {
    let channel = object_arg!(channel as DomainChannel, c"gvir_config_domain_channel_set_target_name", ());
    guard("gvir_config_domain_channel_set_target_name", (), || channel.set_target_name(opt_str(name).as_deref()))
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_redirdev_set_bus(redirdev: GObjectPtr, bus: i32) {
    let redirdev = object_arg!(redirdev as DomainRedirdev, c"gvir_config_domain_redirdev_set_bus", ());
    if let Some(bus) = enum_arg(bus, c"gvir_config_domain_redirdev_set_bus", "bus") {
        guard("gvir_config_domain_redirdev_set_bus", (), || redirdev.set_bus(bus))
    }
}

/// `address` must be a `GVirConfigDomainAddress` (or NULL). That class is looked up by name:
/// an object can only be one once the class is registered.
#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_redirdev_set_address(redirdev: GObjectPtr, address: GObjectPtr) {
    let redirdev = object_arg!(redirdev as DomainRedirdev, c"gvir_config_domain_redirdev_set_address", ());
    let address = opt_object_arg!(address as crate::DomainAddress, c"gvir_config_domain_redirdev_set_address", ());
    guard("gvir_config_domain_redirdev_set_address", (), || redirdev.set_address(address.as_deref()))
}
