//! C ABI of `GVirConfigStorageVolBackingStore`.

use super::document_accessors::{constructors, nullable_string_setter, string_setter};
use crate::StorageVolBackingStore;

constructors!(
    StorageVolBackingStore,
    gvir_config_storage_vol_backing_store_get_type,
    gvir_config_storage_vol_backing_store_new,
    gvir_config_storage_vol_backing_store_new_from_xml,
    "backingStore",
    None
);

string_setter!(gvir_config_storage_vol_backing_store_set_format, backing_store as StorageVolBackingStore, format, set_format);
nullable_string_setter!(gvir_config_storage_vol_backing_store_set_path, backing_store as StorageVolBackingStore, path, set_path);
