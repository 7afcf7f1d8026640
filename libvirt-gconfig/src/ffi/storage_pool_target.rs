//! C ABI of `GVirConfigStoragePoolTarget`.

use super::document_accessors::{child_getter, child_setter, constructors, nullable_string_setter, string_getter};
use crate::{StoragePermissions, StoragePoolTarget};

constructors!(
    StoragePoolTarget,
    gvir_config_storage_pool_target_get_type,
    gvir_config_storage_pool_target_new,
    gvir_config_storage_pool_target_new_from_xml,
    "target",
    None
);

string_getter!(gvir_config_storage_pool_target_get_path, target as StoragePoolTarget, path);
nullable_string_setter!(gvir_config_storage_pool_target_set_path, target as StoragePoolTarget, path, set_path);
child_getter!(gvir_config_storage_pool_target_get_permissions, target as StoragePoolTarget, permissions);
child_setter!(
    gvir_config_storage_pool_target_set_permissions,
    target as StoragePoolTarget,
    perms as StoragePermissions,
    set_permissions
);
