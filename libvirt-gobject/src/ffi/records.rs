//! The plain records C sees (`GVirDomainInfo`, `GVirNodeInfo`) with their boxed types, and the
//! `get_type` functions of the handles and enumerations.
//!
//! The records are allocated with the slice allocator, as libvirt-glib allocates them, so a
//! program that frees one with `g_boxed_free` or `g_slice_free` works the same here.

use std::ffi::c_char;
use std::sync::OnceLock;

use glib::ffi::{gpointer, GType};
use glib::prelude::*;
use glib::translate::*;

use crate::{
    DomainDeleteFlags, DomainInfo, DomainRebootFlags, DomainShutdownFlags, DomainStartFlags, DomainState, DomainXmlFlags,
    NodeInfo,
};

/// `struct _GVirDomainInfo`.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct GVirDomainInfo {
    pub state: i32,
    pub max_mem: u64,
    pub memory: u64,
    pub nr_virt_cpu: u16,
    pub cpu_time: u64,
}

/// `struct _GVirNodeInfo`.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct GVirNodeInfo {
    pub model: [c_char; 32],
    pub memory: std::ffi::c_ulong,
    pub cpus: u32,
    pub mhz: u32,
    pub nodes: u32,
    pub sockets: u32,
    pub cores: u32,
    pub threads: u32,
}

/// A slice-allocated copy of `value` (`transfer full` to C).
pub(crate) fn slice_new<T: Copy>(value: T) -> *mut T {
    // SAFETY: g_slice_copy copies size_of::<T>() bytes of a plain-data value.
    unsafe { glib::ffi::g_slice_copy(std::mem::size_of::<T>(), &value as *const T as glib::ffi::gconstpointer) as *mut T }
}

unsafe extern "C" fn domain_info_copy(ptr: gpointer) -> gpointer {
    glib::ffi::g_slice_copy(std::mem::size_of::<GVirDomainInfo>(), ptr)
}

unsafe extern "C" fn domain_info_free(ptr: gpointer) {
    glib::ffi::g_slice_free1(std::mem::size_of::<GVirDomainInfo>(), ptr)
}

unsafe extern "C" fn node_info_copy(ptr: gpointer) -> gpointer {
    glib::ffi::g_slice_copy(std::mem::size_of::<GVirNodeInfo>(), ptr)
}

unsafe extern "C" fn node_info_free(ptr: gpointer) {
    glib::ffi::g_slice_free1(std::mem::size_of::<GVirNodeInfo>(), ptr)
}

impl From<&DomainInfo> for GVirDomainInfo {
    fn from(info: &DomainInfo) -> Self {
        GVirDomainInfo {
            state: info.state.to_raw(),
            max_mem: info.max_mem,
            memory: info.memory,
            nr_virt_cpu: info.n_virt_cpu,
            cpu_time: info.cpu_time,
        }
    }
}

impl From<&NodeInfo> for GVirNodeInfo {
    fn from(info: &NodeInfo) -> Self {
        let mut model = [0 as c_char; 32];
        for (dst, src) in model.iter_mut().zip(info.model.bytes().take(31)) {
            *dst = src as c_char;
        }
        GVirNodeInfo {
            model,
            memory: info.memory as std::ffi::c_ulong,
            cpus: info.cpus,
            mhz: info.mhz,
            nodes: info.nodes,
            sockets: info.sockets,
            cores: info.cores,
            threads: info.threads,
        }
    }
}

/// A new `GVirDomainInfo` for C.
pub(crate) fn domain_info_full(info: &DomainInfo) -> *mut GVirDomainInfo {
    slice_new(GVirDomainInfo::from(info))
}

/// A new `GVirNodeInfo` for C.
pub(crate) fn node_info_full(info: &NodeInfo) -> *mut GVirNodeInfo {
    slice_new(GVirNodeInfo::from(info))
}

