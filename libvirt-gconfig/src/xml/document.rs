//! `XmlDoc` (`GVirConfigXmlDoc`): a reference-counted owner of one libxml2 document.
//!
//! Every configuration object is a view of one node of a document; the objects share the
//! document by holding a reference to its `XmlDoc`. Nodes this crate unlinks (a replaced child,
//! a removed device) are kept until the document dies, because an object the application
//! still holds may point at them: unlinked nodes are never freed under a live object.

use std::cell::{Cell, RefCell};
use std::ffi::{c_void, CStr};
use std::ptr;

use glib::prelude::*;
use glib::subclass::prelude::*;

use super::sys;
use crate::error::object_error;

mod imp {
    use super::*;

    pub struct XmlDoc {
        pub(super) raw: Cell<*mut sys::xmlDoc>,
        /// Unlinked nodes that may still be referenced by live objects; freed with the document.
        pub(super) detached: RefCell<Vec<*mut sys::xmlNode>>,
        /// Documents that nodes of this one moved into: objects made on this document may
        /// still view those nodes, so this document keeps their new documents alive.
        pub(super) moved_into: RefCell<Vec<super::XmlDoc>>,
    }

    impl Default for XmlDoc {
        fn default() -> Self {
            XmlDoc { raw: Cell::new(ptr::null_mut()), detached: RefCell::new(Vec::new()), moved_into: RefCell::new(Vec::new()) }
        }
    }

    #[glib::object_subclass]
    impl ObjectSubclass for XmlDoc {
        const NAME: &'static str = "GVirConfigXmlDoc";
        type Type = super::XmlDoc;
        type ParentType = glib::Object;
    }

    impl ObjectImpl for XmlDoc {}

    impl Drop for XmlDoc {
        fn drop(&mut self) {
            // SAFETY: the detached nodes are unlinked and owned by this document alone (attach
            // removes a node from this list before moving it elsewhere); the document is ours.
            unsafe {
                for node in self.detached.take() {
                    sys::xmlFreeNode(node);
                }
                let raw = self.raw.get();
                if !raw.is_null() {
                    sys::xmlFreeDoc(raw);
                }
            }
        }
    }
}

glib::wrapper! {
    /// A libxml2 document shared by the configuration objects that view its nodes.
    pub struct XmlDoc(ObjectSubclass<imp::XmlDoc>);
}

/// Options for every parse: no network access, and libxml2 reports errors to us rather than
/// printing them. Entities are not substituted (no billion-laughs expansion) and libxml2's
/// default depth and size limits stay on.
///
/// Names, blanks and very short texts go to the document's dictionary, and texts shorter than
/// two pointers are stored inside their node (`XML_PARSE_COMPACT`, which every libxml2 function
/// that changes or frees a text node handles): together that halves the allocations of a
/// parse and of freeing the document. Nodes moving to another document take their strings
/// with them (`dict::relocate_strings`).
const PARSE_OPTIONS: i32 =
    sys::XML_PARSE_NONET | sys::XML_PARSE_NOERROR | sys::XML_PARSE_NOWARNING | sys::XML_PARSE_COMPACT;

impl XmlDoc {
    /// Takes ownership of `raw` (freed when the last reference goes).
    ///
    /// # Safety
    /// `raw` must be a valid document owned by nobody else.
    pub unsafe fn from_raw(raw: *mut sys::xmlDoc) -> XmlDoc {
        let doc: XmlDoc = glib::Object::new();
        doc.imp().raw.set(raw);
        if !raw.is_null() {
            (*raw)._private = glib::translate::ToGlibPtr::<*mut glib::gobject_ffi::GObject>::to_glib_none(doc.upcast_ref::<glib::Object>()).0 as *mut c_void;
        }
        doc
    }

    /// A new document whose root is an empty element `root_name`.
    pub fn with_root(root_name: &str) -> XmlDoc {
        assert!(!root_name.contains('\0'), "element names have no NUL");
        super::node::with_cstr(root_name, |name| {
            // SAFETY: libxml2 allocates (and copies the name); the new root becomes owned by
            // the new document.
            unsafe {
                let raw = sys::xmlNewDoc(c"1.0".as_ptr() as *const u8);
                let root = sys::xmlNewDocNode(raw, ptr::null_mut(), name, ptr::null());
                sys::xmlDocSetRootElement(raw, root);
                XmlDoc::from_raw(raw)
            }
        })
    }

