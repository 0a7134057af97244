/**
 * Roles, the caller, and the masking policy that decides what each role may see.
 * Declares the RoleDirectory and AuditLog ports.
 * Core. May use: callrecord.
 */
package com.calltriage.access;
