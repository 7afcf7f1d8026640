//! `ConfigObject` (`GVirConfigObject`): the base of every configuration class.
//!
//! An object is a typed view of one element of a shared [`XmlDoc`]: it holds the document,
//! the element and the name of the RelaxNG schema its document follows. All state is in the
//! DOM, so anything the typed API does not know (unknown elements, comments, foreign
//! namespaces) survives a parse → modify → `to_xml()` round trip untouched.

use std::cell::{Cell, RefCell};
use std::ffi::{c_void, CString};
use std::ptr;
use std::sync::{Arc, Mutex, OnceLock};

use glib::prelude::*;
use glib::subclass::prelude::*;
use glib::translate::*;

use crate::error::object_error;
use crate::xml::{self, sys, Node, XmlDoc};

/// Where libvirt installs its RelaxNG schemas.
pub const SCHEMA_DIR: &str = "/usr/share/libvirt/schemas";

/// C layout of `GVirConfigObject`: `{ GObject parent; gpointer priv; }`.
#[repr(C)]
pub struct ConfigObjectInstance {
    parent: glib::gobject_ffi::GObject,
    priv_: *mut c_void,
}

/// C layout of `GVirConfigObjectClass`: `{ GObjectClass parent_class; gpointer padding[20]; }`.
#[repr(C)]
pub struct ConfigObjectClass {
    parent_class: glib::gobject_ffi::GObjectClass,
    padding: [*mut c_void; 20],
}

unsafe impl InstanceStruct for ConfigObjectInstance {
    type Type = imp::ConfigObject;
}

unsafe impl ClassStruct for ConfigObjectClass {
    type Type = imp::ConfigObject;
}

pub mod imp {
    use super::*;

    pub struct ConfigObject {
        pub(crate) doc: RefCell<Option<XmlDoc>>,
        pub(crate) node: Cell<*mut sys::xmlNode>,
        /// Shared with the other objects of the same schema (see [`super::schema_path`]).
        pub(crate) schema: RefCell<Option<Arc<str>>>,
        /// The objects the last `get_devices` on this object returned (a `Domain`'s devices),
        /// reused by the next call for the elements that are still there as the same class
        /// (see `Domain::devices`).
        pub(crate) last_devices: RefCell<Vec<crate::DomainDevice>>,
        /// Strings the C getters returned (`const char *`, owned by the object), by getter.
        #[cfg_attr(not(feature = "capi"), allow(dead_code))]
        pub(crate) kept_strings: RefCell<Vec<(&'static str, CString)>>,
    }

    impl Default for ConfigObject {
        fn default() -> Self {
            ConfigObject {
                doc: RefCell::new(None),
                node: Cell::new(ptr::null_mut()),
                schema: RefCell::new(None),
                last_devices: RefCell::new(Vec::new()),
                kept_strings: RefCell::new(Vec::new()),
            }
        }
    }

    #[glib::object_subclass]
    impl ObjectSubclass for ConfigObject {
        const NAME: &'static str = "GVirConfigObject";
        const ABSTRACT: bool = false;
        type Type = super::ConfigObject;
        type ParentType = glib::Object;
        type Instance = ConfigObjectInstance;
        type Class = ConfigObjectClass;
    }

    const PROP_SCHEMA: usize = 1;
    const PROP_NODE: usize = 2;
    const PROP_DOC: usize = 3;

    impl ObjectImpl for ConfigObject {
        fn properties() -> &'static [glib::ParamSpec] {
            // In the order of the PROP_ ids.
            static PROPERTIES: OnceLock<Vec<glib::ParamSpec>> = OnceLock::new();
            PROPERTIES.get_or_init(|| {
                vec![
                    glib::ParamSpecString::builder("schema")
                        .nick("Schema")
                        .blurb("Path of the RelaxNG schema of the document")
                        .construct_only()
                        .build(),
                    glib::ParamSpecPointer::builder("node")
                        .nick("XML node")
                        .blurb("The libxml2 element this object is a view of")
                        .construct_only()
                        .build(),
                    glib::ParamSpecObject::builder::<XmlDoc>("doc")
                        .nick("XML document")
                        .blurb("The document the element belongs to")
                        .construct_only()
                        .build(),
                ]
            })
        }

