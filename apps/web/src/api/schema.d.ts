// Generated from openapi.json by `npm run web:client` (openapi-typescript). Do not edit by hand.

export interface paths {
    "/api/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Liveness of PostgreSQL, Redis, the worker (its heartbeat job) and the virus scanner (clamd), and letters and
         *     e-mails not done in time. 503 when a store is down.
         */
        get: operations["Health_health"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/rounds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Public_listRounds"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/rounds/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Public_round"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/rounds/{id}/awards": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Tildelingslisten once the round is decided: year, scheme (its tilskudd.no id), recipient, organisasjonsnummer,
         *     amount, measure category — accepted grants in force only. CSV and XLSX in the columns tilskudd.no takes, the
         *     header in the first row. Limited per client address (429 with Retry-After): building it is the one expensive
         *     thing an anonymous caller can ask for.
         */
        get: operations["Public_awardList"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Users_list"];
        put?: never;
        post: operations["Users_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Users_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["Users_update"];
        trace?: never;
    };
    "/api/organisations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Organisations_list"];
        put?: never;
        /** Register an organisation; the caller becomes its first member and signatory. */
        post: operations["Organisations_register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Organisations_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Members update the profile. A changed bank account becomes unverified until Sfk verifies it. */
        patch: operations["Organisations_update"];
        trace?: never;
    };
    "/api/organisations/{id}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Organisations_members"];
        put?: never;
        /** A signatory adds a colleague who already has an applicant account (optionally as a signatory too). */
        post: operations["Organisations_addMember"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{id}/members/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** A signatory removes a member, or a member leaves; never the last signatory (409). Takes effect at once. */
        delete: operations["Organisations_removeMember"];
        options?: never;
        head?: never;
        /** A signatory gives or takes signing rights; the organisation's last signatory keeps them (409). */
        patch: operations["Organisations_updateMember"];
        trace?: never;
    };
    "/api/organisations/{id}/register-flags": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Sfk records bankruptcy or liquidation from Enhetsregisteret (payments check these flags) and registration in
         *     Frivillighetsregisteret (screening checks it).
         */
        patch: operations["Organisations_setRegisterFlags"];
        trace?: never;
    };
    "/api/schemes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Schemes_list"];
        put?: never;
        post: operations["Schemes_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/schemes/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Schemes_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["Schemes_update"];
        trace?: never;
    };
    "/api/rounds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Rounds_list"];
        put?: never;
        post: operations["Rounds_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/rounds/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Rounds_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["Rounds_update"];
        trace?: never;
    };
    "/api/rounds/{id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** draft → published: the call becomes visible to everyone; a short notice before the deadline needs a reason. */
        post: operations["Rounds_publish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/rounds/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** published → closed, after the application deadline. */
        post: operations["Rounds_close"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/rounds/{id}/decide": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** closed → decided, once every submitted application has a decision; the award list becomes public. */
        post: operations["Rounds_decide"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Applications_list"];
        put?: never;
        /** Start a draft for an open round, as a member of the organisation (NGO users only; others 403). */
        post: operations["Applications_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/applications/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Applications_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Save the draft. Send the version you read; a stale one answers 409 with the current version. */
        patch: operations["Applications_update"];
        trace?: never;
    };
    "/api/applications/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Submit before the deadline: gives the reference number and freezes the content. */
        post: operations["Applications_submit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/applications/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Withdraw before a decision, with a reason. */
        post: operations["Applications_withdraw"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/applications/{id}/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upload an attachment (multipart/form-data: the fields `kind`, optional `exemptFromPublic` and
         *     `exemptionBasis`, then one `file`). At most 10 MB; PDF, DOCX, XLSX, ODT, PNG or JPEG, judged by the bytes.
         */
        post: operations["Applications_upload"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/applications/{id}/attachments/{attachmentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download an attachment; every download is recorded in the audit trail. */
        get: operations["Applications_download"];
        put?: never;
        post?: never;
        delete: operations["Applications_remove"];
        options?: never;
        head?: never;
        /** Mark an attachment exempt from public access (offentleglova), with its legal basis. */
        patch: operations["Applications_setExemption"];
        trace?: never;
    };
    "/api/applications/{id}/acceptance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A signatory of the organisation accepts (or declines) the conditions of the grant before the deadline.
         *     Answers with both resources the answer changed: the application (new status and version, to continue
         *     with) and the decision (accepted or lapsed).
         */
        post: operations["CaseHandling_answer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/applications/{id}/impartiality": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Declare impartiality (or a conflict, with the reason) before handling the case. */
        post: operations["CaseHandling_declare"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/applications/{id}/screening-findings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What the system finds for the formal check. */
        get: operations["CaseHandling_findings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/applications/{id}/screening": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Formal check: pass to assessment, or dismiss (avvisning) with reasons — a decision. */
        post: operations["CaseHandling_screen"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/applications/{id}/assessment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Sfk's working material: for caseworkers and approvers (not finance, not the organisation). */
        get: operations["CaseHandling_assessment"];
        put?: never;
        /** Score every criterion and recommend; may be revised until the decision is approved. */
        post: operations["CaseHandling_assess"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/applications/{id}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve the decision (never one's own assessment); checks the round's frame. */
        post: operations["CaseHandling_approve"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/applications/{id}/decisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The decisions of an application, newest first (visible to the organisation too). */
        get: operations["CaseHandling_decisionsOf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/rounds/{id}/approvals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve several recommendations in a round at once, all or none. */
        post: operations["CaseHandling_approveMany"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/rounds/{id}/overview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every submitted application with requested, recommended and decided amounts and the frame. */
        get: operations["CaseHandling_roundOverview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/rounds/{id}/lift-budget-reservation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The Storting has decided the budget: payments may go out, and every organisation granted under it is told. */
        post: operations["CaseHandling_liftReservation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/applications/{id}/appeals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Appeals_list"];
        put?: never;
        /** A member lodges an appeal; whether it is in time is computed from the notification. */
        post: operations["Appeals_lodge"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/appeals/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Appeals_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/appeals/{id}/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Appeals_attachments"];
        put?: never;
        /** A file documenting the grounds, in the multipart field "file" (PDF, DOCX, XLSX, ODT, PNG, JPEG; 10 MB). */
        post: operations["Appeals_upload"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/appeals/{id}/attachments/{attachmentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The file itself; every download is logged. */
        get: operations["Appeals_download"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/appeals/{id}/take": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A caseworker who did not prepare the decision, and has declared no conflict, takes the appeal. */
        post: operations["Appeals_take"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/appeals/{id}/lateness": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A late appeal: considered anyway or not (§ 31); not considered ends it, with a letter. */
        post: operations["Appeals_lateness"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/appeals/{id}/new-decision-proposal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The caseworker proposes a new decision: Sfk's reversal, or carrying out the appeal body's decision. */
        post: operations["Appeals_propose"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/appeals/{id}/new-decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** An approver makes the proposed decision: frame check, letter, acceptance and payment as any decision. */
        post: operations["Appeals_approve"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/appeals/{id}/forwarding": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sfk upholds its decision and forwards the appeal to the appeal body, with a letter to the organisation. */
        post: operations["Appeals_forward"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/appeals/{id}/appeal-body-outcome": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The appeal body's outcome; changed or quashed opens the new-decision steps. */
        post: operations["Appeals_bodyOutcome"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/applications/{id}/change-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ChangeRequests_list"];
        put?: never;
        post: operations["ChangeRequests_request"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/change-requests/{id}/handling": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A caseworker approves or rejects (with reasons); the organisation gets a letter either way. */
        post: operations["ChangeRequests_handle"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/change-requests/{id}/new-decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** An approver grants the extra money a change needs: a new decision within the round's frame. */
        post: operations["ChangeRequests_approve"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/applications/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The case in order: submission, decisions, letters, appeals and changes. */
        get: operations["CaseHistory_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/audit-events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Audit_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/audit-events/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Recomputes the hash chain of the whole trail and names the first event that does not verify. */
        get: operations["Audit_verify"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Answers 503 (an outage) within a few seconds when Redis is down or does not answer. */
        get: operations["Jobs_failed"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/deliveries/failed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Deliveries_failed"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/deliveries/{id}/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Tries again now, with a fresh retry window (audited as delivery.retried). 409 unless it has failed. */
        post: operations["Deliveries_retry"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/applications/{id}/letters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Letters_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/letters/{id}/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The archived PDF, byte for byte as sent. */
        get: operations["Letters_pdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/applications/{id}/disbursements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The payment plan of a grant, for the organisation's members and staff. */
        get: operations["Payments_forApplication"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/disbursements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Payments_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/disbursements/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Payments_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/disbursements/{id}/attestation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Attestation by finance: someone who did not approve the decision and has no conflict. */
        post: operations["Payments_attest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/disbursements/{id}/extra-control": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The extra control of a disbursement above NOK 1 000 000, by a second person. */
        post: operations["Payments_extraControl"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/disbursements/{id}/paid": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Payments_markDisbursementPaid"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{id}/bank-account/verification": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sfk verifies a new or changed bank account; until then nothing is paid to the organisation. */
        post: operations["Payments_verifyBankAccount"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/payment-batches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Payments_batchList"];
        put?: never;
        /** Builds a batch from attested disbursements and produces its CSV, XLSX and pain.001 files. */
        post: operations["Payments_build"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/payment-batches/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Payments_batch"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/payment-batches/{id}/items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Payments_items"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/payment-batches/{id}/files/{format}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A stored file of the batch, byte for byte as produced when the batch was built. */
        get: operations["Payments_file"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/payment-batches/{id}/cancellation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Payments_cancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/payment-batches/{id}/paid": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Payments_markBatchPaid"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/budget-ledger": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Budget ledger per round and chapter/post: frame, granted, committed, paid, lapsed, remaining. */
        get: operations["Payments_budgetLedger"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/statistics/rounds/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One round: totals and breakdowns by measure category, county and organisation form. */
        get: operations["Statistics_round"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/statistics/years": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every scheme's totals and indicator sums per year. */
        get: operations["Statistics_years"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/applications/{id}/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Reports_get"];
        /** Saves the report over several sittings (optimistic locking: send the version you read once started). */
        put: operations["Reports_save"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/applications/{id}/report/auditor-statement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Reports_auditorStatement"];
        put?: never;
        /** The auditor's statement (ISRS 4400) as a PDF, in the multipart field "file". */
        post: operations["Reports_uploadAuditorStatement"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/applications/{id}/report/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Reports_submit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/applications/{id}/report/review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A caseworker approves the report or returns it with comments. */
        post: operations["Reports_review"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ReportObligations_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/repayment-claims": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Claims across grants: finance finds the claims to record repayments against; caseworkers follow them up. */
        get: operations["RepaymentClaims_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/repayment-claims/{id}/repayments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["RepaymentClaims_record"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/applications/{id}/repayment-claims": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ApplicationClaims_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Log in with a local account; returns a bearer token. Failed logins are throttled per account and client, per
         *     client and per account (429 with Retry-After; the account's owner is told by e-mail).
         */
        post: operations["Auth_login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * NGO staff create their own account (applicant role); then they register or join an organisation. Answers 202
         *     with the same message whether or not the address has an account: a new address gets an e-mail with a link
         *     that confirms it (until then the account cannot log in), a taken one an e-mail telling its owner. Limited per
         *     e-mail address, per client and in all (429 with Retry-After).
         */
        post: operations["Auth_register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The logged-in user, roles and organisations. */
        get: operations["Auth_me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/register/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The link in the confirmation e-mail of a new registration; the account can log in afterwards. */
        post: operations["Account_confirmRegistration"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/password-reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Asks for an e-mail with a link to set a new password. Answers 202 with the same message whether or not the
         *     address has an account. Limited per e-mail address and per client (429 with Retry-After).
         */
        post: operations["Account_requestPasswordReset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/password-reset/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sets a new password with the link from the reset e-mail; every login of the account ends. */
        post: operations["Account_confirmPasswordReset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Changes the logged-in user's password; every other login ends, and the answer is a fresh token. A wrong current
         *     password counts as a failed login of the account from this client (the same throttle as login: 429 after
         *     AUTH_LOGIN_MAX_FAILURES), so a stolen token cannot be used to guess the password.
         */
        post: operations["Account_changePassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        DeliveriesHealth: {
            /** @description Letters and e-mails asked for more than `stuckAfterSeconds` ago and not done yet (DELIVERY_STUCK_AFTER_SECONDS). */
            stuck: number;
            /** @description Letters and e-mails that failed for good and wait for an admin (GET /api/admin/deliveries/failed). */
            failed: number;
            stuckAfterSeconds: number;
        };
        ComponentHealth: {
            /** @enum {string} */
            status: "up" | "down";
            latencyMs?: number;
            /** @description Worker only: when a worker last handled a heartbeat job. */
            lastHeartbeatAt?: string | null;
            error?: string;
        };
        VirusScannerHealth: {
            /**
             * @description "up": clamd answers; "down": it does not, so uploads are refused (503) until it does; "off": scanning is
             *     switched off (CLAMAV=off) and uploads are stored unscanned, marked `notScanned`.
             * @enum {string}
             */
            status: "up" | "down" | "off";
            /** @description `unix:/path` or `tcp://host:port`. */
            address?: string;
            latencyMs?: number;
            /** @description clamd's VERSION answer: the engine, and with freshclam's databases their version and date. */
            version?: string;
            error?: string;
        };
        HealthResponse: {
            /**
             * @description "ok": all up; "degraded": the API serves but the worker is not processing jobs, letters and e-mails are
             *     stuck, or the virus scanner does not answer (uploads are refused); "down": a store is unreachable (503).
             * @enum {string}
             */
            status: "ok" | "degraded" | "down";
            /** @description Null when the database could not be asked. */
            deliveries: components["schemas"]["DeliveriesHealth"] | null;
            database: components["schemas"]["ComponentHealth"];
            redis: components["schemas"]["ComponentHealth"];
            worker: components["schemas"]["ComponentHealth"];
            virusScanner: components["schemas"]["VirusScannerHealth"];
        };
        RoundDeadline: {
            /** @description The instant, UTC. */
            at: string;
            /** @description The same instant as Oslo local time with offset, e.g. 2026-12-01T23:59:59+01:00. */
            local: string;
            /** @description As stated to applicants: "1. desember 2026 kl. 23:59". */
            text: string;
        };
        MeasureCategoryDto: {
            /**
             * @description Short code, e.g. "a".
             * @example a
             */
            code: string;
            name: string;
        };
        AssessmentCriterionDto: {
            /**
             * @description Short code, e.g. "a".
             * @example a
             */
            code: string;
            name: string;
            /** @description Percent; all weights add up to 100. */
            weight: number;
        };
        TextLimitDto: {
            maxChars?: number;
            maxWords?: number;
        };
        TextLimitsDto: {
            title?: components["schemas"]["TextLimitDto"];
            summary?: components["schemas"]["TextLimitDto"];
            goals?: components["schemas"]["TextLimitDto"];
            targetGroup?: components["schemas"]["TextLimitDto"];
            area?: components["schemas"]["TextLimitDto"];
            plan?: components["schemas"]["TextLimitDto"];
            expectedResults?: components["schemas"]["TextLimitDto"];
        };
        PublicSchemeResponse: {
            nameNn?: string | null;
            eligibleOrganisationForms: ("association" | "foundation" | "limited_company" | "municipality" | "cooperative" | "other")[];
            grantTypes: ("operating" | "project")[];
            requiredAttachmentKinds: ("statutes" | "annual_accounts" | "annual_report" | "budget" | "other")[];
            code: string;
            name: string;
            purpose: string;
            legalBasisTitle: string;
            legalBasisSections: string[];
            requiresVoluntaryRegistry: boolean;
            measureCategories: components["schemas"]["MeasureCategoryDto"][];
            assessmentCriteria: components["schemas"]["AssessmentCriterionDto"][];
            textLimits: components["schemas"]["TextLimitsDto"];
            auditorThresholdOre: number;
            appealBody: string;
        };
        PublicRoundResponse: {
            id: string;
            year: number;
            title: string;
            budgetFrameOre: number;
            opensAt: components["schemas"]["RoundDeadline"];
            applicationDeadline: components["schemas"]["RoundDeadline"];
            reportDeadline: components["schemas"]["RoundDeadline"];
            budgetReservation: boolean;
            openForApplications: boolean;
            scheme: components["schemas"]["PublicSchemeResponse"];
        };
        PublicRoundPage: {
            total: number;
            /** @description False when the total was counted only up to a cap (1 000 rows past the page) and is a lower bound. */
            totalIsExact: boolean;
            limit: number;
            offset: number;
            items: components["schemas"]["PublicRoundResponse"][];
        };
        AwardResponse: {
            /** @description The scheme's identifier on tilskudd.no (e.g. "DT-0044"), null until set on the scheme. */
            tilskuddNoId: string | null;
            amountOre: number;
            year: number;
            schemeCode: string;
            schemeName: string;
            recipient: string;
            organisationNumber: string;
            measureCategory: string;
        };
        AwardListResponse: {
            tilskuddNoId: string | null;
            totalOre: number;
            roundId: string;
            year: number;
            schemeCode: string;
            schemeName: string;
            awards: components["schemas"]["AwardResponse"][];
        };
        UserResponse: {
            roles: ("applicant" | "caseworker" | "approver" | "finance" | "admin")[];
            id: string;
            email: string;
            name: string;
            active: boolean;
            version: number;
            createdAt: string;
        };
        UserPage: {
            total: number;
            /** @description False when the total was counted only up to a cap (1 000 rows past the page) and is a lower bound. */
            totalIsExact: boolean;
            limit: number;
            offset: number;
            items: components["schemas"]["UserResponse"][];
        };
        CreateUserRequest: {
            /** Format: email */
            email: string;
            name: string;
            password: string;
            roles: ("applicant" | "caseworker" | "approver" | "finance" | "admin")[];
        };
        MeOrganisation: {
            id: string;
            name: string;
            organisationNumber: string;
        };
        MeResponse: {
            roles: ("applicant" | "caseworker" | "approver" | "finance" | "admin")[];
            id: string;
            email: string;
            name: string;
            active: boolean;
            version: number;
            createdAt: string;
            organisations: components["schemas"]["MeOrganisation"][];
        };
        UpdateUserRequest: {
            /** @description The version you last read; a stale version answers 409. */
            version: number;
            name?: string;
            roles?: ("applicant" | "caseworker" | "approver" | "finance" | "admin")[];
            active?: boolean;
            password?: string;
        };
        RegisterOrganisationRequest: {
            /**
             * @description Organisasjonsnummer, 9 digits (MOD11); spaces allowed
             * @example 988077917
             */
            organisationNumber: string;
            name: string;
            /** @enum {string} */
            form: "association" | "foundation" | "limited_company" | "municipality" | "cooperative" | "other";
            streetAddress: string;
            /** @example 0182 */
            postalCode: string;
            postalTown: string;
            /**
             * @description Kommunenummer; the county is derived from it.
             * @example 0301
             */
            municipalityNumber: string;
            municipality: string;
            /**
             * Format: email
             * @example post@example.org
             */
            email: string;
            /**
             * @description null removes it.
             * @example +47 22 00 00 00
             */
            phone?: string | null;
            /**
             * @description Kontonummer, 11 digits (MOD11); dots and spaces allowed
             * @example 86011117947
             */
            bankAccount: string;
            /**
             * @description Written standard for letters: bokmål (nb) or nynorsk (nn).
             * @enum {string}
             */
            preferredLanguage: "nb" | "nn";
        };
        OrganisationResponse: {
            /** @enum {string} */
            form: "association" | "foundation" | "limited_company" | "municipality" | "cooperative" | "other";
            phone: string | null;
            /** @enum {string} */
            preferredLanguage: "nb" | "nn";
            id: string;
            organisationNumber: string;
            /** @description "988 077 917" */
            organisationNumberFormatted: string;
            name: string;
            streetAddress: string;
            postalCode: string;
            postalTown: string;
            municipalityNumber: string;
            municipality: string;
            county: string;
            email: string;
            bankAccount: string;
            /** @description "8601.11.17947" */
            bankAccountFormatted: string;
            /** @description False while a new account waits for verification by Sfk; payments are blocked meanwhile. */
            bankAccountVerified: boolean;
            /** @description Registered in Frivillighetsregisteret, as recorded by Sfk (false until Sfk has checked it). */
            registeredInVoluntaryRegistry: boolean;
            bankrupt: boolean;
            underLiquidation: boolean;
            version: number;
            createdAt: string;
            updatedAt: string;
        };
        OrganisationPage: {
            total: number;
            /** @description False when the total was counted only up to a cap (1 000 rows past the page) and is a lower bound. */
            totalIsExact: boolean;
            limit: number;
            offset: number;
            items: components["schemas"]["OrganisationResponse"][];
        };
        UpdateOrganisationRequest: {
            name?: string;
            /** @enum {string} */
            form?: "association" | "foundation" | "limited_company" | "municipality" | "cooperative" | "other";
            streetAddress?: string;
            /** @example 0182 */
            postalCode?: string;
            postalTown?: string;
            /**
             * @description Kommunenummer; the county is derived from it.
             * @example 0301
             */
            municipalityNumber?: string;
            municipality?: string;
            /**
             * Format: email
             * @example post@example.org
             */
            email?: string;
            /**
             * @description null removes it.
             * @example +47 22 00 00 00
             */
            phone?: string | null;
            /**
             * @description Kontonummer, 11 digits (MOD11); dots and spaces allowed
             * @example 86011117947
             */
            bankAccount?: string;
            /**
             * @description Written standard for letters: bokmål (nb) or nynorsk (nn).
             * @enum {string}
             */
            preferredLanguage?: "nb" | "nn";
            /** @description The version you last read; a stale version answers 409. */
            version: number;
        };
        MemberResponse: {
            userId: string;
            name: string;
            email: string;
            signatory: boolean;
        };
        AddMemberRequest: {
            /** Format: email */
            email: string;
            /** @description May sign for the organisation (accept the conditions of a grant, manage members). Only a signatory gives it. */
            signatory?: boolean;
        };
        UpdateMemberRequest: {
            /** @description Give (true) or take (false) the right to sign for the organisation; its last signatory keeps it. */
            signatory: boolean;
        };
        RegisterFlagsRequest: {
            /** @description The version you last read; a stale version answers 409. */
            version: number;
            /** @description Konkurs, from Enhetsregisteret. */
            bankrupt?: boolean;
            /** @description Under avvikling, from Enhetsregisteret. */
            underLiquidation?: boolean;
            /** @description Registered in Frivillighetsregisteret: recorded by Sfk, never by the organisation's members. */
            registeredInVoluntaryRegistry?: boolean;
        };
        ReportIndicatorDto: {
            /**
             * @description Short code, e.g. "a".
             * @example a
             */
            code: string;
            name: string;
            /** @enum {string} */
            breakdown: "none" | "gender" | "age_band" | "gender_and_age_band" | "region";
        };
        PaymentInstalmentDto: {
            /**
             * @description Share of the granted amount in whole percent; the shares of a plan add up to 100.
             * @example 100
             */
            percent: number;
            /**
             * @description "acceptance" (due when the grant is accepted) or a day of the grant year as MM-DD.
             * @example acceptance
             */
            due: string;
        };
        SchemeResponse: {
            /** @description The scheme's identifier on tilskudd.no, e.g. "DT-0044". */
            tilskuddNoId: string | null;
            nameNn?: string | null;
            eligibleOrganisationForms: ("association" | "foundation" | "limited_company" | "municipality" | "cooperative" | "other")[];
            grantTypes: ("operating" | "project")[];
            requiredAttachmentKinds: ("statutes" | "annual_accounts" | "annual_report" | "budget" | "other")[];
            /** @enum {string} */
            priorReportRule: "warn" | "block";
            id: string;
            code: string;
            name: string;
            purpose: string;
            legalBasisTitle: string;
            legalBasisSections: string[];
            requiresVoluntaryRegistry: boolean;
            measureCategories: components["schemas"]["MeasureCategoryDto"][];
            assessmentCriteria: components["schemas"]["AssessmentCriterionDto"][];
            scoreScaleMin: number;
            scoreScaleMax: number;
            reportIndicators: components["schemas"]["ReportIndicatorDto"][];
            textLimits: components["schemas"]["TextLimitsDto"];
            auditorThresholdOre: number;
            paymentPlan: components["schemas"]["PaymentInstalmentDto"][];
            appealBody: string;
            budgetChapter: string;
            budgetPost: string;
            version: number;
            createdAt: string;
            updatedAt: string;
        };
        SchemePage: {
            total: number;
            /** @description False when the total was counted only up to a cap (1 000 rows past the page) and is a lower bound. */
            totalIsExact: boolean;
            limit: number;
            offset: number;
            items: components["schemas"]["SchemeResponse"][];
        };
        CreateSchemeRequest: {
            /**
             * @description Upper-case code used in reference numbers, e.g. "MHP".
             * @example MHP
             */
            code: string;
            name: string;
            /** @description The name in nynorsk; null removes it. */
            nameNn?: string | null;
            /**
             * @description The scheme's identifier on tilskudd.no, e.g. "DT-0044": the public award list carries it. Optional; null
             *     removes it.
             * @example DT-0044
             */
            tilskuddNoId?: string | null;
            purpose: string;
            legalBasisTitle: string;
            /**
             * @example [
             *       "§ 1",
             *       "§ 2",
             *       "§ 3"
             *     ]
             */
            legalBasisSections: string[];
            eligibleOrganisationForms: ("association" | "foundation" | "limited_company" | "municipality" | "cooperative" | "other")[];
            requiresVoluntaryRegistry: boolean;
            grantTypes: ("operating" | "project")[];
            measureCategories: components["schemas"]["MeasureCategoryDto"][];
            assessmentCriteria: components["schemas"]["AssessmentCriterionDto"][];
            /** @example 1 */
            scoreScaleMin: number;
            /** @example 6 */
            scoreScaleMax: number;
            requiredAttachmentKinds: ("statutes" | "annual_accounts" | "annual_report" | "budget" | "other")[];
            reportIndicators: components["schemas"]["ReportIndicatorDto"][];
            /** @description Character or word limits for the application's text fields (default: the standard limits). */
            textLimits?: components["schemas"]["TextLimitsDto"];
            /** @description Grant amount (øre) at or above which an auditor statement is required; NOK 200 000 = 20000000. */
            auditorThresholdOre: number;
            /**
             * @description An overdue or unapproved report on an earlier grant: "warn" (default) or "block" at screening.
             * @enum {string}
             */
            priorReportRule?: "warn" | "block";
            /**
             * @description Instalments of an accepted grant (default: everything on acceptance).
             * @example [
             *       {
             *         "percent": 100,
             *         "due": "acceptance"
             *       }
             *     ]
             */
            paymentPlan?: components["schemas"]["PaymentInstalmentDto"][];
            appealBody: string;
            /** @example 0433 */
            budgetChapter: string;
            /** @example 70 */
            budgetPost: string;
        };
        UpdateSchemeRequest: {
            name?: string;
            /** @description The name in nynorsk; null removes it. */
            nameNn?: string | null;
            /**
             * @description The scheme's identifier on tilskudd.no, e.g. "DT-0044": the public award list carries it. Optional; null
             *     removes it.
             * @example DT-0044
             */
            tilskuddNoId?: string | null;
            purpose?: string;
            legalBasisTitle?: string;
            /**
             * @example [
             *       "§ 1",
             *       "§ 2",
             *       "§ 3"
             *     ]
             */
            legalBasisSections?: string[];
            eligibleOrganisationForms?: ("association" | "foundation" | "limited_company" | "municipality" | "cooperative" | "other")[];
            requiresVoluntaryRegistry?: boolean;
            grantTypes?: ("operating" | "project")[];
            measureCategories?: components["schemas"]["MeasureCategoryDto"][];
            assessmentCriteria?: components["schemas"]["AssessmentCriterionDto"][];
            /** @example 1 */
            scoreScaleMin?: number;
            /** @example 6 */
            scoreScaleMax?: number;
            requiredAttachmentKinds?: ("statutes" | "annual_accounts" | "annual_report" | "budget" | "other")[];
            reportIndicators?: components["schemas"]["ReportIndicatorDto"][];
            /** @description Character or word limits for the application's text fields (default: the standard limits). */
            textLimits?: components["schemas"]["TextLimitsDto"];
            /** @description Grant amount (øre) at or above which an auditor statement is required; NOK 200 000 = 20000000. */
            auditorThresholdOre?: number;
            /**
             * @description An overdue or unapproved report on an earlier grant: "warn" (default) or "block" at screening.
             * @enum {string}
             */
            priorReportRule?: "warn" | "block";
            /**
             * @description Instalments of an accepted grant (default: everything on acceptance).
             * @example [
             *       {
             *         "percent": 100,
             *         "due": "acceptance"
             *       }
             *     ]
             */
            paymentPlan?: components["schemas"]["PaymentInstalmentDto"][];
            appealBody?: string;
            /** @example 0433 */
            budgetChapter?: string;
            /** @example 70 */
            budgetPost?: string;
            /** @description The version you last read; a stale version answers 409. */
            version: number;
        };
        RoundResponse: {
            /** @enum {string} */
            status: "draft" | "published" | "closed" | "decided" | "archived";
            publishedAt: string | null;
            /** @description Why the call was published with less than the minimum notice, when it was. */
            shortNoticeReason: string | null;
            closedAt: string | null;
            id: string;
            schemeId: string;
            schemeCode: string;
            year: number;
            title: string;
            budgetFrameOre: number;
            opensAt: components["schemas"]["RoundDeadline"];
            applicationDeadline: components["schemas"]["RoundDeadline"];
            reportDeadline: components["schemas"]["RoundDeadline"];
            acceptancePeriodDays: number;
            budgetReservation: boolean;
            budgetChapter: string;
            budgetPost: string;
            /** @description Published, opened and before the deadline. */
            openForApplications: boolean;
            version: number;
        };
        RoundPage: {
            total: number;
            /** @description False when the total was counted only up to a cap (1 000 rows past the page) and is a lower bound. */
            totalIsExact: boolean;
            limit: number;
            offset: number;
            items: components["schemas"]["RoundResponse"][];
        };
        CreateRoundRequest: {
            /** Format: uuid */
            schemeId: string;
            /**
             * @description The grant year (tilskuddsår).
             * @example 2027
             */
            year: number;
            title?: string;
            /** @description Budget frame in øre (NOK 39 200 000 = 3920000000). */
            budgetFrameOre: number;
            /**
             * @description ISO 8601 with offset, or Europe/Oslo local time without offset
             * @example 2026-12-01T23:59:59
             */
            opensAt: string;
            /**
             * @description ISO 8601 with offset, or Europe/Oslo local time without offset
             * @example 2026-12-01T23:59:59
             */
            applicationDeadline?: string;
            /**
             * @description ISO 8601 with offset, or Europe/Oslo local time without offset
             * @example 2026-12-01T23:59:59
             */
            reportDeadline?: string;
            /** @description Days to accept the conditions after notification (default 21). */
            acceptancePeriodDays?: number;
            /** @description Subject to the Storting's budget decision: letters and payments wait until lifted. */
            budgetReservation?: boolean;
            /**
             * @description Default: the scheme's chapter/post.
             * @example 0433
             */
            budgetChapter?: string;
            /** @example 70 */
            budgetPost?: string;
        };
        UpdateRoundRequest: {
            title?: string;
            /** @description Budget frame in øre (NOK 39 200 000 = 3920000000). */
            budgetFrameOre?: number;
            /**
             * @description ISO 8601 with offset, or Europe/Oslo local time without offset
             * @example 2026-12-01T23:59:59
             */
            opensAt?: string;
            /**
             * @description ISO 8601 with offset, or Europe/Oslo local time without offset
             * @example 2026-12-01T23:59:59
             */
            applicationDeadline?: string;
            /**
             * @description ISO 8601 with offset, or Europe/Oslo local time without offset
             * @example 2026-12-01T23:59:59
             */
            reportDeadline?: string;
            /** @description Days to accept the conditions after notification (default 21). */
            acceptancePeriodDays?: number;
            /** @description Subject to the Storting's budget decision: letters and payments wait until lifted. */
            budgetReservation?: boolean;
            /**
             * @description Default: the scheme's chapter/post.
             * @example 0433
             */
            budgetChapter?: string;
            /** @example 70 */
            budgetPost?: string;
            /** @description The version you last read; a stale version answers 409. */
            version: number;
        };
        PublishRoundRequest: {
            /** @description The version you last read; a stale version answers 409. */
            version: number;
            /** @description Why the call is published with less than the minimum notice before its deadline. */
            shortNoticeReason?: string;
        };
        VersionRequest: {
            /** @description The version you last read; a stale version answers 409. */
            version: number;
        };
        PartnerDto: {
            name: string;
            /** @example 988077917 */
            organisationNumber?: string | null;
            /** @description What the partner does in the measure. */
            role: string;
        };
        BudgetLineDto: {
            /** @enum {string} */
            category: "salaries" | "premises" | "activities" | "travel" | "equipment" | "administration" | "other";
            description: string;
            amountOre: number;
        };
        OtherFundingDto: {
            /** @description Who funds: e.g. "Oslo kommune", "Stiftelsen Dam". */
            source: string;
            amountOre: number;
            /** @enum {string} */
            status: "applied" | "granted";
        };
        ContactPersonDto: {
            name: string;
            /** Format: email */
            email: string;
            phone?: string | null;
        };
        SignatoryDto: {
            name: string;
            /**
             * @description Chair of the board, general manager, or someone else with signing authority.
             * @enum {string}
             */
            role: "chair" | "general_manager" | "other_authorised";
        };
        CreateApplicationRequest: {
            title?: string | null;
            /**
             * @description Code of one of the scheme's measure categories (a–e for MHP).
             * @example a
             */
            measureCategory?: string | null;
            /** @enum {string|null} */
            grantType?: "operating" | "project" | null;
            summary?: string | null;
            goals?: string | null;
            targetGroup?: string | null;
            /** @description Geographic area the measure covers. */
            area?: string | null;
            /** @description Implementation plan. */
            plan?: string | null;
            /** @description null empties the list. */
            partners?: components["schemas"]["PartnerDto"][] | null;
            /**
             * Format: date
             * @example 2027-01-01
             */
            periodStart?: string | null;
            /**
             * Format: date
             * @example 2027-12-31
             */
            periodEnd?: string | null;
            expectedResults?: string | null;
            /** @description null empties the list. */
            budgetLines?: components["schemas"]["BudgetLineDto"][] | null;
            /** @description null empties the list. */
            otherFunding?: components["schemas"]["OtherFundingDto"][] | null;
            /** @description Amount applied for, in øre. */
            requestedAmountOre?: number | null;
            contactPerson?: components["schemas"]["ContactPersonDto"] | null;
            signatory?: components["schemas"]["SignatoryDto"] | null;
            /** Format: uuid */
            roundId: string;
            /** Format: uuid */
            organisationId: string;
        };
        ApplicationOrganisation: {
            id: string;
            name: string;
            organisationNumber: string;
        };
        ApplicationRound: {
            id: string;
            title: string;
            year: number;
            schemeCode: string;
            applicationDeadline: string;
            /** @description "1. desember 2026 kl. 23:59" */
            applicationDeadlineText: string;
        };
        /**
         * @description Content warnings for the caseworker: `pdfJavaScript` — the PDF contains JavaScript (open it with JavaScript
         *     switched off); `notScanned` — stored while virus scanning was off (CLAMAV=off).
         * @enum {string}
         */
        UploadWarning: "pdfJavaScript" | "notScanned";
        AttachmentResponse: {
            /** @enum {string} */
            kind: "statutes" | "annual_accounts" | "annual_report" | "budget" | "other";
            exemptionBasis: string | null;
            /**
             * @description Content warnings for the caseworker: `pdfJavaScript` — the PDF contains JavaScript (open it with JavaScript
             *     switched off); `notScanned` — stored while virus scanning was off (CLAMAV=off).
             */
            warnings: components["schemas"]["UploadWarning"][];
            id: string;
            fileName: string;
            contentType: string;
            sizeBytes: number;
            sha256: string;
            exemptFromPublic: boolean;
            uploadedBy: string;
            uploadedAt: string;
        };
        FieldProblem: {
            field: string;
            rule: string;
            message: string;
        };
        ApplicationResponse: {
            /** @example MHP-2027-0042 */
            referenceNumber: string | null;
            /** @enum {string} */
            status: "draft" | "submitted" | "in_assessment" | "assessed" | "decided" | "notified" | "accepted" | "paid" | "lapsed" | "withdrawn";
            title: string | null;
            measureCategory: string | null;
            /** @enum {string|null} */
            grantType: "operating" | "project" | null;
            summary: string | null;
            goals: string | null;
            targetGroup: string | null;
            area: string | null;
            plan: string | null;
            /** Format: date */
            periodStart: string | null;
            /** Format: date */
            periodEnd: string | null;
            expectedResults: string | null;
            requestedAmountOre: number | null;
            contactPerson: components["schemas"]["ContactPersonDto"] | null;
            signatory: components["schemas"]["SignatoryDto"] | null;
            submittedAt: string | null;
            withdrawnAt: string | null;
            withdrawalReason: string | null;
            id: string;
            organisation: components["schemas"]["ApplicationOrganisation"];
            round: components["schemas"]["ApplicationRound"];
            partners: components["schemas"]["PartnerDto"][];
            budgetLines: components["schemas"]["BudgetLineDto"][];
            otherFunding: components["schemas"]["OtherFundingDto"][];
            /** @description Sum of the budget lines. */
            budgetTotalOre: number;
            otherFundingTotalOre: number;
            /** @description The most that can be requested: budget total minus other funding. */
            maxRequestableOre: number;
            attachments: components["schemas"]["AttachmentResponse"][];
            /** @description What still stops a draft from being submitted; empty when it can be submitted (and after submission). */
            submissionProblems: components["schemas"]["FieldProblem"][];
            version: number;
            createdAt: string;
            updatedAt: string;
        };
        ApplicationListItemResponse: {
            referenceNumber: string | null;
            title: string | null;
            /** @enum {string} */
            status: "draft" | "submitted" | "in_assessment" | "assessed" | "decided" | "notified" | "accepted" | "paid" | "lapsed" | "withdrawn";
            measureCategory: string | null;
            grantType: string | null;
            requestedAmountOre: number | null;
            submittedAt: string | null;
            id: string;
            roundId: string;
            organisationId: string;
            organisationName: string;
            updatedAt: string;
            /**
             * @description You declared a conflict in this case (forvaltningsloven § 6): title, measure category, grant type and amount
             *     are withheld (null), and the case itself is refused you.
             */
            restricted: boolean;
        };
        ApplicationPage: {
            total: number;
            /** @description False when the total was counted only up to a cap (1 000 rows past the page) and is a lower bound. */
            totalIsExact: boolean;
            limit: number;
            offset: number;
            items: components["schemas"]["ApplicationListItemResponse"][];
        };
        UpdateApplicationRequest: {
            title?: string | null;
            /**
             * @description Code of one of the scheme's measure categories (a–e for MHP).
             * @example a
             */
            measureCategory?: string | null;
            /** @enum {string|null} */
            grantType?: "operating" | "project" | null;
            summary?: string | null;
            goals?: string | null;
            targetGroup?: string | null;
            /** @description Geographic area the measure covers. */
            area?: string | null;
            /** @description Implementation plan. */
            plan?: string | null;
            /** @description null empties the list. */
            partners?: components["schemas"]["PartnerDto"][] | null;
            /**
             * Format: date
             * @example 2027-01-01
             */
            periodStart?: string | null;
            /**
             * Format: date
             * @example 2027-12-31
             */
            periodEnd?: string | null;
            expectedResults?: string | null;
            /** @description null empties the list. */
            budgetLines?: components["schemas"]["BudgetLineDto"][] | null;
            /** @description null empties the list. */
            otherFunding?: components["schemas"]["OtherFundingDto"][] | null;
            /** @description Amount applied for, in øre. */
            requestedAmountOre?: number | null;
            contactPerson?: components["schemas"]["ContactPersonDto"] | null;
            signatory?: components["schemas"]["SignatoryDto"] | null;
            /** @description The version you last read; a stale version answers 409. */
            version: number;
        };
        WithdrawApplicationRequest: {
            /** @description The version you last read; a stale version answers 409. */
            version: number;
            /** @description Why the organisation withdraws the application. */
            reason: string;
        };
        SetExemptionRequest: {
            exemptFromPublic: boolean;
            /** @example offentleglova § 13 jf. forvaltningsloven § 13 */
            exemptionBasis?: string | null;
        };
        AcceptanceRequest: {
            /** @description The version you last read; a stale version answers 409. */
            version: number;
            /** @description True accepts the conditions; false declines the grant (it lapses). */
            accept: boolean;
            /** @description Required when declining. */
            reason?: string;
        };
        DecisionReasonsDto: {
            /** @description The rules applied: forskrift and sections. */
            rulesApplied: string;
            /** @description The facts the decision relies on. */
            factsReliedOn: string;
            /** @description The main considerations in the discretionary assessment. */
            mainConsiderations: string;
        };
        DecisionResponse: {
            /** @enum {string} */
            outcome: "granted" | "partly_granted" | "rejected" | "dismissed";
            reasons: components["schemas"]["DecisionReasonsDto"] | null;
            approvedBy: string | null;
            /** @description When the decision letter reached the organisation. */
            notifiedAt: string | null;
            /** @description 3 weeks from notification (forvaltningsloven § 29). */
            appealDeadline: string | null;
            /** @description Grants: accept the conditions by then. */
            acceptanceDeadline: string | null;
            acceptedAt: string | null;
            lapsedAt: string | null;
            lapseReason: string | null;
            supersededBy: string | null;
            id: string;
            applicationId: string;
            roundId: string;
            amountOre: number;
            conditions: string[];
            preparedBy: string;
            decidedAt: string;
            /** @description Letters and payments wait for the Storting's budget decision. */
            madeUnderBudgetReservation: boolean;
        };
        AcceptanceResponse: {
            application: components["schemas"]["ApplicationResponse"];
            decision: components["schemas"]["DecisionResponse"];
        };
        DeclareImpartialityRequest: {
            /** @description True when something makes you partial in this case (forvaltningsloven § 6). */
            hasConflict: boolean;
            /** @description Required with a conflict: what makes you partial. */
            reason?: string;
        };
        ConflictDeclarationResponse: {
            reason: string | null;
            applicationId: string;
            userId: string;
            hasConflict: boolean;
            declaredAt: string;
        };
        PriorReportsFindingDto: {
            overdue: number;
            unapproved: number;
        };
        ScreeningFindingsResponse: {
            voluntaryRegistry: boolean | null;
            /** @description Reports on the organisation's earlier grants: not submitted in time, or not yet approved. */
            priorReports: components["schemas"]["PriorReportsFindingDto"] | null;
            /**
             * @description What the scheme does about them: warn, or block the formal check.
             * @enum {string}
             */
            priorReportRule: "warn" | "block";
            organisationForm: string;
            eligibleOrganisationForm: boolean;
            deadlineMet: boolean;
            requiredAttachments: boolean;
        };
        ScreeningRequest: {
            /** @description The version you last read; a stale version answers 409. */
            version: number;
            /** @enum {string} */
            outcome: "passed" | "dismissed";
            /** @description Required when a municipality applies: why voluntary organisations offer no satisfactory measure. */
            municipalityJustification?: string;
            /** @description Required for a dismissal. */
            reasons?: components["schemas"]["DecisionReasonsDto"];
        };
        CriterionScoreDto: {
            /** @example relevance */
            criterion: string;
            score: number;
            comment: string;
        };
        AssessmentRequest: {
            /** @description The version you last read; a stale version answers 409. */
            version: number;
            scores: components["schemas"]["CriterionScoreDto"][];
            /** @enum {string} */
            recommendedOutcome: "grant" | "partial_grant" | "rejection";
            recommendedAmountOre: number;
            /** @description Required for partial grants and rejections. */
            reasons?: components["schemas"]["DecisionReasonsDto"];
            /** @description Conditions for a grant. */
            conditions?: string[];
        };
        AssessmentResponse: {
            /** @enum {string} */
            recommendedOutcome: "grant" | "partial_grant" | "rejection";
            reasons: components["schemas"]["DecisionReasonsDto"] | null;
            applicationId: string;
            scores: components["schemas"]["CriterionScoreDto"][];
            /** @description Weighted total, e.g. 4.35. */
            weightedScore: number;
            recommendedAmountOre: number;
            conditions: string[];
            assessedBy: string;
            assessedAt: string;
            version: number;
        };
        ApprovalRequest: {
            /** @description The version you last read; a stale version answers 409. */
            version: number;
            /**
             * @description Omit to approve the recommendation as it stands; give to decide otherwise (reasons required).
             * @enum {string}
             */
            outcome?: "granted" | "partly_granted" | "rejected";
            amountOre?: number;
            /** @description Required when the approver changes outcome or amount. */
            reasons?: components["schemas"]["DecisionReasonsDto"];
            /** @description Replaces the recommended conditions. */
            conditions?: string[];
        };
        BatchApprovalItem: {
            /** Format: uuid */
            applicationId: string;
            /** @description The version you last read; a stale version answers 409. */
            version: number;
        };
        BatchApprovalRequest: {
            /** @description Recommendations approved as they stand, all or none. */
            items: components["schemas"]["BatchApprovalItem"][];
        };
        OverviewTotals: {
            applications: number;
            budgetFrameOre: number;
            requestedOre: number;
            recommendedOre: number;
            /** @description Cases the viewer is disqualified from: listed without content, left out of requestedOre and recommendedOre. */
            restricted: number;
            grantedOre: number;
            remainingOre: number;
            byStatus: {
                [key: string]: number;
            };
        };
        OverviewRowResponse: {
            referenceNumber: string | null;
            title: string | null;
            measureCategory: string | null;
            requestedAmountOre: number | null;
            weightedScore: number | null;
            recommendedOutcome: string | null;
            recommendedAmountOre: number | null;
            decisionOutcome: string | null;
            decidedAmountOre: number | null;
            applicationId: string;
            organisationName: string;
            /** @description The viewer is disqualified from the case (declared conflict or member of the organisation): its content is withheld. */
            restricted: boolean;
            status: string;
        };
        RoundOverviewResponse: {
            total: number;
            /** @description False when the total was counted only up to a cap (1 000 rows past the page) and is a lower bound. */
            totalIsExact: boolean;
            limit: number;
            offset: number;
            roundId: string;
            totals: components["schemas"]["OverviewTotals"];
            items: components["schemas"]["OverviewRowResponse"][];
        };
        LodgeAppealRequest: {
            /**
             * @description What the appeal is against; a decision unless told otherwise.
             * @default decision
             * @enum {string}
             */
            subjectType: "decision" | "repayment_claim";
            /**
             * Format: uuid
             * @description The decision or repayment claim; omitted for a decision: the decision in force.
             */
            subjectId?: string;
            /** @description What the organisation appeals against and why (forvaltningsloven § 32). */
            grounds: string;
        };
        ProposedTermsResponse: {
            /** @enum {string|null} */
            outcome: "granted" | "partly_granted" | "rejected" | null;
            amountOre: number;
            reasons: components["schemas"]["DecisionReasonsDto"];
            conditions: string[];
        };
        AppealResponse: {
            /** @enum {string} */
            subjectType: "decision" | "repayment_claim";
            /**
             * Format: date-time
             * @description When what is appealed against reached the organisation; the deadline runs from it.
             */
            subjectNotifiedAt: string | null;
            /** Format: date-time */
            deadline: string | null;
            lateConsidered: boolean | null;
            lateReason: string | null;
            /** @enum {string} */
            status: "lodged" | "not_considered" | "reversal_proposed" | "forwarded" | "to_be_redecided" | "redecided" | "upheld";
            /** Format: uuid */
            caseworkerId: string | null;
            proposedTerms: components["schemas"]["ProposedTermsResponse"] | null;
            forwardingStatement: string | null;
            /** Format: date-time */
            forwardedAt: string | null;
            /** @enum {string|null} */
            appealBodyOutcome: "upheld" | "changed" | "quashed" | null;
            /** Format: date */
            appealBodyDecidedOn: string | null;
            appealBodyReference: string | null;
            /**
             * Format: uuid
             * @description The decision that replaced the one appealed against.
             */
            newDecisionId: string | null;
            id: string;
            applicationId: string;
            subjectId: string;
            grounds: string;
            lodgedAt: string;
            /** @description Lodged after the deadline. */
            late: boolean;
            version: number;
        };
        AppealAttachmentResponse: {
            sizeBytes: number;
            /**
             * @description Content warnings for the caseworker: `pdfJavaScript` — the PDF contains JavaScript (open it with JavaScript
             *     switched off); `notScanned` — stored while virus scanning was off (CLAMAV=off).
             */
            warnings: components["schemas"]["UploadWarning"][];
            id: string;
            fileName: string;
            contentType: string;
            sha256: string;
            uploadedAt: string;
        };
        LatenessRequest: {
            /** @description The version you last read; a stale version answers 409. */
            version: number;
            /** @description Whether the late appeal is considered anyway (forvaltningsloven § 31). */
            consider: boolean;
            reason: string;
        };
        NewDecisionProposalRequest: {
            /** @description The version you last read; a stale version answers 409. */
            version: number;
            /**
             * @description Required against a decision; not given against a repayment claim.
             * @enum {string}
             */
            outcome?: "granted" | "partly_granted" | "rejected";
            /** @description The new grant; against a repayment claim: the claim's new amount (0 drops it). */
            amountOre: number;
            /** @description A new decision after an appeal is always reasoned in full. */
            reasons: components["schemas"]["DecisionReasonsDto"];
            conditions?: string[];
        };
        ForwardingRequest: {
            /** @description The version you last read; a stale version answers 409. */
            version: number;
            /** @description Sfk's statement to the appeal body; the organisation gets it too. */
            statement: string;
        };
        AppealBodyOutcomeRequest: {
            /** @description The version you last read; a stale version answers 409. */
            version: number;
            /** @enum {string} */
            outcome: "upheld" | "changed" | "quashed";
            /**
             * Format: date
             * @example 2027-01-01
             */
            decidedOn: string;
            /** @description The appeal body's own reference. */
            reference?: string;
        };
        ChangeRequestRequest: {
            /** @enum {string} */
            kind: "period" | "budget" | "content";
            /** @description Why the organisation asks for the change. */
            reason: string;
            /**
             * Format: date
             * @description kind "period": the new end of the grant period.
             * @example 2027-01-01
             */
            periodEnd?: string;
            /** @description kind "budget": the whole budget after the change (the same total, unless more money is asked for). */
            budgetLines?: components["schemas"]["BudgetLineDto"][];
            /** @description kind "content": how the project changes. */
            content?: string;
            /** @description More money asked for with the change: its approval is a new decision. */
            additionalAmountOre?: number;
        };
        ChangeRequestResponse: {
            /** @enum {string} */
            kind: "period" | "budget" | "content";
            /** Format: date */
            periodEnd: string | null;
            budgetLines: components["schemas"]["BudgetLineDto"][] | null;
            content: string | null;
            additionalAmountOre: number;
            /** @enum {string} */
            status: "pending" | "awaiting_decision" | "approved" | "rejected";
            handledAt: string | null;
            reasons: components["schemas"]["DecisionReasonsDto"] | null;
            comment: string | null;
            /** Format: uuid */
            newDecisionId: string | null;
            id: string;
            applicationId: string;
            decisionId: string;
            reason: string;
            requestedAt: string;
            version: number;
        };
        ChangeHandlingRequest: {
            /** @description The version you last read; a stale version answers 409. */
            version: number;
            approve: boolean;
            /** @description Required for a rejection, and for an approval that needs more money. */
            reasons?: components["schemas"]["DecisionReasonsDto"];
            comment?: string;
        };
        CaseEventResponse: {
            /** @enum {string} */
            kind: "application" | "decision" | "letter" | "appeal" | "change_request";
        };
        AuditEventResponse: {
            actorUserId: string | null;
            before: {
                [key: string]: unknown;
            } | null;
            after: {
                [key: string]: unknown;
            } | null;
            requestId: string | null;
            id: string;
            actorRoles: string[];
            action: string;
            entityType: string;
            entityId: string;
            occurredAt: string;
        };
        AuditPage: {
            total: number;
            /** @description False when the total was counted only up to a cap (1 000 rows past the page) and is a lower bound. */
            totalIsExact: boolean;
            limit: number;
            offset: number;
            items: components["schemas"]["AuditEventResponse"][];
        };
        AuditChainBreakResponse: {
            /** @enum {string} */
            reason: "content_changed" | "link_broken" | "rows_missing" | "tail_missing";
            /** @description The first audit event that does not verify; null when the newest events are gone. */
            eventId: string | null;
            /** @description Its place in the chain (1, 2, 3, …). */
            position: string;
            detail: string;
        };
        AuditChainHeadResponse: {
            position: string;
            /** @description sha256, hex. */
            hash: string;
        };
        AuditChainResponse: {
            firstBroken: components["schemas"]["AuditChainBreakResponse"] | null;
            intact: boolean;
            checked: number;
            head: components["schemas"]["AuditChainHeadResponse"];
        };
        FailedJobsResponse: Record<string, never>;
        FailedDeliveryPage: {
            total: number;
            /** @description False when the total was counted only up to a cap (1 000 rows past the page) and is a lower bound. */
            totalIsExact: boolean;
            limit: number;
            offset: number;
        };
        LetterResponse: {
            decisionId: string | null;
            /** @enum {string} */
            type: "receipt" | "interim_reply" | "grant" | "partial_grant" | "rejection" | "dismissal";
            /** @enum {string} */
            language: "nb" | "nn";
            deliveredAt: string | null;
        };
        DisbursementResponse: {
            amountOre: number;
            /** Format: date */
            dueDate: string;
            /** @enum {string} */
            status: "planned" | "attested" | "exported" | "paid" | "cancelled";
            attestedBy: string | null;
            attestedAt: string | null;
            bankAccount: string | null;
            extraControlBy: string | null;
            extraControlAt: string | null;
            /** Format: date */
            paidOn: string | null;
            id: string;
            decisionId: string;
            applicationId: string;
            organisationId: string;
            roundId: string;
            instalmentNo: number;
            instalmentCount: number;
            /** @description Above NOK 1 000 000: a second person must check it before it is exported. */
            requiresExtraControl: boolean;
            version: number;
        };
        DisbursementPage: {
            total: number;
            /** @description False when the total was counted only up to a cap (1 000 rows past the page) and is a lower bound. */
            totalIsExact: boolean;
            limit: number;
            offset: number;
            items: components["schemas"]["DisbursementResponse"][];
        };
        MarkPaidRequest: {
            /** @description The version you last read; a stale version answers 409. */
            version: number;
            /**
             * Format: date
             * @description The day the money left Sfk's account (bank statement); not before the batch's execution date.
             * @example 2027-02-01
             */
            paidOn: string;
        };
        BuildBatchRequest: {
            /**
             * Format: uuid
             * @description Only disbursements of this round (default: all rounds).
             */
            roundId?: string;
            /**
             * Format: date
             * @description Disbursements due on or before this day (a batch pays what is due, never "everything").
             * @example 2027-03-31
             */
            dueOnOrBefore: string;
            /**
             * Format: date
             * @description Requested execution date in the payment file: not in the past and not before any disbursement in the batch is
             *     due (default: today, or the latest due date in the batch if later).
             * @example 2027-02-01
             */
            executionDate?: string;
        };
        TextTruncationResponse: {
            /** @description The disbursement whose row it is; null for the paying agency's own name. */
            disbursementId: string | null;
            referenceNumber: string | null;
            /** @enum {string} */
            field: "recipientName" | "message" | "debtorName";
            /** @description The field's limit in the payment file, in characters. */
            maxLength: number;
            /** @description The text as the system holds it (and the CSV/XLSX lists show it). */
            original: string;
            /** @description The text as the pain.001 file carries it: in the banks' character set, cut. */
            sent: string;
        };
        BatchFileResponse: {
            /** @enum {string} */
            format: "csv" | "xlsx" | "pain001";
            sizeBytes: number;
            fileName: string;
            sha256: string;
            /** @description Where to download it. */
            href: string;
        };
        SkippedDisbursementResponse: {
            /** @enum {string} */
            reason: "bank_account_unverified" | "bank_account_changed" | "organisation_flagged" | "extra_control_missing" | "budget_reservation";
            disbursementId: string;
        };
        BuiltBatchResponse: {
            /** @enum {string} */
            status: "exported" | "paid" | "cancelled";
            roundId: string | null;
            /** Format: date */
            dueOnOrBefore: string | null;
            /** Format: date */
            executionDate: string;
            /** @description Control total: number of disbursements and their sum. */
            itemCount: number;
            totalOre: number;
            /** @description Every text the payment file had to cut to fit (names at 70, messages at 140 characters). */
            truncations: components["schemas"]["TextTruncationResponse"][];
            cancelledAt: string | null;
            cancelReason: string | null;
            files?: components["schemas"]["BatchFileResponse"][];
            /** @description Attested disbursements matching the filter that could not go with this batch, and why. */
            skipped: components["schemas"]["SkippedDisbursementResponse"][];
            id: string;
            /** @description e.g. UTB-000042; the payment file's message id. */
            number: string;
            exportedBy: string;
            exportedAt: string;
            version: number;
        };
        PaymentBatchResponse: {
            /** @enum {string} */
            status: "exported" | "paid" | "cancelled";
            roundId: string | null;
            /** Format: date */
            dueOnOrBefore: string | null;
            /** Format: date */
            executionDate: string;
            /** @description Control total: number of disbursements and their sum. */
            itemCount: number;
            totalOre: number;
            /** @description Every text the payment file had to cut to fit (names at 70, messages at 140 characters). */
            truncations: components["schemas"]["TextTruncationResponse"][];
            cancelledAt: string | null;
            cancelReason: string | null;
            files?: components["schemas"]["BatchFileResponse"][];
            id: string;
            /** @description e.g. UTB-000042; the payment file's message id. */
            number: string;
            exportedBy: string;
            exportedAt: string;
            version: number;
        };
        PaymentBatchPage: {
            total: number;
            /** @description False when the total was counted only up to a cap (1 000 rows past the page) and is a lower bound. */
            totalIsExact: boolean;
            limit: number;
            offset: number;
            items: components["schemas"]["PaymentBatchResponse"][];
        };
        BatchItemResponse: {
            /** @description The row as the files show it. */
            row: {
                [key: string]: unknown;
            };
            /** @enum {string} */
            status: "planned" | "attested" | "exported" | "paid" | "cancelled";
            /** @description False once the batch is cancelled. */
            live: boolean;
        };
        BatchItemPage: {
            total: number;
            /** @description False when the total was counted only up to a cap (1 000 rows past the page) and is a lower bound. */
            totalIsExact: boolean;
            limit: number;
            offset: number;
            items: components["schemas"]["BatchItemResponse"][];
        };
        Readable: Record<string, never>;
        CancelBatchRequest: {
            /** @description The version you last read; a stale version answers 409. */
            version: number;
            reason: string;
        };
        LedgerRoundResponse: {
            frameOre: number;
            grantedOre: number;
            committedOre: number;
            awaitingAcceptanceOre: number;
            paidOre: number;
            unpaidOre: number;
            lapsedOre: number;
            remainingOre: number;
            claimedOre: number;
            repaidOre: number;
            roundId: string;
            year: number;
            title: string;
            schemeCode: string;
            budgetChapter: string;
            budgetPost: string;
        };
        LedgerFiguresResponse: {
            frameOre: number;
            grantedOre: number;
            committedOre: number;
            awaitingAcceptanceOre: number;
            paidOre: number;
            unpaidOre: number;
            lapsedOre: number;
            remainingOre: number;
            claimedOre: number;
            repaidOre: number;
            budgetChapter: string;
            budgetPost: string;
        };
        LedgerResponse: {
            year: number;
            rounds: components["schemas"]["LedgerRoundResponse"][];
            chapterPosts: components["schemas"]["LedgerFiguresResponse"][];
        };
        FiguresResponse: {
            applications: number;
            appliedOre: number;
            grantedInFull: number;
            grantedInPart: number;
            rejected: number;
            dismissed: number;
            undecided: number;
            lapsed: number;
            grantedOre: number;
        };
        GroupResponse: {
            applications: number;
            appliedOre: number;
            grantedInFull: number;
            grantedInPart: number;
            rejected: number;
            dismissed: number;
            undecided: number;
            lapsed: number;
            grantedOre: number;
            key: string;
            label: string;
        };
        IndicatorCellResponse: {
            /**
             * @description A whole number; "≤5" for 1 to 5 people (the limit is STATISTICS_SMALL_CELL_LIMIT); ":" withheld (more than
             *     the limit) so that a small figure cannot be worked out.
             */
            value: number | string;
            cell: string;
        };
        IndicatorSumResponse: {
            reports: number;
            /** @description The sum of the cells, suppressed by the same rules. */
            total: number | string;
            code: string;
            name: string;
            cells: components["schemas"]["IndicatorCellResponse"][];
        };
        RoundStatisticsResponse: {
            /** @description Figures about people from 1 to this many show as "≤limit". */
            smallCellLimit: number;
            roundId: string;
            year: number;
            schemeCode: string;
            title: string;
            totals: components["schemas"]["FiguresResponse"];
            byMeasureCategory: components["schemas"]["GroupResponse"][];
            byCounty: components["schemas"]["GroupResponse"][];
            byOrganisationForm: components["schemas"]["GroupResponse"][];
            /** @description Report indicators (figures about people) summed across recipients, with small-cell suppression. */
            indicators: components["schemas"]["IndicatorSumResponse"][];
        };
        YearStatisticsResponse: {
            applications: number;
            appliedOre: number;
            grantedInFull: number;
            grantedInPart: number;
            rejected: number;
            dismissed: number;
            undecided: number;
            lapsed: number;
            grantedOre: number;
            schemeCode: string;
            year: number;
            roundId: string;
            /** @description The year's indicator sums: the scheme's one round of the year, suppressed exactly as in its round view. */
            indicators: components["schemas"]["IndicatorSumResponse"][];
        };
        ReportFileResponse: {
            sizeBytes: number;
            /**
             * @description Content warnings for the caseworker: `pdfJavaScript` — the PDF contains JavaScript (open it with JavaScript
             *     switched off); `notScanned` — stored while virus scanning was off (CLAMAV=off).
             */
            warnings: components["schemas"]["UploadWarning"][];
            fileName: string;
            sha256: string;
            uploadedAt: string;
        };
        RepaymentClaimResponse: {
            amountOre: number;
            repaidOre: number;
            /** Format: date */
            dueDate: string;
            /** @enum {string} */
            status: "open" | "settled" | "cancelled";
            /** @description The amount before a new decision on appeal changed it; null when it never has. */
            amountBeforeRevisionOre: number | null;
            /**
             * @description `report`: made at report review; `changed_decision`: a new decision left more paid than granted.
             * @enum {string}
             */
            origin: "report" | "changed_decision";
            /**
             * Format: date-time
             * @description When the claim letter was delivered to the organisation (the claim's notification); null until then.
             */
            notifiedAt: string | null;
            /**
             * Format: date-time
             * @description Three weeks from notification; null until the letter is delivered.
             */
            appealDeadline: string | null;
            id: string;
            applicationId: string;
            reason: string;
            version: number;
            createdAt: string;
        };
        PlannedBudgetLineDto: {
            /** @description The position to give as `line` in `actuals`. */
            line: number;
            budgetOre: number;
            category: string;
            description: string;
        };
        ActualLineDto: {
            /** @description Position of the budget line in the application's budget (0 = the first). */
            line: number;
            actualOre: number;
        };
        ReportResponse: {
            /**
             * @description "due" until the organisation has started the report.
             * @enum {string}
             */
            status: "due" | "draft" | "submitted" | "returned" | "approved" | "repayment_claimed";
            grantOre: number;
            auditorStatement: components["schemas"]["ReportFileResponse"] | null;
            /**
             * Format: date
             * @description The approved period (an approved extension moves the end).
             */
            periodStart: string | null;
            /** Format: date */
            periodEnd: string | null;
            /** @description Indicator code → breakdown cells. */
            indicatorCells: {
                [key: string]: unknown;
            };
            goalAchievement: string | null;
            activities: string | null;
            deviations: string | null;
            indicators: {
                [key: string]: unknown;
            };
            otherIncomeOre: number;
            /** @description Computed: grant − (actual costs − other income), at least 0. */
            unspentOre: number;
            signatory: components["schemas"]["SignatoryDto"] | null;
            submittedAt: string | null;
            reviewedAt: string | null;
            reviewComment: string | null;
            repaymentClaim: components["schemas"]["RepaymentClaimResponse"] | null;
            applicationId: string;
            decisionId: string;
            dueAt: string;
            overdue: boolean;
            auditorStatementRequired: boolean;
            /** @description The approved budget: the application's, as changed by approved change requests. */
            budget: components["schemas"]["PlannedBudgetLineDto"][];
            /** @description Approved changes of the project content, oldest first. */
            contentChanges: string[];
            actuals: components["schemas"]["ActualLineDto"][];
            /** @description 0 until the report is started. */
            version: number;
        };
        SaveReportRequest: {
            /** @description The version you last read; omitted when the report is started. */
            version?: number;
            /** @description Beskriv tiltaket samlet. Ikke skriv navn, fødselsnummer, kontaktopplysninger eller annet som kan identifisere en person. */
            goalAchievement?: string | null;
            /** @description Beskriv tiltaket samlet. Ikke skriv navn, fødselsnummer, kontaktopplysninger eller annet som kan identifisere en person. */
            activities?: string | null;
            /** @description Beskriv tiltaket samlet. Ikke skriv navn, fødselsnummer, kontaktopplysninger eller annet som kan identifisere en person. */
            deviations?: string | null;
            /**
             * @description Aggregate figures per indicator of the scheme and breakdown cell, whole numbers, e.g.
             *     `{ "people_helped": { "female": 12, "male": 7, "other_or_unknown": 0 } }`.
             */
            indicators?: {
                [key: string]: {
                    [key: string]: number;
                };
            };
            /** @description Actual spending per budget line of the application. */
            actuals?: components["schemas"]["ActualLineDto"][];
            /** @description Other income of the measure (øre). */
            otherIncomeOre?: number;
            signatory?: components["schemas"]["SignatoryDto"] | null;
        };
        SubmitReportRequest: {
            /** @description The version you last read; a stale version answers 409. */
            version: number;
        };
        ClaimRequest: {
            /** @description Default: the unspent amount the report shows. */
            amountOre?: number;
            reason: string;
            /**
             * Format: date
             * @example 2028-06-30
             */
            dueDate: string;
        };
        ReviewReportRequest: {
            /** @description The version you last read; a stale version answers 409. */
            version: number;
            /**
             * @description approve; return for revision (with a comment); or claim repayment (with `claim`).
             * @enum {string}
             */
            outcome: "approve" | "return" | "claim";
            claim?: components["schemas"]["ClaimRequest"];
            /** @description Required when the report is returned: what the organisation must revise. */
            comment?: string;
        };
        ObligationResponse: {
            grantOre: number;
            /** @enum {string} */
            status: "due" | "draft" | "submitted" | "returned" | "approved" | "repayment_claimed";
            submittedAt: string | null;
            applicationId: string;
            referenceNumber: string;
            organisationName: string;
            roundId: string;
            dueAt: string;
            overdue: boolean;
        };
        ObligationPage: {
            total: number;
            /** @description False when the total was counted only up to a cap (1 000 rows past the page) and is a lower bound. */
            totalIsExact: boolean;
            limit: number;
            offset: number;
            items: components["schemas"]["ObligationResponse"][];
        };
        ClaimPage: {
            total: number;
            /** @description False when the total was counted only up to a cap (1 000 rows past the page) and is a lower bound. */
            totalIsExact: boolean;
            limit: number;
            offset: number;
            items: components["schemas"]["RepaymentClaimResponse"][];
        };
        RepaymentRequest: {
            /** @description The version you last read; a stale version answers 409. */
            version: number;
            amountOre: number;
            /**
             * Format: date
             * @description The day the money reached Sfk's account.
             * @example 2028-05-02
             */
            receivedOn: string;
        };
        LoginRequest: {
            /**
             * Format: email
             * @example soker@kirkensbymisjon.no
             */
            email: string;
            password: string;
        };
        LoginResponse: {
            /** @enum {string} */
            tokenType: "Bearer";
            accessToken: string;
            /** @description Seconds until the token expires. */
            expiresIn: number;
        };
        RegisterRequest: {
            /**
             * Format: email
             * @example ny.soker@example.org
             */
            email: string;
            name: string;
            /** @description At least 12 characters and not easy to guess (common passwords, patterns, your name or e-mail are refused). */
            password: string;
        };
        AccountMessageResponse: {
            message: string;
        };
        ConfirmEmailRequest: {
            /**
             * @description The token from the link in the confirmation e-mail (after `#token=`).
             * @example q3Jd0bWc4mXh1v5y8Zr2TnKs7Lp9Ue6Ao0Iw4Gf1Hb3
             */
            token: string;
        };
        PasswordResetRequest: {
            /**
             * Format: email
             * @example soker@kirkensbymisjon.no
             */
            email: string;
        };
        PasswordResetConfirmRequest: {
            /**
             * @description The token from the link in the reset e-mail (after `#token=`).
             * @example q3Jd0bWc4mXh1v5y8Zr2TnKs7Lp9Ue6Ao0Iw4Gf1Hb3
             */
            token: string;
            /** @description At least 12 characters and not easy to guess (common passwords, patterns, your name or e-mail are refused). */
            newPassword: string;
        };
        ChangePasswordRequest: {
            currentPassword: string;
            /** @description At least 12 characters and not easy to guess (common passwords, patterns, your name or e-mail are refused). */
            newPassword: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    Health_health: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthResponse"];
                };
            };
        };
    };
    Public_listRounds: {
        parameters: {
            query?: {
                /** @description Page size, 1–100 (default 25). */
                limit?: number;
                /** @description Rows to skip. */
                offset?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicRoundPage"];
                };
            };
        };
    };
    Public_round: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicRoundResponse"];
                };
            };
        };
    };
    Public_awardList: {
        parameters: {
            query?: {
                format?: "json" | "csv" | "xlsx";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AwardListResponse"];
                    "text/csv": components["schemas"]["AwardListResponse"];
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["AwardListResponse"];
                };
            };
            /** @description Too many requests from this client; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    Users_list: {
        parameters: {
            query?: {
                /** @description Page size, 1–100 (default 25). */
                limit?: number;
                /** @description Rows to skip. */
                offset?: number;
                role?: "applicant" | "caseworker" | "approver" | "finance" | "admin";
                /** @description Free text over name and e-mail. */
                q?: string;
                active?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserPage"];
                };
            };
        };
    };
    Users_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateUserRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserResponse"];
                };
            };
        };
    };
    Users_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeResponse"];
                };
            };
        };
    };
    Users_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateUserRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserResponse"];
                };
            };
        };
    };
    Organisations_list: {
        parameters: {
            query?: {
                /** @description Page size, 1–100 (default 25). */
                limit?: number;
                /** @description Rows to skip. */
                offset?: number;
                /** @description Free text over name and organisation number. */
                q?: string;
                form?: "association" | "foundation" | "limited_company" | "municipality" | "cooperative" | "other";
                county?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganisationPage"];
                };
            };
        };
    };
    Organisations_register: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterOrganisationRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganisationResponse"];
                };
            };
        };
    };
    Organisations_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganisationResponse"];
                };
            };
        };
    };
    Organisations_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateOrganisationRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganisationResponse"];
                };
            };
        };
    };
    Organisations_members: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberResponse"][];
                };
            };
        };
    };
    Organisations_addMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddMemberRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberResponse"][];
                };
            };
        };
    };
    Organisations_removeMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    Organisations_updateMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                userId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateMemberRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberResponse"][];
                };
            };
        };
    };
    Organisations_setRegisterFlags: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterFlagsRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganisationResponse"];
                };
            };
        };
    };
    Schemes_list: {
        parameters: {
            query?: {
                /** @description Page size, 1–100 (default 25). */
                limit?: number;
                /** @description Rows to skip. */
                offset?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SchemePage"];
                };
            };
        };
    };
    Schemes_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateSchemeRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SchemeResponse"];
                };
            };
        };
    };
    Schemes_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SchemeResponse"];
                };
            };
        };
    };
    Schemes_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateSchemeRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SchemeResponse"];
                };
            };
        };
    };
    Rounds_list: {
        parameters: {
            query?: {
                /** @description Page size, 1–100 (default 25). */
                limit?: number;
                /** @description Rows to skip. */
                offset?: number;
                schemeId?: string;
                status?: "draft" | "published" | "closed" | "decided" | "archived";
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoundPage"];
                };
            };
        };
    };
    Rounds_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateRoundRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoundResponse"];
                };
            };
        };
    };
    Rounds_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoundResponse"];
                };
            };
        };
    };
    Rounds_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateRoundRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoundResponse"];
                };
            };
        };
    };
    Rounds_publish: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PublishRoundRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoundResponse"];
                };
            };
        };
    };
    Rounds_close: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VersionRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoundResponse"];
                };
            };
        };
    };
    Rounds_decide: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VersionRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoundResponse"];
                };
            };
        };
    };
    Applications_list: {
        parameters: {
            query?: {
                /** @description Page size, 1–100 (default 25). */
                limit?: number;
                /** @description Rows to skip. */
                offset?: number;
                roundId?: string;
                status?: "draft" | "submitted" | "in_assessment" | "assessed" | "decided" | "notified" | "accepted" | "paid" | "lapsed" | "withdrawn";
                measureCategory?: string;
                organisationId?: string;
                /** @description Free text over title and summary (Norwegian stemming), or a reference number. */
                q?: string;
                /** @description Sort field; a leading "-" sorts descending. Default -updatedAt. */
                sort?: "submittedAt" | "-submittedAt" | "referenceNumber" | "-referenceNumber" | "requestedAmountOre" | "-requestedAmountOre" | "title" | "-updatedAt";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationPage"];
                };
            };
        };
    };
    Applications_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateApplicationRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationResponse"];
                };
            };
        };
    };
    Applications_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationResponse"];
                };
            };
        };
    };
    Applications_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateApplicationRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationResponse"];
                };
            };
        };
    };
    Applications_submit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VersionRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationResponse"];
                };
            };
        };
    };
    Applications_withdraw: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WithdrawApplicationRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationResponse"];
                };
            };
        };
    };
    Applications_upload: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /** @enum {string} */
                    kind: "statutes" | "annual_accounts" | "annual_report" | "budget" | "other";
                    /** @enum {string} */
                    exemptFromPublic?: "true" | "false";
                    exemptionBasis?: string;
                    /** Format: binary */
                    file: string;
                };
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AttachmentResponse"];
                };
            };
        };
    };
    Applications_download: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                attachmentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    Applications_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                attachmentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    Applications_setExemption: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                attachmentId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetExemptionRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AttachmentResponse"];
                };
            };
        };
    };
    CaseHandling_answer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AcceptanceRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AcceptanceResponse"];
                };
            };
        };
    };
    CaseHandling_declare: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeclareImpartialityRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConflictDeclarationResponse"];
                };
            };
        };
    };
    CaseHandling_findings: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScreeningFindingsResponse"];
                };
            };
        };
    };
    CaseHandling_screen: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ScreeningRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationResponse"];
                };
            };
        };
    };
    CaseHandling_assessment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssessmentResponse"];
                };
            };
        };
    };
    CaseHandling_assess: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AssessmentRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssessmentResponse"];
                };
            };
        };
    };
    CaseHandling_approve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApprovalRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DecisionResponse"];
                };
            };
        };
    };
    CaseHandling_decisionsOf: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DecisionResponse"][];
                };
            };
        };
    };
    CaseHandling_approveMany: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BatchApprovalRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DecisionResponse"][];
                };
            };
        };
    };
    CaseHandling_roundOverview: {
        parameters: {
            query?: {
                /** @description Page size, 1–100 (default 25). */
                limit?: number;
                /** @description Rows to skip. */
                offset?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoundOverviewResponse"];
                };
            };
        };
    };
    CaseHandling_liftReservation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VersionRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoundResponse"];
                };
            };
        };
    };
    Appeals_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppealResponse"][];
                };
            };
        };
    };
    Appeals_lodge: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LodgeAppealRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppealResponse"];
                };
            };
        };
    };
    Appeals_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppealResponse"];
                };
            };
        };
    };
    Appeals_attachments: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppealAttachmentResponse"][];
                };
            };
        };
    };
    Appeals_upload: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /** Format: binary */
                    file?: string;
                };
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppealAttachmentResponse"];
                };
            };
        };
    };
    Appeals_download: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                attachmentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    Appeals_take: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VersionRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppealResponse"];
                };
            };
        };
    };
    Appeals_lateness: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LatenessRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppealResponse"];
                };
            };
        };
    };
    Appeals_propose: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewDecisionProposalRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppealResponse"];
                };
            };
        };
    };
    Appeals_approve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VersionRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppealResponse"];
                };
            };
        };
    };
    Appeals_forward: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ForwardingRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppealResponse"];
                };
            };
        };
    };
    Appeals_bodyOutcome: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AppealBodyOutcomeRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppealResponse"];
                };
            };
        };
    };
    ChangeRequests_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChangeRequestResponse"][];
                };
            };
        };
    };
    ChangeRequests_request: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangeRequestRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChangeRequestResponse"];
                };
            };
        };
    };
    ChangeRequests_handle: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangeHandlingRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChangeRequestResponse"];
                };
            };
        };
    };
    ChangeRequests_approve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VersionRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChangeRequestResponse"];
                };
            };
        };
    };
    CaseHistory_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseEventResponse"][];
                };
            };
        };
    };
    Audit_list: {
        parameters: {
            query?: {
                /** @description Page size, 1–100 (default 25). */
                limit?: number;
                /** @description Rows to skip. */
                offset?: number;
                entityType?: string;
                entityId?: string;
                actorUserId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditPage"];
                };
            };
        };
    };
    Audit_verify: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditChainResponse"];
                };
            };
        };
    };
    Jobs_failed: {
        parameters: {
            query?: {
                /** @description Page size, 1–100 (default 25). */
                limit?: number;
                /** @description Rows to skip. */
                offset?: number;
                queue?: "system" | "letters" | "mail" | "reminders";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FailedJobsResponse"];
                };
            };
        };
    };
    Deliveries_failed: {
        parameters: {
            query?: {
                /** @description Page size, 1–100 (default 25). */
                limit?: number;
                /** @description Rows to skip. */
                offset?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FailedDeliveryPage"];
                };
            };
        };
    };
    Deliveries_retry: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    Letters_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LetterResponse"][];
                };
            };
        };
    };
    Letters_pdf: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    Payments_forApplication: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DisbursementResponse"][];
                };
            };
        };
    };
    Payments_list: {
        parameters: {
            query?: {
                /** @description Page size, 1–100 (default 25). */
                limit?: number;
                /** @description Rows to skip. */
                offset?: number;
                status?: "planned" | "attested" | "exported" | "paid" | "cancelled";
                roundId?: string;
                organisationId?: string;
                dueOnOrBefore?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DisbursementPage"];
                };
            };
        };
    };
    Payments_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DisbursementResponse"];
                };
            };
        };
    };
    Payments_attest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VersionRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DisbursementResponse"];
                };
            };
        };
    };
    Payments_extraControl: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VersionRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DisbursementResponse"];
                };
            };
        };
    };
    Payments_markDisbursementPaid: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MarkPaidRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DisbursementResponse"];
                };
            };
        };
    };
    Payments_verifyBankAccount: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VersionRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganisationResponse"];
                };
            };
        };
    };
    Payments_batchList: {
        parameters: {
            query?: {
                /** @description Page size, 1–100 (default 25). */
                limit?: number;
                /** @description Rows to skip. */
                offset?: number;
                status?: "exported" | "paid" | "cancelled";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaymentBatchPage"];
                };
            };
        };
    };
    Payments_build: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BuildBatchRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BuiltBatchResponse"];
                };
            };
        };
    };
    Payments_batch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaymentBatchResponse"];
                };
            };
        };
    };
    Payments_items: {
        parameters: {
            query?: {
                /** @description Page size, 1–100 (default 25). */
                limit?: number;
                /** @description Rows to skip. */
                offset?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BatchItemPage"];
                };
            };
        };
    };
    Payments_file: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                format: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv; charset=utf-8": components["schemas"]["Readable"];
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["Readable"];
                    "application/xml": components["schemas"]["Readable"];
                };
            };
        };
    };
    Payments_cancel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CancelBatchRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaymentBatchResponse"];
                };
            };
        };
    };
    Payments_markBatchPaid: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MarkPaidRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaymentBatchResponse"];
                };
            };
        };
    };
    Payments_budgetLedger: {
        parameters: {
            query: {
                year: number;
                roundId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LedgerResponse"];
                };
            };
        };
    };
    Statistics_round: {
        parameters: {
            query?: {
                format?: "json" | "csv" | "xlsx";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoundStatisticsResponse"];
                    "text/csv": components["schemas"]["RoundStatisticsResponse"];
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["RoundStatisticsResponse"];
                };
            };
        };
    };
    Statistics_years: {
        parameters: {
            query?: {
                format?: "json" | "csv" | "xlsx";
                schemeId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["YearStatisticsResponse"][];
                    "text/csv": components["schemas"]["YearStatisticsResponse"][];
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["YearStatisticsResponse"][];
                };
            };
        };
    };
    Reports_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportResponse"];
                };
            };
        };
    };
    Reports_save: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SaveReportRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportResponse"];
                };
            };
        };
    };
    Reports_auditorStatement: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    Reports_uploadAuditorStatement: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /** Format: binary */
                    file?: string;
                };
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportResponse"];
                };
            };
        };
    };
    Reports_submit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubmitReportRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportResponse"];
                };
            };
        };
    };
    Reports_review: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReviewReportRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportResponse"];
                };
            };
        };
    };
    ReportObligations_list: {
        parameters: {
            query?: {
                /** @description Page size, 1–100 (default 25). */
                limit?: number;
                /** @description Rows to skip. */
                offset?: number;
                roundId?: string;
                status?: "due" | "draft" | "submitted" | "returned" | "approved" | "repayment_claimed";
                /** @description Only reports past their deadline and not submitted. */
                overdue?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ObligationPage"];
                };
            };
        };
    };
    RepaymentClaims_list: {
        parameters: {
            query?: {
                /** @description Page size, 1–100 (default 25). */
                limit?: number;
                /** @description Rows to skip. */
                offset?: number;
                roundId?: string;
                status?: "open" | "settled" | "cancelled";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClaimPage"];
                };
            };
        };
    };
    RepaymentClaims_record: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RepaymentRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RepaymentClaimResponse"];
                };
            };
        };
    };
    ApplicationClaims_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RepaymentClaimResponse"][];
                };
            };
        };
    };
    Auth_login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoginResponse"];
                };
            };
            /** @description Too many failed logins; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    Auth_register: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterRequest"];
            };
        };
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccountMessageResponse"];
                };
            };
            /** @description Too many registrations; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    Auth_me: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeResponse"];
                };
            };
        };
    };
    Account_confirmRegistration: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConfirmEmailRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccountMessageResponse"];
                };
            };
        };
    };
    Account_requestPasswordReset: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PasswordResetRequest"];
            };
        };
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccountMessageResponse"];
                };
            };
            /** @description Too many requests for a reset e-mail; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    Account_confirmPasswordReset: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PasswordResetConfirmRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccountMessageResponse"];
                };
            };
        };
    };
    Account_changePassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangePasswordRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoginResponse"];
                };
            };
            /** @description Too many wrong current passwords; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
}
