/**
 * Roles, the caller, and the masking policy that decides what each role may see.
 * Core: depends on callrecord only; declares the RoleDirectory and AuditLog ports.
 */
package com.calltriage.access;