        // Properties are told apart by id (their position in `properties()`, from 1): GObject
        // sets all three on every construction, and comparing names cost more than the rest.
        fn set_property(&self, id: usize, value: &glib::Value, _pspec: &glib::ParamSpec) {
            match id {
                PROP_SCHEMA => *self.schema.borrow_mut() = value.get::<Option<&str>>().expect("a string").map(Arc::from),
                PROP_NODE => self.node.set(value.get::<glib::Pointer>().expect("a pointer") as *mut sys::xmlNode),
                PROP_DOC => *self.doc.borrow_mut() = value.get().expect("an XmlDoc"),
                _ => unreachable!("GObject checks property ids"),
            }
        }

        fn property(&self, id: usize, _pspec: &glib::ParamSpec) -> glib::Value {
            match id {
                PROP_SCHEMA => self.schema.borrow().as_deref().to_value(),
                PROP_NODE => (self.node.get() as glib::Pointer).to_value(),
                PROP_DOC => self.doc.borrow().to_value(),
                _ => unreachable!("GObject checks property ids"),
            }
        }

        /// Notifications of the construct-only properties are not emitted. GLib queues one for
        /// each while `g_object_new` sets them and emits them before returning the object, when
        /// no handler can be connected yet; emitting `notify` three times was most of the cost of
        /// making an object. Those properties cannot change afterwards, so no later
        /// notification is lost; any other property (a subclass's) is still notified.
        fn dispatch_properties_changed(&self, pspecs: &[glib::ParamSpec]) {
            let construct_only = |p: &glib::ParamSpec| p.flags().contains(glib::ParamFlags::CONSTRUCT_ONLY);
            if pspecs.iter().all(construct_only) {
                return;
            }
            if pspecs.iter().any(construct_only) {
                let rest: Vec<glib::ParamSpec> = pspecs.iter().filter(|p| !construct_only(p)).cloned().collect();
                self.parent_dispatch_properties_changed(&rest);
            } else {
                self.parent_dispatch_properties_changed(pspecs);
            }
        }

        fn constructed(&self) {
            self.parent_constructed();
            // An object made with a node but no document (as C code may do): adopt the node's
            // document if this crate made it, else wrap the node's document in a new owner is not
            // possible without taking ownership, so leave it as it is.
            if self.doc.borrow().is_none() && !self.node.get().is_null() {
                // SAFETY: a node handed to us is valid; its doc pointer may be NULL.
                let owner = unsafe { XmlDoc::owner_of((*self.node.get()).doc) };
                *self.doc.borrow_mut() = owner;
            }
        }
    }

    impl ConfigObjectImpl for ConfigObject {}
}

glib::wrapper! {
    /// Base class of every configuration object.
    pub struct ConfigObject(ObjectSubclass<imp::ConfigObject>);
}

/// Implemented by the `imp` of every subclass of [`ConfigObject`].
pub trait ConfigObjectImpl: ObjectImpl {}

unsafe impl<T: ConfigObjectImpl> IsSubclassable<T> for ConfigObject {}

impl ConfigObject {
    /// A new object of type `T` viewing `node`, following `schema` (a path, or a schema file
    /// name under [`SCHEMA_DIR`]).
    pub(crate) fn for_node<T: IsA<ConfigObject>>(node: &Node, schema: Option<&str>) -> T {
        Self::for_node_with_type(T::static_type(), node, schema).downcast().expect("T is the type asked for")
    }

