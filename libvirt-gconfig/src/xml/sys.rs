//! The part of libxml2's C API this crate uses, declared by hand (libxml2 2.9, stable ABI).
//! Only `xml::document` and `xml::node` touch these; everything else goes through them.
#![allow(non_camel_case_types, non_snake_case, dead_code)]

use std::ffi::{c_char, c_int, c_ushort, c_void};

pub type xmlChar = u8;

pub const XML_ELEMENT_NODE: c_int = 1;
pub const XML_ATTRIBUTE_NODE: c_int = 2;
pub const XML_TEXT_NODE: c_int = 3;
pub const XML_CDATA_SECTION_NODE: c_int = 4;
pub const XML_ENTITY_REF_NODE: c_int = 5;
pub const XML_DTD_NODE: c_int = 14;
pub const XML_COMMENT_NODE: c_int = 8;

pub const XML_PARSE_NOERROR: c_int = 1 << 5;
pub const XML_PARSE_NOWARNING: c_int = 1 << 6;
pub const XML_PARSE_NONET: c_int = 1 << 11;
pub const XML_PARSE_NODICT: c_int = 1 << 12;
pub const XML_PARSE_COMPACT: c_int = 1 << 16;

#[repr(C)]
pub struct xmlNs {
    pub next: *mut xmlNs,
    pub type_: c_int,
    pub href: *const xmlChar,
    pub prefix: *const xmlChar,
    pub _private: *mut c_void,
    pub context: *mut xmlDoc,
}

#[repr(C)]
pub struct xmlNode {
    pub _private: *mut c_void,
    pub type_: c_int,
    pub name: *const xmlChar,
    pub children: *mut xmlNode,
    pub last: *mut xmlNode,
    pub parent: *mut xmlNode,
    pub next: *mut xmlNode,
    pub prev: *mut xmlNode,
    pub doc: *mut xmlDoc,
    pub ns: *mut xmlNs,
    pub content: *mut xmlChar,
    pub properties: *mut xmlAttr,
    pub nsDef: *mut xmlNs,
    pub psvi: *mut c_void,
    pub line: c_ushort,
    pub extra: c_ushort,
}

#[repr(C)]
pub struct xmlAttr {
    pub _private: *mut c_void,
    pub type_: c_int,
    pub name: *const xmlChar,
    pub children: *mut xmlNode,
    pub last: *mut xmlNode,
    pub parent: *mut xmlNode,
    pub next: *mut xmlAttr,
    pub prev: *mut xmlAttr,
    pub doc: *mut xmlDoc,
    pub ns: *mut xmlNs,
    pub atype: c_int,
    pub psvi: *mut c_void,
}

/// An entity declaration; only the fields up to `content` (its replacement text) are declared:
/// entities are always allocated by libxml2.
#[repr(C)]
pub struct xmlEntity {
    pub _private: *mut c_void,
    pub type_: c_int,
    pub name: *const xmlChar,
    pub children: *mut xmlNode,
    pub last: *mut xmlNode,
    pub parent: *mut c_void,
    pub next: *mut xmlNode,
    pub prev: *mut xmlNode,
    pub doc: *mut xmlDoc,
    pub orig: *mut xmlChar,
    pub content: *mut xmlChar,
}

/// Only the fields up to `dict` are declared: documents are always allocated by libxml2.
#[repr(C)]
pub struct xmlDoc {
    pub _private: *mut c_void,
    pub type_: c_int,
    pub name: *mut c_char,
    pub children: *mut xmlNode,
    pub last: *mut xmlNode,
    pub parent: *mut xmlNode,
    pub next: *mut xmlNode,
    pub prev: *mut xmlNode,
    pub doc: *mut xmlDoc,
    pub compression: c_int,
    pub standalone: c_int,
    pub intSubset: *mut c_void,
    pub extSubset: *mut c_void,
    pub oldNs: *mut xmlNs,
    pub version: *const xmlChar,
    pub encoding: *const xmlChar,
    pub ids: *mut c_void,
    pub refs: *mut c_void,
    pub URL: *const xmlChar,
    pub charset: c_int,
    pub dict: *mut xmlDict,
}

pub enum xmlDict {}

#[repr(C)]
pub struct xmlError {
    pub domain: c_int,
    pub code: c_int,
    pub message: *mut c_char,
    pub level: c_int,
    pub file: *mut c_char,
    pub line: c_int,
    pub str1: *mut c_char,
    pub str2: *mut c_char,
    pub str3: *mut c_char,
    pub int1: c_int,
    pub int2: c_int,
    pub ctxt: *mut c_void,
    pub node: *mut c_void,
}

pub enum xmlBuffer {}
pub enum xmlRelaxNGParserCtxt {}
pub enum xmlRelaxNG {}
pub enum xmlRelaxNGValidCtxt {}

pub type xmlStructuredErrorFunc = Option<unsafe extern "C" fn(*mut c_void, *mut xmlError)>;

