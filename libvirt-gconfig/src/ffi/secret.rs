//! C ABI of `GVirConfigSecret`; its accessors are beyond libvirt-glib.

use std::ffi::c_char;

use glib::translate::IntoGlib;

use super::accessor_fns::{enum_arg, setter, value_getter};
use super::device_accessors::{export_bool_getter, export_bool_setter, export_get_type};
use super::document_accessors::{constructors, nullable_string_setter, string_getter};
use super::{str_arg, GObjectPtr};
use crate::{Secret, SecretUsageType};

constructors!(
    Secret,
    gvir_config_secret_get_type,
    gvir_config_secret_new,
    gvir_config_secret_new_from_xml,
    "secret",
    Some(crate::secret::SCHEMA)
);

export_get_type! {
    gvir_config_secret_usage_type_get_type => SecretUsageType,
}

export_bool_getter!(gvir_config_secret_get_ephemeral, secret: Secret, ephemeral);
export_bool_setter!(gvir_config_secret_set_ephemeral, secret: Secret, set_ephemeral);
export_bool_getter!(gvir_config_secret_get_private, secret: Secret, private);
export_bool_setter!(gvir_config_secret_set_private, secret: Secret, set_private);
string_getter!(gvir_config_secret_get_description, secret as Secret, description);
nullable_string_setter!(gvir_config_secret_set_description, secret as Secret, description, set_description);
string_getter!(gvir_config_secret_get_uuid, secret as Secret, uuid);
nullable_string_setter!(gvir_config_secret_set_uuid, secret as Secret, uuid, set_uuid);
string_getter!(gvir_config_secret_get_usage_target, secret as Secret, usage_target);

/// The usage type; `NONE` without `<usage>` or for a type this library does not know.
#[no_mangle]
pub unsafe extern "C" fn gvir_config_secret_get_usage_type(secret: GObjectPtr) -> i32 {
    let none = SecretUsageType::None.into_glib();
    value_getter::<Secret, i32>(secret, c"gvir_config_secret_get_usage_type", "secret", none, |s| {
        s.usage_type().map_or(none, IntoGlib::into_glib)
    })
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_secret_set_usage(secret: GObjectPtr, usage_type: i32, target: *const c_char) {
    const NAME: &std::ffi::CStr = c"gvir_config_secret_set_usage";
    let Some(usage_type) = enum_arg::<SecretUsageType>(usage_type, NAME, c"usage_type") else { return };
    // The target names what the secret is for; only removing the usage needs none.
    let target = if usage_type == SecretUsageType::None && target.is_null() {
        std::borrow::Cow::Borrowed("")
    } else {
        str_arg!(target, NAME, ())
    };
    setter::<Secret>(secret, NAME, "secret", |s| s.set_usage(usage_type, &target))
}
