//! C ABI of `GVirConfigStoragePoolSource`.

use super::document_accessors::{constructors, nullable_string_setter, string_getter, string_setter};
use crate::StoragePoolSource;

constructors!(
    StoragePoolSource,
    gvir_config_storage_pool_source_get_type,
    gvir_config_storage_pool_source_new,
    gvir_config_storage_pool_source_new_from_xml,
    "source",
    None
);

string_getter!(gvir_config_storage_pool_source_get_adapter, source as StoragePoolSource, adapter);
string_setter!(gvir_config_storage_pool_source_set_adapter, source as StoragePoolSource, adapter, set_adapter);
string_getter!(gvir_config_storage_pool_source_get_device_path, source as StoragePoolSource, device_path);
string_setter!(gvir_config_storage_pool_source_set_device_path, source as StoragePoolSource, device_path, set_device_path);
string_getter!(gvir_config_storage_pool_source_get_directory, source as StoragePoolSource, directory);
string_setter!(gvir_config_storage_pool_source_set_directory, source as StoragePoolSource, directory, set_directory);
string_getter!(gvir_config_storage_pool_source_get_format, source as StoragePoolSource, format);
string_setter!(gvir_config_storage_pool_source_set_format, source as StoragePoolSource, format, set_format);
string_getter!(gvir_config_storage_pool_source_get_host, source as StoragePoolSource, host);
string_setter!(gvir_config_storage_pool_source_set_host, source as StoragePoolSource, host, set_host);
string_getter!(gvir_config_storage_pool_source_get_name, source as StoragePoolSource, name);
nullable_string_setter!(gvir_config_storage_pool_source_set_name, source as StoragePoolSource, name, set_name);
string_getter!(gvir_config_storage_pool_source_get_product, source as StoragePoolSource, product);
string_setter!(gvir_config_storage_pool_source_set_product, source as StoragePoolSource, product, set_product);
string_getter!(gvir_config_storage_pool_source_get_vendor, source as StoragePoolSource, vendor);
string_setter!(gvir_config_storage_pool_source_set_vendor, source as StoragePoolSource, vendor, set_vendor);
