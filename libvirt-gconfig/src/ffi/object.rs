use std::ffi::c_char;

use capi_support::{guard, propagate_error};
use glib::ffi::{GError, GType};
use glib::prelude::*;
use glib::translate::*;

use super::{full, object_arg, opt_str, GObjectPtr};
use crate::xml::XmlDoc;
use crate::{ConfigObject, ConfigObjectExt, ObjectError};

#[no_mangle]
pub extern "C" fn gvir_config_object_get_type() -> GType {
    ConfigObject::static_type().into_glib()
}

#[no_mangle]
pub extern "C" fn gvir_config_object_error_quark() -> glib::ffi::GQuark {
    use glib::error::ErrorDomain;
    ObjectError::domain().into_glib()
}

#[no_mangle]
pub extern "C" fn gvir_config_xml_doc_get_type() -> GType {
    XmlDoc::static_type().into_glib()
}

/// Takes ownership of `doc` (a libxml2 `xmlDocPtr`), or makes an empty document for NULL.
#[no_mangle]
pub unsafe extern "C" fn gvir_config_xml_doc_new(doc: *mut crate::xml::sys::xmlDoc) -> GObjectPtr {
    guard("gvir_config_xml_doc_new", std::ptr::null_mut(), || {
        let doc = if doc.is_null() { crate::xml::sys::xmlNewDoc(c"1.0".as_ptr() as *const u8) } else { doc };
        full(XmlDoc::from_raw(doc))
    })
}

fn checked_type(type_: GType, function: &std::ffi::CStr) -> Option<glib::Type> {
    // SAFETY: GType values are plain integers; from_glib only wraps them.
    let t: glib::Type = unsafe { from_glib(type_) };
    if t.is_a(ConfigObject::static_type()) {
        Some(t)
    } else {
        capi_support::return_if_fail_warning(None, function, c"g_type_is_a(type, GVIR_CONFIG_TYPE_OBJECT)");
        None
    }
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_object_new(type_: GType, root_name: *const c_char, schema: *const c_char) -> GObjectPtr {
    let Some(t) = checked_type(type_, c"gvir_config_object_new") else { return std::ptr::null_mut() };
    let root_name = super::str_arg!(root_name, c"gvir_config_object_new", std::ptr::null_mut());
    guard("gvir_config_object_new", std::ptr::null_mut(), || {
        let doc = XmlDoc::with_root(&root_name);
        let object = ConfigObject::for_node_with_type(t, &doc.root().expect("just made"), opt_str(schema).as_deref());
        full(object)
    })
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_object_new_from_xml(
    type_: GType,
    root_name: *const c_char,
    schema: *const c_char,
    xml: *const c_char,
    error: *mut *mut GError,
) -> GObjectPtr {
    let Some(t) = checked_type(type_, c"gvir_config_object_new_from_xml") else { return std::ptr::null_mut() };
    guard("gvir_config_object_new_from_xml", std::ptr::null_mut(), || {
        crate::ffi::new_from_xml(xml, error, |xml| {
            ConfigObject::parse_with_type(t, xml, opt_str(root_name).as_deref(), opt_str(schema).as_deref())
        })
    })
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_object_to_xml(config: GObjectPtr) -> *mut c_char {
    let config = object_arg!(config as ConfigObject, c"gvir_config_object_to_xml", std::ptr::null_mut());
    guard("gvir_config_object_to_xml", std::ptr::null_mut(), || config.node().with_xml(super::gstring_of))
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_object_get_schema(config: GObjectPtr) -> *const c_char {
    let config = object_arg!(config as ConfigObject, c"gvir_config_object_get_schema", std::ptr::null());
    guard("gvir_config_object_get_schema", std::ptr::null(), || crate::ffi::kept_string(&*config, "schema", config.schema()))
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_object_validate(config: GObjectPtr, err: *mut *mut GError) {
    let config = object_arg!(config as ConfigObject, c"gvir_config_object_validate", ());
    guard("gvir_config_object_validate", (), || {
        if let Err(e) = config.validate() {
            propagate_error(err, e);
        }
    })
}

/// libvirt-gconfig needs no set-up beyond libxml2's, which is done here; the arguments are
/// accepted for compatibility.
#[no_mangle]
pub unsafe extern "C" fn gvir_config_init_check(_argc: *mut i32, _argv: *mut *mut *mut c_char, _err: *mut *mut GError) -> i32 {
    crate::init();
    1
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_init(_argc: *mut i32, _argv: *mut *mut *mut c_char) {
    crate::init();
}