    /// As [`ConfigObject::for_node`], with the type chosen at run time.
    ///
    /// The object is made without going through its construct properties: looking up each
    /// property, boxing its value in a `GValue` and dispatching it through `set_property` costs
    /// more than the rest of making the object, and getters that return child objects (every
    /// device of `get_devices`) make many. The fields are set directly, right after
    /// construction, to what the properties would have set; C and Python code that constructs
    /// objects with `g_object_new (…, "node", …)` still goes through `set_property`.
    pub(crate) fn for_node_with_type(type_: glib::Type, node: &Node, schema: Option<&str>) -> ConfigObject {
        assert!(type_.is_a(ConfigObject::static_type()), "{type_} is not a GVirConfigObject");
        // SAFETY: `type_` is an instantiable GObject type (every ConfigObject subtype is; the
        // abstract ones are never asked for here). No properties are passed: the construct-only
        // ones take their defaults (no document, no node, no schema) and are set just below,
        // before anyone else can see the object. g_object_new_with_properties returns a full
        // reference to a non-floating object.
        let object: ConfigObject = unsafe {
            let raw = glib::gobject_ffi::g_object_new_with_properties(type_.into_glib(), 0, ptr::null_mut(), ptr::null());
            assert!(!raw.is_null(), "cannot instantiate {type_}");
            from_glib_full(raw as *mut ConfigObjectInstance)
        };
        let imp = object.imp();
        *imp.doc.borrow_mut() = Some(node.document().clone());
        imp.node.set(node.raw());
        *imp.schema.borrow_mut() = schema.map(schema_path);
        object
    }

    /// The element this object views, as a libxml2 pointer (for identity checks).
    pub(crate) fn raw_node(&self) -> *mut sys::xmlNode {
        self.imp().node.get()
    }

    /// A new object of type `T` viewing `node`, which belongs to `parent`'s document: it
    /// follows `parent`'s schema.
    pub(crate) fn for_child_node<T: IsA<ConfigObject>>(node: &Node, parent: &impl IsA<ConfigObject>) -> T {
        let object = Self::for_node_with_type(T::static_type(), node, None);
        let schema = match parent.as_ref().imp().schema.borrow().as_ref() {
            Some(path) if path.contains('/') => Some(path.clone()),
            // Set from C as a bare name: resolved like any other.
            Some(name) => Some(schema_path(name)),
            None => None,
        };
        *object.imp().schema.borrow_mut() = schema;
        object.downcast().expect("T is the type asked for")
    }

    /// A new document with root element `root_name`, viewed as a `T`.
    pub(crate) fn new_root<T: IsA<ConfigObject>>(root_name: &str, schema: Option<&str>) -> T {
        let doc = XmlDoc::with_root(root_name);
        Self::for_node(&doc.root().expect("just created"), schema)
    }

    /// Parses `xml` (root element `root_name`, any when `None`) into an object of type `type_`.
    #[cfg_attr(not(feature = "capi"), allow(dead_code))]
    /// A missing document (`None`, a NULL from C) is an error too.
    pub(crate) fn parse_with_type(
        type_: glib::Type,
        xml: Option<&[u8]>,
        root_name: Option<&str>,
        schema: Option<&str>,
    ) -> Result<ConfigObject, glib::Error> {
        let xml = xml.ok_or_else(|| object_error("No XML document to parse"))?;
        let doc = match root_name {
            Some(root_name) => XmlDoc::parse(xml, root_name)?,
            None => XmlDoc::parse_any(xml)?,
        };
        Ok(Self::for_node_with_type(type_, &doc.root().expect("parse checked the root"), schema))
    }

    /// [`ConfigObject::parse`] for a document that may be missing (NULL from C).
    #[cfg_attr(not(feature = "capi"), allow(dead_code))]
    pub(crate) fn parse_opt<T: IsA<ConfigObject>>(xml: Option<&[u8]>, root_name: &str, schema: Option<&str>) -> Result<T, glib::Error> {
        let object = Self::parse_with_type(T::static_type(), xml, Some(root_name), schema)?;
        Ok(object.downcast().expect("T is the type asked for"))
    }

    /// Parses `xml` (root element `root_name`) into a `T`.
    pub(crate) fn parse<T: IsA<ConfigObject>>(xml: &str, root_name: &str, schema: Option<&str>) -> Result<T, glib::Error> {
        let doc = XmlDoc::parse(xml, root_name)?;
        Ok(Self::for_node(&doc.root().expect("parse checked the root"), schema))
    }
}