extern "C" {
    pub fn xmlInitParser();
    pub fn xmlGetDocEntity(doc: *const xmlDoc, name: *const xmlChar) -> *mut xmlEntity;
    pub fn xmlReadMemory(
        buffer: *const c_char,
        size: c_int,
        url: *const c_char,
        encoding: *const c_char,
        options: c_int,
    ) -> *mut xmlDoc;
    pub fn xmlNewDoc(version: *const xmlChar) -> *mut xmlDoc;
    pub fn xmlFreeDoc(doc: *mut xmlDoc);
    pub fn xmlDocGetRootElement(doc: *const xmlDoc) -> *mut xmlNode;
    pub fn xmlDocSetRootElement(doc: *mut xmlDoc, root: *mut xmlNode) -> *mut xmlNode;
    pub fn xmlGetLastError() -> *mut xmlError;
    pub fn xmlResetLastError();
    pub fn xmlSetStructuredErrorFunc(ctx: *mut c_void, handler: xmlStructuredErrorFunc);

    pub fn xmlNewDocNode(doc: *mut xmlDoc, ns: *mut xmlNs, name: *const xmlChar, content: *const xmlChar) -> *mut xmlNode;
    pub fn xmlNewDocText(doc: *const xmlDoc, content: *const xmlChar) -> *mut xmlNode;
    pub fn xmlAddChild(parent: *mut xmlNode, cur: *mut xmlNode) -> *mut xmlNode;
    pub fn xmlAddNextSibling(cur: *mut xmlNode, elem: *mut xmlNode) -> *mut xmlNode;
    pub fn xmlAddPrevSibling(cur: *mut xmlNode, elem: *mut xmlNode) -> *mut xmlNode;
    pub fn xmlUnlinkNode(cur: *mut xmlNode);
    pub fn xmlFreeNode(cur: *mut xmlNode);
    pub fn xmlFreeNodeList(cur: *mut xmlNode);
    pub fn xmlCopyNode(node: *mut xmlNode, extended: c_int) -> *mut xmlNode;
    pub fn xmlDocCopyNode(node: *mut xmlNode, doc: *mut xmlDoc, extended: c_int) -> *mut xmlNode;
    pub fn xmlSetTreeDoc(tree: *mut xmlNode, doc: *mut xmlDoc);
    pub fn xmlIsBlankNode(node: *const xmlNode) -> c_int;

    pub fn xmlDictOwns(dict: *mut xmlDict, s: *const xmlChar) -> c_int;
    pub fn xmlDictLookup(dict: *mut xmlDict, name: *const xmlChar, len: c_int) -> *const xmlChar;
    pub fn xmlStrdup(s: *const xmlChar) -> *mut xmlChar;

    pub fn xmlHasProp(node: *const xmlNode, name: *const xmlChar) -> *mut xmlAttr;
    pub fn xmlGetNoNsProp(node: *const xmlNode, name: *const xmlChar) -> *mut xmlChar;
    pub fn xmlGetProp(node: *const xmlNode, name: *const xmlChar) -> *mut xmlChar;
    pub fn xmlSetProp(node: *mut xmlNode, name: *const xmlChar, value: *const xmlChar) -> *mut xmlAttr;
    pub fn xmlNewProp(node: *mut xmlNode, name: *const xmlChar, value: *const xmlChar) -> *mut xmlAttr;
    pub fn xmlRemoveProp(attr: *mut xmlAttr) -> c_int;
    pub fn xmlUnsetProp(node: *mut xmlNode, name: *const xmlChar) -> c_int;

    pub fn xmlNodeGetContent(node: *const xmlNode) -> *mut xmlChar;
    pub fn xmlNodeSetContent(node: *mut xmlNode, content: *const xmlChar);
    pub fn xmlEncodeSpecialChars(doc: *const xmlDoc, input: *const xmlChar) -> *mut xmlChar;

    pub fn xmlNewNs(node: *mut xmlNode, href: *const xmlChar, prefix: *const xmlChar) -> *mut xmlNs;
    pub fn xmlSetNs(node: *mut xmlNode, ns: *mut xmlNs);
    pub fn xmlSearchNsByHref(doc: *mut xmlDoc, node: *mut xmlNode, href: *const xmlChar) -> *mut xmlNs;

    pub fn xmlBufferCreate() -> *mut xmlBuffer;
    pub fn xmlBufferFree(buf: *mut xmlBuffer);
    pub fn xmlBufferContent(buf: *const xmlBuffer) -> *const xmlChar;
    pub fn xmlBufferLength(buf: *const xmlBuffer) -> c_int;
    pub fn xmlNodeDump(buf: *mut xmlBuffer, doc: *mut xmlDoc, node: *mut xmlNode, level: c_int, format: c_int) -> c_int;

    pub fn xmlRelaxNGNewParserCtxt(url: *const c_char) -> *mut xmlRelaxNGParserCtxt;
    pub fn xmlRelaxNGSetParserStructuredErrors(ctxt: *mut xmlRelaxNGParserCtxt, serror: xmlStructuredErrorFunc, ctx: *mut c_void);
    pub fn xmlRelaxNGParse(ctxt: *mut xmlRelaxNGParserCtxt) -> *mut xmlRelaxNG;
    pub fn xmlRelaxNGFreeParserCtxt(ctxt: *mut xmlRelaxNGParserCtxt);
    pub fn xmlRelaxNGNewValidCtxt(schema: *mut xmlRelaxNG) -> *mut xmlRelaxNGValidCtxt;
    pub fn xmlRelaxNGSetValidStructuredErrors(ctxt: *mut xmlRelaxNGValidCtxt, serror: xmlStructuredErrorFunc, ctx: *mut c_void);
    pub fn xmlRelaxNGValidateDoc(ctxt: *mut xmlRelaxNGValidCtxt, doc: *mut xmlDoc) -> c_int;
    pub fn xmlRelaxNGFreeValidCtxt(ctxt: *mut xmlRelaxNGValidCtxt);
    pub fn xmlRelaxNGFree(schema: *mut xmlRelaxNG);

    pub static xmlFree: Option<unsafe extern "C" fn(*mut c_void)>;
}
