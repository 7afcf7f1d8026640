//! C ABI of `GVirConfigStorageVolTarget`.

use glib::ffi::GType;
use glib::prelude::*;
use glib::translate::*;

use super::document_accessors::{child_setter, constructors, nullable_string_setter, string_setter};
use super::GObjectPtr;
use crate::{StoragePermissions, StorageVolTarget, StorageVolTargetFeatures};

constructors!(
    StorageVolTarget,
    gvir_config_storage_vol_target_get_type,
    gvir_config_storage_vol_target_new,
    gvir_config_storage_vol_target_new_from_xml,
    "target",
    None
);

#[no_mangle]
pub extern "C" fn gvir_config_storage_vol_target_features_get_type() -> GType {
    StorageVolTargetFeatures::static_type().into_glib()
}

nullable_string_setter!(gvir_config_storage_vol_target_set_compat, target as StorageVolTarget, compat, set_compat);
string_setter!(gvir_config_storage_vol_target_set_format, target as StorageVolTarget, format, set_format);
child_setter!(
    gvir_config_storage_vol_target_set_permissions,
    target as StorageVolTarget,
    perms as StoragePermissions,
    set_permissions
);

#[no_mangle]
pub unsafe extern "C" fn gvir_config_storage_vol_target_set_features(target: GObjectPtr, features: u64) {
    let Some(target) =
        capi_support::object_arg::<StorageVolTarget>(target, None, c"gvir_config_storage_vol_target_set_features", "target")
    else {
        return;
    };
    let known = u64::from(StorageVolTargetFeatures::all().bits());
    if features & !known != 0 {
        capi_support::return_if_fail_warning(
            None,
            c"gvir_config_storage_vol_target_set_features",
            c"(features & ~GVIR_CONFIG_STORAGE_VOL_TARGET_FEATURE_LAZY_REFCOUNT) == 0",
        );
        return;
    }
    let features = StorageVolTargetFeatures::from_bits_truncate(features as u32);
    capi_support::guard("gvir_config_storage_vol_target_set_features", (), || target.set_features(features))
}