/// The path of `schema`: a bare file name lives in libvirt's schema directory.
///
/// Every object stores the path of its schema, and objects are made in numbers (a device per
/// element for `get_devices`), so the few paths in use are kept once and shared.
fn schema_path(schema: &str) -> Arc<str> {
    static KNOWN: Mutex<Vec<Arc<str>>> = Mutex::new(Vec::new());
    let is_path = |known: &str| match schema.contains('/') {
        true => known == schema,
        false => known.strip_prefix(SCHEMA_DIR).and_then(|rest| rest.strip_prefix('/')) == Some(schema),
    };
    let mut known = KNOWN.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
    if let Some(path) = known.iter().find(|k| is_path(k)) {
        return path.clone();
    }
    let path: Arc<str> = if schema.contains('/') { schema.into() } else { format!("{SCHEMA_DIR}/{schema}").into() };
    // Only a handful of schemas exist; arbitrary paths from C are not all kept.
    if known.len() < 32 {
        known.push(path.clone());
    }
    path
}

/// What every configuration object can do.
pub trait ConfigObjectExt: IsA<ConfigObject> {
    /// The element this object views.
    fn node(&self) -> Node {
        let imp = self.as_ref().imp();
        let doc = imp.doc.borrow();
        let doc = doc.as_ref().expect("configuration objects always have a document");
        let raw = imp.node.get();
        assert!(!raw.is_null(), "configuration objects always have a node");
        // SAFETY: the node is alive (its document is kept alive through `doc`); its `doc`
        // pointer is NULL or a valid document.
        let raw_doc = unsafe { (*raw).doc };
        if raw_doc == doc.raw() {
            // SAFETY: the node belongs to `doc`.
            return unsafe { Node::from_raw(doc, raw) }.expect("not NULL");
        }
        // The node has moved into another document (a device added to a domain): view it
        // through that one, which the held document keeps alive (`XmlDoc::keep_alive`).
        // SAFETY: as above; the node belongs to its current document.
        match unsafe { XmlDoc::owner_of(raw_doc) } {
            Some(current) => unsafe { Node::from_raw(&current, raw) }.expect("not NULL"),
            None => unsafe { Node::from_raw(doc, raw) }.expect("not NULL"),
        }
    }

    /// The XML of this object's element (and everything in it), formatted as libxml2 formats
    /// it.
    fn to_xml(&self) -> String {
        self.node().to_xml()
    }

    /// The path of the RelaxNG schema this object's document follows, if any.
    fn schema(&self) -> Option<String> {
        self.as_ref().imp().schema.borrow().as_deref().map(str::to_owned)
    }

    /// Validates the object's document against its RelaxNG schema.
    fn validate(&self) -> Result<(), glib::Error> {
        let imp = self.as_ref().imp();
        if imp.doc.borrow().is_none() || imp.node.get().is_null() {
            return Err(object_error("No XML document associated with this config object"));
        }
        let schema = self.schema().ok_or_else(|| object_error("No XML schema associated with this config object"))?;
        validate_against(&self.node(), &schema)
    }
}

impl<O: IsA<ConfigObject>> ConfigObjectExt for O {}

