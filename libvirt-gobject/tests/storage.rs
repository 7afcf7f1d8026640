//! Storage pools and volumes on libvirt's `test:///default` driver (which has `default-pool`,
//! running, with no volumes).

use std::sync::{Mutex, MutexGuard};

use libvirt_gobject::{Connection, StoragePoolError, StoragePoolState, StorageVolError, StorageVolResizeFlags, StorageVolType};

fn serial() -> MutexGuard<'static, ()> {
    static LOCK: Mutex<()> = Mutex::new(());
    let guard = LOCK.lock().unwrap_or_else(|p| p.into_inner());
    libvirt_gobject::init().expect("libvirt initialises");
    guard
}

fn open() -> Connection {
    let conn = Connection::new("test:///default");
    conn.open(None).expect("test:///default opens");
    conn
}

#[test]
fn pools_are_fetched_found_and_kept() {
    let _serial = serial();
    let conn = open();
    assert!(conn.storage_pools().is_empty());
    conn.fetch_storage_pools(None).expect("pools listed");
    let pools = conn.storage_pools();
    assert_eq!(pools.len(), 1);
    let pool = &pools[0];
    assert_eq!(pool.name(), "default-pool");
    assert_eq!(pool.uuid(), "dfe224cb-28fb-8dd0-c4b2-64eb3f0f4566");
    assert!(pool.is_active() && pool.is_persistent());
    assert!(!pool.autostart().unwrap());
    let info = pool.info().unwrap();
    assert_eq!(info.state, StoragePoolState::Running);
    assert_eq!(info.capacity, 107_374_182_400);
    assert_eq!(pool.config(0).unwrap().name().as_deref(), Some("default-pool"));
    assert_eq!(conn.find_storage_pool_by_name("default-pool").as_ref(), Some(pool));
    assert_eq!(conn.storage_pool(&pool.uuid()).as_ref(), Some(pool));
    // A refetch keeps the object.
    glib::MainContext::default().block_on(conn.fetch_storage_pools_future(None)).unwrap();
    assert_eq!(&conn.storage_pools()[0], pool);
}

#[test]
fn volumes_are_created_listed_and_deleted() {
    let _serial = serial();
    let conn = open();
    conn.fetch_storage_pools(None).unwrap();
    let pool = conn.find_storage_pool_by_name("default-pool").unwrap();
    assert!(pool.volumes().is_empty());
    pool.refresh(None).unwrap();
    assert!(pool.volumes().is_empty());

    let conf = libvirt_gconfig::StorageVol::new();
    conf.set_name(Some("rs.img"));
    conf.set_capacity(1 << 20);
    let vol = pool.create_volume(&conf).expect("a volume");
    assert_eq!(vol.name(), "rs.img");
    assert_eq!(vol.path().unwrap(), "/default-pool/rs.img");
    let info = vol.info().unwrap();
    assert_eq!((info.type_, info.capacity), (StorageVolType::File, 1 << 20));
    assert_eq!(pool.volume("rs.img").as_ref(), Some(&vol));
    glib::MainContext::default().block_on(pool.refresh_future(None)).unwrap();
    assert_eq!(pool.volumes(), vec![vol.clone()], "a refresh keeps the object");
    assert!(vol.config(0).is_ok());

    // The test driver cannot resize or transfer volumes.
    let e = vol.resize(2 << 20, StorageVolResizeFlags::empty()).unwrap_err();
    assert!(e.matches(StorageVolError::Failed));
    assert!(e.message().starts_with("Unable to resize volume storage: "), "{e}");
    let stream = conn.stream(0).unwrap();
    let e = vol.download(&stream, 0, 0, 0).unwrap_err();
    assert!(e.message().starts_with("Unable to download volume storage: "), "{e}");

    vol.delete(0).unwrap();
    assert!(pool.volumes().is_empty());
    let e = vol.info().unwrap_err();
    assert!(e.message().starts_with("Unable to get storage vol info: Storage volume not found"), "{e}");
}

#[test]
fn pools_are_defined_started_stopped_and_undefined() {
    let _serial = serial();
    let conn = open();
    conn.fetch_storage_pools(None).unwrap();
    let conf = libvirt_gconfig::StoragePool::new();
    conf.set_name(Some("rs-pool"));
    conf.set_pool_type(libvirt_gconfig::StoragePoolType::Dir);
    let target = libvirt_gconfig::StoragePoolTarget::new();
    target.set_path(Some("/tmp/rs-pool"));
    conf.set_target(Some(&target));
    let pool = conn.create_storage_pool(&conf, 0).expect("defined");
    assert_eq!(conn.storage_pools().len(), 2);
    assert!(!pool.is_active() && pool.is_persistent());
    let ctx = glib::MainContext::default();
    ctx.block_on(pool.start_future(0, None)).unwrap();
    assert_eq!(pool.info().unwrap().state, StoragePoolState::Running);
    ctx.block_on(pool.stop_future(None)).unwrap();
    assert!(!pool.is_active());
    pool.set_autostart(true).unwrap();
    assert!(pool.autostart().unwrap());
    ctx.block_on(pool.undefine_future(None)).unwrap();
    let e = pool.info().unwrap_err();
    assert!(e.matches(StoragePoolError::Failed));
    assert!(e.message().starts_with("Unable to get storage pool info: Storage pool not found"), "{e}");
}

/// `refresh` has libvirt rescan the pool (`virStoragePoolRefresh`, as libvirt-glib does), which
/// the test driver reports with a pool refresh event; listing alone would miss volumes made
/// behind libvirt's back in a real directory pool.
#[test]
fn refresh_rescans_the_pool() {
    use std::ffi::c_void;
    use virt::sys;

    unsafe extern "C" fn on_refresh(_conn: sys::virConnectPtr, _pool: sys::virStoragePoolPtr, opaque: *mut c_void) {
        (*(opaque as *const std::sync::atomic::AtomicU32)).fetch_add(1, std::sync::atomic::Ordering::SeqCst);
    }

    let _serial = serial();
    let conn = open();
    conn.fetch_storage_pools(None).unwrap();
    let pool = conn.find_storage_pool_by_name("default-pool").unwrap();
    static REFRESHES: std::sync::atomic::AtomicU32 = std::sync::atomic::AtomicU32::new(0);
    let raw = conn.handle().expect("an open connection");
    // SAFETY: a plain libvirt event registration on a live connection; the counter is static.
    let id = unsafe {
        let cb: unsafe extern "C" fn(sys::virConnectPtr, sys::virStoragePoolPtr, *mut c_void) = on_refresh;
        sys::virConnectStoragePoolEventRegisterAny(
            raw.as_ptr(),
            std::ptr::null_mut(),
            sys::VIR_STORAGE_POOL_EVENT_ID_REFRESH as i32,
            std::mem::transmute::<_, sys::virConnectStoragePoolEventGenericCallback>(Some(cb)),
            &REFRESHES as *const _ as *mut c_void,
            None,
        )
    };
    assert!(id >= 0, "pool events register");
    let before = REFRESHES.load(std::sync::atomic::Ordering::SeqCst);
    pool.refresh(None).expect("refreshes");
    let context = glib::MainContext::default();
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(5);
    while REFRESHES.load(std::sync::atomic::Ordering::SeqCst) == before {
        assert!(std::time::Instant::now() < deadline, "no pool refresh event: virStoragePoolRefresh was not called");
        context.iteration(false);
        std::thread::sleep(std::time::Duration::from_millis(1));
    }
    // SAFETY: the registration made above.
    unsafe { sys::virConnectStoragePoolEventDeregisterAny(raw.as_ptr(), id) };
}