    /// Parses `xml`; the document's first element must be `root_name` (comments and processing
    /// instructions may come before it).
    ///
    /// `xml` is bytes, not `str`: libxml2 reads the encoding a document declares (ISO-8859-1,
    /// UTF-16...) and refuses bytes that are not in it, so C callers' bytes reach it untouched.
    pub fn parse(xml: impl AsRef<[u8]>, root_name: &str) -> Result<XmlDoc, glib::Error> {
        let doc = Self::parse_any(xml)?;
        match doc.root() {
            Some(root) if root.name_is(root_name) => Ok(doc),
            Some(root) => Err(object_error(format!(
                "XML data has no '{root_name}' node (its root element is '{}')",
                root.name()
            ))),
            None => Err(object_error(format!("XML data has no '{root_name}' node"))),
        }
    }

    /// Parses `xml`, whatever its root element.
    pub fn parse_any(xml: impl AsRef<[u8]>) -> Result<XmlDoc, glib::Error> {
        let xml = xml.as_ref();
        let len = i32::try_from(xml.len())
            .map_err(|_| object_error("Unable to parse configuration: the document is larger than 2 GiB"))?;
        // SAFETY: the buffer is valid for `len` bytes; on success the document is ours.
        let raw = unsafe {
            sys::xmlResetLastError();
            sys::xmlReadMemory(xml.as_ptr() as *const _, len, ptr::null(), ptr::null(), PARSE_OPTIONS)
        };
        if raw.is_null() {
            return Err(object_error(format!("Unable to parse configuration: {}", last_xml_error())));
        }
        // SAFETY: raw is the fresh document just parsed from `xml`, and we own it.
        let doc = unsafe {
            // libvirt writes no XML declaration, and UTF-8: a document without one is UTF-8 (the
            // parser has just read it as such). Saying so makes libxml2 (and serialize::dump)
            // write non-ASCII attribute values back as they were, not as character references,
            // so that to_xml() gives libvirt's bytes back. libxml2 frees it with the document.
            if (*raw).encoding.is_null() {
                (*raw).encoding = sys::xmlStrdup(c"UTF-8".as_ptr() as *const u8);
            }
            super::end_tags::mark(raw, xml);
            XmlDoc::from_raw(raw)
        };
        // SAFETY: the document is valid.
        unsafe { super::entities::check_expansion(raw, xml.len()) }
            .map_err(|why| object_error(format!("Unable to parse configuration: {why}")))?;
        if doc.root().is_none() {
            return Err(object_error("Unable to parse configuration: the document has no element"));
        }
        Ok(doc)
    }

    pub(crate) fn raw(&self) -> *mut sys::xmlDoc {
        self.imp().raw.get()
    }

    /// The root element, if the document has one.
    pub fn root(&self) -> Option<super::Node> {
        // SAFETY: the document is valid while self lives; the node belongs to it.
        unsafe { super::Node::from_raw(self, sys::xmlDocGetRootElement(self.raw())) }
    }

    /// Keeps an unlinked node alive until the document dies (see the module documentation).
    pub(crate) fn keep_detached(&self, node: *mut sys::xmlNode) {
        self.imp().detached.borrow_mut().push(node);
    }

    /// Keeps `other` alive as long as this document: an element of this document moved there.
    pub(crate) fn keep_alive(&self, other: &XmlDoc) {
        let mut kept = self.imp().moved_into.borrow_mut();
        if other != self && !kept.contains(other) {
            kept.push(other.clone());
        }
    }

    /// Forgets a node this document kept detached (it is being attached elsewhere).
    pub(crate) fn release_detached(&self, node: *mut sys::xmlNode) {
        self.imp().detached.borrow_mut().retain(|&n| n != node);
    }

    /// The `XmlDoc` that owns the libxml2 document `raw`, if it was made by this crate.
    ///
    /// # Safety
    /// `raw` must be NULL or a valid document.
    pub(crate) unsafe fn owner_of(raw: *mut sys::xmlDoc) -> Option<XmlDoc> {
        if raw.is_null() || (*raw)._private.is_null() {
            return None;
        }
        use glib::translate::from_glib_none;
        Some(from_glib_none((*raw)._private as *mut <imp::XmlDoc as ObjectSubclass>::Instance))
    }
}

/// The message of libxml2's last error on this thread, trimmed.
pub(crate) fn last_xml_error() -> String {
    // SAFETY: xmlGetLastError returns NULL or thread-local storage valid until the next call.
    unsafe {
        let err = sys::xmlGetLastError();
        if err.is_null() || (*err).message.is_null() {
            return "unknown XML error".to_owned();
        }
        let message = CStr::from_ptr((*err).message).to_string_lossy().trim_end().to_owned();
        if (*err).line > 0 {
            format!("{message} (line {})", (*err).line)
        } else {
            message
        }
    }
}