/// Validates the document of `node` against the RelaxNG schema at `schema_path`.
fn validate_against(node: &Node, schema_path: &str) -> Result<(), glib::Error> {
    let path = CString::new(schema_path).map_err(|_| object_error("Invalid schema path"))?;
    let mut messages: Vec<String> = Vec::new();
    unsafe extern "C" fn collect(data: *mut c_void, error: *mut sys::xmlError) {
        if error.is_null() || (*error).message.is_null() {
            return;
        }
        let messages = &mut *(data as *mut Vec<String>);
        let text = std::ffi::CStr::from_ptr((*error).message).to_string_lossy().trim_end().to_owned();
        messages.push(text);
    }
    let sink = &mut messages as *mut Vec<String> as *mut c_void;
    // SAFETY: every libxml2 object made here is freed here; `sink` outlives the contexts.
    unsafe {
        let parser = sys::xmlRelaxNGNewParserCtxt(path.as_ptr());
        if parser.is_null() {
            return Err(object_error(format!("Unable to create RNG parser for {schema_path}")));
        }
        sys::xmlRelaxNGSetParserStructuredErrors(parser, Some(collect), sink);
        let rng = sys::xmlRelaxNGParse(parser);
        sys::xmlRelaxNGFreeParserCtxt(parser);
        if rng.is_null() {
            return Err(object_error(format!("Unable to parse RNG {schema_path}")));
        }
        messages.clear();
        let validator = sys::xmlRelaxNGNewValidCtxt(rng);
        if validator.is_null() {
            sys::xmlRelaxNGFree(rng);
            return Err(object_error(format!("Unable to create RNG validation context {schema_path}")));
        }
        sys::xmlRelaxNGSetValidStructuredErrors(validator, Some(collect), sink);
        let status = sys::xmlRelaxNGValidateDoc(validator, node.document().raw());
        sys::xmlRelaxNGFreeValidCtxt(validator);
        sys::xmlRelaxNGFree(rng);
        if status != 0 {
            let detail = if messages.is_empty() { xml::last_xml_error() } else { messages.join("; ") };
            return Err(object_error(format!("Unable to validate doc: {detail}")));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parse_modify_serialize_keeps_unknown_content() {
        let xml = "<!-- leading --><domain type='kvm'><name>a</name><!-- c --><x:meta xmlns:x='urn:x'><x:y/></x:meta><weird attr='1'/><![CDATA[ raw <> ]]></domain>";
        let obj: ConfigObject = ConfigObject::parse(xml, "domain", None).unwrap();
        obj.node().set_child_content("name", Some("b"));
        let out = obj.to_xml();
        assert!(out.contains("<name>b</name>"), "{out}");
        for kept in ["<!-- c -->", "<x:meta xmlns:x=\"urn:x\">", "<x:y/>", "<weird attr=\"1\"/>", "<![CDATA[ raw <> ]]>"] {
            assert!(out.contains(kept), "{kept} missing from {out}");
        }
    }

    #[test]
    fn wrong_root_and_malformed_input_are_errors() {
        let e = ConfigObject::parse::<ConfigObject>("<network/>", "domain", None).unwrap_err();
        assert!(e.matches(crate::ObjectError::Failed));
        assert!(e.message().contains("no 'domain' node"), "{}", e.message());
        let e = ConfigObject::parse::<ConfigObject>("<domain>", "domain", None).unwrap_err();
        assert!(e.message().starts_with("Unable to parse configuration"), "{}", e.message());
        assert!(ConfigObject::parse::<ConfigObject>("", "domain", None).is_err());
    }

    #[test]
    fn entities_are_not_expanded() {
        let lol = "<?xml version='1.0'?><!DOCTYPE d [<!ENTITY a 'aaaaaaaaaa'><!ENTITY b '&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;'><!ENTITY c '&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;'>]><domain><name>&c;</name></domain>";
        if let Ok(obj) = ConfigObject::parse::<ConfigObject>(lol, "domain", None) {
            assert!(obj.to_xml().contains("&c;"));
        }
    }

    #[test]
    fn replaced_children_stay_valid_for_their_holders() {
        let obj: ConfigObject = ConfigObject::new_root("domain", None);
        let old = obj.node().replace_child("os");
        old.set_attribute("a", Some("1"));
        let new = obj.node().replace_child("os");
        assert_eq!(old.attribute("a").as_deref(), Some("1"), "detached node still readable");
        assert_eq!(new.attribute("a"), None);
        assert_eq!(obj.to_xml(), "<domain>\n  <os/>\n</domain>");
    }

    #[test]
    fn validate_reports_schema_errors() {
        let obj: ConfigObject = ConfigObject::parse("<domain><bogus/></domain>", "domain", Some("domain.rng")).unwrap();
        if std::path::Path::new(SCHEMA_DIR).join("domain.rng").exists() {
            let e = obj.validate().unwrap_err();
            assert!(e.message().starts_with("Unable to validate doc"), "{}", e.message());
        }
        let bare: ConfigObject = ConfigObject::new_root("domain", None);
        assert!(bare.validate().unwrap_err().message().contains("No XML schema"));
    }
}
