//! C ABI of `GVirConfigStoragePermissions`.

use super::document_accessors::{constructors, nullable_string_setter, number_property, string_getter};
use crate::StoragePermissions;

constructors!(
    StoragePermissions,
    gvir_config_storage_permissions_get_type,
    gvir_config_storage_permissions_new,
    gvir_config_storage_permissions_new_from_xml,
    "permissions",
    None
);

number_property!(
    u32,
    gvir_config_storage_permissions_get_group,
    gvir_config_storage_permissions_set_group,
    perms as StoragePermissions,
    group,
    group,
    set_group
);
number_property!(
    u32,
    gvir_config_storage_permissions_get_mode,
    gvir_config_storage_permissions_set_mode,
    perms as StoragePermissions,
    mode,
    mode,
    set_mode
);
number_property!(
    u32,
    gvir_config_storage_permissions_get_owner,
    gvir_config_storage_permissions_set_owner,
    perms as StoragePermissions,
    owner,
    owner,
    set_owner
);
string_getter!(gvir_config_storage_permissions_get_label, perms as StoragePermissions, label);
nullable_string_setter!(gvir_config_storage_permissions_set_label, perms as StoragePermissions, label, set_label);