pub(crate) fn register_boxed(
    cell: &OnceLock<usize>,
    name: &'static std::ffi::CStr,
    copy: unsafe extern "C" fn(gpointer) -> gpointer,
    free: unsafe extern "C" fn(gpointer),
) -> GType {
    // SAFETY: registered once per name (the OnceLock), with matching copy and free functions.
    *cell.get_or_init(|| unsafe { glib::gobject_ffi::g_boxed_type_register_static(name.as_ptr(), Some(copy), Some(free)) } as usize)
        as GType
}

#[no_mangle]
pub extern "C" fn gvir_domain_info_get_type() -> GType {
    static TYPE: OnceLock<usize> = OnceLock::new();
    register_boxed(&TYPE, c"GVirDomainInfo", domain_info_copy, domain_info_free)
}

/// `copy` of a boxed plain-data record allocated with the slice allocator.
pub(crate) unsafe extern "C" fn slice_copy<T>(ptr: gpointer) -> gpointer {
    glib::ffi::g_slice_copy(std::mem::size_of::<T>(), ptr)
}

/// `free` of a boxed plain-data record allocated with the slice allocator.
pub(crate) unsafe extern "C" fn slice_free<T>(ptr: gpointer) {
    glib::ffi::g_slice_free1(std::mem::size_of::<T>(), ptr)
}

#[no_mangle]
pub extern "C" fn gvir_node_info_get_type() -> GType {
    static TYPE: OnceLock<usize> = OnceLock::new();
    register_boxed(&TYPE, c"GVirNodeInfo", node_info_copy, node_info_free)
}

#[no_mangle]
pub extern "C" fn gvir_connection_handle_get_type() -> GType {
    crate::handle::connection_handle_type()
}

#[no_mangle]
pub extern "C" fn gvir_domain_handle_get_type() -> GType {
    crate::handle::domain_handle_type()
}

#[no_mangle]
pub extern "C" fn gvir_domain_state_get_type() -> GType {
    DomainState::static_type().into_glib()
}

#[no_mangle]
pub extern "C" fn gvir_domain_start_flags_get_type() -> GType {
    DomainStartFlags::static_type().into_glib()
}

#[no_mangle]
pub extern "C" fn gvir_domain_delete_flags_get_type() -> GType {
    DomainDeleteFlags::static_type().into_glib()
}

#[no_mangle]
pub extern "C" fn gvir_domain_xml_flags_get_type() -> GType {
    DomainXmlFlags::static_type().into_glib()
}

#[no_mangle]
pub extern "C" fn gvir_domain_shutdown_flags_get_type() -> GType {
    DomainShutdownFlags::static_type().into_glib()
}

#[no_mangle]
pub extern "C" fn gvir_domain_reboot_flags_get_type() -> GType {
    DomainRebootFlags::static_type().into_glib()
}

#[no_mangle]
pub extern "C" fn gvir_domain_update_device_flags_get_type() -> GType {
    crate::DomainUpdateDeviceFlags::static_type().into_glib()
}

#[no_mangle]
pub extern "C" fn gvir_domain_snapshot_create_flags_get_type() -> GType {
    crate::DomainSnapshotCreateFlags::static_type().into_glib()
}

#[no_mangle]
pub extern "C" fn gvir_domain_snapshot_list_flags_get_type() -> GType {
    crate::DomainSnapshotListFlags::static_type().into_glib()
}


#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn record_layouts_match_the_c_structs() {
        assert_eq!(std::mem::size_of::<GVirDomainInfo>(), 40);
        assert_eq!(std::mem::offset_of!(GVirDomainInfo, nr_virt_cpu), 24);
        assert_eq!(std::mem::offset_of!(GVirDomainInfo, cpu_time), 32);
        assert_eq!(std::mem::size_of::<GVirNodeInfo>(), 64);
        assert_eq!(std::mem::offset_of!(GVirNodeInfo, memory), 32);
    }

    #[test]
    fn node_info_model_is_truncated_and_terminated() {
        let info = NodeInfo { model: "x".repeat(40), memory: 1, cpus: 2, mhz: 3, nodes: 4, sockets: 5, cores: 6, threads: 7 };
        let c = GVirNodeInfo::from(&info);
        assert_eq!(c.model[30], b'x' as c_char);
        assert_eq!(c.model[31], 0);
    }
}
