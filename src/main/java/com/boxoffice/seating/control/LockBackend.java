package com.boxoffice.seating.control;

/** Where seat locks are taken: Redis normally, PostgreSQL while Redis is unreachable. */
public enum LockBackend {
    REDIS, DATABASE
}
