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
         * Health of the API and what it depends on
         * @description Open without login. Reports PostgreSQL, Redis, the worker (its heartbeat job), the virus scanner
         *     (clamd), and letters and e-mails not done in time. Answers 503 with the same body (status `down`) when
         *     PostgreSQL or Redis is unreachable, so a load balancer can act on the status alone; a missing worker
         *     heartbeat, stuck deliveries or a silent virus scanner answer 200 with status `degraded`.
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
        /**
         * Open calls (published rounds)
         * @description Open without login, so NGOs can find them: published rounds with the call text, deadline and
         *     requirements; paged.
         */
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
        /**
         * One open call
         * @description Open without login. Only published rounds; any other id answers 404.
         */
        get: operations["Public_round"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/award-lists": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Award lists of decided rounds
         * @description Open without login: the rounds whose award list is public (decided or archived), newest grant year
         *     first, each with its year, title, scheme (name, tilskudd.no id), the number of grants and the sum on its award
         *     list, and the day it was decided; paged. The list itself is GET /api/public/rounds/{id}/awards.
         */
        get: operations["Public_listAwardLists"];
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
         * The round's award list (tildelingslisten)
         * @description Open without login once the round is decided: year, scheme (its tilskudd.no id), recipient,
         *     organisasjonsnummer, amount, measure category — accepted grants in force only. JSON, or CSV and XLSX
         *     (format=csv|xlsx) in the columns tilskudd.no takes, the header in the first row. Limited per client
         *     address (429 with Retry-After): building it is the one expensive thing an anonymous caller can ask
         *     for.
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
        /**
         * List users (admin)
         * @description Admin only. Filter by role, active flag and a search in name and e-mail; paged (limit, offset).
         */
        get: operations["Users_list"];
        put?: never;
        /**
         * Create a staff or applicant user (admin)
         * @description Admin only. The e-mail address must be unique (409 duplicate); the initial password must follow the
         *     password policy (422). The creation is recorded in the audit trail.
         */
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
        /**
         * A user with roles and organisations (admin)
         * @description Admin only.
         */
        get: operations["Users_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a user's name, roles or active flag (admin)
         * @description Admin only. Send the version you read (409 stale-version otherwise). Admins cannot remove their own
         *     admin role or deactivate themselves. Setting the password, deactivating the user or taking a role away ends
         *     every login of the user. Recorded in the audit trail.
         */
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
        /**
         * List organisations
         * @description Applicants see only the organisations they are members of; Sfk staff see all. Filter and page with
         *     the query.
         */
        get: operations["Organisations_list"];
        put?: never;
        /**
         * Register an organisation
         * @description NGO users (applicant role) only. The caller becomes its first member and signatory. The
         *     organisasjonsnummer and kontonummer must pass their MOD11 check and the kommunenummer must belong to
         *     a county (422); an organisation number that is registered already answers 409 (ask one of its members
         *     to add you). Registration in Frivillighetsregisteret starts unconfirmed until Sfk records it.
         */
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
        /**
         * An organisation's profile
         * @description Applicants see only their own organisations (others answer 404); Sfk staff see all.
         */
        get: operations["Organisations_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update the organisation's profile
         * @description Members of the organisation only (403 otherwise). Send the version you read (409 stale-version
         *     otherwise). The account number must pass MOD11 and the municipality number must belong to a county
         *     (422). A changed bank account becomes unverified, and nothing is paid to the organisation until Sfk
         *     verifies it.
         */
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
        /**
         * The organisation's members and who may sign
         * @description Members of the organisation and Sfk staff; others get 404.
         */
        get: operations["Organisations_members"];
        put?: never;
        /**
         * Add a member to the organisation
         * @description A signatory of the organisation adds a colleague who already has an applicant account (optionally as
         *     a signatory too); the e-mail must belong to such an account (422) and not be a member already (409).
         */
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
        /**
         * Remove a member, or leave the organisation
         * @description A signatory removes a member, or a member removes themselves; never the last signatory (409). Takes
         *     effect at once: the former member no longer sees the organisation's applications.
         */
        delete: operations["Organisations_removeMember"];
        options?: never;
        head?: never;
        /**
         * Give or take a member's signing rights
         * @description Signatories only. The organisation's last signatory keeps the rights (409 invalid-state).
         */
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
         * Record register information (bankruptcy, liquidation, Frivillighetsregisteret)
         * @description Caseworkers and admins. Sfk records bankruptcy or liquidation from Enhetsregisteret (payments check
         *     these flags and stop) and registration in Frivillighetsregisteret (screening checks it where the
         *     scheme requires it). Send the version you read (409 stale-version otherwise). Recorded in the audit
         *     trail.
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
        /**
         * List grant schemes
         * @description Sfk staff (caseworker, approver, finance, admin). Paged.
         */
        get: operations["Schemes_list"];
        put?: never;
        /**
         * Create a grant scheme (admin)
         * @description Admin only. The code must be unique and so must the tilskudd.no id (409 duplicate). The assessment
         *     criteria's weights must add up to 100, codes within a list must be unique and the score scale's
         *     maximum must be above its minimum (422, every broken rule at once). Without textLimits, paymentPlan
         *     and priorReportRule the defaults apply.
         */
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
        /**
         * A grant scheme with its rules
         * @description Sfk staff. The scheme's criteria, weights, score scale, text limits, payment plan and report rules.
         */
        get: operations["Schemes_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a grant scheme (admin)
         * @description Admin only. Send the version you read (409 stale-version otherwise). Measure categories, assessment
         *     criteria and the score scale cannot change while a round of the scheme is open or in assessment (422
         *     frozenWhileRoundRuns); the same rules as at creation apply.
         */
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
        /**
         * List rounds (utlysninger)
         * @description Sfk staff. Filter by scheme, status and year; paged.
         */
        get: operations["Rounds_list"];
        put?: never;
        /**
         * Create a round for a scheme and year (admin)
         * @description Admin only, as a draft. The scheme must exist (422) and have no round for that year already (409
         *     duplicate). The dates must follow each other: opens before the application deadline, the deadline
         *     before the report deadline (422).
         */
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
        /**
         * A round with its frame and figures
         * @description Sfk staff.
         */
        get: operations["Rounds_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a round (admin)
         * @description Admin only. Send the version you read (409 stale-version otherwise). A draft can be changed freely;
         *     once published most fields are locked (422 lockedWhenPublished) and the application deadline can only
         *     be extended (422 extendOnly); a decided or archived round cannot change (409 invalid-state). The
         *     budget frame cannot go below what is granted already (422 notBelowGranted).
         */
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
        /**
         * Publish a round (draft → published)
         * @description Admin only. The call becomes visible to everyone. The application deadline must be in the future (422
         *     inFuture); a deadline closer than the minimum notice needs shortNoticeReason (422 minimumNotice).
         *     Send the version you read.
         */
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
        /**
         * Close a round (published → closed)
         * @description Admin only, after the application deadline (409 invalid-state before it). Send the version you read.
         */
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
        /**
         * Mark a round decided (closed → decided)
         * @description Approvers and admins, once every submitted application in the round has a decision (409 invalid-state
         *     names how many lack one). The award list (tildelingslisten) becomes public. Send the version you
         *     read.
         */
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
        /**
         * List applications
         * @description Applicants see their organisations' applications; caseworkers, approvers and finance see all. Filter
         *     by round, organisation and status; paged.
         */
        get: operations["Applications_list"];
        put?: never;
        /**
         * Start a draft application for an open round
         * @description NGO users (applicant role) only, as a member of the organisation (403 otherwise). The round must be
         *     published and open (422 openRound). Texts are checked against the round's text limits (`textLimits`
         *     of the scheme: characters or words per field, 422 maxChars/maxWords) and amounts are whole øre. Recorded in
         *     the audit trail.
         */
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
        /**
         * An application with its content, attachments and status
         * @description Members of the organisation and Sfk staff; anyone else gets 404. Staff who declared a conflict for
         *     the case get 403.
         */
        get: operations["Applications_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Save the draft
         * @description Members of the organisation, while the application is a draft (409 invalid-state after submission).
         *     Send the version you read; a stale one answers 409 with the current version. Texts are checked
         *     against the round's text limits (422 maxChars/maxWords); amounts are whole øre and each at most NOK 1 000 000
         *     000.
         */
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
        /**
         * Submit the application
         * @description Members of the organisation, before the round's application deadline (422 deadline, Oslo time). Every
         *     required field must be filled, the budget must balance and the scheme's required attachments must be
         *     present (422, every missing item at once). Gives the reference number and freezes the content; the
         *     organisation gets a receipt letter. Send the version you read.
         *
         *     The applicant's declaration (`declaration: true`: the information is correct, and they may apply on the
         *     organisation's behalf) is recorded with the submission: who, when and which wording, shown as the
         *     application's `declaration` and in the audit trail and case history. It is optional, so that existing API
         *     clients keep working: without it the application is submitted with `declaration` null; `false` is refused
         *     (422, field `declaration`). The web portal always sends it.
         */
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
        /**
         * Withdraw the application
         * @description Members of the organisation, before a decision is made (409 invalid-state after), with a reason. Send
         *     the version you read.
         */
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
         * Upload an attachment to a draft
         * @description Members of the organisation, while the application is a draft (409 invalid-state after submission).
         *     multipart/ form-data: the fields `kind` (vedtekter, årsregnskap, årsberetning, budsjett or annet),
         *     optional `exemptFromPublic` and `exemptionBasis` (required when exempt), then one `file`. At most 10
         *     MB; PDF, DOCX, XLSX, ODT, PNG or JPEG, judged by the bytes; every file is scanned for viruses.
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
        /**
         * Download an attachment
         * @description Members of the organisation, caseworkers and approvers. Every download is recorded in the audit
         *     trail.
         */
        get: operations["Applications_download"];
        put?: never;
        post?: never;
        /**
         * Delete an attachment from a draft
         * @description Members of the organisation, while the application is a draft (409 invalid-state after submission).
         */
        delete: operations["Applications_remove"];
        options?: never;
        head?: never;
        /**
         * Mark an attachment exempt from public access, or not
         * @description Exemption from public access (offentleglova) needs its legal basis (422 exemptionBasis). Members of
         *     the organisation while the application is a draft; after submission only caseworkers (403 for
         *     others). Recorded in the audit trail.
         */
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
         * Accept or decline the conditions of a grant
         * @description A signatory of the organisation (403 otherwise) answers before the acceptance deadline (422 deadline
         *     after it); declining needs a reason (422). Send the application's version (409 stale-version
         *     otherwise; 409 invalid-state when the application is not awaiting acceptance). Answers with both
         *     resources the answer changed: the application (new status and version, to continue with) and the
         *     decision (accepted or lapsed).
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
        /**
         * Declare impartiality, or a conflict of interest, for a case
         * @description Caseworkers, approvers and finance, before handling the case (forvaltningsloven §§ 6–10). A conflict
         *     needs a reason (422) and cannot be withdrawn later (409 invalid-state); a member of the applicant
         *     organisation cannot declare themselves impartial (422 memberOfApplicant). Recorded in the audit
         *     trail.
         */
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
        /**
         * What the system finds for the formal check
         * @description Caseworkers only. Eligibility of the organisation form, registration in Frivillighetsregisteret where
         *     the scheme requires it, the deadline, the required attachments and earlier reports owed. Staff must
         *     have declared impartiality for the case first; a declared conflict keeps them out of it (403,
         *     forvaltningsloven §§ 6–10).
         */
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
        /**
         * Formal check: pass to assessment, or dismiss (avvisning)
         * @description Caseworkers only, on a submitted application. Dismissing is an individual decision and needs reasons
         *     (422); passing moves the case to assessment. Staff must have declared impartiality for the case
         *     first; a declared conflict keeps them out of it (403, forvaltningsloven §§ 6–10). Send the version
         *     you read (409 stale-version or invalid-state otherwise).
         */
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
        /**
         * The assessment of a case (Sfk's working material)
         * @description Caseworkers and approvers only (not finance, not the organisation): exempt from public access as
         *     internal working material. Staff must have declared impartiality for the case first; a declared
         *     conflict keeps them out of it (403, forvaltningsloven §§ 6–10).
         */
        get: operations["CaseHandling_assessment"];
        put?: never;
        /**
         * Score every criterion and recommend
         * @description Caseworkers only. Every criterion of the scheme gets a score on the scheme's scale (422
         *     everyCriterion, schemeCriterion, scale); a recommendation to grant needs a recommended amount (422).
         *     May be revised until the decision is approved. Staff must have declared impartiality for the case
         *     first; a declared conflict keeps them out of it (403, forvaltningsloven §§ 6–10). Send the version
         *     you read.
         */
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
        /**
         * Approve the decision (four-eyes)
         * @description Approvers with budget authority only (403 otherwise), never on a case they assessed themselves
         *     (two-person rule). The decision needs reasons (422, forvaltningsloven § 25) and a granted amount
         *     within the round's remaining frame (422 withinFrame). Staff must have declared impartiality for the
         *     case first; a declared conflict keeps them out of it (403, forvaltningsloven §§ 6–10). Send the
         *     version you read (409 stale-version or invalid-state).
         */
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
        /**
         * The decisions of an application, newest first
         * @description Staff and members of the organisation (others get 404). A decision replaced by a newer one (after an
         *     appeal or a change) says so.
         */
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
        /**
         * Approve several recommendations in a round at once
         * @description Approvers with budget authority only; all or none: every application must belong to the round (422
         *     sameRound), each must pass the rules of a single approval (two-person rule, reasons, impartiality)
         *     and the sum must stay within the frame (422).
         */
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
        /**
         * The round's applications with requested, recommended and decided amounts
         * @description Caseworkers and approvers. Every submitted application with its amounts and the round's frame, paged.
         *     Cases where the caller declared a conflict are listed without their working material.
         */
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
        /**
         * Lift the round's reservation about the budget
         * @description Admin only. The Storting has decided the budget: payments may go out, and every organisation granted
         *     under the round is told. Only a round granted with a budget reservation (409 invalid-state
         *     otherwise). Send the round's version.
         */
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
        /**
         * The appeals of an application
         * @description Members of the organisation and Sfk staff.
         */
        get: operations["Appeals_list"];
        put?: never;
        /**
         * Lodge an appeal (klage) against a decision or a repayment claim
         * @description Members of the organisation, with grounds (422). The subject must be decided (409 invalid-state) and
         *     in force (a superseded decision answers 409: appeal the newer one); one appeal at a time per subject
         *     (409). Whether it is in time (three weeks from the notification, forvaltningsloven § 29) is computed
         *     and shown; a late appeal is still registered.
         */
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
        /**
         * An appeal
         * @description Members of the organisation and Sfk staff; anyone else gets 404.
         */
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
        /**
         * The files of an appeal
         * @description Members of the organisation and Sfk staff.
         */
        get: operations["Appeals_attachments"];
        put?: never;
        /**
         * Upload a file documenting the grounds of an appeal
         * @description Members of the organisation. multipart/form-data with one `file`: PDF, DOCX, XLSX, ODT, PNG or JPEG,
         *     judged by the bytes; at most 10 MB; scanned for viruses.
         */
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
        /**
         * Download a file of an appeal
         * @description Members of the organisation and Sfk staff; every download is recorded in the audit trail.
         */
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
        /**
         * Take an appeal to prepare it
         * @description Caseworkers only, never the one who prepared the decision appealed against (403) and never one with a
         *     declared conflict. Send the version you read.
         */
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
        /**
         * Decide whether a late appeal is considered
         * @description The caseworker who took the appeal, for a late appeal only (409 invalid-state when it came in time or
         *     this is decided already), with a reason (422) (forvaltningsloven § 31). Not considered ends the
         *     appeal, with a letter.
         */
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
        /**
         * Propose a new decision in an appeal
         * @description The caseworker who took the appeal: Sfk's own reversal (forvaltningsloven § 33), or carrying out the
         *     appeal body's changed or quashed decision. Outcome, amount in øre, reasons and conditions, as for any
         *     decision (422).
         */
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
        /**
         * Make the proposed new decision
         * @description Approvers with budget authority only, never the one who prepared the appeal (two-person rule, 403).
         *     Checks the round's frame (422); letter, acceptance and payment follow as for any decision.
         */
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
        /**
         * Uphold the decision and forward the appeal to the appeal body
         * @description The caseworker who took the appeal, with Sfk's statement to the appeal body (422); the organisation
         *     gets a letter. Only an appeal Sfk is preparing can be forwarded (409 invalid-state).
         */
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
        /**
         * Register the appeal body's outcome
         * @description The caseworker, for a forwarded appeal (409 invalid-state otherwise). The date cannot be before the
         *     appeal was forwarded (422 withinAppeal). Changed or quashed opens the new-decision steps; upheld ends
         *     the appeal.
         */
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
        /**
         * The change requests of a grant
         * @description Members of the organisation and Sfk staff.
         */
        get: operations["ChangeRequests_list"];
        put?: never;
        /**
         * Request a change to an accepted grant (endringssøknad)
         * @description Members of the organisation, for an accepted grant (409 invalid-state otherwise), one at a time
         *     (409): extend the period, move budget between lines, or change the project content, with a reason;
         *     extra money as additionalAmountOre.
         */
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
        /**
         * Approve or reject a change request
         * @description Caseworkers only; rejecting needs reasons (422). The organisation gets a letter either way. A change
         *     that needs extra money waits for an approver's new decision. A handled request answers 409
         *     invalid-state.
         */
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
        /**
         * Grant the extra money a change needs
         * @description Approvers with budget authority only: a new decision within the round's frame (422), never on a
         *     change they handled themselves (two-person rule).
         */
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
        /**
         * The case's history in order
         * @description Submission, decisions, letters, appeals, changes, payments made, the report and any claim to repay,
         *     oldest first. Each event's text is in nynorsk when Accept-Language asks for it, otherwise in bokmål, as problem
         *     messages are. Members of the organisation and Sfk staff; anyone else gets 404.
         */
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
        /**
         * The audit trail, newest first (admin)
         * @description Admin only. Filter by entity type and id and by actor; paged. Reads only: the trail is append-only
         *     and hash-chained.
         */
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
        /**
         * Verify the audit trail's hash chain (admin)
         * @description Admin only. Recomputes the hash chain of the whole trail and names the first event that does not
         *     verify (changed content, a broken link, missing rows or a missing tail).
         */
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
        /**
         * Failed background jobs and queue counts (admin)
         * @description Admin only. Failed jobs of the system, letters, mail and reminders queues stay visible until retried
         *     or expired (90 days); filter by queue; paged. Answers 503 within a few seconds when Redis is down or
         *     does not answer.
         */
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
        /**
         * Letters and e-mails that failed for good (admin)
         * @description Admin only: a permanent SMTP error, a letter the code refuses to issue, or no success within the
         *     24-hour retry window. They stay here until retried; paged.
         */
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
        /**
         * Retry a failed letter or e-mail now (admin)
         * @description Admin only. Tries again with a fresh retry window; audited as delivery.retried. Only a delivery that
         *     has failed (409 invalid-state otherwise).
         */
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
        /**
         * The letters of a case
         * @description Receipt, interim reply, decision letters and the letters of appeals, changes and claims, with when
         *     they were delivered. Members of the organisation and Sfk staff; anyone else gets 404.
         */
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
        /**
         * The archived PDF of a letter
         * @description Byte for byte as sent (its SHA-256 in the ETag/headers). Members of the organisation and Sfk staff; a
         *     letter not produced yet or not the caller's answers 404.
         */
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
        /**
         * The payment plan of a grant
         * @description Members of the organisation and staff (others get 404): every planned instalment with its amount, due
         *     date and status.
         */
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
        /**
         * List disbursements
         * @description Finance and approvers. Filter by status, round and due date; paged.
         */
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
        /**
         * A disbursement
         * @description Finance and approvers.
         */
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
        /**
         * Attest a disbursement (økonomiregelverket: two-person control)
         * @description Finance only, by someone who did not approve the decision, did not verify the organisation's bank
         *     account and has no conflict (403). The grant's conditions must be accepted and the decision still in
         *     force, the amount must match the decision, the round's budget reservation must be lifted, the bank
         *     account verified and the organisation not bankrupt or under liquidation (422). Send the version you
         *     read (409 stale-version or invalid-state).
         */
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
        /**
         * Extra control of a disbursement above NOK 1 000 000
         * @description Finance or approvers; a second person other than the one who attested the disbursement or approved
         *     the decision (403). Only disbursements above the threshold need it (422), and only once (409). Send
         *     the version you read.
         */
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
        /**
         * Record a disbursement as paid
         * @description Finance only, for a disbursement on a payment batch (409 invalid-state otherwise). The payment date
         *     cannot be in the future nor before the batch's execution date (422). Send the version you read.
         */
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
        /**
         * Verify an organisation's new or changed bank account
         * @description Caseworkers, finance and admins. Until the account is verified nothing is paid to the organisation;
         *     the person who verifies it may not attest payments to it. An account verified already answers 409
         *     invalid-state. Send the organisation's version.
         */
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
        /**
         * List payment batches
         * @description Finance only. Filter by status; paged.
         */
        get: operations["Payments_batchList"];
        put?: never;
        /**
         * Build a payment batch from attested disbursements
         * @description Finance only. Takes the attested disbursements due on or before the date (or of one round) and
         *     produces the batch's CSV, XLSX and pain.001 files; disbursements that cannot be paid now are listed
         *     as skipped with the reason. The execution date cannot be in the past, and there must be something to
         *     pay (422 noneReady).
         */
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
        /**
         * A payment batch with its files
         * @description Finance only.
         */
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
        /**
         * The disbursements of a payment batch
         * @description Finance only; paged.
         */
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
        /**
         * Download a file of a payment batch (csv, xlsx or pain001)
         * @description Finance only. Byte for byte as produced when the batch was built; every download is recorded in the
         *     audit trail.
         */
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
        /**
         * Cancel a payment batch
         * @description Finance only, with a reason (422); its disbursements return to attested. A paid or cancelled batch
         *     cannot be cancelled (409 invalid-state). Send the version you read.
         */
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
        /**
         * Record a payment batch as paid
         * @description Finance only: every disbursement on it becomes paid, and a grant whose disbursements are all paid
         *     becomes paid. The payment date cannot be in the future nor before the execution date (422). Send the
         *     version you read.
         */
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
        /**
         * The budget ledger per round and chapter/post
         * @description Finance, approvers and admins: frame, granted, committed, paid, lapsed and remaining, in øre.
         */
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
        /**
         * Statistics of one round
         * @description Sfk staff. Totals (applications, applied, granted in full or in part, rejected, dismissed, undecided,
         *     lapsed, granted øre) and breakdowns by measure category, county and organisation form, and the
         *     reported indicator sums. Indicator cells below the small-cell limit are suppressed (privacy). JSON,
         *     or CSV and XLSX with format=csv|xlsx.
         */
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
        /**
         * Statistics per scheme and year
         * @description Sfk staff. Every scheme's totals and indicator sums per year, optionally for one scheme; small cells
         *     suppressed as for a round. JSON, or CSV and XLSX with format=csv|xlsx.
         */
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
        /**
         * The report on a grant (as far as written)
         * @description Members of the organisation and Sfk staff; 404 for anyone else, and 409 when the application has no
         *     accepted grant with a reporting duty. Shows the due date, whether it is overdue, the budget to report
         *     against, the scheme's indicators and whether an auditor's statement is required.
         */
        get: operations["Reports_get"];
        /**
         * Save the report (over several sittings)
         * @description Members of the organisation, until it is submitted (409 invalid-state after, until it is returned).
         *     Once started, send the version you read (422 without it, 409 stale-version when stale). Amounts in
         *     øre; actuals per budget line; indicators in the cells of the scheme's breakdown.
         */
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
        /**
         * Download the auditor's statement
         * @description Members of the organisation and Sfk staff; 404 when none is uploaded. Every download is recorded in
         *     the audit trail.
         */
        get: operations["Reports_auditorStatement"];
        put?: never;
        /**
         * Upload the auditor's statement (ISRS 4400) as a PDF
         * @description Members of the organisation, for a saved report not yet submitted (409 invalid-state otherwise).
         *     multipart/form-data with one `file`: a PDF (judged by the bytes, 422 fileType), at most 10 MB (422
         *     maxSize), scanned for viruses.
         */
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
        /**
         * Submit the report
         * @description Members of the organisation. Every required part must be filled and an auditor's statement uploaded
         *     where the grant requires one (422, every missing item at once). A report not started or submitted
         *     already answers 409. Send the version you read.
         */
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
        /**
         * Review the report: approve, return, or claim repayment
         * @description Caseworkers only, on a submitted report (409 invalid-state otherwise). Returning needs a comment
         *     saying what to correct (422); claiming repayment of unspent money needs the claim's reason and due
         *     date (422). The organisation gets a letter. Send the version you read.
         */
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
        /**
         * Report obligations across grants
         * @description Caseworkers and approvers following up who has reported: due date, status and whether overdue; filter
         *     and page.
         */
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
        /**
         * Repayment claims across grants
         * @description Caseworkers, approvers and finance: finance finds the claims to record repayments against;
         *     caseworkers follow them up. Filter by status; paged.
         */
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
        /**
         * Record a repayment received against a claim
         * @description Finance only. The amount in øre cannot exceed what is outstanding (422 withinClaim) and the date
         *     cannot be in the future (422 notInFuture); a settled claim answers 409. Send the version you read.
         */
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
        /**
         * The repayment claims of a grant
         * @description Members of the organisation and Sfk staff; anyone else gets 404.
         */
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
         * Log in with e-mail and password; returns a bearer token
         * @description Local accounts only; the account must have confirmed its e-mail address and be active. A wrong e-mail
         *     or password answers 401 with the same text either way. Failed logins are throttled per account and
         *     client, per client and per account (429 with Retry-After); the account's owner is told by e-mail when
         *     the account is throttled.
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
         * Register an NGO user account (applicant role)
         * @description NGO staff create their own account; then they register or join an organisation. The password must
         *     have at least 12 characters and not be a common or guessable one. Answers 202 with the same message
         *     whether or not the address has an account (no account enumeration): a new address gets an e-mail with
         *     a link that confirms it (until then the account cannot log in), a taken one an e-mail telling its
         *     owner. Limited per e-mail address, per client and in all (429 with Retry-After).
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
        /**
         * The logged-in user, with roles and organisations
         * @description Any logged-in user. The organisations are those the user is a member of, with whether the user may
         *     sign for them.
         */
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
        /**
         * Confirm the e-mail address of a new registration
         * @description The token from the link in the confirmation e-mail; it is single-use and expires. Afterwards the
         *     account can log in.
         */
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
         * Ask for an e-mail with a link to set a new password
         * @description Answers 202 with the same message whether or not the address has an account (no account enumeration).
         *     The link is valid for AUTH_PASSWORD_RESET_TTL_SECONDS. Limited per e-mail address and per client (429
         *     with Retry-After).
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
        /**
         * Set a new password with the link from the reset e-mail
         * @description The token is single-use and expires; the new password must follow the password policy (at least 12
         *     characters, not a common one). Every login of the account ends (its tokens are revoked).
         */
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
         * Change the logged-in user's password; returns a fresh token
         * @description The current password must be given. Every other login ends. A wrong current password counts as a
         *     failed login of the account from this client (the same throttle as login: 429 after
         *     AUTH_LOGIN_MAX_FAILURES), so a stolen token cannot be used to guess the password. Made with the browser's
         *     session cookie, the session goes on under a new cookie and CSRF token (read it again with GET /api/session).
         */
        post: operations["Account_changePassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The browser's session: the user, the CSRF token and when it ends
         * @description Each call moves the idle end forward (SESSION_IDLE_MINUTES); the absolute end
         *     (SESSION_ABSOLUTE_HOURS) stays. 401 without a session (problem type unauthenticated), or problem type
         *     `session-expired` with `reason` (idle-timeout, absolute-timeout, logged-out, credentials-changed) when the
         *     session the cookie names has ended; both clear the cookie.
         */
        get: operations["Session_current"];
        put?: never;
        /**
         * Log in with e-mail and password; starts a browser session
         * @description Sets the session cookie (HttpOnly, SameSite=Lax, Path=/; Secure with the __Host- prefix in
         *     production) and answers with the CSRF token that every changing request made with the cookie must send as
         *     X-CSRF-Token. The same accounts, wrong-password answer (401) and throttling (429 with Retry-After) as
         *     POST /api/auth/login. A request from another site (Origin or Sec-Fetch-Site) is refused (403, problem type
         *     csrf). A session the browser had is logged out.
         */
        post: operations["Session_create"];
        /**
         * Log out: the session ends on the server
         * @description The cookie is cleared. Needs X-CSRF-Token while the session is active (403, problem type csrf, when
         *     it is missing or wrong, or the request came from another site); without an active session there is nothing
         *     to end and the answer is 204 as well, so it never answers 401.
         */
        delete: operations["Session_delete"];
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
            /**
             * @description The age in seconds after which an unfinished delivery counts as stuck (DELIVERY_STUCK_AFTER_SECONDS).
             * @example 900
             */
            stuckAfterSeconds: number;
        };
        ComponentHealth: {
            /**
             * @description "up": it answered within 2 seconds; "down": it did not (see `error`). Codes (Norwegian name): `up` = oppe, `down` = nede.
             * @enum {string}
             */
            status: "up" | "down";
            /**
             * @description How long the check took, in milliseconds (only when up).
             * @example 3
             */
            latencyMs?: number;
            /**
             * @description Worker only: when a worker last handled a heartbeat job (ISO 8601, UTC); null when none has. ISO 8601 in UTC (Oslo time 12:00 in winter is 11:00Z).
             * @example 2027-03-01T11:00:00.000Z
             */
            lastHeartbeatAt?: string | null;
            /**
             * @description Why it is down: `timeout` or `unreachable` (never the store's own message).
             * @example timeout
             */
            error?: string;
        };
        VirusScannerHealth: {
            /**
             * @description "up": clamd answers; "down": it does not, so uploads are refused (503) until it does; "off": scanning is
             *     switched off (CLAMAV=off) and uploads are stored unscanned, marked `notScanned`. Codes (Norwegian name): `up` = oppe, `down` = nede, `off` = slått av.
             * @enum {string}
             */
            status: "up" | "down" | "off";
            /**
             * @description Where clamd is asked: `unix:/path` or `tcp://host:port`.
             * @example unix:/run/clamav/clamd.sock
             */
            address?: string;
            /**
             * @description How long clamd took to answer, in milliseconds.
             * @example 2
             */
            latencyMs?: number;
            /** @description clamd's VERSION answer: the engine, and with freshclam's databases their version and date. */
            version?: string;
            /** @description Why it is down: `timeout` or `unreachable`. */
            error?: string;
        };
        HealthResponse: {
            /**
             * @description "ok": all up; "degraded": the API serves but the worker is not processing jobs, letters and e-mails are
             *     stuck, or the virus scanner does not answer (uploads are refused); "down": a store is unreachable (503). Codes (Norwegian name): `ok` = i orden, `degraded` = redusert, `down` = nede.
             * @enum {string}
             */
            status: "ok" | "degraded" | "down";
            /** @description Letters and e-mails not done in time; null when the database could not be asked. */
            deliveries: components["schemas"]["DeliveriesHealth"] | null;
            /** @description PostgreSQL (DATABASE_URL). */
            database: components["schemas"]["ComponentHealth"];
            /** @description Redis (REDIS_URL): the queues, rate limits and login throttle. */
            redis: components["schemas"]["ComponentHealth"];
            /** @description The worker, judged by its heartbeat in Redis: up when it handled one within three heartbeat intervals. */
            worker: components["schemas"]["ComponentHealth"];
            /** @description The virus scanner (clamd). */
            virusScanner: components["schemas"]["VirusScannerHealth"];
        };
        ProblemFieldError: {
            /**
             * @description Path of the field in the request body or query, e.g. `address.postalCode` or `budgetLines[2].amountOre`.
             * @example requestedAmountOre
             */
            field: string;
            /**
             * @description Machine-readable name of the broken rule: a validation rule (`required`, `maxLength`, `min`, `isEnum`, …) or a domain rule (`organisationNumber`, `maxChars`, `deadline`, `withinFrame`, …).
             * @example min
             */
            rule: string;
            /**
             * @description What is wrong, in Norwegian, ready to show next to the field.
             * @example Kan ikke være mindre enn 0.
             */
            message: string;
        };
        ProblemResponse: {
            /**
             * @description URN naming the kind of problem; stable, for programs to branch on (`urn:problem:tilskudd:validation`, `…:not-found`, `…:stale-version`, `…:invalid-state`, `…:rule-violation`, `…:rate-limited`, `…:unavailable`, …).
             * @example urn:problem:tilskudd:validation
             */
            type: string;
            /**
             * @description Short Norwegian title of the kind of problem.
             * @example Ugyldige opplysninger
             */
            title: string;
            /**
             * @description The HTTP status code, repeated.
             * @example 400
             */
            status: number;
            /**
             * @description What went wrong in this request, in Norwegian.
             * @example requestedAmountOre: Kan ikke være mindre enn 0.
             */
            detail?: string;
            /**
             * @description The path of the request that failed (without its query).
             * @example /api/applications/0b6f1c9e-3a52-4c1e-9a8e-6d1f2b7c4e10
             */
            instance?: string;
            /**
             * @description The request id (also in the `x-request-id` header): give it when you contact Sfk about an error.
             * @example req-7f3a9c
             */
            requestId?: string;
            /** @description Every broken rule with its field (validation errors, rule violations, duplicates). */
            errors?: components["schemas"]["ProblemFieldError"][];
            /**
             * @description 409 invalid-state: the status the case is in, in which the step is not allowed.
             * @example decided
             */
            currentState?: string;
            /**
             * @description 409 stale-version: the current version; fetch the resource again and send this version.
             * @example 4
             */
            currentVersion?: number;
            /**
             * @description 400 json-too-complex: the limit the body broke (`maxDepth` or `maxItems`).
             * @example maxDepth
             */
            limit?: string;
            /**
             * @description 400 json-too-complex: the value of that limit.
             * @example 32
             */
            maximum?: number;
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
            /** @description The name shown to applicants, in bokmål. */
            name: string;
        };
        AssessmentCriterionDto: {
            /**
             * @description Short code, e.g. "a".
             * @example a
             */
            code: string;
            /** @description The name shown to applicants, in bokmål. */
            name: string;
            /** @description Percent; all weights add up to 100. */
            weight: number;
        };
        TextLimitDto: {
            /** @description At most this many characters; none when left out. */
            maxChars?: number;
            /** @description At most this many words (separated by white space); none when left out. */
            maxWords?: number;
        };
        TextLimitsDto: {
            /**
             * @description Limit of the project title (default 150 characters). The title's hard bound is 1 000 characters, so a larger
             *     maxChars has no effect.
             */
            title?: components["schemas"]["TextLimitDto"];
            /** @description Limit of the summary (default 300 words). */
            summary?: components["schemas"]["TextLimitDto"];
            /** @description Limit of the goals (default 500 words). */
            goals?: components["schemas"]["TextLimitDto"];
            /** @description Limit of the target group (default 300 words). */
            targetGroup?: components["schemas"]["TextLimitDto"];
            /** @description Limit of the geographic area (default 500 characters). */
            area?: components["schemas"]["TextLimitDto"];
            /** @description Limit of the implementation plan (default 1 500 words). */
            plan?: components["schemas"]["TextLimitDto"];
            /** @description Limit of the expected results (default 500 words). */
            expectedResults?: components["schemas"]["TextLimitDto"];
        };
        PublicSchemeResponse: {
            /** @description The scheme's name in nynorsk; null when it has none (bokmål is used). */
            nameNn?: string | null;
            /** @description Codes (Norwegian name): `association` = forening eller lag, `foundation` = stiftelse, `limited_company` = aksjeselskap, `municipality` = kommune, `cooperative` = samvirkeforetak, `other` = annen organisasjonsform. */
            eligibleOrganisationForms: ("association" | "foundation" | "limited_company" | "municipality" | "cooperative" | "other")[];
            /** @description Codes (Norwegian name): `operating` = driftstilskudd, `project` = prosjekttilskudd. */
            grantTypes: ("operating" | "project")[];
            /** @description Codes (Norwegian name): `statutes` = vedtekter, `annual_accounts` = årsregnskap, `annual_report` = årsberetning, `budget` = budsjett, `other` = annet. */
            requiredAttachmentKinds: ("statutes" | "annual_accounts" | "annual_report" | "budget" | "other")[];
            /** @description Upper-case code of the scheme, used in reference numbers (e.g. MHP-2027-0042). */
            code: string;
            /**
             * @description The scheme's name in bokmål.
             * @example Tilskudd til tiltak mot menneskehandel og prostitusjon
             */
            name: string;
            /** @description The purpose of the scheme, as the regulation states it (shown in the call). */
            purpose: string;
            /**
             * @description Title of the regulation the scheme is laid down in (cited in decision letters).
             * @example Forskrift om tilskudd til tiltak mot menneskehandel og prostitusjon
             */
            legalBasisTitle: string;
            /** @description Sections of the regulation, cited in decision letters. */
            legalBasisSections: string[];
            /** @description The organisation must be registered in Frivillighetsregisteret (checked at the formal check). */
            requiresVoluntaryRegistry: boolean;
            /** @description The measure categories (innsatsområder) an application chooses one of. */
            measureCategories: components["schemas"]["MeasureCategoryDto"][];
            /** @description The criteria every application is scored on, with their weights (adding up to 100). */
            assessmentCriteria: components["schemas"]["AssessmentCriterionDto"][];
            /**
             * @description Character or word limits of the application's text fields; a field without one has no limit beyond its hard
             *     bound.
             */
            textLimits: components["schemas"]["TextLimitsDto"];
            /**
             * @description In øre (1 krone = 100 øre); kr 4 500 is 450000.
             * @example 450000
             */
            auditorThresholdOre: number;
            /**
             * @description The appeal body (klageinstans) named in decision letters.
             * @example Justis- og beredskapsdepartementet
             */
            appealBody: string;
        };
        PublicRoundResponse: {
            /** @description The round's id. */
            id: string;
            /**
             * @description The grant year (tilskuddsår).
             * @example 2027
             */
            year: number;
            /** @description The call's title. */
            title: string;
            /**
             * @description In øre (1 krone = 100 øre); kr 4 500 is 450000.
             * @example 450000
             */
            budgetFrameOre: number;
            /** @description When applications may be started: the instant, Oslo local time with offset and as text. */
            opensAt: components["schemas"]["RoundDeadline"];
            /** @description The application deadline (Europe/Oslo): the instant, Oslo local time with offset and as text. */
            applicationDeadline: components["schemas"]["RoundDeadline"];
            /** @description When the recipients' reports are due (Europe/Oslo). */
            reportDeadline: components["schemas"]["RoundDeadline"];
            /** @description Grants are given subject to the Storting's budget decision. */
            budgetReservation: boolean;
            /** @description Published, opened and before the deadline: applications can be started and submitted now. */
            openForApplications: boolean;
            /** @description The grant scheme: its purpose, criteria, required attachments and text limits. */
            scheme: components["schemas"]["PublicSchemeResponse"];
        };
        PublicRoundPage: {
            /** @description How many items match in all (not only on this page); a lower bound when `totalIsExact` is false. */
            total: number;
            /** @description False when the total was counted only up to a cap (1 000 rows past the page) and is a lower bound. */
            totalIsExact: boolean;
            /** @description The page size used (the `limit` asked for, or the default). */
            limit: number;
            /** @description How many items were skipped before this page. */
            offset: number;
            /** @description The open calls on this page. */
            items: components["schemas"]["PublicRoundResponse"][];
        };
        PublicAwardListResponse: {
            /**
             * @description The grant year (tilskuddsår).
             * @example 2027
             */
            year: number;
            /** @description How many grants the award list has (accepted grants in force, one line each). */
            grants: number;
            /**
             * @description The sum of the award list's grants. In øre (1 krone = 100 øre); kr 4 500 is 450000.
             * @example 450000
             */
            totalOre: number;
            /**
             * Format: date
             * @description The day (Europe/Oslo) the round was marked decided and its award list became public; null only for a round
             *     set decided outside the application.
             * @example 2027-03-15
             */
            decidedAt: string | null;
            /** @description The round; its award list is GET /api/public/rounds/{id}/awards (JSON, or format=csv|xlsx). */
            roundId: string;
            /** @description The call's title. */
            title: string;
            /** @description The scheme's identifier on tilskudd.no (e.g. "DT-0044"); null until set on the scheme. */
            tilskuddNoId: string | null;
            /**
             * @description Code of the scheme.
             * @example MHP
             */
            schemeCode: string;
            /** @description The scheme's name. */
            schemeName: string;
        };
        PublicAwardListPage: {
            /** @description How many items match in all (not only on this page); a lower bound when `totalIsExact` is false. */
            total: number;
            /** @description False when the total was counted only up to a cap (1 000 rows past the page) and is a lower bound. */
            totalIsExact: boolean;
            /** @description The page size used (the `limit` asked for, or the default). */
            limit: number;
            /** @description How many items were skipped before this page. */
            offset: number;
            /** @description The decided rounds on this page, newest grant year first. */
            items: components["schemas"]["PublicAwardListResponse"][];
        };
        AwardResponse: {
            /**
             * @description In øre (1 krone = 100 øre); kr 4 500 is 450000.
             * @example 450000
             */
            amountOre: number;
            /**
             * @description The grant year.
             * @example 2027
             */
            year: number;
            /** @description The scheme's identifier on tilskudd.no (e.g. "DT-0044"), null until set on the scheme. */
            tilskuddNoId: string | null;
            /**
             * @description Code of the scheme.
             * @example MHP
             */
            schemeCode: string;
            /** @description The scheme's name. */
            schemeName: string;
            /** @description The recipient organisation's name. */
            recipient: string;
            /**
             * @description The recipient's organisasjonsnummer, 9 digits.
             * @example 974760673
             */
            organisationNumber: string;
            /** @description The measure category (innsatsområde) of the grant. */
            measureCategory: string;
        };
        AwardListResponse: {
            /**
             * @description In øre (1 krone = 100 øre); kr 4 500 is 450000.
             * @example 450000
             */
            totalOre: number;
            /** @description The round. */
            roundId: string;
            /**
             * @description The grant year.
             * @example 2027
             */
            year: number;
            /** @description The scheme's identifier on tilskudd.no; null until set on the scheme. */
            tilskuddNoId: string | null;
            /**
             * @description Code of the scheme.
             * @example MHP
             */
            schemeCode: string;
            /** @description The scheme's name. */
            schemeName: string;
            /** @description The accepted grants in force, one line each. */
            awards: components["schemas"]["AwardResponse"][];
        };
        UserResponse: {
            /** @description Codes (Norwegian name): `applicant` = søker, `caseworker` = saksbehandler, `approver` = godkjenner, `finance` = økonomi, `admin` = administrator. */
            roles: ("applicant" | "caseworker" | "approver" | "finance" | "admin")[];
            /** @description The user's id. */
            id: string;
            /** @description The user's e-mail address (the login). */
            email: string;
            /** @description The user's full name. */
            name: string;
            /** @description False when deactivated: the user cannot log in. */
            active: boolean;
            /** @description The version to send with the next change or step (optimistic locking). */
            version: number;
            /**
             * @description ISO 8601 in UTC (Oslo time 12:00 in winter is 11:00Z).
             * @example 2027-03-01T11:00:00.000Z
             */
            createdAt: string;
        };
        UserPage: {
            /** @description How many items match in all (not only on this page); a lower bound when `totalIsExact` is false. */
            total: number;
            /** @description False when the total was counted only up to a cap (1 000 rows past the page) and is a lower bound. */
            totalIsExact: boolean;
            /** @description The page size used (the `limit` asked for, or the default). */
            limit: number;
            /** @description How many items were skipped before this page. */
            offset: number;
            /** @description The users on this page. */
            items: components["schemas"]["UserResponse"][];
        };
        CreateUserRequest: {
            /**
             * Format: email
             * @description The user's e-mail address (the login); unique.
             */
            email: string;
            /** @description The user's full name. */
            name: string;
            /** @description The initial password: at least 12 characters and not easy to guess (422 otherwise). */
            password: string;
            /** @description Codes (Norwegian name): `applicant` = søker, `caseworker` = saksbehandler, `approver` = godkjenner, `finance` = økonomi, `admin` = administrator. */
            roles: ("applicant" | "caseworker" | "approver" | "finance" | "admin")[];
        };
        MeOrganisation: {
            /** @description The organisation's id. */
            id: string;
            /** @description The organisation's name. */
            name: string;
            /**
             * @description Organisasjonsnummer, 9 digits.
             * @example 974760673
             */
            organisationNumber: string;
        };
        MeResponse: {
            /** @description Codes (Norwegian name): `applicant` = søker, `caseworker` = saksbehandler, `approver` = godkjenner, `finance` = økonomi, `admin` = administrator. */
            roles: ("applicant" | "caseworker" | "approver" | "finance" | "admin")[];
            /** @description The user's id. */
            id: string;
            /** @description The user's e-mail address (the login). */
            email: string;
            /** @description The user's full name. */
            name: string;
            /** @description False when deactivated: the user cannot log in. */
            active: boolean;
            /** @description The version to send with the next change or step (optimistic locking). */
            version: number;
            /**
             * @description ISO 8601 in UTC (Oslo time 12:00 in winter is 11:00Z).
             * @example 2027-03-01T11:00:00.000Z
             */
            createdAt: string;
            /** @description The organisations the user is a member of. */
            organisations: components["schemas"]["MeOrganisation"][];
        };
        UpdateUserRequest: {
            /** @description The version you last read; a stale version answers 409. */
            version: number;
            /** @description The user's full name. */
            name?: string;
            /** @description Codes (Norwegian name): `applicant` = søker, `caseworker` = saksbehandler, `approver` = godkjenner, `finance` = økonomi, `admin` = administrator. */
            roles?: ("applicant" | "caseworker" | "approver" | "finance" | "admin")[];
            /** @description False deactivates the user (every login ends); admins cannot deactivate themselves. */
            active?: boolean;
            /** @description A new password: at least 12 characters and not easy to guess; every login of the user ends. */
            password?: string;
        };
        RegisterOrganisationRequest: {
            /**
             * @description Organisasjonsnummer, 9 digits (MOD11); spaces allowed
             * @example 988077917
             */
            organisationNumber: string;
            /** @description The organisation's name as in Enhetsregisteret. */
            name: string;
            /**
             * @description Codes (Norwegian name): `association` = forening eller lag, `foundation` = stiftelse, `limited_company` = aksjeselskap, `municipality` = kommune, `cooperative` = samvirkeforetak, `other` = annen organisasjonsform.
             * @enum {string}
             */
            form: "association" | "foundation" | "limited_company" | "municipality" | "cooperative" | "other";
            /**
             * @description Street address.
             * @example Storgata 1
             */
            streetAddress: string;
            /**
             * @description Postnummer, 4 digits.
             * @example 0182
             */
            postalCode: string;
            /**
             * @description Poststed.
             * @example Oslo
             */
            postalTown: string;
            /**
             * @description Kommunenummer; the county is derived from it.
             * @example 0301
             */
            municipalityNumber: string;
            /**
             * @description Name of the municipality (kommune).
             * @example Oslo
             */
            municipality: string;
            /**
             * Format: email
             * @description The organisation's e-mail address; letters are sent here.
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
             * @description Written standard for letters: bokmål (nb) or nynorsk (nn). Codes (Norwegian name): `nb` = bokmål, `nn` = nynorsk.
             * @enum {string}
             */
            preferredLanguage: "nb" | "nn";
        };
        OrganisationResponse: {
            /**
             * @description Codes (Norwegian name): `association` = forening eller lag, `foundation` = stiftelse, `limited_company` = aksjeselskap, `municipality` = kommune, `cooperative` = samvirkeforetak, `other` = annen organisasjonsform.
             * @enum {string}
             */
            form: "association" | "foundation" | "limited_company" | "municipality" | "cooperative" | "other";
            /** @description Phone number; null when none is given. */
            phone: string | null;
            /**
             * @description Codes (Norwegian name): `nb` = bokmål, `nn` = nynorsk.
             * @enum {string}
             */
            preferredLanguage: "nb" | "nn";
            /** @description The organisation's id. */
            id: string;
            /**
             * @description Organisasjonsnummer, 9 digits.
             * @example 974760673
             */
            organisationNumber: string;
            /** @description "988 077 917" */
            organisationNumberFormatted: string;
            /** @description The organisation's name as in Enhetsregisteret. */
            name: string;
            /**
             * @description Street address.
             * @example Storgata 1
             */
            streetAddress: string;
            /** @description Postnummer, 4 digits. */
            postalCode: string;
            /**
             * @description Poststed.
             * @example Oslo
             */
            postalTown: string;
            /** @description Kommunenummer, 4 digits. */
            municipalityNumber: string;
            /**
             * @description Name of the municipality (kommune).
             * @example Oslo
             */
            municipality: string;
            /**
             * @description The county (fylke), derived from the municipality number.
             * @example Oslo
             */
            county: string;
            /** @description The organisation's e-mail address; letters are sent here. */
            email: string;
            /**
             * @description Kontonummer, 11 digits; payments go here once verified.
             * @example 86011117947
             */
            bankAccount: string;
            /** @description "8601.11.17947" */
            bankAccountFormatted: string;
            /** @description False while a new account waits for verification by Sfk; payments are blocked meanwhile. */
            bankAccountVerified: boolean;
            /** @description Registered in Frivillighetsregisteret, as recorded by Sfk (false until Sfk has checked it). */
            registeredInVoluntaryRegistry: boolean;
            /** @description Konkurs, as recorded by Sfk from Enhetsregisteret; payments stop. */
            bankrupt: boolean;
            /** @description Under avvikling, as recorded by Sfk from Enhetsregisteret; payments stop. */
            underLiquidation: boolean;
            /** @description The version to send with the next change or step (optimistic locking). */
            version: number;
            /**
             * @description ISO 8601 in UTC (Oslo time 12:00 in winter is 11:00Z).
             * @example 2027-03-01T11:00:00.000Z
             */
            createdAt: string;
            /**
             * @description ISO 8601 in UTC (Oslo time 12:00 in winter is 11:00Z).
             * @example 2027-03-01T11:00:00.000Z
             */
            updatedAt: string;
        };
        OrganisationPage: {
            /** @description How many items match in all (not only on this page); a lower bound when `totalIsExact` is false. */
            total: number;
            /** @description False when the total was counted only up to a cap (1 000 rows past the page) and is a lower bound. */
            totalIsExact: boolean;
            /** @description The page size used (the `limit` asked for, or the default). */
            limit: number;
            /** @description How many items were skipped before this page. */
            offset: number;
            /** @description The organisations on this page. */
            items: components["schemas"]["OrganisationResponse"][];
        };
        UpdateOrganisationRequest: {
            /** @description The organisation's name as in Enhetsregisteret. */
            name?: string;
            /**
             * @description Codes (Norwegian name): `association` = forening eller lag, `foundation` = stiftelse, `limited_company` = aksjeselskap, `municipality` = kommune, `cooperative` = samvirkeforetak, `other` = annen organisasjonsform.
             * @enum {string}
             */
            form?: "association" | "foundation" | "limited_company" | "municipality" | "cooperative" | "other";
            /**
             * @description Street address.
             * @example Storgata 1
             */
            streetAddress?: string;
            /**
             * @description Postnummer, 4 digits.
             * @example 0182
             */
            postalCode?: string;
            /**
             * @description Poststed.
             * @example Oslo
             */
            postalTown?: string;
            /**
             * @description Kommunenummer; the county is derived from it.
             * @example 0301
             */
            municipalityNumber?: string;
            /**
             * @description Name of the municipality (kommune).
             * @example Oslo
             */
            municipality?: string;
            /**
             * Format: email
             * @description The organisation's e-mail address; letters are sent here.
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
             * @description Written standard for letters: bokmål (nb) or nynorsk (nn). Codes (Norwegian name): `nb` = bokmål, `nn` = nynorsk.
             * @enum {string}
             */
            preferredLanguage?: "nb" | "nn";
            /** @description The version you last read; a stale version answers 409. */
            version: number;
        };
        MemberResponse: {
            /** @description The member's user id. */
            userId: string;
            /** @description The member's name. */
            name: string;
            /** @description The member's e-mail address. */
            email: string;
            /** @description May sign for the organisation (accept grants, manage members). */
            signatory: boolean;
        };
        AddMemberRequest: {
            /**
             * Format: email
             * @description E-mail address of an active applicant account to add.
             */
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
            /** @description The name shown to applicants, in bokmål. */
            name: string;
            /**
             * @description Codes (Norwegian name): `none` = ingen fordeling, `gender` = kjønn, `age_band` = aldersgruppe, `gender_and_age_band` = kjønn og aldersgruppe, `region` = region.
             * @enum {string}
             */
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
            /** @description The scheme's name in nynorsk; null when it has none (bokmål is used). */
            nameNn?: string | null;
            /** @description Codes (Norwegian name): `association` = forening eller lag, `foundation` = stiftelse, `limited_company` = aksjeselskap, `municipality` = kommune, `cooperative` = samvirkeforetak, `other` = annen organisasjonsform. */
            eligibleOrganisationForms: ("association" | "foundation" | "limited_company" | "municipality" | "cooperative" | "other")[];
            /** @description Codes (Norwegian name): `operating` = driftstilskudd, `project` = prosjekttilskudd. */
            grantTypes: ("operating" | "project")[];
            /** @description Codes (Norwegian name): `statutes` = vedtekter, `annual_accounts` = årsregnskap, `annual_report` = årsberetning, `budget` = budsjett, `other` = annet. */
            requiredAttachmentKinds: ("statutes" | "annual_accounts" | "annual_report" | "budget" | "other")[];
            /** @description The scheme's identifier on tilskudd.no, e.g. "DT-0044". */
            tilskuddNoId: string | null;
            /**
             * @description Codes (Norwegian name): `warn` = varsle (saksbehandler ser det, søknaden kan sendes), `block` = stoppe (søknaden kan ikke sendes).
             * @enum {string}
             */
            priorReportRule: "warn" | "block";
            /** @description The scheme's id. */
            id: string;
            /** @description Lowest score on the assessment scale. */
            scoreScaleMin: number;
            /** @description Highest score on the assessment scale; above `scoreScaleMin`. */
            scoreScaleMax: number;
            /** @description The figures a recipient reports (e.g. people reached), with how each is broken down. */
            reportIndicators: components["schemas"]["ReportIndicatorDto"][];
            /** @description Instalments of an accepted grant: shares in percent and when each is due. */
            paymentPlan: components["schemas"]["PaymentInstalmentDto"][];
            /** @description Chapter (kapittel) of the state budget the grants are paid from, 4 digits. */
            budgetChapter: string;
            /** @description Post of the state budget chapter, 2 digits. */
            budgetPost: string;
            /** @description The version to send with the next change (optimistic locking). */
            version: number;
            /**
             * @description ISO 8601 in UTC (Oslo time 12:00 in winter is 11:00Z).
             * @example 2027-03-01T11:00:00.000Z
             */
            createdAt: string;
            /**
             * @description ISO 8601 in UTC (Oslo time 12:00 in winter is 11:00Z).
             * @example 2027-03-01T11:00:00.000Z
             */
            updatedAt: string;
            /** @description Upper-case code of the scheme, used in reference numbers (e.g. MHP-2027-0042). */
            code: string;
            /**
             * @description The scheme's name in bokmål.
             * @example Tilskudd til tiltak mot menneskehandel og prostitusjon
             */
            name: string;
            /** @description The purpose of the scheme, as the regulation states it (shown in the call). */
            purpose: string;
            /**
             * @description Title of the regulation the scheme is laid down in (cited in decision letters).
             * @example Forskrift om tilskudd til tiltak mot menneskehandel og prostitusjon
             */
            legalBasisTitle: string;
            /** @description Sections of the regulation, cited in decision letters. */
            legalBasisSections: string[];
            /** @description The organisation must be registered in Frivillighetsregisteret (checked at the formal check). */
            requiresVoluntaryRegistry: boolean;
            /** @description The measure categories (innsatsområder) an application chooses one of. */
            measureCategories: components["schemas"]["MeasureCategoryDto"][];
            /** @description The criteria every application is scored on, with their weights (adding up to 100). */
            assessmentCriteria: components["schemas"]["AssessmentCriterionDto"][];
            /**
             * @description Character or word limits of the application's text fields; a field without one has no limit beyond its hard
             *     bound.
             */
            textLimits: components["schemas"]["TextLimitsDto"];
            /**
             * @description In øre (1 krone = 100 øre); kr 4 500 is 450000.
             * @example 450000
             */
            auditorThresholdOre: number;
            /**
             * @description The appeal body (klageinstans) named in decision letters.
             * @example Justis- og beredskapsdepartementet
             */
            appealBody: string;
        };
        SchemePage: {
            /** @description How many items match in all (not only on this page); a lower bound when `totalIsExact` is false. */
            total: number;
            /** @description False when the total was counted only up to a cap (1 000 rows past the page) and is a lower bound. */
            totalIsExact: boolean;
            /** @description The page size used (the `limit` asked for, or the default). */
            limit: number;
            /** @description How many items were skipped before this page. */
            offset: number;
            /** @description The schemes on this page. */
            items: components["schemas"]["SchemeResponse"][];
        };
        CreateSchemeRequest: {
            /**
             * @description Upper-case code used in reference numbers, e.g. "MHP".
             * @example MHP
             */
            code: string;
            /**
             * @description The scheme's name in bokmål.
             * @example Tilskudd til tiltak mot menneskehandel og prostitusjon
             */
            name: string;
            /** @description The name in nynorsk; null removes it. */
            nameNn?: string | null;
            /**
             * @description The scheme's identifier on tilskudd.no, e.g. "DT-0044": the public award list carries it. Optional; null
             *     removes it.
             * @example DT-0044
             */
            tilskuddNoId?: string | null;
            /** @description The purpose of the scheme, as the regulation states it (shown in the call). */
            purpose: string;
            /**
             * @description Title of the regulation the scheme is laid down in (cited in decision letters).
             * @example Forskrift om tilskudd til tiltak mot menneskehandel og prostitusjon
             */
            legalBasisTitle: string;
            /**
             * @description Sections of the regulation, cited in decision letters.
             * @example [
             *       "§ 1",
             *       "§ 2",
             *       "§ 3"
             *     ]
             */
            legalBasisSections: string[];
            /** @description Codes (Norwegian name): `association` = forening eller lag, `foundation` = stiftelse, `limited_company` = aksjeselskap, `municipality` = kommune, `cooperative` = samvirkeforetak, `other` = annen organisasjonsform. */
            eligibleOrganisationForms: ("association" | "foundation" | "limited_company" | "municipality" | "cooperative" | "other")[];
            /** @description The organisation must be registered in Frivillighetsregisteret (checked at the formal check). */
            requiresVoluntaryRegistry: boolean;
            /** @description Codes (Norwegian name): `operating` = driftstilskudd, `project` = prosjekttilskudd. */
            grantTypes: ("operating" | "project")[];
            /** @description The measure categories (innsatsområder) an application chooses one of. */
            measureCategories: components["schemas"]["MeasureCategoryDto"][];
            /** @description The criteria every application is scored on, with their weights (adding up to 100). */
            assessmentCriteria: components["schemas"]["AssessmentCriterionDto"][];
            /**
             * @description Lowest score on the assessment scale.
             * @example 1
             */
            scoreScaleMin: number;
            /**
             * @description Highest score on the assessment scale; above `scoreScaleMin`.
             * @example 6
             */
            scoreScaleMax: number;
            /** @description Codes (Norwegian name): `statutes` = vedtekter, `annual_accounts` = årsregnskap, `annual_report` = årsberetning, `budget` = budsjett, `other` = annet. */
            requiredAttachmentKinds: ("statutes" | "annual_accounts" | "annual_report" | "budget" | "other")[];
            /** @description The figures a recipient reports (e.g. people reached), with how each is broken down. */
            reportIndicators: components["schemas"]["ReportIndicatorDto"][];
            /** @description Character or word limits for the application's text fields (default: the standard limits). */
            textLimits?: components["schemas"]["TextLimitsDto"];
            /**
             * @description Grant amount (øre) at or above which an auditor statement is required; NOK 200 000 = 20000000. In øre (1 krone = 100 øre); kr 4 500 is 450000.
             * @example 450000
             */
            auditorThresholdOre: number;
            /**
             * @description An overdue or unapproved report on an earlier grant: "warn" (default) or "block" at screening. Codes (Norwegian name): `warn` = varsle (saksbehandler ser det, søknaden kan sendes), `block` = stoppe (søknaden kan ikke sendes).
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
            /**
             * @description The appeal body (klageinstans) named in decision letters.
             * @example Justis- og beredskapsdepartementet
             */
            appealBody: string;
            /**
             * @description Chapter (kapittel) of the state budget the grants are paid from, 4 digits.
             * @example 0433
             */
            budgetChapter: string;
            /**
             * @description Post of the state budget chapter, 2 digits.
             * @example 70
             */
            budgetPost: string;
        };
        UpdateSchemeRequest: {
            /**
             * @description The scheme's name in bokmål.
             * @example Tilskudd til tiltak mot menneskehandel og prostitusjon
             */
            name?: string;
            /** @description The name in nynorsk; null removes it. */
            nameNn?: string | null;
            /**
             * @description The scheme's identifier on tilskudd.no, e.g. "DT-0044": the public award list carries it. Optional; null
             *     removes it.
             * @example DT-0044
             */
            tilskuddNoId?: string | null;
            /** @description The purpose of the scheme, as the regulation states it (shown in the call). */
            purpose?: string;
            /**
             * @description Title of the regulation the scheme is laid down in (cited in decision letters).
             * @example Forskrift om tilskudd til tiltak mot menneskehandel og prostitusjon
             */
            legalBasisTitle?: string;
            /**
             * @description Sections of the regulation, cited in decision letters.
             * @example [
             *       "§ 1",
             *       "§ 2",
             *       "§ 3"
             *     ]
             */
            legalBasisSections?: string[];
            /** @description Codes (Norwegian name): `association` = forening eller lag, `foundation` = stiftelse, `limited_company` = aksjeselskap, `municipality` = kommune, `cooperative` = samvirkeforetak, `other` = annen organisasjonsform. */
            eligibleOrganisationForms?: ("association" | "foundation" | "limited_company" | "municipality" | "cooperative" | "other")[];
            /** @description The organisation must be registered in Frivillighetsregisteret (checked at the formal check). */
            requiresVoluntaryRegistry?: boolean;
            /** @description Codes (Norwegian name): `operating` = driftstilskudd, `project` = prosjekttilskudd. */
            grantTypes?: ("operating" | "project")[];
            /** @description The measure categories (innsatsområder) an application chooses one of. */
            measureCategories?: components["schemas"]["MeasureCategoryDto"][];
            /** @description The criteria every application is scored on, with their weights (adding up to 100). */
            assessmentCriteria?: components["schemas"]["AssessmentCriterionDto"][];
            /**
             * @description Lowest score on the assessment scale.
             * @example 1
             */
            scoreScaleMin?: number;
            /**
             * @description Highest score on the assessment scale; above `scoreScaleMin`.
             * @example 6
             */
            scoreScaleMax?: number;
            /** @description Codes (Norwegian name): `statutes` = vedtekter, `annual_accounts` = årsregnskap, `annual_report` = årsberetning, `budget` = budsjett, `other` = annet. */
            requiredAttachmentKinds?: ("statutes" | "annual_accounts" | "annual_report" | "budget" | "other")[];
            /** @description The figures a recipient reports (e.g. people reached), with how each is broken down. */
            reportIndicators?: components["schemas"]["ReportIndicatorDto"][];
            /** @description Character or word limits for the application's text fields (default: the standard limits). */
            textLimits?: components["schemas"]["TextLimitsDto"];
            /**
             * @description Grant amount (øre) at or above which an auditor statement is required; NOK 200 000 = 20000000. In øre (1 krone = 100 øre); kr 4 500 is 450000.
             * @example 450000
             */
            auditorThresholdOre?: number;
            /**
             * @description An overdue or unapproved report on an earlier grant: "warn" (default) or "block" at screening. Codes (Norwegian name): `warn` = varsle (saksbehandler ser det, søknaden kan sendes), `block` = stoppe (søknaden kan ikke sendes).
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
            /**
             * @description The appeal body (klageinstans) named in decision letters.
             * @example Justis- og beredskapsdepartementet
             */
            appealBody?: string;
            /**
             * @description Chapter (kapittel) of the state budget the grants are paid from, 4 digits.
             * @example 0433
             */
            budgetChapter?: string;
            /**
             * @description Post of the state budget chapter, 2 digits.
             * @example 70
             */
            budgetPost?: string;
            /** @description The version you last read; a stale version answers 409. */
            version: number;
        };
        RoundResponse: {
            /**
             * @description Codes (Norwegian name): `draft` = utkast, `published` = publisert, `closed` = stengt, `decided` = avgjort, `archived` = arkivert.
             * @enum {string}
             */
            status: "draft" | "published" | "closed" | "decided" | "archived";
            /**
             * @description ISO 8601 in UTC (Oslo time 12:00 in winter is 11:00Z).
             * @example 2027-03-01T11:00:00.000Z
             */
            publishedAt: string | null;
            /** @description Why the call was published with less than the minimum notice, when it was. */
            shortNoticeReason: string | null;
            /**
             * @description ISO 8601 in UTC (Oslo time 12:00 in winter is 11:00Z).
             * @example 2027-03-01T11:00:00.000Z
             */
            closedAt: string | null;
            /** @description The round's id. */
            id: string;
            /** @description The grant scheme. */
            schemeId: string;
            /**
             * @description Code of the grant scheme.
             * @example MHP
             */
            schemeCode: string;
            /**
             * @description The grant year (tilskuddsår).
             * @example 2027
             */
            year: number;
            /** @description The call's title. */
            title: string;
            /**
             * @description In øre (1 krone = 100 øre); kr 4 500 is 450000.
             * @example 450000
             */
            budgetFrameOre: number;
            /** @description When applications may be started: the instant, Oslo local time with offset and as text. */
            opensAt: components["schemas"]["RoundDeadline"];
            /** @description The application deadline (Europe/Oslo): the instant, Oslo local time with offset and as text. */
            applicationDeadline: components["schemas"]["RoundDeadline"];
            /** @description When the recipients' reports are due (Europe/Oslo). */
            reportDeadline: components["schemas"]["RoundDeadline"];
            /** @description Days an organisation has to accept the conditions after notification. */
            acceptancePeriodDays: number;
            /** @description Granted subject to the Storting's budget decision: letters say so and payments wait until it is lifted. */
            budgetReservation: boolean;
            /** @description Chapter of the state budget, 4 digits. */
            budgetChapter: string;
            /** @description Post of the state budget chapter, 2 digits. */
            budgetPost: string;
            /** @description Published, opened and before the deadline. */
            openForApplications: boolean;
            /** @description The version to send with the next change or step (optimistic locking). */
            version: number;
        };
        RoundPage: {
            /** @description How many items match in all (not only on this page); a lower bound when `totalIsExact` is false. */
            total: number;
            /** @description False when the total was counted only up to a cap (1 000 rows past the page) and is a lower bound. */
            totalIsExact: boolean;
            /** @description The page size used (the `limit` asked for, or the default). */
            limit: number;
            /** @description How many items were skipped before this page. */
            offset: number;
            /** @description The rounds on this page. */
            items: components["schemas"]["RoundResponse"][];
        };
        CreateRoundRequest: {
            /**
             * Format: uuid
             * @description The grant scheme the round belongs to.
             */
            schemeId: string;
            /**
             * @description The grant year (tilskuddsår).
             * @example 2027
             */
            year: number;
            /** @description The call's title; default: the scheme's name and the year. */
            title?: string;
            /**
             * @description Budget frame in øre (NOK 39 200 000 = 3920000000). In øre (1 krone = 100 øre); kr 4 500 is 450000.
             * @example 450000
             */
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
            /**
             * @description Default: the scheme's post; 2 digits.
             * @example 70
             */
            budgetPost?: string;
        };
        UpdateRoundRequest: {
            /** @description The call's title; default: the scheme's name and the year. */
            title?: string;
            /**
             * @description Budget frame in øre (NOK 39 200 000 = 3920000000). In øre (1 krone = 100 øre); kr 4 500 is 450000.
             * @example 450000
             */
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
            /**
             * @description Default: the scheme's post; 2 digits.
             * @example 70
             */
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
            /** @description The partner organisation's name. */
            name: string;
            /**
             * @description The partner's organisasjonsnummer (9 digits); null when it has none.
             * @example 988077917
             */
            organisationNumber?: string | null;
            /** @description What the partner does in the measure. */
            role: string;
        };
        BudgetLineDto: {
            /**
             * @description Codes (Norwegian name): `salaries` = lønn, `premises` = lokaler, `activities` = aktiviteter, `travel` = reiser, `equipment` = utstyr, `administration` = administrasjon, `other` = annet.
             * @enum {string}
             */
            category: "salaries" | "premises" | "activities" | "travel" | "equipment" | "administration" | "other";
            /**
             * @description What the budget line covers.
             * @example Lønn prosjektleder 50 % stilling
             */
            description: string;
            /**
             * @description In øre (1 krone = 100 øre); kr 4 500 is 450000.
             * @example 450000
             */
            amountOre: number;
        };
        OtherFundingDto: {
            /** @description Who funds: e.g. "Oslo kommune", "Stiftelsen Dam". */
            source: string;
            /**
             * @description In øre (1 krone = 100 øre); kr 4 500 is 450000.
             * @example 450000
             */
            amountOre: number;
            /**
             * @description Codes (Norwegian name): `applied` = søkt, `granted` = innvilget.
             * @enum {string}
             */
            status: "applied" | "granted";
        };
        ContactPersonDto: {
            /** @description The contact person's full name. */
            name: string;
            /**
             * Format: email
             * @description The contact person's e-mail address.
             */
            email: string;
            /**
             * @description The contact person's phone number, as written (at most 30 characters).
             * @example +47 22 33 44 55
             */
            phone?: string | null;
        };
        SignatoryDto: {
            /** @description Full name of the person who signs for the organisation. */
            name: string;
            /**
             * @description Chair of the board, general manager, or someone else with signing authority. Codes (Norwegian name): `chair` = styreleder, `general_manager` = daglig leder, `other_authorised` = annen med signaturrett.
             * @enum {string}
             */
            role: "chair" | "general_manager" | "other_authorised";
        };
        CreateApplicationRequest: {
            /**
             * @description Project title. The limit that applies is the scheme's `textLimits.title` (150 characters by default; see
             *     `scheme.textLimits` of GET /api/public/rounds/{id}), checked on every save (422 maxChars/maxWords); `maxLength`
             *     here is only the hard upper bound.
             * @example Trygge steder – oppsøkende arbeid i Oslo
             */
            title?: string | null;
            /**
             * @description Code of one of the scheme's measure categories (a–e for MHP).
             * @example a
             */
            measureCategory?: string | null;
            /**
             * @description Codes (Norwegian name): `operating` = driftstilskudd, `project` = prosjekttilskudd.
             * @enum {string|null}
             */
            grantType?: "operating" | "project" | null;
            /**
             * @description Short summary of the measure. The limit that applies is the scheme's `textLimits.summary` (300 words by
             *     default; see `scheme.textLimits` of GET /api/public/rounds/{id}), checked on every save (422
             *     maxChars/maxWords); `maxLength` here is only the hard upper bound.
             */
            summary?: string | null;
            /**
             * @description The goals of the measure. The limit that applies is the scheme's `textLimits.goals` (500 words by default; see
             *     `scheme.textLimits` of GET /api/public/rounds/{id}), checked on every save (422 maxChars/maxWords); `maxLength`
             *     here is only the hard upper bound.
             */
            goals?: string | null;
            /**
             * @description Who the measure is for. The limit that applies is the scheme's `textLimits.targetGroup` (300 words by default;
             *     see `scheme.textLimits` of GET /api/public/rounds/{id}), checked on every save (422 maxChars/maxWords);
             *     `maxLength` here is only the hard upper bound.
             */
            targetGroup?: string | null;
            /** @description Geographic area the measure covers. */
            area?: string | null;
            /** @description Implementation plan. */
            plan?: string | null;
            /** @description null empties the list. */
            partners?: components["schemas"]["PartnerDto"][] | null;
            /**
             * Format: date
             * @description First day of the project period (YYYY-MM-DD).
             * @example 2027-01-01
             */
            periodStart?: string | null;
            /**
             * Format: date
             * @description Last day of the project period (YYYY-MM-DD); not before `periodStart` (422 afterStart).
             * @example 2027-12-31
             */
            periodEnd?: string | null;
            /**
             * @description The results the organisation expects. The limit that applies is the scheme's `textLimits.expectedResults` (500
             *     words by default; see `scheme.textLimits` of GET /api/public/rounds/{id}), checked on every save (422
             *     maxChars/maxWords); `maxLength` here is only the hard upper bound.
             */
            expectedResults?: string | null;
            /** @description null empties the list. */
            budgetLines?: components["schemas"]["BudgetLineDto"][] | null;
            /** @description null empties the list. */
            otherFunding?: components["schemas"]["OtherFundingDto"][] | null;
            /**
             * @description Amount applied for, in øre. In øre (1 krone = 100 øre); kr 4 500 is 450000.
             * @example 450000
             */
            requestedAmountOre?: number | null;
            /** @description The person Sfk contacts about the application; null clears it. */
            contactPerson?: components["schemas"]["ContactPersonDto"] | null;
            /** @description Who signs the application for the organisation (required before submission); null clears it. */
            signatory?: components["schemas"]["SignatoryDto"] | null;
            /**
             * Format: uuid
             * @description The round (utlysning) applied to; it must be published and open.
             */
            roundId: string;
            /**
             * Format: uuid
             * @description The organisation applying; the caller must be a member of it.
             */
            organisationId: string;
        };
        ApplicationPerson: {
            /** @description The user's id (the web app tells «you» from a colleague by it). */
            id: string;
            /**
             * @description The person's name.
             * @example Kari Kollega
             */
            name: string;
        };
        ApplicationDeclaration: {
            /**
             * @description When the declaration was given: with the submission (the same moment as `submittedAt`; ISO 8601, UTC).
             * @example 2027-02-14T13:02:00.000Z
             */
            declaredAt: string;
            /** @description Who declared: the member who submitted the application. */
            declaredBy: components["schemas"]["ApplicationPerson"];
            /**
             * @description The version of the declaration's wording that was declared (the web's check-answers page: the information in
             *     the application is correct, and the applicant may apply on the organisation's behalf). A later change of the
             *     wording gets a new version; an application keeps the one it was declared under.
             * @example 2027-1
             */
            text: string;
        };
        ApplicationOrganisation: {
            /** @description The organisation's id. */
            id: string;
            /** @description The organisation's name. */
            name: string;
            /**
             * @description Organisasjonsnummer (9 digits).
             * @example 974760673
             */
            organisationNumber: string;
        };
        ApplicationRound: {
            /** @description The round's id. */
            id: string;
            /** @description The round's title. */
            title: string;
            /**
             * @description The budget year of the round.
             * @example 2027
             */
            year: number;
            /**
             * @description Code of the grant scheme.
             * @example MHP
             */
            schemeCode: string;
            /**
             * @description The application deadline (ISO 8601, UTC); `applicationDeadlineText` says it in Norwegian, Oslo time.
             * @example 2027-03-01T11:00:00.000Z
             */
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
            /** @description The size in bytes (at most 10 MB). */
            sizeBytes: number;
            /**
             * @description Content warnings for the caseworker: `pdfJavaScript` — the PDF contains JavaScript (open it with JavaScript
             *     switched off); `notScanned` — stored while virus scanning was off (CLAMAV=off).
             */
            warnings: components["schemas"]["UploadWarning"][];
            /**
             * @description Codes (Norwegian name): `statutes` = vedtekter, `annual_accounts` = årsregnskap, `annual_report` = årsberetning, `budget` = budsjett, `other` = annet.
             * @enum {string}
             */
            kind: "statutes" | "annual_accounts" | "annual_report" | "budget" | "other";
            /** @description The attachment's id. */
            id: string;
            /**
             * @description The file type judged from the bytes (not from the name).
             * @example application/pdf
             */
            contentType: string;
            /** @description Exempt from public access (offentleglova). */
            exemptFromPublic: boolean;
            /** @description The legal basis of the exemption; null when not exempt. */
            exemptionBasis: string | null;
            /** @description Id of the user who uploaded it. */
            uploadedBy: string;
            /**
             * @description The file name as uploaded.
             * @example vedtekter.pdf
             */
            fileName: string;
            /** @description SHA-256 of the stored bytes, hex. */
            sha256: string;
            /**
             * @description ISO 8601 in UTC (Oslo time 12:00 in winter is 11:00Z).
             * @example 2027-03-01T11:00:00.000Z
             */
            uploadedAt: string;
        };
        FieldProblem: {
            /** @description The field the problem concerns, e.g. `budgetLines` or `signatory`. */
            field: string;
            /** @description Machine-readable name of the rule, e.g. `required`, `deadline`, `attachments`. */
            rule: string;
            /** @description What is missing or wrong, in Norwegian. */
            message: string;
        };
        /**
         * @description The next step: `complete_draft` finish and submit the draft (deadline: the round's application deadline);
         *     `await_decision` nothing to do while Sfk screens, assesses and decides; `answer_decision` accept or decline
         *     the granted conditions (deadline: the acceptance deadline); `send_report` write and send the report, also
         *     when it was returned for revision (deadline: the report deadline); `await_report_review` nothing to do while
         *     Sfk reviews the report; `pay_back` pay the open repayment claim (deadline: the end of its due date, Oslo);
         *     `none` nothing to do (rejected, declined or lapsed, withdrawn, a draft past its deadline, report approved).
         * @enum {string}
         */
        NextStepCode: "complete_draft" | "await_decision" | "answer_decision" | "send_report" | "await_report_review" | "pay_back" | "none";
        NextStepResponse: {
            /**
             * @description The next step: `complete_draft` finish and submit the draft (deadline: the round's application deadline);
             *     `await_decision` nothing to do while Sfk screens, assesses and decides; `answer_decision` accept or decline
             *     the granted conditions (deadline: the acceptance deadline); `send_report` write and send the report, also
             *     when it was returned for revision (deadline: the report deadline); `await_report_review` nothing to do while
             *     Sfk reviews the report; `pay_back` pay the open repayment claim (deadline: the end of its due date, Oslo);
             *     `none` nothing to do (rejected, declined or lapsed, withdrawn, a draft past its deadline, report approved).
             * @example send_report
             */
            code: components["schemas"]["NextStepCode"];
            /**
             * Format: date-time
             * @description The deadline of the step (ISO 8601, UTC; its last whole second is in time); null when the step has none.
             * @example 2027-12-31T22:59:59.000Z
             */
            deadline: string | null;
            /**
             * Format: date-time
             * @description Until when an appeal is in time (ISO 8601, UTC): the open repayment claim's appeal deadline, else the
             *     decision's; null when there is nothing to appeal or the deadline has passed.
             * @example 2027-06-21T21:59:59.000Z
             */
            appealUntil: string | null;
            /** @description Whether the grant runs so that a change can be applied for: accepted, and the report not yet sent. */
            canRequestChange: boolean;
        };
        ApplicationResponse: {
            /**
             * @description The case reference, given on submission; null for a draft.
             * @example MHP-2027-0042
             */
            referenceNumber: string | null;
            /**
             * @description Codes (Norwegian name): `draft` = utkast, `submitted` = sendt inn, `in_assessment` = under behandling, `assessed` = vurdert, `decided` = vedtak fattet, `notified` = vedtak sendt, `accepted` = akseptert, `paid` = utbetalt, `lapsed` = bortfalt, `withdrawn` = trukket.
             * @enum {string}
             */
            status: "draft" | "submitted" | "in_assessment" | "assessed" | "decided" | "notified" | "accepted" | "paid" | "lapsed" | "withdrawn";
            /**
             * @description Codes (Norwegian name): `operating` = driftstilskudd, `project` = prosjekttilskudd.
             * @enum {string|null}
             */
            grantType: "operating" | "project" | null;
            /**
             * Format: date
             * @description First day of the project period.
             * @example 2027-03-01
             */
            periodStart: string | null;
            /**
             * Format: date
             * @description Last day of the project period.
             * @example 2027-03-01
             */
            periodEnd: string | null;
            /**
             * @description In øre (1 krone = 100 øre); kr 4 500 is 450000.
             * @example 450000
             */
            requestedAmountOre: number | null;
            /** @description The person Sfk contacts about the application. */
            contactPerson: components["schemas"]["ContactPersonDto"] | null;
            /** @description Who signs the application for the organisation. */
            signatory: components["schemas"]["SignatoryDto"] | null;
            /**
             * @description The applicant's declaration at submission (who, when, which wording); null for a draft, and for an application
             *     submitted without one (the declaration is optional in the API, so that existing API clients keep working).
             */
            declaration: components["schemas"]["ApplicationDeclaration"] | null;
            /**
             * @description Who made the change that gave the application its current `version` (a save, submission or a step in the
             *     case); null when the system made it. What a stale-version conflict (409) shows: who changed it meanwhile.
             */
            lastChangedBy: components["schemas"]["ApplicationPerson"] | null;
            /** @description The application's id. */
            id: string;
            /** @description The applying organisation. */
            organisation: components["schemas"]["ApplicationOrganisation"];
            /** @description The round applied to. */
            round: components["schemas"]["ApplicationRound"];
            /** @description Project title (limit: the scheme's `textLimits.title`). */
            title: string | null;
            /** @description Code of one of the scheme's measure categories (innsatsområder). */
            measureCategory: string | null;
            /** @description Short summary of the measure. */
            summary: string | null;
            /** @description The goals of the measure. */
            goals: string | null;
            /** @description Who the measure is for. */
            targetGroup: string | null;
            /** @description Geographic area the measure covers. */
            area: string | null;
            /** @description Implementation plan. */
            plan: string | null;
            /** @description Partners in the measure. */
            partners: components["schemas"]["PartnerDto"][];
            /** @description The results the organisation expects. */
            expectedResults: string | null;
            /** @description The budget, line by line. */
            budgetLines: components["schemas"]["BudgetLineDto"][];
            /** @description Funding from others, applied for or granted. */
            otherFunding: components["schemas"]["OtherFundingDto"][];
            /**
             * @description Sum of the budget lines. In øre (1 krone = 100 øre); kr 4 500 is 450000.
             * @example 450000
             */
            budgetTotalOre: number;
            /**
             * @description In øre (1 krone = 100 øre); kr 4 500 is 450000.
             * @example 450000
             */
            otherFundingTotalOre: number;
            /**
             * @description The most that can be requested: budget total minus other funding. In øre (1 krone = 100 øre); kr 4 500 is 450000.
             * @example 450000
             */
            maxRequestableOre: number;
            /** @description The attachments (vedlegg). */
            attachments: components["schemas"]["AttachmentResponse"][];
            /** @description What still stops a draft from being submitted; empty when it can be submitted (and after submission). */
            submissionProblems: components["schemas"]["FieldProblem"][];
            /**
             * @description ISO 8601 in UTC (Oslo time 12:00 in winter is 11:00Z).
             * @example 2027-03-01T11:00:00.000Z
             */
            submittedAt: string | null;
            /**
             * @description ISO 8601 in UTC (Oslo time 12:00 in winter is 11:00Z).
             * @example 2027-03-01T11:00:00.000Z
             */
            withdrawnAt: string | null;
            /** @description Why the organisation withdrew the application; null unless withdrawn. */
            withdrawalReason: string | null;
            /** @description The version to send with the next change or step (optimistic locking). */
            version: number;
            /**
             * @description ISO 8601 in UTC (Oslo time 12:00 in winter is 11:00Z).
             * @example 2027-03-01T11:00:00.000Z
             */
            createdAt: string;
            /**
             * @description ISO 8601 in UTC (Oslo time 12:00 in winter is 11:00Z).
             * @example 2027-03-01T11:00:00.000Z
             */
            updatedAt: string;
            /**
             * @description When that change was made (ISO 8601, UTC; the same moment as `updatedAt`).
             * @example 2027-02-14T13:02:00.000Z
             */
            lastChangedAt: string;
            /** @description What the organisation does next with the application, and by when (computed by the server). */
            nextStep: components["schemas"]["NextStepResponse"];
        };
        ApplicationListItemResponse: {
            /**
             * @description Codes (Norwegian name): `draft` = utkast, `submitted` = sendt inn, `in_assessment` = under behandling, `assessed` = vurdert, `decided` = vedtak fattet, `notified` = vedtak sendt, `accepted` = akseptert, `paid` = utbetalt, `lapsed` = bortfalt, `withdrawn` = trukket.
             * @enum {string}
             */
            status: "draft" | "submitted" | "in_assessment" | "assessed" | "decided" | "notified" | "accepted" | "paid" | "lapsed" | "withdrawn";
            /**
             * @description In øre (1 krone = 100 øre); kr 4 500 is 450000.
             * @example 450000
             */
            requestedAmountOre: number | null;
            /** @description The application's id. */
            id: string;
            /**
             * @description The case reference, given on submission; null for a draft.
             * @example MHP-2027-0042
             */
            referenceNumber: string | null;
            /** @description Project title; null when withheld (`restricted`) or not written yet. */
            title: string | null;
            /** @description The round applied to. */
            roundId: string;
            /** @description The applying organisation. */
            organisationId: string;
            /** @description The applying organisation's name. */
            organisationName: string;
            /** @description Code of the measure category; null when withheld or not chosen. */
            measureCategory: string | null;
            /** @description Operating or project grant; null when withheld or not chosen. */
            grantType: string | null;
            /**
             * @description ISO 8601 in UTC (Oslo time 12:00 in winter is 11:00Z).
             * @example 2027-03-01T11:00:00.000Z
             */
            submittedAt: string | null;
            /**
             * @description ISO 8601 in UTC (Oslo time 12:00 in winter is 11:00Z).
             * @example 2027-03-01T11:00:00.000Z
             */
            updatedAt: string;
            /**
             * @description You declared a conflict in this case (forvaltningsloven § 6): title, measure category, grant type and amount
             *     are withheld (null), and the case itself is refused you.
             */
            restricted: boolean;
            /** @description What the organisation does next with the application, and by when (computed by the server). */
            nextStep: components["schemas"]["NextStepResponse"];
        };
        ApplicationPage: {
            /** @description How many items match in all (not only on this page); a lower bound when `totalIsExact` is false. */
            total: number;
            /** @description False when the total was counted only up to a cap (1 000 rows past the page) and is a lower bound. */
            totalIsExact: boolean;
            /** @description The page size used (the `limit` asked for, or the default). */
            limit: number;
            /** @description How many items were skipped before this page. */
            offset: number;
            /** @description The applications on this page. */
            items: components["schemas"]["ApplicationListItemResponse"][];
        };
        UpdateApplicationRequest: {
            /**
             * @description Project title. The limit that applies is the scheme's `textLimits.title` (150 characters by default; see
             *     `scheme.textLimits` of GET /api/public/rounds/{id}), checked on every save (422 maxChars/maxWords); `maxLength`
             *     here is only the hard upper bound.
             * @example Trygge steder – oppsøkende arbeid i Oslo
             */
            title?: string | null;
            /**
             * @description Code of one of the scheme's measure categories (a–e for MHP).
             * @example a
             */
            measureCategory?: string | null;
            /**
             * @description Codes (Norwegian name): `operating` = driftstilskudd, `project` = prosjekttilskudd.
             * @enum {string|null}
             */
            grantType?: "operating" | "project" | null;
            /**
             * @description Short summary of the measure. The limit that applies is the scheme's `textLimits.summary` (300 words by
             *     default; see `scheme.textLimits` of GET /api/public/rounds/{id}), checked on every save (422
             *     maxChars/maxWords); `maxLength` here is only the hard upper bound.
             */
            summary?: string | null;
            /**
             * @description The goals of the measure. The limit that applies is the scheme's `textLimits.goals` (500 words by default; see
             *     `scheme.textLimits` of GET /api/public/rounds/{id}), checked on every save (422 maxChars/maxWords); `maxLength`
             *     here is only the hard upper bound.
             */
            goals?: string | null;
            /**
             * @description Who the measure is for. The limit that applies is the scheme's `textLimits.targetGroup` (300 words by default;
             *     see `scheme.textLimits` of GET /api/public/rounds/{id}), checked on every save (422 maxChars/maxWords);
             *     `maxLength` here is only the hard upper bound.
             */
            targetGroup?: string | null;
            /** @description Geographic area the measure covers. */
            area?: string | null;
            /** @description Implementation plan. */
            plan?: string | null;
            /** @description null empties the list. */
            partners?: components["schemas"]["PartnerDto"][] | null;
            /**
             * Format: date
             * @description First day of the project period (YYYY-MM-DD).
             * @example 2027-01-01
             */
            periodStart?: string | null;
            /**
             * Format: date
             * @description Last day of the project period (YYYY-MM-DD); not before `periodStart` (422 afterStart).
             * @example 2027-12-31
             */
            periodEnd?: string | null;
            /**
             * @description The results the organisation expects. The limit that applies is the scheme's `textLimits.expectedResults` (500
             *     words by default; see `scheme.textLimits` of GET /api/public/rounds/{id}), checked on every save (422
             *     maxChars/maxWords); `maxLength` here is only the hard upper bound.
             */
            expectedResults?: string | null;
            /** @description null empties the list. */
            budgetLines?: components["schemas"]["BudgetLineDto"][] | null;
            /** @description null empties the list. */
            otherFunding?: components["schemas"]["OtherFundingDto"][] | null;
            /**
             * @description Amount applied for, in øre. In øre (1 krone = 100 øre); kr 4 500 is 450000.
             * @example 450000
             */
            requestedAmountOre?: number | null;
            /** @description The person Sfk contacts about the application; null clears it. */
            contactPerson?: components["schemas"]["ContactPersonDto"] | null;
            /** @description Who signs the application for the organisation (required before submission); null clears it. */
            signatory?: components["schemas"]["SignatoryDto"] | null;
            /** @description The version you last read; a stale version answers 409. */
            version: number;
        };
        SubmitApplicationRequest: {
            /** @description The version you last read; a stale version answers 409. */
            version: number;
            /**
             * @description The applicant declares that the information in the application is correct and that they may apply on the organisation's behalf (the wording of the web's check-answers page). `true` records who declared, when and which wording (the response's `declaration`); `false` is refused (422, field `declaration`). Optional, so that existing API clients keep working: left out, the application is submitted without a recorded declaration (`declaration` null).
             * @example true
             * @enum {boolean}
             */
            declaration?: true;
        };
        WithdrawApplicationRequest: {
            /** @description The version you last read; a stale version answers 409. */
            version: number;
            /** @description Why the organisation withdraws the application. */
            reason: string;
        };
        SetExemptionRequest: {
            /** @description Exempt the attachment from public access (offentleglova). */
            exemptFromPublic: boolean;
            /**
             * @description The legal basis for the exemption; required when `exemptFromPublic` is true (422).
             * @example offentleglova § 13 jf. forvaltningsloven § 13
             */
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
            /**
             * @description Codes (Norwegian name): `granted` = innvilget, `partly_granted` = delvis innvilget, `rejected` = avslått, `dismissed` = avvist.
             * @enum {string}
             */
            outcome: "granted" | "partly_granted" | "rejected" | "dismissed";
            /** @description The reasons (forvaltningsloven §§ 24–25); null for a grant in full without them. */
            reasons: components["schemas"]["DecisionReasonsDto"] | null;
            /** @description The decision's id. */
            id: string;
            /** @description The application (case) it belongs to. */
            applicationId: string;
            /** @description The round of the application. */
            roundId: string;
            /**
             * @description In øre (1 krone = 100 øre); kr 4 500 is 450000.
             * @example 450000
             */
            amountOre: number;
            /** @description The conditions of the grant, as listed in the decision letter. */
            conditions: string[];
            /** @description The caseworker who prepared the decision (assessment). */
            preparedBy: string;
            /** @description The approver who made the decision (never the one who prepared it). */
            approvedBy: string | null;
            /**
             * @description ISO 8601 in UTC (Oslo time 12:00 in winter is 11:00Z).
             * @example 2027-03-01T11:00:00.000Z
             */
            decidedAt: string;
            /** @description Letters and payments wait for the Storting's budget decision. */
            madeUnderBudgetReservation: boolean;
            /**
             * @description When the decision letter reached the organisation. ISO 8601 in UTC (Oslo time 12:00 in winter is 11:00Z).
             * @example 2027-03-01T11:00:00.000Z
             */
            notifiedAt: string | null;
            /** @description 3 weeks from notification (forvaltningsloven § 29). */
            appealDeadline: string | null;
            /** @description Grants: accept the conditions by then. */
            acceptanceDeadline: string | null;
            /**
             * @description ISO 8601 in UTC (Oslo time 12:00 in winter is 11:00Z).
             * @example 2027-03-01T11:00:00.000Z
             */
            acceptedAt: string | null;
            /**
             * @description ISO 8601 in UTC (Oslo time 12:00 in winter is 11:00Z).
             * @example 2027-03-01T11:00:00.000Z
             */
            lapsedAt: string | null;
            /** @description Why the grant lapsed (declined or not accepted in time); null unless lapsed. */
            lapseReason: string | null;
            /** @description The id of the decision that replaced this one (after an appeal or a change); null while it is in force. */
            supersededBy: string | null;
        };
        AcceptanceResponse: {
            /** @description The application as it is now (status and version, to continue with). */
            application: components["schemas"]["ApplicationResponse"];
            /** @description The decision the answer concerned: accepted or lapsed. */
            decision: components["schemas"]["DecisionResponse"];
        };
        DeclareImpartialityRequest: {
            /** @description True when something makes you partial in this case (forvaltningsloven § 6). */
            hasConflict: boolean;
            /** @description Required with a conflict: what makes you partial. */
            reason?: string;
        };
        ConflictDeclarationResponse: {
            /** @description The application (case) it belongs to. */
            applicationId: string;
            /** @description The staff member who declared. */
            userId: string;
            /** @description True when the staff member declared a conflict of interest (inhabilitet) and is kept out of the case. */
            hasConflict: boolean;
            /** @description What makes the staff member partial; null without a conflict. */
            reason: string | null;
            /**
             * @description ISO 8601 in UTC (Oslo time 12:00 in winter is 11:00Z).
             * @example 2027-03-01T11:00:00.000Z
             */
            declaredAt: string;
        };
        PriorReportsFindingDto: {
            /** @description Reports on the organisation's earlier grants not submitted in time. */
            overdue: number;
            /** @description Reports on earlier grants submitted but not approved yet. */
            unapproved: number;
        };
        ScreeningFindingsResponse: {
            /** @description Registered in Frivillighetsregisteret as recorded by Sfk; null when the scheme does not require it. */
            voluntaryRegistry: boolean | null;
            /** @description Reports on the organisation's earlier grants: not submitted in time, or not yet approved. */
            priorReports: components["schemas"]["PriorReportsFindingDto"] | null;
            /**
             * @description What the scheme does about them: warn, or block the formal check. Codes (Norwegian name): `warn` = varsle (saksbehandler ser det, søknaden kan sendes), `block` = stoppe (søknaden kan ikke sendes).
             * @enum {string}
             */
            priorReportRule: "warn" | "block";
            /** @description The applicant's organisation form (code, as in OrganisationResponse.form). */
            organisationForm: string;
            /** @description The scheme accepts this organisation form. */
            eligibleOrganisationForm: boolean;
            /** @description Submitted before the application deadline. */
            deadlineMet: boolean;
            /** @description Every attachment kind the scheme requires is present. */
            requiredAttachments: boolean;
        };
        ScreeningRequest: {
            /** @description The version you last read; a stale version answers 409. */
            version: number;
            /**
             * @description Codes (Norwegian name): `passed` = godkjent i forhåndskontrollen, `dismissed` = avvist.
             * @enum {string}
             */
            outcome: "passed" | "dismissed";
            /** @description Required when a municipality applies: why voluntary organisations offer no satisfactory measure. */
            municipalityJustification?: string;
            /** @description Required for a dismissal. */
            reasons?: components["schemas"]["DecisionReasonsDto"];
        };
        CriterionScoreDto: {
            /**
             * @description Code of one of the scheme's assessment criteria.
             * @example relevance
             */
            criterion: string;
            /**
             * @description The score, on the scheme's scale (scoreScaleMin–scoreScaleMax).
             * @example 5
             */
            score: number;
            /** @description Why the score: the caseworker's assessment of the criterion. */
            comment: string;
        };
        AssessmentRequest: {
            /** @description The version you last read; a stale version answers 409. */
            version: number;
            /** @description A score for every criterion of the scheme, each once (422 everyCriterion, schemeCriterion, scale). */
            scores: components["schemas"]["CriterionScoreDto"][];
            /**
             * @description Codes (Norwegian name): `grant` = innvilgelse, `partial_grant` = delvis innvilgelse, `rejection` = avslag.
             * @enum {string}
             */
            recommendedOutcome: "grant" | "partial_grant" | "rejection";
            /**
             * @description In øre (1 krone = 100 øre); kr 4 500 is 450000.
             * @example 450000
             */
            recommendedAmountOre: number;
            /** @description Required for partial grants and rejections. */
            reasons?: components["schemas"]["DecisionReasonsDto"];
            /** @description Conditions for a grant. */
            conditions?: string[];
        };
        AssessmentResponse: {
            /**
             * @description Codes (Norwegian name): `grant` = innvilgelse, `partial_grant` = delvis innvilgelse, `rejection` = avslag.
             * @enum {string}
             */
            recommendedOutcome: "grant" | "partial_grant" | "rejection";
            /** @description The reasons (forvaltningsloven §§ 24–25); null when not given. */
            reasons: components["schemas"]["DecisionReasonsDto"] | null;
            /** @description The application (case) it belongs to. */
            applicationId: string;
            /** @description The score of every criterion. */
            scores: components["schemas"]["CriterionScoreDto"][];
            /** @description Weighted total, e.g. 4.35. */
            weightedScore: number;
            /**
             * @description In øre (1 krone = 100 øre); kr 4 500 is 450000.
             * @example 450000
             */
            recommendedAmountOre: number;
            /** @description The recommended conditions of a grant. */
            conditions: string[];
            /** @description The caseworker who assessed. */
            assessedBy: string;
            /**
             * @description ISO 8601 in UTC (Oslo time 12:00 in winter is 11:00Z).
             * @example 2027-03-01T11:00:00.000Z
             */
            assessedAt: string;
            /** @description The application's version after the assessment (send it with the next step). */
            version: number;
        };
        ApprovalRequest: {
            /** @description The version you last read; a stale version answers 409. */
            version: number;
            /**
             * @description Omit to approve the recommendation as it stands; give to decide otherwise (reasons required). Codes (Norwegian name): `granted` = innvilget, `partly_granted` = delvis innvilget, `rejected` = avslått.
             * @enum {string}
             */
            outcome?: "granted" | "partly_granted" | "rejected";
            /**
             * @description In øre (1 krone = 100 øre); kr 4 500 is 450000.
             * @example 450000
             */
            amountOre?: number;
            /** @description Required when the approver changes outcome or amount. */
            reasons?: components["schemas"]["DecisionReasonsDto"];
            /** @description Replaces the recommended conditions. */
            conditions?: string[];
        };
        BatchApprovalItem: {
            /**
             * Format: uuid
             * @description An application in the round with a recommendation to approve.
             */
            applicationId: string;
            /** @description The version you last read; a stale version answers 409. */
            version: number;
        };
        BatchApprovalRequest: {
            /** @description Recommendations approved as they stand, all or none. */
            items: components["schemas"]["BatchApprovalItem"][];
        };
        OverviewTotals: {
            /** @description Submitted applications in the round. */
            applications: number;
            /**
             * @description In øre (1 krone = 100 øre); kr 4 500 is 450000.
             * @example 450000
             */
            budgetFrameOre: number;
            /**
             * @description In øre (1 krone = 100 øre); kr 4 500 is 450000.
             * @example 450000
             */
            requestedOre: number;
            /**
             * @description In øre (1 krone = 100 øre); kr 4 500 is 450000.
             * @example 450000
             */
            recommendedOre: number;
            /** @description Cases the viewer is disqualified from: listed without content, left out of requestedOre and recommendedOre. */
            restricted: number;
            /**
             * @description In øre (1 krone = 100 øre); kr 4 500 is 450000.
             * @example 450000
             */
            grantedOre: number;
            /**
             * @description In øre (1 krone = 100 øre); kr 4 500 is 450000.
             * @example 450000
             */
            remainingOre: number;
            /** @description How many applications are in each status (status code → count). */
            byStatus: {
                [key: string]: number;
            };
        };
        OverviewRowResponse: {
            /**
             * @description In øre (1 krone = 100 øre); kr 4 500 is 450000.
             * @example 450000
             */
            requestedAmountOre: number | null;
            /**
             * @description Weighted assessment score; null before assessment or when withheld.
             * @example 4.35
             */
            weightedScore: number | null;
            /**
             * @description In øre (1 krone = 100 øre); kr 4 500 is 450000.
             * @example 450000
             */
            recommendedAmountOre: number | null;
            /**
             * @description In øre (1 krone = 100 øre); kr 4 500 is 450000.
             * @example 450000
             */
            decidedAmountOre: number | null;
            /** @description The application's id. */
            applicationId: string;
            /**
             * @description The case reference.
             * @example MHP-2027-0042
             */
            referenceNumber: string | null;
            /** @description The applying organisation's name. */
            organisationName: string;
            /** @description The viewer is disqualified from the case (declared conflict or member of the organisation): its content is withheld. */
            restricted: boolean;
            /** @description Project title; null when withheld (`restricted`). */
            title: string | null;
            /** @description Code of the measure category; null when withheld. */
            measureCategory: string | null;
            /** @description The application's status (code as in ApplicationResponse.status). */
            status: string;
            /** @description The caseworker's recommendation (granted, partly_granted, rejected); null before assessment. */
            recommendedOutcome: string | null;
            /** @description The decision's outcome; null before the decision. */
            decisionOutcome: string | null;
        };
        RoundOverviewResponse: {
            /** @description How many items match in all (not only on this page); a lower bound when `totalIsExact` is false. */
            total: number;
            /** @description False when the total was counted only up to a cap (1 000 rows past the page) and is a lower bound. */
            totalIsExact: boolean;
            /** @description The page size used (the `limit` asked for, or the default). */
            limit: number;
            /** @description How many items were skipped before this page. */
            offset: number;
            /** @description The round. */
            roundId: string;
            /** @description Sums over the whole round (not only this page) and the frame. */
            totals: components["schemas"]["OverviewTotals"];
            /** @description The applications on this page. */
            items: components["schemas"]["OverviewRowResponse"][];
        };
        LodgeAppealRequest: {
            /**
             * @description What the appeal is against; a decision unless told otherwise. Codes (Norwegian name): `decision` = vedtak, `repayment_claim` = krav om tilbakebetaling.
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
            /**
             * @description Codes (Norwegian name): `granted` = innvilget, `partly_granted` = delvis innvilget, `rejected` = avslått.
             * @enum {string|null}
             */
            outcome: "granted" | "partly_granted" | "rejected" | null;
            /**
             * @description In øre (1 krone = 100 øre); kr 4 500 is 450000.
             * @example 450000
             */
            amountOre: number;
            /** @description The reasons of the proposed decision (forvaltningsloven §§ 24–25). */
            reasons: components["schemas"]["DecisionReasonsDto"];
            /** @description The conditions of the proposed grant. */
            conditions: string[];
        };
        AppealResponse: {
            /**
             * @description Codes (Norwegian name): `decision` = vedtak, `repayment_claim` = krav om tilbakebetaling.
             * @enum {string}
             */
            subjectType: "decision" | "repayment_claim";
            /**
             * Format: date-time
             * @description When what is appealed against reached the organisation; the deadline runs from it. ISO 8601 in UTC (Oslo time 12:00 in winter is 11:00Z).
             * @example 2027-03-01T11:00:00.000Z
             */
            subjectNotifiedAt: string | null;
            /**
             * Format: date-time
             * @description The appeal deadline: three weeks from when the subject reached the organisation (forvaltningsloven § 29); null
             *     when it never reached it. ISO 8601 in UTC (Oslo time 12:00 in winter is 11:00Z).
             * @example 2027-03-01T11:00:00.000Z
             */
            deadline: string | null;
            /** @description For a late appeal: whether Sfk considers it anyway (§ 31); null until decided or when in time. */
            lateConsidered: boolean | null;
            /**
             * @description Codes (Norwegian name): `lodged` = klage mottatt, `not_considered` = ikke realitetsbehandlet, `reversal_proposed` = omgjøring foreslått, `forwarded` = oversendt klageinstansen, `to_be_redecided` = skal avgjøres på nytt, `redecided` = nytt vedtak fattet, `upheld` = vedtaket opprettholdt.
             * @enum {string}
             */
            status: "lodged" | "not_considered" | "reversal_proposed" | "forwarded" | "to_be_redecided" | "redecided" | "upheld";
            /**
             * Format: uuid
             * @description The caseworker who took the appeal; null until taken.
             */
            caseworkerId: string | null;
            /** @description The proposed new decision; null until proposed. */
            proposedTerms: components["schemas"]["ProposedTermsResponse"] | null;
            /**
             * Format: date-time
             * @description ISO 8601 in UTC (Oslo time 12:00 in winter is 11:00Z).
             * @example 2027-03-01T11:00:00.000Z
             */
            forwardedAt: string | null;
            /**
             * @description Codes (Norwegian name): `upheld` = opprettholdt, `changed` = endret, `quashed` = opphevet.
             * @enum {string|null}
             */
            appealBodyOutcome: "upheld" | "changed" | "quashed" | null;
            /**
             * Format: date
             * @description The day the appeal body decided; null until registered.
             * @example 2027-03-01
             */
            appealBodyDecidedOn: string | null;
            /**
             * Format: uuid
             * @description The decision that replaced the one appealed against.
             */
            newDecisionId: string | null;
            /** @description The appeal's id. */
            id: string;
            /** @description The application (case) it belongs to. */
            applicationId: string;
            /** @description The decision or repayment claim appealed against. */
            subjectId: string;
            /** @description What the organisation appeals against and why. */
            grounds: string;
            /**
             * @description ISO 8601 in UTC (Oslo time 12:00 in winter is 11:00Z).
             * @example 2027-03-01T11:00:00.000Z
             */
            lodgedAt: string;
            /** @description Lodged after the deadline. */
            late: boolean;
            /** @description Why the late appeal is, or is not, considered. */
            lateReason: string | null;
            /** @description Sfk's statement to the appeal body; null unless forwarded. */
            forwardingStatement: string | null;
            /** @description The appeal body's own reference; null when not given. */
            appealBodyReference: string | null;
            /** @description The version to send with the next step (optimistic locking). */
            version: number;
        };
        AppealAttachmentResponse: {
            /** @description The size in bytes (at most 10 MB). */
            sizeBytes: number;
            /**
             * @description Content warnings for the caseworker: `pdfJavaScript` — the PDF contains JavaScript (open it with JavaScript
             *     switched off); `notScanned` — stored while virus scanning was off (CLAMAV=off).
             */
            warnings: components["schemas"]["UploadWarning"][];
            /** @description The file's id. */
            id: string;
            /**
             * @description The file type judged from the bytes.
             * @example application/pdf
             */
            contentType: string;
            /**
             * @description The file name as uploaded.
             * @example vedtekter.pdf
             */
            fileName: string;
            /** @description SHA-256 of the stored bytes, hex. */
            sha256: string;
            /**
             * @description ISO 8601 in UTC (Oslo time 12:00 in winter is 11:00Z).
             * @example 2027-03-01T11:00:00.000Z
             */
            uploadedAt: string;
        };
        LatenessRequest: {
            /** @description The version you last read; a stale version answers 409. */
            version: number;
            /** @description Whether the late appeal is considered anyway (forvaltningsloven § 31). */
            consider: boolean;
            /** @description Why the late appeal is, or is not, considered (quoted in the letter when it is not). */
            reason: string;
        };
        NewDecisionProposalRequest: {
            /** @description The version you last read; a stale version answers 409. */
            version: number;
            /**
             * @description Required against a decision; not given against a repayment claim. Codes (Norwegian name): `granted` = innvilget, `partly_granted` = delvis innvilget, `rejected` = avslått.
             * @enum {string}
             */
            outcome?: "granted" | "partly_granted" | "rejected";
            /**
             * @description The new grant; against a repayment claim: the claim's new amount (0 drops it). In øre (1 krone = 100 øre); kr 4 500 is 450000.
             * @example 450000
             */
            amountOre: number;
            /** @description A new decision after an appeal is always reasoned in full. */
            reasons: components["schemas"]["DecisionReasonsDto"];
            /** @description Conditions of a new grant; none when left out. */
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
            /**
             * @description Codes (Norwegian name): `upheld` = opprettholdt, `changed` = endret, `quashed` = opphevet.
             * @enum {string}
             */
            outcome: "upheld" | "changed" | "quashed";
            /**
             * Format: date
             * @description The day the appeal body decided (YYYY-MM-DD); not before the appeal was forwarded (422 withinAppeal).
             * @example 2027-01-01
             */
            decidedOn: string;
            /** @description The appeal body's own reference. */
            reference?: string;
        };
        ChangeRequestRequest: {
            /**
             * @description Codes (Norwegian name): `period` = prosjektperiode, `budget` = budsjett, `content` = innhold.
             * @enum {string}
             */
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
            /**
             * @description More money asked for with the change: its approval is a new decision. In øre (1 krone = 100 øre); kr 4 500 is 450000.
             * @example 450000
             */
            additionalAmountOre?: number;
        };
        ChangeRequestResponse: {
            /**
             * @description Codes (Norwegian name): `period` = prosjektperiode, `budget` = budsjett, `content` = innhold.
             * @enum {string}
             */
            kind: "period" | "budget" | "content";
            /**
             * Format: date
             * @description kind "period": the new end of the grant period; null otherwise.
             * @example 2027-03-01
             */
            periodEnd: string | null;
            /** @description kind "budget": the whole budget after the change; null otherwise. */
            budgetLines: components["schemas"]["BudgetLineDto"][] | null;
            /**
             * @description In øre (1 krone = 100 øre); kr 4 500 is 450000.
             * @example 450000
             */
            additionalAmountOre: number;
            /**
             * @description Codes (Norwegian name): `pending` = mottatt, `awaiting_decision` = venter på avgjørelse, `approved` = godkjent, `rejected` = avslått.
             * @enum {string}
             */
            status: "pending" | "awaiting_decision" | "approved" | "rejected";
            /** @description The reasons of the handling (forvaltningsloven §§ 24–25); null until handled or when not needed. */
            reasons: components["schemas"]["DecisionReasonsDto"] | null;
            /**
             * Format: uuid
             * @description The new decision granting extra money; null unless one was made.
             */
            newDecisionId: string | null;
            /** @description The change request's id. */
            id: string;
            /** @description The application (case) it belongs to. */
            applicationId: string;
            /** @description The decision in force the change applies to. */
            decisionId: string;
            /** @description Why the organisation asks for the change. */
            reason: string;
            /** @description kind "content": how the project changes; null otherwise. */
            content: string | null;
            /**
             * @description ISO 8601 in UTC (Oslo time 12:00 in winter is 11:00Z).
             * @example 2027-03-01T11:00:00.000Z
             */
            requestedAt: string;
            /**
             * @description ISO 8601 in UTC (Oslo time 12:00 in winter is 11:00Z).
             * @example 2027-03-01T11:00:00.000Z
             */
            handledAt: string | null;
            /** @description The caseworker's comment to the organisation; null when none. */
            comment: string | null;
            /** @description The version to send with the next step (optimistic locking). */
            version: number;
        };
        ChangeHandlingRequest: {
            /** @description The version you last read; a stale version answers 409. */
            version: number;
            /** @description True approves the change; false rejects it (reasons required). */
            approve: boolean;
            /** @description Required for a rejection, and for an approval that needs more money. */
            reasons?: components["schemas"]["DecisionReasonsDto"];
            /** @description A comment to the organisation, quoted in the letter. */
            comment?: string;
        };
        CaseEventResponse: {
            /**
             * @description Codes (Norwegian name): `application` = søknad, `decision` = vedtak, `letter` = brev, `appeal` = klage, `change_request` = endringssøknad, `payment` = utbetaling, `report` = rapport, `repayment_claim` = krav om tilbakebetaling.
             * @enum {string}
             */
            kind: "application" | "decision" | "letter" | "appeal" | "change_request" | "payment" | "report" | "repayment_claim";
            /** @description When it happened (ISO 8601, UTC). */
            at: string;
            /** @description The id of the application, decision, letter, appeal, change request, disbursement, report or repayment claim. */
            entityId: string;
            /** @description Machine name, e.g. "decision.notified". */
            event: string;
            /**
             * @description What happened to the case, in plain Norwegian: in nynorsk when the request's Accept-Language asks for it (`nn`),
             *     otherwise in bokmål (Content-Language says which).
             */
            text: string;
        };
        AuditEventResponse: {
            /** @description The user who acted; null for the system (worker jobs). */
            actorUserId: string | null;
            /** @description The record before the change (secrets left out); null for a creation. */
            before: {
                [key: string]: unknown;
            } | null;
            /** @description The record after the change (secrets left out); null for a deletion. */
            after: {
                [key: string]: unknown;
            } | null;
            /** @description The request that caused it (x-request-id); null for worker jobs. */
            requestId: string | null;
            /** @description The event's id. */
            id: string;
            /** @description The actor's roles at the time. */
            actorRoles: string[];
            /**
             * @description What happened.
             * @example application.submitted
             */
            action: string;
            /**
             * @description The kind of record it concerns.
             * @example application
             */
            entityType: string;
            /** @description The id of the record. */
            entityId: string;
            /**
             * @description ISO 8601 in UTC (Oslo time 12:00 in winter is 11:00Z).
             * @example 2027-03-01T11:00:00.000Z
             */
            occurredAt: string;
        };
        AuditPage: {
            /** @description How many items match in all (not only on this page); a lower bound when `totalIsExact` is false. */
            total: number;
            /** @description False when the total was counted only up to a cap (1 000 rows past the page) and is a lower bound. */
            totalIsExact: boolean;
            /** @description The page size used (the `limit` asked for, or the default). */
            limit: number;
            /** @description How many items were skipped before this page. */
            offset: number;
            /** @description The audit events on this page, newest first. */
            items: components["schemas"]["AuditEventResponse"][];
        };
        AuditChainBreakResponse: {
            /**
             * @description Codes (Norwegian name): `content_changed` = innholdet er endret, `link_broken` = lenken i kjeden er brutt, `rows_missing` = rader mangler, `tail_missing` = slutten av kjeden mangler.
             * @enum {string}
             */
            reason: "content_changed" | "link_broken" | "rows_missing" | "tail_missing";
            /** @description The first audit event that does not verify; null when the newest events are gone. */
            eventId: string | null;
            /** @description Its place in the chain (1, 2, 3, …). */
            position: string;
            /** @description What does not verify, in words. */
            detail: string;
        };
        AuditChainHeadResponse: {
            /**
             * @description The newest event's place in the chain (a big integer as a string).
             * @example 1042
             */
            position: string;
            /** @description sha256, hex. */
            hash: string;
        };
        AuditChainResponse: {
            /** @description The first event that does not verify; null when intact. */
            firstBroken: components["schemas"]["AuditChainBreakResponse"] | null;
            /** @description True when every event verifies. */
            intact: boolean;
            /** @description How many events were checked. */
            checked: number;
            /** @description The newest event: its position and hash (keep it to detect a cut tail later). */
            head: components["schemas"]["AuditChainHeadResponse"];
        };
        QueueCountsResponse: {
            /**
             * @description The queue.
             * @example mail
             */
            queue: string;
            /** @description Jobs waiting to run. */
            waiting: number;
            /** @description Jobs running now. */
            active: number;
            /** @description Jobs waiting for a later time (retries, scheduled). */
            delayed: number;
            /** @description Jobs that failed for good. */
            failed: number;
            /** @description Jobs done (kept for a while). */
            completed: number;
        };
        FailedJobResponse: {
            /**
             * @description The queue.
             * @example letters
             */
            queue: string;
            /** @description The job's id in its queue. */
            id: string;
            /**
             * @description The job's name.
             * @example letter.render
             */
            name: string;
            /** @description Ids only (job payloads never carry personal data). */
            data: {
                [key: string]: unknown;
            };
            /** @description How many times it was tried. */
            attemptsMade: number;
            /** @description The last error message. */
            failedReason: string;
            /**
             * @description When it failed for the last time; null when unknown. ISO 8601 in UTC (Oslo time 12:00 in winter is 11:00Z).
             * @example 2027-03-01T11:00:00.000Z
             */
            failedAt: string | null;
        };
        FailedJobsResponse: {
            /** @description Job counts per queue. */
            counts: components["schemas"]["QueueCountsResponse"][];
            /** @description The failed jobs on this page, newest first. */
            items: components["schemas"]["FailedJobResponse"][];
            /** @description The page size used. */
            limit: number;
            /** @description How many failed jobs were skipped. */
            offset: number;
        };
        FailedDeliveryResponse: {
            /** @description How many times it was tried. */
            attempts: number;
            /** @description The outbox row: what POST /api/admin/deliveries/{id}/retry takes. */
            id: string;
            /**
             * @description What was to happen: `letter.*` renders a letter, `mail.letter` e-mails one, `mail.reminder` a reminder,
             *     `mail.login_throttled` tells a user (the subject) that logins to their account are throttled.
             */
            topic: string;
            /** @description The letter, reminder, decision, application, … it is about. */
            subjectId: string;
            /** @description The application it concerns; null when none (e.g. a login notice). */
            applicationId: string | null;
            /**
             * @description The case reference; null when none.
             * @example MHP-2027-0042
             */
            referenceNumber: string | null;
            /** @description The last error, e.g. the SMTP server's answer ("550 5.1.1 mailbox unavailable"). */
            lastError: string | null;
            /**
             * @description When it was asked for. ISO 8601 in UTC (Oslo time 12:00 in winter is 11:00Z).
             * @example 2027-03-01T11:00:00.000Z
             */
            createdAt: string;
            /**
             * @description When it failed for good. ISO 8601 in UTC (Oslo time 12:00 in winter is 11:00Z).
             * @example 2027-03-01T11:00:00.000Z
             */
            failedAt: string;
        };
        FailedDeliveryPage: {
            /** @description How many items match in all (not only on this page); a lower bound when `totalIsExact` is false. */
            total: number;
            /** @description False when the total was counted only up to a cap (1 000 rows past the page) and is a lower bound. */
            totalIsExact: boolean;
            /** @description The page size used (the `limit` asked for, or the default). */
            limit: number;
            /** @description How many items were skipped before this page. */
            offset: number;
            /** @description The failed deliveries on this page. */
            items: components["schemas"]["FailedDeliveryResponse"][];
        };
        LetterResponse: {
            /**
             * @description Codes (Norwegian name): `receipt` = kvittering, `interim_reply` = foreløpig svar, `grant` = innvilgelse, `partial_grant` = delvis innvilgelse, `rejection` = avslag, `dismissal` = avvisning.
             * @enum {string}
             */
            type: "receipt" | "interim_reply" | "grant" | "partial_grant" | "rejection" | "dismissal";
            /**
             * @description Codes (Norwegian name): `nb` = bokmål, `nn` = nynorsk.
             * @enum {string}
             */
            language: "nb" | "nn";
            /** @description The letter's id. */
            id: string;
            /** @description The application (case) the letter belongs to. */
            applicationId: string;
            /** @description The decision the letter announces; null for a receipt or an interim reply. */
            decisionId: string | null;
            /**
             * @description The letter's title.
             * @example Vedtak om tilskudd
             */
            title: string;
            /** @description Version of the letter template it was produced with. */
            templateVersion: number;
            /** @description SHA-256 of the archived PDF, hex. */
            sha256: string;
            /** @description Size of the PDF in bytes. */
            sizeBytes: number;
            /**
             * @description When the letter was produced. ISO 8601 in UTC (Oslo time 12:00 in winter is 11:00Z).
             * @example 2027-03-01T11:00:00.000Z
             */
            createdAt: string;
            /**
             * @description When the e-mail carrying the letter was accepted by the mail server. ISO 8601 in UTC (Oslo time 12:00 in winter is 11:00Z).
             * @example 2027-03-01T11:00:00.000Z
             */
            deliveredAt: string | null;
        };
        DisbursementResponse: {
            /**
             * @description In øre (1 krone = 100 øre); kr 4 500 is 450000.
             * @example 450000
             */
            amountOre: number;
            /**
             * Format: date
             * @description The day the instalment is due.
             * @example 2027-03-01
             */
            dueDate: string;
            /**
             * @description Codes (Norwegian name): `planned` = planlagt, `attested` = attestert, `exported` = eksportert, `paid` = utbetalt, `cancelled` = kansellert.
             * @enum {string}
             */
            status: "planned" | "attested" | "exported" | "paid" | "cancelled";
            /**
             * Format: date
             * @description The day the money left Sfk's account; null until paid.
             * @example 2027-03-01
             */
            paidOn: string | null;
            /** @description The disbursement's id. */
            id: string;
            /** @description The decision it pays out. */
            decisionId: string;
            /** @description The application (case). */
            applicationId: string;
            /** @description The recipient organisation. */
            organisationId: string;
            /** @description The round. */
            roundId: string;
            /**
             * @description Which instalment of the payment plan this is, from 1.
             * @example 1
             */
            instalmentNo: number;
            /**
             * @description How many instalments the payment plan has.
             * @example 2
             */
            instalmentCount: number;
            /** @description The finance officer who attested it; null until attested. */
            attestedBy: string | null;
            /**
             * @description ISO 8601 in UTC (Oslo time 12:00 in winter is 11:00Z).
             * @example 2027-03-01T11:00:00.000Z
             */
            attestedAt: string | null;
            /**
             * @description The account it is paid to, fixed at attestation; null before.
             * @example 86011117947
             */
            bankAccount: string | null;
            /** @description Above NOK 1 000 000: a second person must check it before it is exported. */
            requiresExtraControl: boolean;
            /** @description Who did the extra control; null until done or when not required. */
            extraControlBy: string | null;
            /**
             * @description ISO 8601 in UTC (Oslo time 12:00 in winter is 11:00Z).
             * @example 2027-03-01T11:00:00.000Z
             */
            extraControlAt: string | null;
            /** @description The version to send with the next step (optimistic locking). */
            version: number;
        };
        DisbursementPage: {
            /** @description How many items match in all (not only on this page); a lower bound when `totalIsExact` is false. */
            total: number;
            /** @description False when the total was counted only up to a cap (1 000 rows past the page) and is a lower bound. */
            totalIsExact: boolean;
            /** @description The page size used (the `limit` asked for, or the default). */
            limit: number;
            /** @description How many items were skipped before this page. */
            offset: number;
            /** @description The disbursements on this page. */
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
            /**
             * @description Codes (Norwegian name): `recipientName` = mottakers navn, `message` = melding til mottaker, `debtorName` = betalers navn.
             * @enum {string}
             */
            field: "recipientName" | "message" | "debtorName";
            /** @description The field's limit in the payment file, in characters. */
            maxLength: number;
            /** @description The disbursement whose row it is; null for the paying agency's own name. */
            disbursementId: string | null;
            /** @description The case reference of the row; null for the paying agency's own name. */
            referenceNumber: string | null;
            /** @description The text as the system holds it (and the CSV/XLSX lists show it). */
            original: string;
            /** @description The text as the pain.001 file carries it: in the banks' character set, cut. */
            sent: string;
        };
        BatchFileResponse: {
            /**
             * @description Codes (Norwegian name): `csv` = CSV (semikolon), `xlsx` = Excel (XLSX), `pain001` = betalingsfil ISO 20022 pain.001.
             * @enum {string}
             */
            format: "csv" | "xlsx" | "pain001";
            /** @description The size in bytes. */
            sizeBytes: number;
            /**
             * @description The file name.
             * @example UTB-000042.xml
             */
            fileName: string;
            /** @description SHA-256 of the file, hex. */
            sha256: string;
            /** @description Where to download it. */
            href: string;
        };
        SkippedDisbursementResponse: {
            /**
             * @description Why it could not go with this batch. Codes (Norwegian name): `bank_account_unverified` = kontonummeret er ikke bekreftet, `bank_account_changed` = kontonummeret er endret nylig, `organisation_flagged` = organisasjonen er flagget (konkurs, avvikling), `extra_control_missing` = ekstra kontroll mangler, `budget_reservation` = budsjettreservasjon.
             * @enum {string}
             */
            reason: "bank_account_unverified" | "bank_account_changed" | "organisation_flagged" | "extra_control_missing" | "budget_reservation";
            /** @description The attested disbursement left out. */
            disbursementId: string;
        };
        BuiltBatchResponse: {
            /**
             * @description Codes (Norwegian name): `exported` = eksportert, `paid` = betalt, `cancelled` = kansellert.
             * @enum {string}
             */
            status: "exported" | "paid" | "cancelled";
            /**
             * Format: date
             * @description The batch took disbursements due on or before this day.
             * @example 2027-03-01
             */
            dueOnOrBefore: string | null;
            /**
             * Format: date
             * @description Requested execution date in the payment file.
             * @example 2027-03-01
             */
            executionDate: string;
            /** @description Control total: number of disbursements and their sum. */
            itemCount: number;
            /**
             * @description In øre (1 krone = 100 øre); kr 4 500 is 450000.
             * @example 450000
             */
            totalOre: number;
            /** @description Every text the payment file had to cut to fit (names at 70, messages at 140 characters). */
            truncations: components["schemas"]["TextTruncationResponse"][];
            /** @description The batch's files (CSV, XLSX, pain.001), with where to download each. */
            files?: components["schemas"]["BatchFileResponse"][];
            /** @description Attested disbursements matching the filter that could not go with this batch, and why. */
            skipped: components["schemas"]["SkippedDisbursementResponse"][];
            /** @description The batch's id. */
            id: string;
            /** @description e.g. UTB-000042; the payment file's message id. */
            number: string;
            /** @description The round the batch was limited to; null for all rounds. */
            roundId: string | null;
            /** @description The finance officer who built the batch. */
            exportedBy: string;
            /**
             * @description ISO 8601 in UTC (Oslo time 12:00 in winter is 11:00Z).
             * @example 2027-03-01T11:00:00.000Z
             */
            exportedAt: string;
            /**
             * @description ISO 8601 in UTC (Oslo time 12:00 in winter is 11:00Z).
             * @example 2027-03-01T11:00:00.000Z
             */
            cancelledAt: string | null;
            /** @description Why the batch was cancelled; null unless cancelled. */
            cancelReason: string | null;
            /** @description The version to send with the next step (optimistic locking). */
            version: number;
        };
        PaymentBatchResponse: {
            /**
             * @description Codes (Norwegian name): `exported` = eksportert, `paid` = betalt, `cancelled` = kansellert.
             * @enum {string}
             */
            status: "exported" | "paid" | "cancelled";
            /**
             * Format: date
             * @description The batch took disbursements due on or before this day.
             * @example 2027-03-01
             */
            dueOnOrBefore: string | null;
            /**
             * Format: date
             * @description Requested execution date in the payment file.
             * @example 2027-03-01
             */
            executionDate: string;
            /** @description Control total: number of disbursements and their sum. */
            itemCount: number;
            /**
             * @description In øre (1 krone = 100 øre); kr 4 500 is 450000.
             * @example 450000
             */
            totalOre: number;
            /** @description Every text the payment file had to cut to fit (names at 70, messages at 140 characters). */
            truncations: components["schemas"]["TextTruncationResponse"][];
            /** @description The batch's files (CSV, XLSX, pain.001), with where to download each. */
            files?: components["schemas"]["BatchFileResponse"][];
            /** @description The batch's id. */
            id: string;
            /** @description e.g. UTB-000042; the payment file's message id. */
            number: string;
            /** @description The round the batch was limited to; null for all rounds. */
            roundId: string | null;
            /** @description The finance officer who built the batch. */
            exportedBy: string;
            /**
             * @description ISO 8601 in UTC (Oslo time 12:00 in winter is 11:00Z).
             * @example 2027-03-01T11:00:00.000Z
             */
            exportedAt: string;
            /**
             * @description ISO 8601 in UTC (Oslo time 12:00 in winter is 11:00Z).
             * @example 2027-03-01T11:00:00.000Z
             */
            cancelledAt: string | null;
            /** @description Why the batch was cancelled; null unless cancelled. */
            cancelReason: string | null;
            /** @description The version to send with the next step (optimistic locking). */
            version: number;
        };
        PaymentBatchPage: {
            /** @description How many items match in all (not only on this page); a lower bound when `totalIsExact` is false. */
            total: number;
            /** @description False when the total was counted only up to a cap (1 000 rows past the page) and is a lower bound. */
            totalIsExact: boolean;
            /** @description The page size used (the `limit` asked for, or the default). */
            limit: number;
            /** @description How many items were skipped before this page. */
            offset: number;
            /** @description The payment batches on this page. */
            items: components["schemas"]["PaymentBatchResponse"][];
        };
        BatchItemResponse: {
            /** @description The row as the files show it. */
            row: {
                [key: string]: unknown;
            };
            /**
             * @description Codes (Norwegian name): `planned` = planlagt, `attested` = attestert, `exported` = eksportert, `paid` = utbetalt, `cancelled` = kansellert.
             * @enum {string}
             */
            status: "planned" | "attested" | "exported" | "paid" | "cancelled";
            /** @description False once the batch is cancelled. */
            live: boolean;
        };
        BatchItemPage: {
            /** @description How many items match in all (not only on this page); a lower bound when `totalIsExact` is false. */
            total: number;
            /** @description False when the total was counted only up to a cap (1 000 rows past the page) and is a lower bound. */
            totalIsExact: boolean;
            /** @description The page size used (the `limit` asked for, or the default). */
            limit: number;
            /** @description How many items were skipped before this page. */
            offset: number;
            /** @description The rows of the batch on this page. */
            items: components["schemas"]["BatchItemResponse"][];
        };
        Readable: Record<string, never>;
        CancelBatchRequest: {
            /** @description The version you last read; a stale version answers 409. */
            version: number;
            /** @description Why the batch is cancelled (required). */
            reason: string;
        };
        LedgerRoundResponse: {
            /**
             * @description The budget frame. In øre (1 krone = 100 øre); kr 4 500 is 450000.
             * @example 450000
             */
            frameOre: number;
            /**
             * @description Granted by decisions in force. In øre (1 krone = 100 øre); kr 4 500 is 450000.
             * @example 450000
             */
            grantedOre: number;
            /**
             * @description Granted and accepted (a commitment). In øre (1 krone = 100 øre); kr 4 500 is 450000.
             * @example 450000
             */
            committedOre: number;
            /**
             * @description Granted but not yet accepted. In øre (1 krone = 100 øre); kr 4 500 is 450000.
             * @example 450000
             */
            awaitingAcceptanceOre: number;
            /**
             * @description Paid out. In øre (1 krone = 100 øre); kr 4 500 is 450000.
             * @example 450000
             */
            paidOre: number;
            /**
             * @description Committed but not yet paid. In øre (1 krone = 100 øre); kr 4 500 is 450000.
             * @example 450000
             */
            unpaidOre: number;
            /**
             * @description Granted but lapsed (declined or not accepted in time). In øre (1 krone = 100 øre); kr 4 500 is 450000.
             * @example 450000
             */
            lapsedOre: number;
            /**
             * @description Frame left to grant. In øre (1 krone = 100 øre); kr 4 500 is 450000.
             * @example 450000
             */
            remainingOre: number;
            /**
             * @description Claimed back by repayment claims. In øre (1 krone = 100 øre); kr 4 500 is 450000.
             * @example 450000
             */
            claimedOre: number;
            /**
             * @description Repaid against the claims. In øre (1 krone = 100 øre); kr 4 500 is 450000.
             * @example 450000
             */
            repaidOre: number;
            /** @description The round. */
            roundId: string;
            /**
             * @description The grant year.
             * @example 2027
             */
            year: number;
            /** @description The round's title. */
            title: string;
            /**
             * @description Code of the scheme.
             * @example MHP
             */
            schemeCode: string;
            /** @description Chapter of the state budget, 4 digits. */
            budgetChapter: string;
            /** @description Post of the chapter, 2 digits. */
            budgetPost: string;
        };
        LedgerFiguresResponse: {
            /**
             * @description The budget frame. In øre (1 krone = 100 øre); kr 4 500 is 450000.
             * @example 450000
             */
            frameOre: number;
            /**
             * @description Granted by decisions in force. In øre (1 krone = 100 øre); kr 4 500 is 450000.
             * @example 450000
             */
            grantedOre: number;
            /**
             * @description Granted and accepted (a commitment). In øre (1 krone = 100 øre); kr 4 500 is 450000.
             * @example 450000
             */
            committedOre: number;
            /**
             * @description Granted but not yet accepted. In øre (1 krone = 100 øre); kr 4 500 is 450000.
             * @example 450000
             */
            awaitingAcceptanceOre: number;
            /**
             * @description Paid out. In øre (1 krone = 100 øre); kr 4 500 is 450000.
             * @example 450000
             */
            paidOre: number;
            /**
             * @description Committed but not yet paid. In øre (1 krone = 100 øre); kr 4 500 is 450000.
             * @example 450000
             */
            unpaidOre: number;
            /**
             * @description Granted but lapsed (declined or not accepted in time). In øre (1 krone = 100 øre); kr 4 500 is 450000.
             * @example 450000
             */
            lapsedOre: number;
            /**
             * @description Frame left to grant. In øre (1 krone = 100 øre); kr 4 500 is 450000.
             * @example 450000
             */
            remainingOre: number;
            /**
             * @description Claimed back by repayment claims. In øre (1 krone = 100 øre); kr 4 500 is 450000.
             * @example 450000
             */
            claimedOre: number;
            /**
             * @description Repaid against the claims. In øre (1 krone = 100 øre); kr 4 500 is 450000.
             * @example 450000
             */
            repaidOre: number;
            /** @description Chapter of the state budget, 4 digits. */
            budgetChapter: string;
            /** @description Post of the chapter, 2 digits. */
            budgetPost: string;
        };
        LedgerResponse: {
            /**
             * @description The budget year the ledger covers.
             * @example 2027
             */
            year: number;
            /** @description The figures per round of the year. */
            rounds: components["schemas"]["LedgerRoundResponse"][];
            /** @description The figures per budget chapter and post. */
            chapterPosts: components["schemas"]["LedgerFiguresResponse"][];
        };
        FiguresResponse: {
            /** @description Submitted applications. */
            applications: number;
            /**
             * @description Sum applied for. In øre (1 krone = 100 øre); kr 4 500 is 450000.
             * @example 450000
             */
            appliedOre: number;
            /** @description Applications granted in full. */
            grantedInFull: number;
            /** @description Applications granted in part. */
            grantedInPart: number;
            /** @description Applications rejected (avslag). */
            rejected: number;
            /** @description Applications dismissed at the formal check (avvist). */
            dismissed: number;
            /** @description Applications without a decision yet. */
            undecided: number;
            /** @description Grants that lapsed (declined or not accepted in time). */
            lapsed: number;
            /**
             * @description Sum granted by decisions in force. In øre (1 krone = 100 øre); kr 4 500 is 450000.
             * @example 450000
             */
            grantedOre: number;
        };
        GroupResponse: {
            /** @description Submitted applications. */
            applications: number;
            /**
             * @description Sum applied for. In øre (1 krone = 100 øre); kr 4 500 is 450000.
             * @example 450000
             */
            appliedOre: number;
            /** @description Applications granted in full. */
            grantedInFull: number;
            /** @description Applications granted in part. */
            grantedInPart: number;
            /** @description Applications rejected (avslag). */
            rejected: number;
            /** @description Applications dismissed at the formal check (avvist). */
            dismissed: number;
            /** @description Applications without a decision yet. */
            undecided: number;
            /** @description Grants that lapsed (declined or not accepted in time). */
            lapsed: number;
            /**
             * @description Sum granted by decisions in force. In øre (1 krone = 100 øre); kr 4 500 is 450000.
             * @example 450000
             */
            grantedOre: number;
            /** @description The group's code (measure category code, county name or organisation form code). */
            key: string;
            /**
             * @description The group's name in Norwegian.
             * @example Oslo
             */
            label: string;
        };
        IndicatorCellResponse: {
            /**
             * @description A whole number; "≤5" for 1 to 5 people (the limit is STATISTICS_SMALL_CELL_LIMIT); ":" withheld (more than
             *     the limit) so that a small figure cannot be worked out.
             */
            value: number | string;
            /**
             * @description The breakdown cell (e.g. a gender or age band).
             * @example female
             */
            cell: string;
        };
        IndicatorSumResponse: {
            /** @description How many approved reports the sum covers. */
            reports: number;
            /** @description The sum of the cells, suppressed by the same rules. */
            total: number | string;
            /** @description The indicator's code in the scheme. */
            code: string;
            /** @description The indicator's name. */
            name: string;
            /** @description The sum per breakdown cell, suppressed where small. */
            cells: components["schemas"]["IndicatorCellResponse"][];
        };
        RoundStatisticsResponse: {
            /** @description Figures about people from 1 to this many show as "≤limit". */
            smallCellLimit: number;
            /** @description The round. */
            roundId: string;
            /**
             * @description The grant year.
             * @example 2027
             */
            year: number;
            /**
             * @description Code of the scheme.
             * @example MHP
             */
            schemeCode: string;
            /** @description The round's title. */
            title: string;
            /** @description The figures for the whole round. */
            totals: components["schemas"]["FiguresResponse"];
            /** @description The figures per measure category. */
            byMeasureCategory: components["schemas"]["GroupResponse"][];
            /** @description The figures per county of the applicant. */
            byCounty: components["schemas"]["GroupResponse"][];
            /** @description The figures per organisation form. */
            byOrganisationForm: components["schemas"]["GroupResponse"][];
            /** @description Report indicators (figures about people) summed across recipients, with small-cell suppression. */
            indicators: components["schemas"]["IndicatorSumResponse"][];
        };
        YearStatisticsResponse: {
            /** @description Submitted applications. */
            applications: number;
            /**
             * @description Sum applied for. In øre (1 krone = 100 øre); kr 4 500 is 450000.
             * @example 450000
             */
            appliedOre: number;
            /** @description Applications granted in full. */
            grantedInFull: number;
            /** @description Applications granted in part. */
            grantedInPart: number;
            /** @description Applications rejected (avslag). */
            rejected: number;
            /** @description Applications dismissed at the formal check (avvist). */
            dismissed: number;
            /** @description Applications without a decision yet. */
            undecided: number;
            /** @description Grants that lapsed (declined or not accepted in time). */
            lapsed: number;
            /**
             * @description Sum granted by decisions in force. In øre (1 krone = 100 øre); kr 4 500 is 450000.
             * @example 450000
             */
            grantedOre: number;
            /**
             * @description Code of the scheme.
             * @example MHP
             */
            schemeCode: string;
            /**
             * @description The grant year.
             * @example 2027
             */
            year: number;
            /** @description The scheme's round of that year. */
            roundId: string;
            /** @description The year's indicator sums: the scheme's one round of the year, suppressed exactly as in its round view. */
            indicators: components["schemas"]["IndicatorSumResponse"][];
        };
        ReportFileResponse: {
            /** @description The size in bytes (at most 10 MB). */
            sizeBytes: number;
            /**
             * @description Content warnings for the caseworker: `pdfJavaScript` — the PDF contains JavaScript (open it with JavaScript
             *     switched off); `notScanned` — stored while virus scanning was off (CLAMAV=off).
             */
            warnings: components["schemas"]["UploadWarning"][];
            /**
             * @description The file name as uploaded.
             * @example vedtekter.pdf
             */
            fileName: string;
            /** @description SHA-256 of the stored bytes, hex. */
            sha256: string;
            /**
             * @description ISO 8601 in UTC (Oslo time 12:00 in winter is 11:00Z).
             * @example 2027-03-01T11:00:00.000Z
             */
            uploadedAt: string;
        };
        RepaymentClaimResponse: {
            /**
             * @description In øre (1 krone = 100 øre); kr 4 500 is 450000.
             * @example 450000
             */
            amountOre: number;
            /**
             * @description In øre (1 krone = 100 øre); kr 4 500 is 450000.
             * @example 450000
             */
            repaidOre: number;
            /**
             * Format: date
             * @description The day the repayment is due.
             * @example 2027-03-01
             */
            dueDate: string;
            /**
             * @description Codes (Norwegian name): `open` = åpent, `settled` = oppgjort, `cancelled` = kansellert.
             * @enum {string}
             */
            status: "open" | "settled" | "cancelled";
            /**
             * @description The amount before a new decision on appeal changed it; null when it never has. In øre (1 krone = 100 øre); kr 4 500 is 450000.
             * @example 450000
             */
            amountBeforeRevisionOre: number | null;
            /**
             * @description `report`: made at report review; `changed_decision`: a new decision left more paid than granted. Codes (Norwegian name): `report` = rapport, `changed_decision` = endret vedtak.
             * @enum {string}
             */
            origin: "report" | "changed_decision";
            /**
             * Format: date-time
             * @description When the claim letter was delivered to the organisation (the claim's notification); null until then. ISO 8601 in UTC (Oslo time 12:00 in winter is 11:00Z).
             * @example 2027-03-01T11:00:00.000Z
             */
            notifiedAt: string | null;
            /**
             * Format: date-time
             * @description Three weeks from notification; null until the letter is delivered. ISO 8601 in UTC (Oslo time 12:00 in winter is 11:00Z).
             * @example 2027-03-01T11:00:00.000Z
             */
            appealDeadline: string | null;
            /** @description The claim's id. */
            id: string;
            /** @description The application (case). */
            applicationId: string;
            /** @description Why Sfk claims money back. */
            reason: string;
            /** @description The version to send with the next step (optimistic locking). */
            version: number;
            /**
             * @description ISO 8601 in UTC (Oslo time 12:00 in winter is 11:00Z).
             * @example 2027-03-01T11:00:00.000Z
             */
            createdAt: string;
        };
        PlannedBudgetLineDto: {
            /** @description The position to give as `line` in `actuals`. */
            line: number;
            /**
             * @description In øre (1 krone = 100 øre); kr 4 500 is 450000.
             * @example 450000
             */
            budgetOre: number;
            /** @description The budget category (code as in BudgetLineDto.category). */
            category: string;
            /** @description What the budget line covers. */
            description: string;
        };
        ActualLineDto: {
            /** @description Position of the budget line in the application's budget (0 = the first). */
            line: number;
            /**
             * @description In øre (1 krone = 100 øre); kr 4 500 is 450000.
             * @example 450000
             */
            actualOre: number;
        };
        ReportResponse: {
            /**
             * @description "due" until the organisation has started the report. Codes (Norwegian name): `due` = skal leveres, `draft` = utkast, `submitted` = levert, `returned` = returnert for retting, `approved` = godkjent, `repayment_claimed` = krav om tilbakebetaling sendt.
             * @enum {string}
             */
            status: "due" | "draft" | "submitted" | "returned" | "approved" | "repayment_claimed";
            /**
             * @description In øre (1 krone = 100 øre); kr 4 500 is 450000.
             * @example 450000
             */
            grantOre: number;
            /** @description The uploaded auditor's statement; null until uploaded. */
            auditorStatement: components["schemas"]["ReportFileResponse"] | null;
            /**
             * Format: date
             * @description The approved period (an approved extension moves the end).
             * @example 2027-03-01
             */
            periodStart: string | null;
            /**
             * Format: date
             * @description Last day of the approved period.
             * @example 2027-03-01
             */
            periodEnd: string | null;
            /** @description Indicator code → breakdown cells. */
            indicatorCells: {
                [key: string]: unknown;
            };
            /** @description Indicator code → its name as the scheme gives it (what the form shows). */
            indicatorNames: {
                [key: string]: string;
            };
            /** @description Aggregate figures per indicator and breakdown cell (indicator code → cell → whole number). */
            indicators: {
                [key: string]: unknown;
            };
            /**
             * @description In øre (1 krone = 100 øre); kr 4 500 is 450000.
             * @example 450000
             */
            otherIncomeOre: number;
            /**
             * @description Computed: grant − (actual costs − other income), at least 0. In øre (1 krone = 100 øre); kr 4 500 is 450000.
             * @example 450000
             */
            unspentOre: number;
            /** @description Who signs the report; null until given. */
            signatory: components["schemas"]["SignatoryDto"] | null;
            /** @description The repayment claim made at review; null when none. */
            repaymentClaim: components["schemas"]["RepaymentClaimResponse"] | null;
            /** @description The application (case). */
            applicationId: string;
            /** @description The decision in force the report answers. */
            decisionId: string;
            /**
             * @description ISO 8601 in UTC (Oslo time 12:00 in winter is 11:00Z).
             * @example 2027-03-01T11:00:00.000Z
             */
            dueAt: string;
            /** @description Past the due date and not submitted. */
            overdue: boolean;
            /**
             * @description The grant is at or above the scheme's auditor threshold: an auditor's statement must be uploaded before
             *     submission.
             */
            auditorStatementRequired: boolean;
            /** @description The approved budget: the application's, as changed by approved change requests. */
            budget: components["schemas"]["PlannedBudgetLineDto"][];
            /** @description Approved changes of the project content, oldest first. */
            contentChanges: string[];
            /** @description Måloppnåelse, as written by the organisation; null until written. */
            goalAchievement: string | null;
            /** @description Gjennomførte aktiviteter; null until written. */
            activities: string | null;
            /** @description Avvik fra planen og hvorfor; null until written. */
            deviations: string | null;
            /** @description Actual spending per budget line. */
            actuals: components["schemas"]["ActualLineDto"][];
            /**
             * @description ISO 8601 in UTC (Oslo time 12:00 in winter is 11:00Z).
             * @example 2027-03-01T11:00:00.000Z
             */
            submittedAt: string | null;
            /**
             * @description ISO 8601 in UTC (Oslo time 12:00 in winter is 11:00Z).
             * @example 2027-03-01T11:00:00.000Z
             */
            reviewedAt: string | null;
            /** @description The caseworker's comment when the report was returned or reviewed; null otherwise. */
            reviewComment: string | null;
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
            /**
             * @description Other income of the measure (øre). In øre (1 krone = 100 øre); kr 4 500 is 450000.
             * @example 450000
             */
            otherIncomeOre?: number;
            /** @description Who signs the report for the organisation (required before submission); null clears it. */
            signatory?: components["schemas"]["SignatoryDto"] | null;
        };
        SubmitReportRequest: {
            /** @description The version you last read; a stale version answers 409. */
            version: number;
        };
        ClaimRequest: {
            /**
             * @description Default: the unspent amount the report shows. In øre (1 krone = 100 øre); kr 4 500 is 450000.
             * @example 450000
             */
            amountOre?: number;
            /** @description Why Sfk claims money back (quoted in the claim letter). */
            reason: string;
            /**
             * Format: date
             * @description The day the repayment is due (YYYY-MM-DD).
             * @example 2028-06-30
             */
            dueDate: string;
        };
        ReviewReportRequest: {
            /** @description The version you last read; a stale version answers 409. */
            version: number;
            /**
             * @description approve; return for revision (with a comment); or claim repayment (with `claim`). Codes (Norwegian name): `approve` = godkjenn, `return` = returner for retting, `claim` = krev tilbakebetaling.
             * @enum {string}
             */
            outcome: "approve" | "return" | "claim";
            /** @description With outcome `claim`: the repayment claim (required then, 422). */
            claim?: components["schemas"]["ClaimRequest"];
            /** @description Required when the report is returned: what the organisation must revise. */
            comment?: string;
        };
        ObligationResponse: {
            /**
             * @description In øre (1 krone = 100 øre); kr 4 500 is 450000.
             * @example 450000
             */
            grantOre: number;
            /**
             * @description Codes (Norwegian name): `due` = skal leveres, `draft` = utkast, `submitted` = levert, `returned` = returnert for retting, `approved` = godkjent, `repayment_claimed` = krav om tilbakebetaling sendt.
             * @enum {string}
             */
            status: "due" | "draft" | "submitted" | "returned" | "approved" | "repayment_claimed";
            /** @description The application (case). */
            applicationId: string;
            /**
             * @description The case reference.
             * @example MHP-2027-0042
             */
            referenceNumber: string;
            /** @description The recipient organisation's name. */
            organisationName: string;
            /** @description The round. */
            roundId: string;
            /**
             * @description ISO 8601 in UTC (Oslo time 12:00 in winter is 11:00Z).
             * @example 2027-03-01T11:00:00.000Z
             */
            dueAt: string;
            /** @description Past the due date and not submitted. */
            overdue: boolean;
            /**
             * @description ISO 8601 in UTC (Oslo time 12:00 in winter is 11:00Z).
             * @example 2027-03-01T11:00:00.000Z
             */
            submittedAt: string | null;
        };
        ObligationPage: {
            /** @description How many items match in all (not only on this page); a lower bound when `totalIsExact` is false. */
            total: number;
            /** @description False when the total was counted only up to a cap (1 000 rows past the page) and is a lower bound. */
            totalIsExact: boolean;
            /** @description The page size used (the `limit` asked for, or the default). */
            limit: number;
            /** @description How many items were skipped before this page. */
            offset: number;
            /** @description The report obligations on this page. */
            items: components["schemas"]["ObligationResponse"][];
        };
        ClaimPage: {
            /** @description How many items match in all (not only on this page); a lower bound when `totalIsExact` is false. */
            total: number;
            /** @description False when the total was counted only up to a cap (1 000 rows past the page) and is a lower bound. */
            totalIsExact: boolean;
            /** @description The page size used (the `limit` asked for, or the default). */
            limit: number;
            /** @description How many items were skipped before this page. */
            offset: number;
            /** @description The repayment claims on this page. */
            items: components["schemas"]["RepaymentClaimResponse"][];
        };
        RepaymentRequest: {
            /** @description The version you last read; a stale version answers 409. */
            version: number;
            /**
             * @description In øre (1 krone = 100 øre); kr 4 500 is 450000.
             * @example 450000
             */
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
             * @description The account's e-mail address.
             * @example soker@kirkensbymisjon.no
             */
            email: string;
            /** @description The account's password. */
            password: string;
        };
        LoginResponse: {
            /**
             * @description Codes (Norwegian name): `Bearer` = bærertoken (Authorization: Bearer …).
             * @enum {string}
             */
            tokenType: "Bearer";
            /** @description The bearer token: send it as `Authorization: Bearer <token>`. */
            accessToken: string;
            /** @description Seconds until the token expires. */
            expiresIn: number;
        };
        RegisterRequest: {
            /**
             * Format: email
             * @description Your e-mail address: the login, confirmed by a link sent to it.
             * @example ny.soker@example.org
             */
            email: string;
            /** @description Your full name. */
            name: string;
            /** @description At least 12 characters and not easy to guess (common passwords, patterns, your name or e-mail are refused). */
            password: string;
        };
        AccountMessageResponse: {
            /** @description What happens next, in Norwegian, to show the user. */
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
             * @description The e-mail address of the account.
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
            /** @description The password now (a wrong one counts as a failed login). */
            currentPassword: string;
            /** @description At least 12 characters and not easy to guess (common passwords, patterns, your name or e-mail are refused). */
            newPassword: string;
        };
        /**
         * @description How the user logged in.
         * @enum {string}
         */
        SessionAuthMethod: "password";
        SessionResponse: {
            /**
             * Format: date-time
             * @description The session ends here unless it is used before (each request moves it forward, never past the absolute end). ISO 8601 in UTC (Oslo time 12:00 in winter is 11:00Z).
             * @example 2027-03-01T11:00:00.000Z
             */
            idleExpiresAt: string;
            /**
             * Format: date-time
             * @description The session ends here whatever happens (SESSION_ABSOLUTE_HOURS after the login). ISO 8601 in UTC (Oslo time 12:00 in winter is 11:00Z).
             * @example 2027-03-01T11:00:00.000Z
             */
            absoluteExpiresAt: string;
            /** @description How the user logged in. */
            authMethod: components["schemas"]["SessionAuthMethod"];
            /** @description The logged-in user, as GET /api/me answers. */
            user: components["schemas"]["MeResponse"];
            /** @description Send it as the X-CSRF-Token header with every request that changes something (not GET, HEAD, OPTIONS). */
            csrfToken: string;
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
            /** @description PostgreSQL or Redis is unreachable: the same body, with status `down`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "down",
                     *       "database": {
                     *         "status": "down",
                     *         "error": "unreachable"
                     *       },
                     *       "redis": {
                     *         "status": "up",
                     *         "latencyMs": 1
                     *       },
                     *       "worker": {
                     *         "status": "up",
                     *         "lastHeartbeatAt": "2027-03-01T11:00:00.000Z"
                     *       },
                     *       "deliveries": null,
                     *       "virusScanner": {
                     *         "status": "up",
                     *         "address": "unix:/run/clamav/clamd.sock",
                     *         "latencyMs": 2
                     *       }
                     *     }
                     */
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
            /** @description The request is malformed: a field is missing, has the wrong type or format, or breaks a limit. `errors[]` lists every broken rule with its field (`type` …:validation); a body too deeply nested or with too many items is …:json-too-complex; a body that is not JSON is …:bad-request. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description A store the API depends on (PostgreSQL, Redis) does not answer, or for an upload the virus scanner (clamd) gives no verdict, so the upload is refused (…:unavailable); try again after Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    Public_round: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The round's id (UUID). An unknown id, or one the caller may not see, answers 404. */
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
            /** @description Nothing with this id, or nothing the caller may see (a case outside your organisation answers 404, not 403). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description A store the API depends on (PostgreSQL, Redis) does not answer, or for an upload the virus scanner (clamd) gives no verdict, so the upload is refused (…:unavailable); try again after Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    Public_listAwardLists: {
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
                    "application/json": components["schemas"]["PublicAwardListPage"];
                };
            };
            /** @description The request is malformed: a field is missing, has the wrong type or format, or breaks a limit. `errors[]` lists every broken rule with its field (`type` …:validation); a body too deeply nested or with too many items is …:json-too-complex; a body that is not JSON is …:bad-request. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description A store the API depends on (PostgreSQL, Redis) does not answer, or for an upload the virus scanner (clamd) gives no verdict, so the upload is refused (…:unavailable); try again after Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    Public_awardList: {
        parameters: {
            query?: {
                /** @description json (default), csv (Norwegian Excel: `;`, UTF-8 with BOM, comma decimals) or xlsx. */
                format?: "json" | "csv" | "xlsx";
            };
            header?: never;
            path: {
                /** @description The round's id (UUID). An unknown id, or one the caller may not see, answers 404. */
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
            /** @description The request is malformed: a field is missing, has the wrong type or format, or breaks a limit. `errors[]` lists every broken rule with its field (`type` …:validation); a body too deeply nested or with too many items is …:json-too-complex; a body that is not JSON is …:bad-request. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Nothing with this id, or nothing the caller may see (a case outside your organisation answers 404, not 403). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Conflict: the `version` sent is stale (…:stale-version, with `currentVersion`: fetch again), the case is in a status where this step is not allowed (…:invalid-state, with `currentState`), it exists already (…:duplicate) or a simultaneous change won (…:concurrent-update, Retry-After). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /**
             * @description Too many requests from this client; see Retry-After.
             *
             *     Too many requests for this limit (…:rate-limited); wait the seconds in Retry-After.
             */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description A store the API depends on (PostgreSQL, Redis) does not answer, or for an upload the virus scanner (clamd) gives no verdict, so the upload is refused (…:unavailable); try again after Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
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
                /** @description Only users with this role. Codes (Norwegian name): `applicant` = søker, `caseworker` = saksbehandler, `approver` = godkjenner, `finance` = økonomi, `admin` = administrator. */
                role?: "applicant" | "caseworker" | "approver" | "finance" | "admin";
                /** @description Free text over name and e-mail. */
                q?: string;
                /** @description Only active (true) or deactivated (false) users. */
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
            /** @description The request is malformed: a field is missing, has the wrong type or format, or breaks a limit. `errors[]` lists every broken rule with its field (`type` …:validation); a body too deeply nested or with too many items is …:json-too-complex; a body that is not JSON is …:bad-request. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not logged in: no bearer token, or one that is expired or revoked (e.g. after a password change), so log in again; at login, a wrong e-mail address or password (the same answer for both). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The caller's role does not allow this operation, or the two-person rule forbids it (e.g. approving what you prepared yourself). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description A store the API depends on (PostgreSQL, Redis) does not answer, or for an upload the virus scanner (clamd) gives no verdict, so the upload is refused (…:unavailable); try again after Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
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
            /** @description The request is malformed: a field is missing, has the wrong type or format, or breaks a limit. `errors[]` lists every broken rule with its field (`type` …:validation); a body too deeply nested or with too many items is …:json-too-complex; a body that is not JSON is …:bad-request. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not logged in: no bearer token, or one that is expired or revoked (e.g. after a password change), so log in again; at login, a wrong e-mail address or password (the same answer for both). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The caller's role does not allow this operation, or the two-person rule forbids it (e.g. approving what you prepared yourself). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Conflict: the `version` sent is stale (…:stale-version, with `currentVersion`: fetch again), the case is in a status where this step is not allowed (…:invalid-state, with `currentState`), it exists already (…:duplicate) or a simultaneous change won (…:concurrent-update, Retry-After). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The request is well-formed but breaks a rule of the scheme, the round or the case (…:rule-violation); `errors[]` names each broken rule and its field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description A store the API depends on (PostgreSQL, Redis) does not answer, or for an upload the virus scanner (clamd) gives no verdict, so the upload is refused (…:unavailable); try again after Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    Users_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The user's id (UUID). An unknown id, or one the caller may not see, answers 404. */
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
            /** @description Not logged in: no bearer token, or one that is expired or revoked (e.g. after a password change), so log in again; at login, a wrong e-mail address or password (the same answer for both). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The caller's role does not allow this operation, or the two-person rule forbids it (e.g. approving what you prepared yourself). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Nothing with this id, or nothing the caller may see (a case outside your organisation answers 404, not 403). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description A store the API depends on (PostgreSQL, Redis) does not answer, or for an upload the virus scanner (clamd) gives no verdict, so the upload is refused (…:unavailable); try again after Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    Users_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The user's id (UUID). An unknown id, or one the caller may not see, answers 404. */
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
            /** @description The request is malformed: a field is missing, has the wrong type or format, or breaks a limit. `errors[]` lists every broken rule with its field (`type` …:validation); a body too deeply nested or with too many items is …:json-too-complex; a body that is not JSON is …:bad-request. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not logged in: no bearer token, or one that is expired or revoked (e.g. after a password change), so log in again; at login, a wrong e-mail address or password (the same answer for both). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The caller's role does not allow this operation, or the two-person rule forbids it (e.g. approving what you prepared yourself). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Nothing with this id, or nothing the caller may see (a case outside your organisation answers 404, not 403). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Conflict: the `version` sent is stale (…:stale-version, with `currentVersion`: fetch again), the case is in a status where this step is not allowed (…:invalid-state, with `currentState`), it exists already (…:duplicate) or a simultaneous change won (…:concurrent-update, Retry-After). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The request is well-formed but breaks a rule of the scheme, the round or the case (…:rule-violation); `errors[]` names each broken rule and its field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description A store the API depends on (PostgreSQL, Redis) does not answer, or for an upload the virus scanner (clamd) gives no verdict, so the upload is refused (…:unavailable); try again after Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
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
                /** @description Only organisations of this form. Codes (Norwegian name): `association` = forening eller lag, `foundation` = stiftelse, `limited_company` = aksjeselskap, `municipality` = kommune, `cooperative` = samvirkeforetak, `other` = annen organisasjonsform. */
                form?: "association" | "foundation" | "limited_company" | "municipality" | "cooperative" | "other";
                /** @description Only organisations in this county (fylke). */
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
            /** @description The request is malformed: a field is missing, has the wrong type or format, or breaks a limit. `errors[]` lists every broken rule with its field (`type` …:validation); a body too deeply nested or with too many items is …:json-too-complex; a body that is not JSON is …:bad-request. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not logged in: no bearer token, or one that is expired or revoked (e.g. after a password change), so log in again; at login, a wrong e-mail address or password (the same answer for both). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The caller's role does not allow this operation, or the two-person rule forbids it (e.g. approving what you prepared yourself). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description A store the API depends on (PostgreSQL, Redis) does not answer, or for an upload the virus scanner (clamd) gives no verdict, so the upload is refused (…:unavailable); try again after Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
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
            /** @description The request is malformed: a field is missing, has the wrong type or format, or breaks a limit. `errors[]` lists every broken rule with its field (`type` …:validation); a body too deeply nested or with too many items is …:json-too-complex; a body that is not JSON is …:bad-request. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not logged in: no bearer token, or one that is expired or revoked (e.g. after a password change), so log in again; at login, a wrong e-mail address or password (the same answer for both). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The caller's role does not allow this operation, or the two-person rule forbids it (e.g. approving what you prepared yourself). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Conflict: the `version` sent is stale (…:stale-version, with `currentVersion`: fetch again), the case is in a status where this step is not allowed (…:invalid-state, with `currentState`), it exists already (…:duplicate) or a simultaneous change won (…:concurrent-update, Retry-After). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The request is well-formed but breaks a rule of the scheme, the round or the case (…:rule-violation); `errors[]` names each broken rule and its field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description A store the API depends on (PostgreSQL, Redis) does not answer, or for an upload the virus scanner (clamd) gives no verdict, so the upload is refused (…:unavailable); try again after Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    Organisations_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The organisation's id (UUID). An unknown id, or one the caller may not see, answers 404. */
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
            /** @description Not logged in: no bearer token, or one that is expired or revoked (e.g. after a password change), so log in again; at login, a wrong e-mail address or password (the same answer for both). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The caller's role does not allow this operation, or the two-person rule forbids it (e.g. approving what you prepared yourself). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Nothing with this id, or nothing the caller may see (a case outside your organisation answers 404, not 403). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description A store the API depends on (PostgreSQL, Redis) does not answer, or for an upload the virus scanner (clamd) gives no verdict, so the upload is refused (…:unavailable); try again after Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    Organisations_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The organisation's id (UUID). An unknown id, or one the caller may not see, answers 404. */
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
            /** @description The request is malformed: a field is missing, has the wrong type or format, or breaks a limit. `errors[]` lists every broken rule with its field (`type` …:validation); a body too deeply nested or with too many items is …:json-too-complex; a body that is not JSON is …:bad-request. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not logged in: no bearer token, or one that is expired or revoked (e.g. after a password change), so log in again; at login, a wrong e-mail address or password (the same answer for both). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The caller's role does not allow this operation, or the two-person rule forbids it (e.g. approving what you prepared yourself). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Nothing with this id, or nothing the caller may see (a case outside your organisation answers 404, not 403). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Conflict: the `version` sent is stale (…:stale-version, with `currentVersion`: fetch again), the case is in a status where this step is not allowed (…:invalid-state, with `currentState`), it exists already (…:duplicate) or a simultaneous change won (…:concurrent-update, Retry-After). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The request is well-formed but breaks a rule of the scheme, the round or the case (…:rule-violation); `errors[]` names each broken rule and its field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description A store the API depends on (PostgreSQL, Redis) does not answer, or for an upload the virus scanner (clamd) gives no verdict, so the upload is refused (…:unavailable); try again after Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    Organisations_members: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The organisation's id (UUID). An unknown id, or one the caller may not see, answers 404. */
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
            /** @description Not logged in: no bearer token, or one that is expired or revoked (e.g. after a password change), so log in again; at login, a wrong e-mail address or password (the same answer for both). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The caller's role does not allow this operation, or the two-person rule forbids it (e.g. approving what you prepared yourself). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Nothing with this id, or nothing the caller may see (a case outside your organisation answers 404, not 403). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description A store the API depends on (PostgreSQL, Redis) does not answer, or for an upload the virus scanner (clamd) gives no verdict, so the upload is refused (…:unavailable); try again after Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    Organisations_addMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The organisation's id (UUID). An unknown id, or one the caller may not see, answers 404. */
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
            /** @description The request is malformed: a field is missing, has the wrong type or format, or breaks a limit. `errors[]` lists every broken rule with its field (`type` …:validation); a body too deeply nested or with too many items is …:json-too-complex; a body that is not JSON is …:bad-request. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not logged in: no bearer token, or one that is expired or revoked (e.g. after a password change), so log in again; at login, a wrong e-mail address or password (the same answer for both). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The caller's role does not allow this operation, or the two-person rule forbids it (e.g. approving what you prepared yourself). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Nothing with this id, or nothing the caller may see (a case outside your organisation answers 404, not 403). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Conflict: the `version` sent is stale (…:stale-version, with `currentVersion`: fetch again), the case is in a status where this step is not allowed (…:invalid-state, with `currentState`), it exists already (…:duplicate) or a simultaneous change won (…:concurrent-update, Retry-After). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The request is well-formed but breaks a rule of the scheme, the round or the case (…:rule-violation); `errors[]` names each broken rule and its field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description A store the API depends on (PostgreSQL, Redis) does not answer, or for an upload the virus scanner (clamd) gives no verdict, so the upload is refused (…:unavailable); try again after Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    Organisations_removeMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The organisation's id (UUID). An unknown id, or one the caller may not see, answers 404. */
                id: string;
                /** @description The member's user id (UUID). */
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
            /** @description Not logged in: no bearer token, or one that is expired or revoked (e.g. after a password change), so log in again; at login, a wrong e-mail address or password (the same answer for both). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The caller's role does not allow this operation, or the two-person rule forbids it (e.g. approving what you prepared yourself). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Nothing with this id, or nothing the caller may see (a case outside your organisation answers 404, not 403). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Conflict: the `version` sent is stale (…:stale-version, with `currentVersion`: fetch again), the case is in a status where this step is not allowed (…:invalid-state, with `currentState`), it exists already (…:duplicate) or a simultaneous change won (…:concurrent-update, Retry-After). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description A store the API depends on (PostgreSQL, Redis) does not answer, or for an upload the virus scanner (clamd) gives no verdict, so the upload is refused (…:unavailable); try again after Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    Organisations_updateMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The organisation's id (UUID). An unknown id, or one the caller may not see, answers 404. */
                id: string;
                /** @description The member's user id (UUID). */
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
            /** @description The request is malformed: a field is missing, has the wrong type or format, or breaks a limit. `errors[]` lists every broken rule with its field (`type` …:validation); a body too deeply nested or with too many items is …:json-too-complex; a body that is not JSON is …:bad-request. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not logged in: no bearer token, or one that is expired or revoked (e.g. after a password change), so log in again; at login, a wrong e-mail address or password (the same answer for both). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The caller's role does not allow this operation, or the two-person rule forbids it (e.g. approving what you prepared yourself). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Nothing with this id, or nothing the caller may see (a case outside your organisation answers 404, not 403). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Conflict: the `version` sent is stale (…:stale-version, with `currentVersion`: fetch again), the case is in a status where this step is not allowed (…:invalid-state, with `currentState`), it exists already (…:duplicate) or a simultaneous change won (…:concurrent-update, Retry-After). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description A store the API depends on (PostgreSQL, Redis) does not answer, or for an upload the virus scanner (clamd) gives no verdict, so the upload is refused (…:unavailable); try again after Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    Organisations_setRegisterFlags: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The organisation's id (UUID). An unknown id, or one the caller may not see, answers 404. */
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
            /** @description The request is malformed: a field is missing, has the wrong type or format, or breaks a limit. `errors[]` lists every broken rule with its field (`type` …:validation); a body too deeply nested or with too many items is …:json-too-complex; a body that is not JSON is …:bad-request. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not logged in: no bearer token, or one that is expired or revoked (e.g. after a password change), so log in again; at login, a wrong e-mail address or password (the same answer for both). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The caller's role does not allow this operation, or the two-person rule forbids it (e.g. approving what you prepared yourself). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Nothing with this id, or nothing the caller may see (a case outside your organisation answers 404, not 403). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Conflict: the `version` sent is stale (…:stale-version, with `currentVersion`: fetch again), the case is in a status where this step is not allowed (…:invalid-state, with `currentState`), it exists already (…:duplicate) or a simultaneous change won (…:concurrent-update, Retry-After). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description A store the API depends on (PostgreSQL, Redis) does not answer, or for an upload the virus scanner (clamd) gives no verdict, so the upload is refused (…:unavailable); try again after Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
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
            /** @description The request is malformed: a field is missing, has the wrong type or format, or breaks a limit. `errors[]` lists every broken rule with its field (`type` …:validation); a body too deeply nested or with too many items is …:json-too-complex; a body that is not JSON is …:bad-request. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not logged in: no bearer token, or one that is expired or revoked (e.g. after a password change), so log in again; at login, a wrong e-mail address or password (the same answer for both). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The caller's role does not allow this operation, or the two-person rule forbids it (e.g. approving what you prepared yourself). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description A store the API depends on (PostgreSQL, Redis) does not answer, or for an upload the virus scanner (clamd) gives no verdict, so the upload is refused (…:unavailable); try again after Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
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
            /** @description The request is malformed: a field is missing, has the wrong type or format, or breaks a limit. `errors[]` lists every broken rule with its field (`type` …:validation); a body too deeply nested or with too many items is …:json-too-complex; a body that is not JSON is …:bad-request. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not logged in: no bearer token, or one that is expired or revoked (e.g. after a password change), so log in again; at login, a wrong e-mail address or password (the same answer for both). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The caller's role does not allow this operation, or the two-person rule forbids it (e.g. approving what you prepared yourself). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Conflict: the `version` sent is stale (…:stale-version, with `currentVersion`: fetch again), the case is in a status where this step is not allowed (…:invalid-state, with `currentState`), it exists already (…:duplicate) or a simultaneous change won (…:concurrent-update, Retry-After). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The request is well-formed but breaks a rule of the scheme, the round or the case (…:rule-violation); `errors[]` names each broken rule and its field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description A store the API depends on (PostgreSQL, Redis) does not answer, or for an upload the virus scanner (clamd) gives no verdict, so the upload is refused (…:unavailable); try again after Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    Schemes_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The grant scheme's id (UUID). An unknown id, or one the caller may not see, answers 404. */
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
            /** @description Not logged in: no bearer token, or one that is expired or revoked (e.g. after a password change), so log in again; at login, a wrong e-mail address or password (the same answer for both). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The caller's role does not allow this operation, or the two-person rule forbids it (e.g. approving what you prepared yourself). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Nothing with this id, or nothing the caller may see (a case outside your organisation answers 404, not 403). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description A store the API depends on (PostgreSQL, Redis) does not answer, or for an upload the virus scanner (clamd) gives no verdict, so the upload is refused (…:unavailable); try again after Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    Schemes_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The grant scheme's id (UUID). An unknown id, or one the caller may not see, answers 404. */
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
            /** @description The request is malformed: a field is missing, has the wrong type or format, or breaks a limit. `errors[]` lists every broken rule with its field (`type` …:validation); a body too deeply nested or with too many items is …:json-too-complex; a body that is not JSON is …:bad-request. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not logged in: no bearer token, or one that is expired or revoked (e.g. after a password change), so log in again; at login, a wrong e-mail address or password (the same answer for both). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The caller's role does not allow this operation, or the two-person rule forbids it (e.g. approving what you prepared yourself). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Nothing with this id, or nothing the caller may see (a case outside your organisation answers 404, not 403). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Conflict: the `version` sent is stale (…:stale-version, with `currentVersion`: fetch again), the case is in a status where this step is not allowed (…:invalid-state, with `currentState`), it exists already (…:duplicate) or a simultaneous change won (…:concurrent-update, Retry-After). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The request is well-formed but breaks a rule of the scheme, the round or the case (…:rule-violation); `errors[]` names each broken rule and its field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description A store the API depends on (PostgreSQL, Redis) does not answer, or for an upload the virus scanner (clamd) gives no verdict, so the upload is refused (…:unavailable); try again after Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
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
                /** @description Only rounds of this scheme. */
                schemeId?: string;
                /** @description Only rounds in this status. Codes (Norwegian name): `draft` = utkast, `published` = publisert, `closed` = stengt, `decided` = avgjort, `archived` = arkivert. */
                status?: "draft" | "published" | "closed" | "decided" | "archived";
                /** @description Only rounds of this grant year. */
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
            /** @description The request is malformed: a field is missing, has the wrong type or format, or breaks a limit. `errors[]` lists every broken rule with its field (`type` …:validation); a body too deeply nested or with too many items is …:json-too-complex; a body that is not JSON is …:bad-request. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not logged in: no bearer token, or one that is expired or revoked (e.g. after a password change), so log in again; at login, a wrong e-mail address or password (the same answer for both). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The caller's role does not allow this operation, or the two-person rule forbids it (e.g. approving what you prepared yourself). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description A store the API depends on (PostgreSQL, Redis) does not answer, or for an upload the virus scanner (clamd) gives no verdict, so the upload is refused (…:unavailable); try again after Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
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
            /** @description The request is malformed: a field is missing, has the wrong type or format, or breaks a limit. `errors[]` lists every broken rule with its field (`type` …:validation); a body too deeply nested or with too many items is …:json-too-complex; a body that is not JSON is …:bad-request. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not logged in: no bearer token, or one that is expired or revoked (e.g. after a password change), so log in again; at login, a wrong e-mail address or password (the same answer for both). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The caller's role does not allow this operation, or the two-person rule forbids it (e.g. approving what you prepared yourself). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Conflict: the `version` sent is stale (…:stale-version, with `currentVersion`: fetch again), the case is in a status where this step is not allowed (…:invalid-state, with `currentState`), it exists already (…:duplicate) or a simultaneous change won (…:concurrent-update, Retry-After). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The request is well-formed but breaks a rule of the scheme, the round or the case (…:rule-violation); `errors[]` names each broken rule and its field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description A store the API depends on (PostgreSQL, Redis) does not answer, or for an upload the virus scanner (clamd) gives no verdict, so the upload is refused (…:unavailable); try again after Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    Rounds_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The round's id (UUID). An unknown id, or one the caller may not see, answers 404. */
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
            /** @description Not logged in: no bearer token, or one that is expired or revoked (e.g. after a password change), so log in again; at login, a wrong e-mail address or password (the same answer for both). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The caller's role does not allow this operation, or the two-person rule forbids it (e.g. approving what you prepared yourself). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Nothing with this id, or nothing the caller may see (a case outside your organisation answers 404, not 403). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description A store the API depends on (PostgreSQL, Redis) does not answer, or for an upload the virus scanner (clamd) gives no verdict, so the upload is refused (…:unavailable); try again after Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    Rounds_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The round's id (UUID). An unknown id, or one the caller may not see, answers 404. */
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
            /** @description The request is malformed: a field is missing, has the wrong type or format, or breaks a limit. `errors[]` lists every broken rule with its field (`type` …:validation); a body too deeply nested or with too many items is …:json-too-complex; a body that is not JSON is …:bad-request. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not logged in: no bearer token, or one that is expired or revoked (e.g. after a password change), so log in again; at login, a wrong e-mail address or password (the same answer for both). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The caller's role does not allow this operation, or the two-person rule forbids it (e.g. approving what you prepared yourself). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Nothing with this id, or nothing the caller may see (a case outside your organisation answers 404, not 403). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Conflict: the `version` sent is stale (…:stale-version, with `currentVersion`: fetch again), the case is in a status where this step is not allowed (…:invalid-state, with `currentState`), it exists already (…:duplicate) or a simultaneous change won (…:concurrent-update, Retry-After). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The request is well-formed but breaks a rule of the scheme, the round or the case (…:rule-violation); `errors[]` names each broken rule and its field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description A store the API depends on (PostgreSQL, Redis) does not answer, or for an upload the virus scanner (clamd) gives no verdict, so the upload is refused (…:unavailable); try again after Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    Rounds_publish: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The round's id (UUID). An unknown id, or one the caller may not see, answers 404. */
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
            /** @description The request is malformed: a field is missing, has the wrong type or format, or breaks a limit. `errors[]` lists every broken rule with its field (`type` …:validation); a body too deeply nested or with too many items is …:json-too-complex; a body that is not JSON is …:bad-request. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not logged in: no bearer token, or one that is expired or revoked (e.g. after a password change), so log in again; at login, a wrong e-mail address or password (the same answer for both). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The caller's role does not allow this operation, or the two-person rule forbids it (e.g. approving what you prepared yourself). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Nothing with this id, or nothing the caller may see (a case outside your organisation answers 404, not 403). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Conflict: the `version` sent is stale (…:stale-version, with `currentVersion`: fetch again), the case is in a status where this step is not allowed (…:invalid-state, with `currentState`), it exists already (…:duplicate) or a simultaneous change won (…:concurrent-update, Retry-After). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The request is well-formed but breaks a rule of the scheme, the round or the case (…:rule-violation); `errors[]` names each broken rule and its field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description A store the API depends on (PostgreSQL, Redis) does not answer, or for an upload the virus scanner (clamd) gives no verdict, so the upload is refused (…:unavailable); try again after Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    Rounds_close: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The round's id (UUID). An unknown id, or one the caller may not see, answers 404. */
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
            /** @description The request is malformed: a field is missing, has the wrong type or format, or breaks a limit. `errors[]` lists every broken rule with its field (`type` …:validation); a body too deeply nested or with too many items is …:json-too-complex; a body that is not JSON is …:bad-request. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not logged in: no bearer token, or one that is expired or revoked (e.g. after a password change), so log in again; at login, a wrong e-mail address or password (the same answer for both). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The caller's role does not allow this operation, or the two-person rule forbids it (e.g. approving what you prepared yourself). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Nothing with this id, or nothing the caller may see (a case outside your organisation answers 404, not 403). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Conflict: the `version` sent is stale (…:stale-version, with `currentVersion`: fetch again), the case is in a status where this step is not allowed (…:invalid-state, with `currentState`), it exists already (…:duplicate) or a simultaneous change won (…:concurrent-update, Retry-After). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description A store the API depends on (PostgreSQL, Redis) does not answer, or for an upload the virus scanner (clamd) gives no verdict, so the upload is refused (…:unavailable); try again after Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    Rounds_decide: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The round's id (UUID). An unknown id, or one the caller may not see, answers 404. */
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
            /** @description The request is malformed: a field is missing, has the wrong type or format, or breaks a limit. `errors[]` lists every broken rule with its field (`type` …:validation); a body too deeply nested or with too many items is …:json-too-complex; a body that is not JSON is …:bad-request. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not logged in: no bearer token, or one that is expired or revoked (e.g. after a password change), so log in again; at login, a wrong e-mail address or password (the same answer for both). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The caller's role does not allow this operation, or the two-person rule forbids it (e.g. approving what you prepared yourself). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Nothing with this id, or nothing the caller may see (a case outside your organisation answers 404, not 403). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Conflict: the `version` sent is stale (…:stale-version, with `currentVersion`: fetch again), the case is in a status where this step is not allowed (…:invalid-state, with `currentState`), it exists already (…:duplicate) or a simultaneous change won (…:concurrent-update, Retry-After). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description A store the API depends on (PostgreSQL, Redis) does not answer, or for an upload the virus scanner (clamd) gives no verdict, so the upload is refused (…:unavailable); try again after Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
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
                /** @description Only applications to this round. */
                roundId?: string;
                /** @description Only applications in this status. Codes (Norwegian name): `draft` = utkast, `submitted` = sendt inn, `in_assessment` = under behandling, `assessed` = vurdert, `decided` = vedtak fattet, `notified` = vedtak sendt, `accepted` = akseptert, `paid` = utbetalt, `lapsed` = bortfalt, `withdrawn` = trukket. */
                status?: "draft" | "submitted" | "in_assessment" | "assessed" | "decided" | "notified" | "accepted" | "paid" | "lapsed" | "withdrawn";
                /** @description Only applications in this measure category (its code). */
                measureCategory?: string;
                /** @description Only applications from this organisation. */
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
            /** @description The request is malformed: a field is missing, has the wrong type or format, or breaks a limit. `errors[]` lists every broken rule with its field (`type` …:validation); a body too deeply nested or with too many items is …:json-too-complex; a body that is not JSON is …:bad-request. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not logged in: no bearer token, or one that is expired or revoked (e.g. after a password change), so log in again; at login, a wrong e-mail address or password (the same answer for both). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The caller's role does not allow this operation, or the two-person rule forbids it (e.g. approving what you prepared yourself). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description A store the API depends on (PostgreSQL, Redis) does not answer, or for an upload the virus scanner (clamd) gives no verdict, so the upload is refused (…:unavailable); try again after Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
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
            /** @description The request is malformed: a field is missing, has the wrong type or format, or breaks a limit. `errors[]` lists every broken rule with its field (`type` …:validation); a body too deeply nested or with too many items is …:json-too-complex; a body that is not JSON is …:bad-request. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not logged in: no bearer token, or one that is expired or revoked (e.g. after a password change), so log in again; at login, a wrong e-mail address or password (the same answer for both). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The caller's role does not allow this operation, or the two-person rule forbids it (e.g. approving what you prepared yourself). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Nothing with this id, or nothing the caller may see (a case outside your organisation answers 404, not 403). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The request is well-formed but breaks a rule of the scheme, the round or the case (…:rule-violation); `errors[]` names each broken rule and its field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description A store the API depends on (PostgreSQL, Redis) does not answer, or for an upload the virus scanner (clamd) gives no verdict, so the upload is refused (…:unavailable); try again after Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    Applications_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The application's id (UUID). An unknown id, or one the caller may not see, answers 404. */
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
            /** @description Not logged in: no bearer token, or one that is expired or revoked (e.g. after a password change), so log in again; at login, a wrong e-mail address or password (the same answer for both). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The caller's role does not allow this operation, or the two-person rule forbids it (e.g. approving what you prepared yourself). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Nothing with this id, or nothing the caller may see (a case outside your organisation answers 404, not 403). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description A store the API depends on (PostgreSQL, Redis) does not answer, or for an upload the virus scanner (clamd) gives no verdict, so the upload is refused (…:unavailable); try again after Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    Applications_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The application's id (UUID). An unknown id, or one the caller may not see, answers 404. */
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
            /** @description The request is malformed: a field is missing, has the wrong type or format, or breaks a limit. `errors[]` lists every broken rule with its field (`type` …:validation); a body too deeply nested or with too many items is …:json-too-complex; a body that is not JSON is …:bad-request. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not logged in: no bearer token, or one that is expired or revoked (e.g. after a password change), so log in again; at login, a wrong e-mail address or password (the same answer for both). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The caller's role does not allow this operation, or the two-person rule forbids it (e.g. approving what you prepared yourself). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Nothing with this id, or nothing the caller may see (a case outside your organisation answers 404, not 403). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Conflict: the `version` sent is stale (…:stale-version, with `currentVersion`: fetch again), the case is in a status where this step is not allowed (…:invalid-state, with `currentState`), it exists already (…:duplicate) or a simultaneous change won (…:concurrent-update, Retry-After). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The request is well-formed but breaks a rule of the scheme, the round or the case (…:rule-violation); `errors[]` names each broken rule and its field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description A store the API depends on (PostgreSQL, Redis) does not answer, or for an upload the virus scanner (clamd) gives no verdict, so the upload is refused (…:unavailable); try again after Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    Applications_submit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The application's id (UUID). An unknown id, or one the caller may not see, answers 404. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubmitApplicationRequest"];
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
            /** @description The request is malformed: a field is missing, has the wrong type or format, or breaks a limit. `errors[]` lists every broken rule with its field (`type` …:validation); a body too deeply nested or with too many items is …:json-too-complex; a body that is not JSON is …:bad-request. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not logged in: no bearer token, or one that is expired or revoked (e.g. after a password change), so log in again; at login, a wrong e-mail address or password (the same answer for both). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The caller's role does not allow this operation, or the two-person rule forbids it (e.g. approving what you prepared yourself). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Nothing with this id, or nothing the caller may see (a case outside your organisation answers 404, not 403). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Conflict: the `version` sent is stale (…:stale-version, with `currentVersion`: fetch again), the case is in a status where this step is not allowed (…:invalid-state, with `currentState`), it exists already (…:duplicate) or a simultaneous change won (…:concurrent-update, Retry-After). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The request is well-formed but breaks a rule of the scheme, the round or the case (…:rule-violation); `errors[]` names each broken rule and its field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description A store the API depends on (PostgreSQL, Redis) does not answer, or for an upload the virus scanner (clamd) gives no verdict, so the upload is refused (…:unavailable); try again after Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    Applications_withdraw: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The application's id (UUID). An unknown id, or one the caller may not see, answers 404. */
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
            /** @description The request is malformed: a field is missing, has the wrong type or format, or breaks a limit. `errors[]` lists every broken rule with its field (`type` …:validation); a body too deeply nested or with too many items is …:json-too-complex; a body that is not JSON is …:bad-request. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not logged in: no bearer token, or one that is expired or revoked (e.g. after a password change), so log in again; at login, a wrong e-mail address or password (the same answer for both). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The caller's role does not allow this operation, or the two-person rule forbids it (e.g. approving what you prepared yourself). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Nothing with this id, or nothing the caller may see (a case outside your organisation answers 404, not 403). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Conflict: the `version` sent is stale (…:stale-version, with `currentVersion`: fetch again), the case is in a status where this step is not allowed (…:invalid-state, with `currentState`), it exists already (…:duplicate) or a simultaneous change won (…:concurrent-update, Retry-After). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The request is well-formed but breaks a rule of the scheme, the round or the case (…:rule-violation); `errors[]` names each broken rule and its field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description A store the API depends on (PostgreSQL, Redis) does not answer, or for an upload the virus scanner (clamd) gives no verdict, so the upload is refused (…:unavailable); try again after Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    Applications_upload: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The application's id (UUID). An unknown id, or one the caller may not see, answers 404. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /**
                     * @description What the attachment is; the scheme lists the kinds it requires before submission. Codes (Norwegian name): `statutes` = vedtekter, `annual_accounts` = årsregnskap, `annual_report` = årsberetning, `budget` = budsjett, `other` = annet.
                     * @enum {string}
                     */
                    kind: "statutes" | "annual_accounts" | "annual_report" | "budget" | "other";
                    /**
                     * @description Exempt from public access (offentleglova); default false.
                     * @enum {string}
                     */
                    exemptFromPublic?: "true" | "false";
                    /**
                     * @description The legal basis for the exemption; required when exemptFromPublic is true (422).
                     * @example offentleglova § 13 jf. forvaltningsloven § 13
                     */
                    exemptionBasis?: string;
                    /**
                     * Format: binary
                     * @description The file, last: PDF, DOCX, XLSX, ODT, PNG or JPEG (judged by the bytes), at most 10 MB.
                     */
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
            /** @description The request is malformed: a field is missing, has the wrong type or format, or breaks a limit. `errors[]` lists every broken rule with its field (`type` …:validation); a body too deeply nested or with too many items is …:json-too-complex; a body that is not JSON is …:bad-request. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not logged in: no bearer token, or one that is expired or revoked (e.g. after a password change), so log in again; at login, a wrong e-mail address or password (the same answer for both). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The caller's role does not allow this operation, or the two-person rule forbids it (e.g. approving what you prepared yourself). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Nothing with this id, or nothing the caller may see (a case outside your organisation answers 404, not 403). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Conflict: the `version` sent is stale (…:stale-version, with `currentVersion`: fetch again), the case is in a status where this step is not allowed (…:invalid-state, with `currentState`), it exists already (…:duplicate) or a simultaneous change won (…:concurrent-update, Retry-After). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The body or file is larger than allowed (JSON bodies 1 MB, attachments 10 MB). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The request is well-formed but breaks a rule of the scheme, the round or the case (…:rule-violation); `errors[]` names each broken rule and its field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description A store the API depends on (PostgreSQL, Redis) does not answer, or for an upload the virus scanner (clamd) gives no verdict, so the upload is refused (…:unavailable); try again after Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    Applications_download: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The application's id (UUID). An unknown id, or one the caller may not see, answers 404. */
                id: string;
                /** @description The attachment's id (UUID). */
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
            /** @description Not logged in: no bearer token, or one that is expired or revoked (e.g. after a password change), so log in again; at login, a wrong e-mail address or password (the same answer for both). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The caller's role does not allow this operation, or the two-person rule forbids it (e.g. approving what you prepared yourself). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Nothing with this id, or nothing the caller may see (a case outside your organisation answers 404, not 403). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description A store the API depends on (PostgreSQL, Redis) does not answer, or for an upload the virus scanner (clamd) gives no verdict, so the upload is refused (…:unavailable); try again after Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    Applications_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The application's id (UUID). An unknown id, or one the caller may not see, answers 404. */
                id: string;
                /** @description The attachment's id (UUID). */
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
            /** @description Not logged in: no bearer token, or one that is expired or revoked (e.g. after a password change), so log in again; at login, a wrong e-mail address or password (the same answer for both). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The caller's role does not allow this operation, or the two-person rule forbids it (e.g. approving what you prepared yourself). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Nothing with this id, or nothing the caller may see (a case outside your organisation answers 404, not 403). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Conflict: the `version` sent is stale (…:stale-version, with `currentVersion`: fetch again), the case is in a status where this step is not allowed (…:invalid-state, with `currentState`), it exists already (…:duplicate) or a simultaneous change won (…:concurrent-update, Retry-After). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description A store the API depends on (PostgreSQL, Redis) does not answer, or for an upload the virus scanner (clamd) gives no verdict, so the upload is refused (…:unavailable); try again after Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    Applications_setExemption: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The application's id (UUID). An unknown id, or one the caller may not see, answers 404. */
                id: string;
                /** @description The attachment's id (UUID). */
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
            /** @description The request is malformed: a field is missing, has the wrong type or format, or breaks a limit. `errors[]` lists every broken rule with its field (`type` …:validation); a body too deeply nested or with too many items is …:json-too-complex; a body that is not JSON is …:bad-request. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not logged in: no bearer token, or one that is expired or revoked (e.g. after a password change), so log in again; at login, a wrong e-mail address or password (the same answer for both). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The caller's role does not allow this operation, or the two-person rule forbids it (e.g. approving what you prepared yourself). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Nothing with this id, or nothing the caller may see (a case outside your organisation answers 404, not 403). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Conflict: the `version` sent is stale (…:stale-version, with `currentVersion`: fetch again), the case is in a status where this step is not allowed (…:invalid-state, with `currentState`), it exists already (…:duplicate) or a simultaneous change won (…:concurrent-update, Retry-After). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The request is well-formed but breaks a rule of the scheme, the round or the case (…:rule-violation); `errors[]` names each broken rule and its field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description A store the API depends on (PostgreSQL, Redis) does not answer, or for an upload the virus scanner (clamd) gives no verdict, so the upload is refused (…:unavailable); try again after Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    CaseHandling_answer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The application's id (UUID). An unknown id, or one the caller may not see, answers 404. */
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
            /** @description The request is malformed: a field is missing, has the wrong type or format, or breaks a limit. `errors[]` lists every broken rule with its field (`type` …:validation); a body too deeply nested or with too many items is …:json-too-complex; a body that is not JSON is …:bad-request. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not logged in: no bearer token, or one that is expired or revoked (e.g. after a password change), so log in again; at login, a wrong e-mail address or password (the same answer for both). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The caller's role does not allow this operation, or the two-person rule forbids it (e.g. approving what you prepared yourself). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Nothing with this id, or nothing the caller may see (a case outside your organisation answers 404, not 403). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Conflict: the `version` sent is stale (…:stale-version, with `currentVersion`: fetch again), the case is in a status where this step is not allowed (…:invalid-state, with `currentState`), it exists already (…:duplicate) or a simultaneous change won (…:concurrent-update, Retry-After). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The request is well-formed but breaks a rule of the scheme, the round or the case (…:rule-violation); `errors[]` names each broken rule and its field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description A store the API depends on (PostgreSQL, Redis) does not answer, or for an upload the virus scanner (clamd) gives no verdict, so the upload is refused (…:unavailable); try again after Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    CaseHandling_declare: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The application's id (UUID). An unknown id, or one the caller may not see, answers 404. */
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
            /** @description The request is malformed: a field is missing, has the wrong type or format, or breaks a limit. `errors[]` lists every broken rule with its field (`type` …:validation); a body too deeply nested or with too many items is …:json-too-complex; a body that is not JSON is …:bad-request. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not logged in: no bearer token, or one that is expired or revoked (e.g. after a password change), so log in again; at login, a wrong e-mail address or password (the same answer for both). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The caller's role does not allow this operation, or the two-person rule forbids it (e.g. approving what you prepared yourself). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Nothing with this id, or nothing the caller may see (a case outside your organisation answers 404, not 403). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Conflict: the `version` sent is stale (…:stale-version, with `currentVersion`: fetch again), the case is in a status where this step is not allowed (…:invalid-state, with `currentState`), it exists already (…:duplicate) or a simultaneous change won (…:concurrent-update, Retry-After). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The request is well-formed but breaks a rule of the scheme, the round or the case (…:rule-violation); `errors[]` names each broken rule and its field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description A store the API depends on (PostgreSQL, Redis) does not answer, or for an upload the virus scanner (clamd) gives no verdict, so the upload is refused (…:unavailable); try again after Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    CaseHandling_findings: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The application's id (UUID). An unknown id, or one the caller may not see, answers 404. */
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
            /** @description Not logged in: no bearer token, or one that is expired or revoked (e.g. after a password change), so log in again; at login, a wrong e-mail address or password (the same answer for both). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The caller's role does not allow this operation, or the two-person rule forbids it (e.g. approving what you prepared yourself). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Nothing with this id, or nothing the caller may see (a case outside your organisation answers 404, not 403). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description A store the API depends on (PostgreSQL, Redis) does not answer, or for an upload the virus scanner (clamd) gives no verdict, so the upload is refused (…:unavailable); try again after Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    CaseHandling_screen: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The application's id (UUID). An unknown id, or one the caller may not see, answers 404. */
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
            /** @description The request is malformed: a field is missing, has the wrong type or format, or breaks a limit. `errors[]` lists every broken rule with its field (`type` …:validation); a body too deeply nested or with too many items is …:json-too-complex; a body that is not JSON is …:bad-request. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not logged in: no bearer token, or one that is expired or revoked (e.g. after a password change), so log in again; at login, a wrong e-mail address or password (the same answer for both). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The caller's role does not allow this operation, or the two-person rule forbids it (e.g. approving what you prepared yourself). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Nothing with this id, or nothing the caller may see (a case outside your organisation answers 404, not 403). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Conflict: the `version` sent is stale (…:stale-version, with `currentVersion`: fetch again), the case is in a status where this step is not allowed (…:invalid-state, with `currentState`), it exists already (…:duplicate) or a simultaneous change won (…:concurrent-update, Retry-After). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The request is well-formed but breaks a rule of the scheme, the round or the case (…:rule-violation); `errors[]` names each broken rule and its field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description A store the API depends on (PostgreSQL, Redis) does not answer, or for an upload the virus scanner (clamd) gives no verdict, so the upload is refused (…:unavailable); try again after Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    CaseHandling_assessment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The application's id (UUID). An unknown id, or one the caller may not see, answers 404. */
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
            /** @description Not logged in: no bearer token, or one that is expired or revoked (e.g. after a password change), so log in again; at login, a wrong e-mail address or password (the same answer for both). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The caller's role does not allow this operation, or the two-person rule forbids it (e.g. approving what you prepared yourself). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Nothing with this id, or nothing the caller may see (a case outside your organisation answers 404, not 403). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description A store the API depends on (PostgreSQL, Redis) does not answer, or for an upload the virus scanner (clamd) gives no verdict, so the upload is refused (…:unavailable); try again after Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    CaseHandling_assess: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The application's id (UUID). An unknown id, or one the caller may not see, answers 404. */
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
            /** @description The request is malformed: a field is missing, has the wrong type or format, or breaks a limit. `errors[]` lists every broken rule with its field (`type` …:validation); a body too deeply nested or with too many items is …:json-too-complex; a body that is not JSON is …:bad-request. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not logged in: no bearer token, or one that is expired or revoked (e.g. after a password change), so log in again; at login, a wrong e-mail address or password (the same answer for both). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The caller's role does not allow this operation, or the two-person rule forbids it (e.g. approving what you prepared yourself). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Nothing with this id, or nothing the caller may see (a case outside your organisation answers 404, not 403). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Conflict: the `version` sent is stale (…:stale-version, with `currentVersion`: fetch again), the case is in a status where this step is not allowed (…:invalid-state, with `currentState`), it exists already (…:duplicate) or a simultaneous change won (…:concurrent-update, Retry-After). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The request is well-formed but breaks a rule of the scheme, the round or the case (…:rule-violation); `errors[]` names each broken rule and its field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description A store the API depends on (PostgreSQL, Redis) does not answer, or for an upload the virus scanner (clamd) gives no verdict, so the upload is refused (…:unavailable); try again after Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    CaseHandling_approve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The application's id (UUID). An unknown id, or one the caller may not see, answers 404. */
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
            /** @description The request is malformed: a field is missing, has the wrong type or format, or breaks a limit. `errors[]` lists every broken rule with its field (`type` …:validation); a body too deeply nested or with too many items is …:json-too-complex; a body that is not JSON is …:bad-request. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not logged in: no bearer token, or one that is expired or revoked (e.g. after a password change), so log in again; at login, a wrong e-mail address or password (the same answer for both). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The caller's role does not allow this operation, or the two-person rule forbids it (e.g. approving what you prepared yourself). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Nothing with this id, or nothing the caller may see (a case outside your organisation answers 404, not 403). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Conflict: the `version` sent is stale (…:stale-version, with `currentVersion`: fetch again), the case is in a status where this step is not allowed (…:invalid-state, with `currentState`), it exists already (…:duplicate) or a simultaneous change won (…:concurrent-update, Retry-After). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The request is well-formed but breaks a rule of the scheme, the round or the case (…:rule-violation); `errors[]` names each broken rule and its field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description A store the API depends on (PostgreSQL, Redis) does not answer, or for an upload the virus scanner (clamd) gives no verdict, so the upload is refused (…:unavailable); try again after Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    CaseHandling_decisionsOf: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The application's id (UUID). An unknown id, or one the caller may not see, answers 404. */
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
            /** @description Not logged in: no bearer token, or one that is expired or revoked (e.g. after a password change), so log in again; at login, a wrong e-mail address or password (the same answer for both). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The caller's role does not allow this operation, or the two-person rule forbids it (e.g. approving what you prepared yourself). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Nothing with this id, or nothing the caller may see (a case outside your organisation answers 404, not 403). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description A store the API depends on (PostgreSQL, Redis) does not answer, or for an upload the virus scanner (clamd) gives no verdict, so the upload is refused (…:unavailable); try again after Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    CaseHandling_approveMany: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The round's id (UUID). An unknown id, or one the caller may not see, answers 404. */
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
            /** @description The request is malformed: a field is missing, has the wrong type or format, or breaks a limit. `errors[]` lists every broken rule with its field (`type` …:validation); a body too deeply nested or with too many items is …:json-too-complex; a body that is not JSON is …:bad-request. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not logged in: no bearer token, or one that is expired or revoked (e.g. after a password change), so log in again; at login, a wrong e-mail address or password (the same answer for both). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The caller's role does not allow this operation, or the two-person rule forbids it (e.g. approving what you prepared yourself). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Nothing with this id, or nothing the caller may see (a case outside your organisation answers 404, not 403). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Conflict: the `version` sent is stale (…:stale-version, with `currentVersion`: fetch again), the case is in a status where this step is not allowed (…:invalid-state, with `currentState`), it exists already (…:duplicate) or a simultaneous change won (…:concurrent-update, Retry-After). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The request is well-formed but breaks a rule of the scheme, the round or the case (…:rule-violation); `errors[]` names each broken rule and its field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description A store the API depends on (PostgreSQL, Redis) does not answer, or for an upload the virus scanner (clamd) gives no verdict, so the upload is refused (…:unavailable); try again after Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
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
                /** @description The round's id (UUID). An unknown id, or one the caller may not see, answers 404. */
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
            /** @description The request is malformed: a field is missing, has the wrong type or format, or breaks a limit. `errors[]` lists every broken rule with its field (`type` …:validation); a body too deeply nested or with too many items is …:json-too-complex; a body that is not JSON is …:bad-request. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not logged in: no bearer token, or one that is expired or revoked (e.g. after a password change), so log in again; at login, a wrong e-mail address or password (the same answer for both). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The caller's role does not allow this operation, or the two-person rule forbids it (e.g. approving what you prepared yourself). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Nothing with this id, or nothing the caller may see (a case outside your organisation answers 404, not 403). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description A store the API depends on (PostgreSQL, Redis) does not answer, or for an upload the virus scanner (clamd) gives no verdict, so the upload is refused (…:unavailable); try again after Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    CaseHandling_liftReservation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The round's id (UUID). An unknown id, or one the caller may not see, answers 404. */
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
            /** @description The request is malformed: a field is missing, has the wrong type or format, or breaks a limit. `errors[]` lists every broken rule with its field (`type` …:validation); a body too deeply nested or with too many items is …:json-too-complex; a body that is not JSON is …:bad-request. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not logged in: no bearer token, or one that is expired or revoked (e.g. after a password change), so log in again; at login, a wrong e-mail address or password (the same answer for both). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The caller's role does not allow this operation, or the two-person rule forbids it (e.g. approving what you prepared yourself). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Nothing with this id, or nothing the caller may see (a case outside your organisation answers 404, not 403). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Conflict: the `version` sent is stale (…:stale-version, with `currentVersion`: fetch again), the case is in a status where this step is not allowed (…:invalid-state, with `currentState`), it exists already (…:duplicate) or a simultaneous change won (…:concurrent-update, Retry-After). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description A store the API depends on (PostgreSQL, Redis) does not answer, or for an upload the virus scanner (clamd) gives no verdict, so the upload is refused (…:unavailable); try again after Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    Appeals_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The application's id (UUID). An unknown id, or one the caller may not see, answers 404. */
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
            /** @description Not logged in: no bearer token, or one that is expired or revoked (e.g. after a password change), so log in again; at login, a wrong e-mail address or password (the same answer for both). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The caller's role does not allow this operation, or the two-person rule forbids it (e.g. approving what you prepared yourself). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Nothing with this id, or nothing the caller may see (a case outside your organisation answers 404, not 403). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description A store the API depends on (PostgreSQL, Redis) does not answer, or for an upload the virus scanner (clamd) gives no verdict, so the upload is refused (…:unavailable); try again after Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    Appeals_lodge: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The application's id (UUID). An unknown id, or one the caller may not see, answers 404. */
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
            /** @description The request is malformed: a field is missing, has the wrong type or format, or breaks a limit. `errors[]` lists every broken rule with its field (`type` …:validation); a body too deeply nested or with too many items is …:json-too-complex; a body that is not JSON is …:bad-request. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not logged in: no bearer token, or one that is expired or revoked (e.g. after a password change), so log in again; at login, a wrong e-mail address or password (the same answer for both). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The caller's role does not allow this operation, or the two-person rule forbids it (e.g. approving what you prepared yourself). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Nothing with this id, or nothing the caller may see (a case outside your organisation answers 404, not 403). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Conflict: the `version` sent is stale (…:stale-version, with `currentVersion`: fetch again), the case is in a status where this step is not allowed (…:invalid-state, with `currentState`), it exists already (…:duplicate) or a simultaneous change won (…:concurrent-update, Retry-After). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The request is well-formed but breaks a rule of the scheme, the round or the case (…:rule-violation); `errors[]` names each broken rule and its field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description A store the API depends on (PostgreSQL, Redis) does not answer, or for an upload the virus scanner (clamd) gives no verdict, so the upload is refused (…:unavailable); try again after Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    Appeals_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The appeal's id (UUID). An unknown id, or one the caller may not see, answers 404. */
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
            /** @description Not logged in: no bearer token, or one that is expired or revoked (e.g. after a password change), so log in again; at login, a wrong e-mail address or password (the same answer for both). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The caller's role does not allow this operation, or the two-person rule forbids it (e.g. approving what you prepared yourself). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Nothing with this id, or nothing the caller may see (a case outside your organisation answers 404, not 403). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description A store the API depends on (PostgreSQL, Redis) does not answer, or for an upload the virus scanner (clamd) gives no verdict, so the upload is refused (…:unavailable); try again after Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    Appeals_attachments: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The appeal's id (UUID). An unknown id, or one the caller may not see, answers 404. */
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
            /** @description Not logged in: no bearer token, or one that is expired or revoked (e.g. after a password change), so log in again; at login, a wrong e-mail address or password (the same answer for both). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The caller's role does not allow this operation, or the two-person rule forbids it (e.g. approving what you prepared yourself). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Nothing with this id, or nothing the caller may see (a case outside your organisation answers 404, not 403). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description A store the API depends on (PostgreSQL, Redis) does not answer, or for an upload the virus scanner (clamd) gives no verdict, so the upload is refused (…:unavailable); try again after Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    Appeals_upload: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The appeal's id (UUID). An unknown id, or one the caller may not see, answers 404. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description The file: PDF, DOCX, XLSX, ODT, PNG or JPEG (judged by the bytes), at most 10 MB.
                     */
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
            /** @description The request is malformed: a field is missing, has the wrong type or format, or breaks a limit. `errors[]` lists every broken rule with its field (`type` …:validation); a body too deeply nested or with too many items is …:json-too-complex; a body that is not JSON is …:bad-request. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not logged in: no bearer token, or one that is expired or revoked (e.g. after a password change), so log in again; at login, a wrong e-mail address or password (the same answer for both). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The caller's role does not allow this operation, or the two-person rule forbids it (e.g. approving what you prepared yourself). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Nothing with this id, or nothing the caller may see (a case outside your organisation answers 404, not 403). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The body or file is larger than allowed (JSON bodies 1 MB, attachments 10 MB). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The request is well-formed but breaks a rule of the scheme, the round or the case (…:rule-violation); `errors[]` names each broken rule and its field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description A store the API depends on (PostgreSQL, Redis) does not answer, or for an upload the virus scanner (clamd) gives no verdict, so the upload is refused (…:unavailable); try again after Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    Appeals_download: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The appeal's id (UUID). An unknown id, or one the caller may not see, answers 404. */
                id: string;
                /** @description The attachment's id (UUID). */
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
            /** @description Not logged in: no bearer token, or one that is expired or revoked (e.g. after a password change), so log in again; at login, a wrong e-mail address or password (the same answer for both). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The caller's role does not allow this operation, or the two-person rule forbids it (e.g. approving what you prepared yourself). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Nothing with this id, or nothing the caller may see (a case outside your organisation answers 404, not 403). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description A store the API depends on (PostgreSQL, Redis) does not answer, or for an upload the virus scanner (clamd) gives no verdict, so the upload is refused (…:unavailable); try again after Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    Appeals_take: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The appeal's id (UUID). An unknown id, or one the caller may not see, answers 404. */
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
            /** @description The request is malformed: a field is missing, has the wrong type or format, or breaks a limit. `errors[]` lists every broken rule with its field (`type` …:validation); a body too deeply nested or with too many items is …:json-too-complex; a body that is not JSON is …:bad-request. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not logged in: no bearer token, or one that is expired or revoked (e.g. after a password change), so log in again; at login, a wrong e-mail address or password (the same answer for both). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The caller's role does not allow this operation, or the two-person rule forbids it (e.g. approving what you prepared yourself). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Nothing with this id, or nothing the caller may see (a case outside your organisation answers 404, not 403). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Conflict: the `version` sent is stale (…:stale-version, with `currentVersion`: fetch again), the case is in a status where this step is not allowed (…:invalid-state, with `currentState`), it exists already (…:duplicate) or a simultaneous change won (…:concurrent-update, Retry-After). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description A store the API depends on (PostgreSQL, Redis) does not answer, or for an upload the virus scanner (clamd) gives no verdict, so the upload is refused (…:unavailable); try again after Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    Appeals_lateness: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The appeal's id (UUID). An unknown id, or one the caller may not see, answers 404. */
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
            /** @description The request is malformed: a field is missing, has the wrong type or format, or breaks a limit. `errors[]` lists every broken rule with its field (`type` …:validation); a body too deeply nested or with too many items is …:json-too-complex; a body that is not JSON is …:bad-request. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not logged in: no bearer token, or one that is expired or revoked (e.g. after a password change), so log in again; at login, a wrong e-mail address or password (the same answer for both). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The caller's role does not allow this operation, or the two-person rule forbids it (e.g. approving what you prepared yourself). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Nothing with this id, or nothing the caller may see (a case outside your organisation answers 404, not 403). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Conflict: the `version` sent is stale (…:stale-version, with `currentVersion`: fetch again), the case is in a status where this step is not allowed (…:invalid-state, with `currentState`), it exists already (…:duplicate) or a simultaneous change won (…:concurrent-update, Retry-After). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The request is well-formed but breaks a rule of the scheme, the round or the case (…:rule-violation); `errors[]` names each broken rule and its field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description A store the API depends on (PostgreSQL, Redis) does not answer, or for an upload the virus scanner (clamd) gives no verdict, so the upload is refused (…:unavailable); try again after Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    Appeals_propose: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The appeal's id (UUID). An unknown id, or one the caller may not see, answers 404. */
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
            /** @description The request is malformed: a field is missing, has the wrong type or format, or breaks a limit. `errors[]` lists every broken rule with its field (`type` …:validation); a body too deeply nested or with too many items is …:json-too-complex; a body that is not JSON is …:bad-request. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not logged in: no bearer token, or one that is expired or revoked (e.g. after a password change), so log in again; at login, a wrong e-mail address or password (the same answer for both). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The caller's role does not allow this operation, or the two-person rule forbids it (e.g. approving what you prepared yourself). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Nothing with this id, or nothing the caller may see (a case outside your organisation answers 404, not 403). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Conflict: the `version` sent is stale (…:stale-version, with `currentVersion`: fetch again), the case is in a status where this step is not allowed (…:invalid-state, with `currentState`), it exists already (…:duplicate) or a simultaneous change won (…:concurrent-update, Retry-After). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The request is well-formed but breaks a rule of the scheme, the round or the case (…:rule-violation); `errors[]` names each broken rule and its field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description A store the API depends on (PostgreSQL, Redis) does not answer, or for an upload the virus scanner (clamd) gives no verdict, so the upload is refused (…:unavailable); try again after Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    Appeals_approve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The appeal's id (UUID). An unknown id, or one the caller may not see, answers 404. */
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
            /** @description The request is malformed: a field is missing, has the wrong type or format, or breaks a limit. `errors[]` lists every broken rule with its field (`type` …:validation); a body too deeply nested or with too many items is …:json-too-complex; a body that is not JSON is …:bad-request. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not logged in: no bearer token, or one that is expired or revoked (e.g. after a password change), so log in again; at login, a wrong e-mail address or password (the same answer for both). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The caller's role does not allow this operation, or the two-person rule forbids it (e.g. approving what you prepared yourself). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Nothing with this id, or nothing the caller may see (a case outside your organisation answers 404, not 403). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Conflict: the `version` sent is stale (…:stale-version, with `currentVersion`: fetch again), the case is in a status where this step is not allowed (…:invalid-state, with `currentState`), it exists already (…:duplicate) or a simultaneous change won (…:concurrent-update, Retry-After). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The request is well-formed but breaks a rule of the scheme, the round or the case (…:rule-violation); `errors[]` names each broken rule and its field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description A store the API depends on (PostgreSQL, Redis) does not answer, or for an upload the virus scanner (clamd) gives no verdict, so the upload is refused (…:unavailable); try again after Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    Appeals_forward: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The appeal's id (UUID). An unknown id, or one the caller may not see, answers 404. */
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
            /** @description The request is malformed: a field is missing, has the wrong type or format, or breaks a limit. `errors[]` lists every broken rule with its field (`type` …:validation); a body too deeply nested or with too many items is …:json-too-complex; a body that is not JSON is …:bad-request. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not logged in: no bearer token, or one that is expired or revoked (e.g. after a password change), so log in again; at login, a wrong e-mail address or password (the same answer for both). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The caller's role does not allow this operation, or the two-person rule forbids it (e.g. approving what you prepared yourself). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Nothing with this id, or nothing the caller may see (a case outside your organisation answers 404, not 403). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Conflict: the `version` sent is stale (…:stale-version, with `currentVersion`: fetch again), the case is in a status where this step is not allowed (…:invalid-state, with `currentState`), it exists already (…:duplicate) or a simultaneous change won (…:concurrent-update, Retry-After). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The request is well-formed but breaks a rule of the scheme, the round or the case (…:rule-violation); `errors[]` names each broken rule and its field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description A store the API depends on (PostgreSQL, Redis) does not answer, or for an upload the virus scanner (clamd) gives no verdict, so the upload is refused (…:unavailable); try again after Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    Appeals_bodyOutcome: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The appeal's id (UUID). An unknown id, or one the caller may not see, answers 404. */
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
            /** @description The request is malformed: a field is missing, has the wrong type or format, or breaks a limit. `errors[]` lists every broken rule with its field (`type` …:validation); a body too deeply nested or with too many items is …:json-too-complex; a body that is not JSON is …:bad-request. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not logged in: no bearer token, or one that is expired or revoked (e.g. after a password change), so log in again; at login, a wrong e-mail address or password (the same answer for both). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The caller's role does not allow this operation, or the two-person rule forbids it (e.g. approving what you prepared yourself). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Nothing with this id, or nothing the caller may see (a case outside your organisation answers 404, not 403). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Conflict: the `version` sent is stale (…:stale-version, with `currentVersion`: fetch again), the case is in a status where this step is not allowed (…:invalid-state, with `currentState`), it exists already (…:duplicate) or a simultaneous change won (…:concurrent-update, Retry-After). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The request is well-formed but breaks a rule of the scheme, the round or the case (…:rule-violation); `errors[]` names each broken rule and its field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description A store the API depends on (PostgreSQL, Redis) does not answer, or for an upload the virus scanner (clamd) gives no verdict, so the upload is refused (…:unavailable); try again after Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    ChangeRequests_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The application's id (UUID). An unknown id, or one the caller may not see, answers 404. */
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
            /** @description Not logged in: no bearer token, or one that is expired or revoked (e.g. after a password change), so log in again; at login, a wrong e-mail address or password (the same answer for both). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The caller's role does not allow this operation, or the two-person rule forbids it (e.g. approving what you prepared yourself). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Nothing with this id, or nothing the caller may see (a case outside your organisation answers 404, not 403). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description A store the API depends on (PostgreSQL, Redis) does not answer, or for an upload the virus scanner (clamd) gives no verdict, so the upload is refused (…:unavailable); try again after Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    ChangeRequests_request: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The application's id (UUID). An unknown id, or one the caller may not see, answers 404. */
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
            /** @description The request is malformed: a field is missing, has the wrong type or format, or breaks a limit. `errors[]` lists every broken rule with its field (`type` …:validation); a body too deeply nested or with too many items is …:json-too-complex; a body that is not JSON is …:bad-request. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not logged in: no bearer token, or one that is expired or revoked (e.g. after a password change), so log in again; at login, a wrong e-mail address or password (the same answer for both). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The caller's role does not allow this operation, or the two-person rule forbids it (e.g. approving what you prepared yourself). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Nothing with this id, or nothing the caller may see (a case outside your organisation answers 404, not 403). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Conflict: the `version` sent is stale (…:stale-version, with `currentVersion`: fetch again), the case is in a status where this step is not allowed (…:invalid-state, with `currentState`), it exists already (…:duplicate) or a simultaneous change won (…:concurrent-update, Retry-After). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The request is well-formed but breaks a rule of the scheme, the round or the case (…:rule-violation); `errors[]` names each broken rule and its field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description A store the API depends on (PostgreSQL, Redis) does not answer, or for an upload the virus scanner (clamd) gives no verdict, so the upload is refused (…:unavailable); try again after Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    ChangeRequests_handle: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The change request's id (UUID). An unknown id, or one the caller may not see, answers 404. */
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
            /** @description The request is malformed: a field is missing, has the wrong type or format, or breaks a limit. `errors[]` lists every broken rule with its field (`type` …:validation); a body too deeply nested or with too many items is …:json-too-complex; a body that is not JSON is …:bad-request. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not logged in: no bearer token, or one that is expired or revoked (e.g. after a password change), so log in again; at login, a wrong e-mail address or password (the same answer for both). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The caller's role does not allow this operation, or the two-person rule forbids it (e.g. approving what you prepared yourself). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Nothing with this id, or nothing the caller may see (a case outside your organisation answers 404, not 403). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Conflict: the `version` sent is stale (…:stale-version, with `currentVersion`: fetch again), the case is in a status where this step is not allowed (…:invalid-state, with `currentState`), it exists already (…:duplicate) or a simultaneous change won (…:concurrent-update, Retry-After). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The request is well-formed but breaks a rule of the scheme, the round or the case (…:rule-violation); `errors[]` names each broken rule and its field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description A store the API depends on (PostgreSQL, Redis) does not answer, or for an upload the virus scanner (clamd) gives no verdict, so the upload is refused (…:unavailable); try again after Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    ChangeRequests_approve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The change request's id (UUID). An unknown id, or one the caller may not see, answers 404. */
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
            /** @description The request is malformed: a field is missing, has the wrong type or format, or breaks a limit. `errors[]` lists every broken rule with its field (`type` …:validation); a body too deeply nested or with too many items is …:json-too-complex; a body that is not JSON is …:bad-request. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not logged in: no bearer token, or one that is expired or revoked (e.g. after a password change), so log in again; at login, a wrong e-mail address or password (the same answer for both). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The caller's role does not allow this operation, or the two-person rule forbids it (e.g. approving what you prepared yourself). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Nothing with this id, or nothing the caller may see (a case outside your organisation answers 404, not 403). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Conflict: the `version` sent is stale (…:stale-version, with `currentVersion`: fetch again), the case is in a status where this step is not allowed (…:invalid-state, with `currentState`), it exists already (…:duplicate) or a simultaneous change won (…:concurrent-update, Retry-After). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The request is well-formed but breaks a rule of the scheme, the round or the case (…:rule-violation); `errors[]` names each broken rule and its field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description A store the API depends on (PostgreSQL, Redis) does not answer, or for an upload the virus scanner (clamd) gives no verdict, so the upload is refused (…:unavailable); try again after Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    CaseHistory_list: {
        parameters: {
            query?: never;
            header?: {
                /** @description The written standard of the texts: `nn` for nynorsk; bokmål otherwise (RFC 9110 q-values apply). */
                "accept-language"?: string;
            };
            path: {
                /** @description The application's id (UUID). An unknown id, or one the caller may not see, answers 404. */
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
            /** @description Not logged in: no bearer token, or one that is expired or revoked (e.g. after a password change), so log in again; at login, a wrong e-mail address or password (the same answer for both). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The caller's role does not allow this operation, or the two-person rule forbids it (e.g. approving what you prepared yourself). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Nothing with this id, or nothing the caller may see (a case outside your organisation answers 404, not 403). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description A store the API depends on (PostgreSQL, Redis) does not answer, or for an upload the virus scanner (clamd) gives no verdict, so the upload is refused (…:unavailable); try again after Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
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
                /** @description Only events about this kind of record. */
                entityType?: string;
                /** @description Only events about this record. */
                entityId?: string;
                /** @description Only events by this user. */
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
            /** @description The request is malformed: a field is missing, has the wrong type or format, or breaks a limit. `errors[]` lists every broken rule with its field (`type` …:validation); a body too deeply nested or with too many items is …:json-too-complex; a body that is not JSON is …:bad-request. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not logged in: no bearer token, or one that is expired or revoked (e.g. after a password change), so log in again; at login, a wrong e-mail address or password (the same answer for both). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The caller's role does not allow this operation, or the two-person rule forbids it (e.g. approving what you prepared yourself). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description A store the API depends on (PostgreSQL, Redis) does not answer, or for an upload the virus scanner (clamd) gives no verdict, so the upload is refused (…:unavailable); try again after Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
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
            /** @description Not logged in: no bearer token, or one that is expired or revoked (e.g. after a password change), so log in again; at login, a wrong e-mail address or password (the same answer for both). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The caller's role does not allow this operation, or the two-person rule forbids it (e.g. approving what you prepared yourself). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description A store the API depends on (PostgreSQL, Redis) does not answer, or for an upload the virus scanner (clamd) gives no verdict, so the upload is refused (…:unavailable); try again after Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
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
                /** @description Only this queue (default: all). */
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
            /** @description The request is malformed: a field is missing, has the wrong type or format, or breaks a limit. `errors[]` lists every broken rule with its field (`type` …:validation); a body too deeply nested or with too many items is …:json-too-complex; a body that is not JSON is …:bad-request. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not logged in: no bearer token, or one that is expired or revoked (e.g. after a password change), so log in again; at login, a wrong e-mail address or password (the same answer for both). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The caller's role does not allow this operation, or the two-person rule forbids it (e.g. approving what you prepared yourself). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description A store the API depends on (PostgreSQL, Redis) does not answer, or for an upload the virus scanner (clamd) gives no verdict, so the upload is refused (…:unavailable); try again after Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
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
            /** @description The request is malformed: a field is missing, has the wrong type or format, or breaks a limit. `errors[]` lists every broken rule with its field (`type` …:validation); a body too deeply nested or with too many items is …:json-too-complex; a body that is not JSON is …:bad-request. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not logged in: no bearer token, or one that is expired or revoked (e.g. after a password change), so log in again; at login, a wrong e-mail address or password (the same answer for both). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The caller's role does not allow this operation, or the two-person rule forbids it (e.g. approving what you prepared yourself). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description A store the API depends on (PostgreSQL, Redis) does not answer, or for an upload the virus scanner (clamd) gives no verdict, so the upload is refused (…:unavailable); try again after Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    Deliveries_retry: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The failed delivery (outbox row)'s id (UUID). An unknown id, or one the caller may not see, answers 404. */
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
            /** @description Not logged in: no bearer token, or one that is expired or revoked (e.g. after a password change), so log in again; at login, a wrong e-mail address or password (the same answer for both). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The caller's role does not allow this operation, or the two-person rule forbids it (e.g. approving what you prepared yourself). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Nothing with this id, or nothing the caller may see (a case outside your organisation answers 404, not 403). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Conflict: the `version` sent is stale (…:stale-version, with `currentVersion`: fetch again), the case is in a status where this step is not allowed (…:invalid-state, with `currentState`), it exists already (…:duplicate) or a simultaneous change won (…:concurrent-update, Retry-After). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description A store the API depends on (PostgreSQL, Redis) does not answer, or for an upload the virus scanner (clamd) gives no verdict, so the upload is refused (…:unavailable); try again after Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    Letters_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The application's id (UUID). An unknown id, or one the caller may not see, answers 404. */
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
            /** @description Not logged in: no bearer token, or one that is expired or revoked (e.g. after a password change), so log in again; at login, a wrong e-mail address or password (the same answer for both). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The caller's role does not allow this operation, or the two-person rule forbids it (e.g. approving what you prepared yourself). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Nothing with this id, or nothing the caller may see (a case outside your organisation answers 404, not 403). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description A store the API depends on (PostgreSQL, Redis) does not answer, or for an upload the virus scanner (clamd) gives no verdict, so the upload is refused (…:unavailable); try again after Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    Letters_pdf: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The letter's id (UUID). An unknown id, or one the caller may not see, answers 404. */
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
            /** @description Not logged in: no bearer token, or one that is expired or revoked (e.g. after a password change), so log in again; at login, a wrong e-mail address or password (the same answer for both). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The caller's role does not allow this operation, or the two-person rule forbids it (e.g. approving what you prepared yourself). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Nothing with this id, or nothing the caller may see (a case outside your organisation answers 404, not 403). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description A store the API depends on (PostgreSQL, Redis) does not answer, or for an upload the virus scanner (clamd) gives no verdict, so the upload is refused (…:unavailable); try again after Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    Payments_forApplication: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The application's id (UUID). An unknown id, or one the caller may not see, answers 404. */
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
            /** @description Not logged in: no bearer token, or one that is expired or revoked (e.g. after a password change), so log in again; at login, a wrong e-mail address or password (the same answer for both). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The caller's role does not allow this operation, or the two-person rule forbids it (e.g. approving what you prepared yourself). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Nothing with this id, or nothing the caller may see (a case outside your organisation answers 404, not 403). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description A store the API depends on (PostgreSQL, Redis) does not answer, or for an upload the virus scanner (clamd) gives no verdict, so the upload is refused (…:unavailable); try again after Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
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
                /** @description Only disbursements in this status. Codes (Norwegian name): `planned` = planlagt, `attested` = attestert, `exported` = eksportert, `paid` = utbetalt, `cancelled` = kansellert. */
                status?: "planned" | "attested" | "exported" | "paid" | "cancelled";
                /** @description Only disbursements of this round. */
                roundId?: string;
                /** @description Only disbursements to this organisation. */
                organisationId?: string;
                /** @description Only disbursements due on or before this day (YYYY-MM-DD). */
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
            /** @description The request is malformed: a field is missing, has the wrong type or format, or breaks a limit. `errors[]` lists every broken rule with its field (`type` …:validation); a body too deeply nested or with too many items is …:json-too-complex; a body that is not JSON is …:bad-request. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not logged in: no bearer token, or one that is expired or revoked (e.g. after a password change), so log in again; at login, a wrong e-mail address or password (the same answer for both). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The caller's role does not allow this operation, or the two-person rule forbids it (e.g. approving what you prepared yourself). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description A store the API depends on (PostgreSQL, Redis) does not answer, or for an upload the virus scanner (clamd) gives no verdict, so the upload is refused (…:unavailable); try again after Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    Payments_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The disbursement's id (UUID). An unknown id, or one the caller may not see, answers 404. */
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
            /** @description Not logged in: no bearer token, or one that is expired or revoked (e.g. after a password change), so log in again; at login, a wrong e-mail address or password (the same answer for both). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The caller's role does not allow this operation, or the two-person rule forbids it (e.g. approving what you prepared yourself). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Nothing with this id, or nothing the caller may see (a case outside your organisation answers 404, not 403). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description A store the API depends on (PostgreSQL, Redis) does not answer, or for an upload the virus scanner (clamd) gives no verdict, so the upload is refused (…:unavailable); try again after Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    Payments_attest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The disbursement's id (UUID). An unknown id, or one the caller may not see, answers 404. */
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
            /** @description The request is malformed: a field is missing, has the wrong type or format, or breaks a limit. `errors[]` lists every broken rule with its field (`type` …:validation); a body too deeply nested or with too many items is …:json-too-complex; a body that is not JSON is …:bad-request. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not logged in: no bearer token, or one that is expired or revoked (e.g. after a password change), so log in again; at login, a wrong e-mail address or password (the same answer for both). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The caller's role does not allow this operation, or the two-person rule forbids it (e.g. approving what you prepared yourself). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Nothing with this id, or nothing the caller may see (a case outside your organisation answers 404, not 403). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Conflict: the `version` sent is stale (…:stale-version, with `currentVersion`: fetch again), the case is in a status where this step is not allowed (…:invalid-state, with `currentState`), it exists already (…:duplicate) or a simultaneous change won (…:concurrent-update, Retry-After). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The request is well-formed but breaks a rule of the scheme, the round or the case (…:rule-violation); `errors[]` names each broken rule and its field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description A store the API depends on (PostgreSQL, Redis) does not answer, or for an upload the virus scanner (clamd) gives no verdict, so the upload is refused (…:unavailable); try again after Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    Payments_extraControl: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The disbursement's id (UUID). An unknown id, or one the caller may not see, answers 404. */
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
            /** @description The request is malformed: a field is missing, has the wrong type or format, or breaks a limit. `errors[]` lists every broken rule with its field (`type` …:validation); a body too deeply nested or with too many items is …:json-too-complex; a body that is not JSON is …:bad-request. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not logged in: no bearer token, or one that is expired or revoked (e.g. after a password change), so log in again; at login, a wrong e-mail address or password (the same answer for both). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The caller's role does not allow this operation, or the two-person rule forbids it (e.g. approving what you prepared yourself). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Nothing with this id, or nothing the caller may see (a case outside your organisation answers 404, not 403). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Conflict: the `version` sent is stale (…:stale-version, with `currentVersion`: fetch again), the case is in a status where this step is not allowed (…:invalid-state, with `currentState`), it exists already (…:duplicate) or a simultaneous change won (…:concurrent-update, Retry-After). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The request is well-formed but breaks a rule of the scheme, the round or the case (…:rule-violation); `errors[]` names each broken rule and its field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description A store the API depends on (PostgreSQL, Redis) does not answer, or for an upload the virus scanner (clamd) gives no verdict, so the upload is refused (…:unavailable); try again after Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    Payments_markDisbursementPaid: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The disbursement's id (UUID). An unknown id, or one the caller may not see, answers 404. */
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
            /** @description The request is malformed: a field is missing, has the wrong type or format, or breaks a limit. `errors[]` lists every broken rule with its field (`type` …:validation); a body too deeply nested or with too many items is …:json-too-complex; a body that is not JSON is …:bad-request. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not logged in: no bearer token, or one that is expired or revoked (e.g. after a password change), so log in again; at login, a wrong e-mail address or password (the same answer for both). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The caller's role does not allow this operation, or the two-person rule forbids it (e.g. approving what you prepared yourself). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Nothing with this id, or nothing the caller may see (a case outside your organisation answers 404, not 403). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Conflict: the `version` sent is stale (…:stale-version, with `currentVersion`: fetch again), the case is in a status where this step is not allowed (…:invalid-state, with `currentState`), it exists already (…:duplicate) or a simultaneous change won (…:concurrent-update, Retry-After). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The request is well-formed but breaks a rule of the scheme, the round or the case (…:rule-violation); `errors[]` names each broken rule and its field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description A store the API depends on (PostgreSQL, Redis) does not answer, or for an upload the virus scanner (clamd) gives no verdict, so the upload is refused (…:unavailable); try again after Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    Payments_verifyBankAccount: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The organisation's id (UUID). An unknown id, or one the caller may not see, answers 404. */
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
            /** @description The request is malformed: a field is missing, has the wrong type or format, or breaks a limit. `errors[]` lists every broken rule with its field (`type` …:validation); a body too deeply nested or with too many items is …:json-too-complex; a body that is not JSON is …:bad-request. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not logged in: no bearer token, or one that is expired or revoked (e.g. after a password change), so log in again; at login, a wrong e-mail address or password (the same answer for both). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The caller's role does not allow this operation, or the two-person rule forbids it (e.g. approving what you prepared yourself). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Nothing with this id, or nothing the caller may see (a case outside your organisation answers 404, not 403). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Conflict: the `version` sent is stale (…:stale-version, with `currentVersion`: fetch again), the case is in a status where this step is not allowed (…:invalid-state, with `currentState`), it exists already (…:duplicate) or a simultaneous change won (…:concurrent-update, Retry-After). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description A store the API depends on (PostgreSQL, Redis) does not answer, or for an upload the virus scanner (clamd) gives no verdict, so the upload is refused (…:unavailable); try again after Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
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
                /** @description Only batches in this status. Codes (Norwegian name): `exported` = eksportert, `paid` = betalt, `cancelled` = kansellert. */
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
            /** @description The request is malformed: a field is missing, has the wrong type or format, or breaks a limit. `errors[]` lists every broken rule with its field (`type` …:validation); a body too deeply nested or with too many items is …:json-too-complex; a body that is not JSON is …:bad-request. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not logged in: no bearer token, or one that is expired or revoked (e.g. after a password change), so log in again; at login, a wrong e-mail address or password (the same answer for both). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The caller's role does not allow this operation, or the two-person rule forbids it (e.g. approving what you prepared yourself). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description A store the API depends on (PostgreSQL, Redis) does not answer, or for an upload the virus scanner (clamd) gives no verdict, so the upload is refused (…:unavailable); try again after Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
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
            /** @description The request is malformed: a field is missing, has the wrong type or format, or breaks a limit. `errors[]` lists every broken rule with its field (`type` …:validation); a body too deeply nested or with too many items is …:json-too-complex; a body that is not JSON is …:bad-request. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not logged in: no bearer token, or one that is expired or revoked (e.g. after a password change), so log in again; at login, a wrong e-mail address or password (the same answer for both). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The caller's role does not allow this operation, or the two-person rule forbids it (e.g. approving what you prepared yourself). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Nothing with this id, or nothing the caller may see (a case outside your organisation answers 404, not 403). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Conflict: the `version` sent is stale (…:stale-version, with `currentVersion`: fetch again), the case is in a status where this step is not allowed (…:invalid-state, with `currentState`), it exists already (…:duplicate) or a simultaneous change won (…:concurrent-update, Retry-After). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The request is well-formed but breaks a rule of the scheme, the round or the case (…:rule-violation); `errors[]` names each broken rule and its field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description A store the API depends on (PostgreSQL, Redis) does not answer, or for an upload the virus scanner (clamd) gives no verdict, so the upload is refused (…:unavailable); try again after Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    Payments_batch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The payment batch's id (UUID). An unknown id, or one the caller may not see, answers 404. */
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
            /** @description Not logged in: no bearer token, or one that is expired or revoked (e.g. after a password change), so log in again; at login, a wrong e-mail address or password (the same answer for both). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The caller's role does not allow this operation, or the two-person rule forbids it (e.g. approving what you prepared yourself). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Nothing with this id, or nothing the caller may see (a case outside your organisation answers 404, not 403). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description A store the API depends on (PostgreSQL, Redis) does not answer, or for an upload the virus scanner (clamd) gives no verdict, so the upload is refused (…:unavailable); try again after Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
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
                /** @description The payment batch's id (UUID). An unknown id, or one the caller may not see, answers 404. */
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
            /** @description The request is malformed: a field is missing, has the wrong type or format, or breaks a limit. `errors[]` lists every broken rule with its field (`type` …:validation); a body too deeply nested or with too many items is …:json-too-complex; a body that is not JSON is …:bad-request. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not logged in: no bearer token, or one that is expired or revoked (e.g. after a password change), so log in again; at login, a wrong e-mail address or password (the same answer for both). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The caller's role does not allow this operation, or the two-person rule forbids it (e.g. approving what you prepared yourself). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Nothing with this id, or nothing the caller may see (a case outside your organisation answers 404, not 403). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description A store the API depends on (PostgreSQL, Redis) does not answer, or for an upload the virus scanner (clamd) gives no verdict, so the upload is refused (…:unavailable); try again after Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    Payments_file: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The payment batch's id (UUID). An unknown id, or one the caller may not see, answers 404. */
                id: string;
                /** @description The file format: `csv`, `xlsx` or `pain001`. */
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
            /** @description Not logged in: no bearer token, or one that is expired or revoked (e.g. after a password change), so log in again; at login, a wrong e-mail address or password (the same answer for both). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The caller's role does not allow this operation, or the two-person rule forbids it (e.g. approving what you prepared yourself). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Nothing with this id, or nothing the caller may see (a case outside your organisation answers 404, not 403). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description A store the API depends on (PostgreSQL, Redis) does not answer, or for an upload the virus scanner (clamd) gives no verdict, so the upload is refused (…:unavailable); try again after Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    Payments_cancel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The payment batch's id (UUID). An unknown id, or one the caller may not see, answers 404. */
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
            /** @description The request is malformed: a field is missing, has the wrong type or format, or breaks a limit. `errors[]` lists every broken rule with its field (`type` …:validation); a body too deeply nested or with too many items is …:json-too-complex; a body that is not JSON is …:bad-request. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not logged in: no bearer token, or one that is expired or revoked (e.g. after a password change), so log in again; at login, a wrong e-mail address or password (the same answer for both). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The caller's role does not allow this operation, or the two-person rule forbids it (e.g. approving what you prepared yourself). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Nothing with this id, or nothing the caller may see (a case outside your organisation answers 404, not 403). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Conflict: the `version` sent is stale (…:stale-version, with `currentVersion`: fetch again), the case is in a status where this step is not allowed (…:invalid-state, with `currentState`), it exists already (…:duplicate) or a simultaneous change won (…:concurrent-update, Retry-After). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The request is well-formed but breaks a rule of the scheme, the round or the case (…:rule-violation); `errors[]` names each broken rule and its field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description A store the API depends on (PostgreSQL, Redis) does not answer, or for an upload the virus scanner (clamd) gives no verdict, so the upload is refused (…:unavailable); try again after Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    Payments_markBatchPaid: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The payment batch's id (UUID). An unknown id, or one the caller may not see, answers 404. */
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
            /** @description The request is malformed: a field is missing, has the wrong type or format, or breaks a limit. `errors[]` lists every broken rule with its field (`type` …:validation); a body too deeply nested or with too many items is …:json-too-complex; a body that is not JSON is …:bad-request. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not logged in: no bearer token, or one that is expired or revoked (e.g. after a password change), so log in again; at login, a wrong e-mail address or password (the same answer for both). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The caller's role does not allow this operation, or the two-person rule forbids it (e.g. approving what you prepared yourself). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Nothing with this id, or nothing the caller may see (a case outside your organisation answers 404, not 403). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Conflict: the `version` sent is stale (…:stale-version, with `currentVersion`: fetch again), the case is in a status where this step is not allowed (…:invalid-state, with `currentState`), it exists already (…:duplicate) or a simultaneous change won (…:concurrent-update, Retry-After). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The request is well-formed but breaks a rule of the scheme, the round or the case (…:rule-violation); `errors[]` names each broken rule and its field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description A store the API depends on (PostgreSQL, Redis) does not answer, or for an upload the virus scanner (clamd) gives no verdict, so the upload is refused (…:unavailable); try again after Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    Payments_budgetLedger: {
        parameters: {
            query: {
                /** @description The budget year. */
                year: number;
                /** @description Only this round. */
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
            /** @description The request is malformed: a field is missing, has the wrong type or format, or breaks a limit. `errors[]` lists every broken rule with its field (`type` …:validation); a body too deeply nested or with too many items is …:json-too-complex; a body that is not JSON is …:bad-request. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not logged in: no bearer token, or one that is expired or revoked (e.g. after a password change), so log in again; at login, a wrong e-mail address or password (the same answer for both). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The caller's role does not allow this operation, or the two-person rule forbids it (e.g. approving what you prepared yourself). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description A store the API depends on (PostgreSQL, Redis) does not answer, or for an upload the virus scanner (clamd) gives no verdict, so the upload is refused (…:unavailable); try again after Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    Statistics_round: {
        parameters: {
            query?: {
                /** @description json (default), csv (Norwegian Excel: `;`, UTF-8 with BOM, comma decimals) or xlsx. */
                format?: "json" | "csv" | "xlsx";
            };
            header?: never;
            path: {
                /** @description The round's id (UUID). An unknown id, or one the caller may not see, answers 404. */
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
            /** @description The request is malformed: a field is missing, has the wrong type or format, or breaks a limit. `errors[]` lists every broken rule with its field (`type` …:validation); a body too deeply nested or with too many items is …:json-too-complex; a body that is not JSON is …:bad-request. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not logged in: no bearer token, or one that is expired or revoked (e.g. after a password change), so log in again; at login, a wrong e-mail address or password (the same answer for both). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The caller's role does not allow this operation, or the two-person rule forbids it (e.g. approving what you prepared yourself). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Nothing with this id, or nothing the caller may see (a case outside your organisation answers 404, not 403). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description A store the API depends on (PostgreSQL, Redis) does not answer, or for an upload the virus scanner (clamd) gives no verdict, so the upload is refused (…:unavailable); try again after Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    Statistics_years: {
        parameters: {
            query?: {
                /** @description json (default), csv (Norwegian Excel: `;`, UTF-8 with BOM, comma decimals) or xlsx. */
                format?: "json" | "csv" | "xlsx";
                /** @description Only this scheme (default: every scheme). */
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
            /** @description The request is malformed: a field is missing, has the wrong type or format, or breaks a limit. `errors[]` lists every broken rule with its field (`type` …:validation); a body too deeply nested or with too many items is …:json-too-complex; a body that is not JSON is …:bad-request. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not logged in: no bearer token, or one that is expired or revoked (e.g. after a password change), so log in again; at login, a wrong e-mail address or password (the same answer for both). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The caller's role does not allow this operation, or the two-person rule forbids it (e.g. approving what you prepared yourself). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description A store the API depends on (PostgreSQL, Redis) does not answer, or for an upload the virus scanner (clamd) gives no verdict, so the upload is refused (…:unavailable); try again after Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    Reports_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The application's id (UUID). An unknown id, or one the caller may not see, answers 404. */
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
            /** @description Not logged in: no bearer token, or one that is expired or revoked (e.g. after a password change), so log in again; at login, a wrong e-mail address or password (the same answer for both). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The caller's role does not allow this operation, or the two-person rule forbids it (e.g. approving what you prepared yourself). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Nothing with this id, or nothing the caller may see (a case outside your organisation answers 404, not 403). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Conflict: the `version` sent is stale (…:stale-version, with `currentVersion`: fetch again), the case is in a status where this step is not allowed (…:invalid-state, with `currentState`), it exists already (…:duplicate) or a simultaneous change won (…:concurrent-update, Retry-After). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description A store the API depends on (PostgreSQL, Redis) does not answer, or for an upload the virus scanner (clamd) gives no verdict, so the upload is refused (…:unavailable); try again after Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    Reports_save: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The application's id (UUID). An unknown id, or one the caller may not see, answers 404. */
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
            /** @description The request is malformed: a field is missing, has the wrong type or format, or breaks a limit. `errors[]` lists every broken rule with its field (`type` …:validation); a body too deeply nested or with too many items is …:json-too-complex; a body that is not JSON is …:bad-request. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not logged in: no bearer token, or one that is expired or revoked (e.g. after a password change), so log in again; at login, a wrong e-mail address or password (the same answer for both). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The caller's role does not allow this operation, or the two-person rule forbids it (e.g. approving what you prepared yourself). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Nothing with this id, or nothing the caller may see (a case outside your organisation answers 404, not 403). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Conflict: the `version` sent is stale (…:stale-version, with `currentVersion`: fetch again), the case is in a status where this step is not allowed (…:invalid-state, with `currentState`), it exists already (…:duplicate) or a simultaneous change won (…:concurrent-update, Retry-After). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The request is well-formed but breaks a rule of the scheme, the round or the case (…:rule-violation); `errors[]` names each broken rule and its field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description A store the API depends on (PostgreSQL, Redis) does not answer, or for an upload the virus scanner (clamd) gives no verdict, so the upload is refused (…:unavailable); try again after Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    Reports_auditorStatement: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The application's id (UUID). An unknown id, or one the caller may not see, answers 404. */
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
            /** @description Not logged in: no bearer token, or one that is expired or revoked (e.g. after a password change), so log in again; at login, a wrong e-mail address or password (the same answer for both). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The caller's role does not allow this operation, or the two-person rule forbids it (e.g. approving what you prepared yourself). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Nothing with this id, or nothing the caller may see (a case outside your organisation answers 404, not 403). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description A store the API depends on (PostgreSQL, Redis) does not answer, or for an upload the virus scanner (clamd) gives no verdict, so the upload is refused (…:unavailable); try again after Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    Reports_uploadAuditorStatement: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The application's id (UUID). An unknown id, or one the caller may not see, answers 404. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description The auditor's statement as a PDF (judged by the bytes), at most 10 MB.
                     */
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
            /** @description The request is malformed: a field is missing, has the wrong type or format, or breaks a limit. `errors[]` lists every broken rule with its field (`type` …:validation); a body too deeply nested or with too many items is …:json-too-complex; a body that is not JSON is …:bad-request. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not logged in: no bearer token, or one that is expired or revoked (e.g. after a password change), so log in again; at login, a wrong e-mail address or password (the same answer for both). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The caller's role does not allow this operation, or the two-person rule forbids it (e.g. approving what you prepared yourself). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Nothing with this id, or nothing the caller may see (a case outside your organisation answers 404, not 403). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Conflict: the `version` sent is stale (…:stale-version, with `currentVersion`: fetch again), the case is in a status where this step is not allowed (…:invalid-state, with `currentState`), it exists already (…:duplicate) or a simultaneous change won (…:concurrent-update, Retry-After). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The body or file is larger than allowed (JSON bodies 1 MB, attachments 10 MB). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The request is well-formed but breaks a rule of the scheme, the round or the case (…:rule-violation); `errors[]` names each broken rule and its field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description A store the API depends on (PostgreSQL, Redis) does not answer, or for an upload the virus scanner (clamd) gives no verdict, so the upload is refused (…:unavailable); try again after Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    Reports_submit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The application's id (UUID). An unknown id, or one the caller may not see, answers 404. */
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
            /** @description The request is malformed: a field is missing, has the wrong type or format, or breaks a limit. `errors[]` lists every broken rule with its field (`type` …:validation); a body too deeply nested or with too many items is …:json-too-complex; a body that is not JSON is …:bad-request. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not logged in: no bearer token, or one that is expired or revoked (e.g. after a password change), so log in again; at login, a wrong e-mail address or password (the same answer for both). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The caller's role does not allow this operation, or the two-person rule forbids it (e.g. approving what you prepared yourself). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Nothing with this id, or nothing the caller may see (a case outside your organisation answers 404, not 403). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Conflict: the `version` sent is stale (…:stale-version, with `currentVersion`: fetch again), the case is in a status where this step is not allowed (…:invalid-state, with `currentState`), it exists already (…:duplicate) or a simultaneous change won (…:concurrent-update, Retry-After). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The request is well-formed but breaks a rule of the scheme, the round or the case (…:rule-violation); `errors[]` names each broken rule and its field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description A store the API depends on (PostgreSQL, Redis) does not answer, or for an upload the virus scanner (clamd) gives no verdict, so the upload is refused (…:unavailable); try again after Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    Reports_review: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The application's id (UUID). An unknown id, or one the caller may not see, answers 404. */
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
            /** @description The request is malformed: a field is missing, has the wrong type or format, or breaks a limit. `errors[]` lists every broken rule with its field (`type` …:validation); a body too deeply nested or with too many items is …:json-too-complex; a body that is not JSON is …:bad-request. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not logged in: no bearer token, or one that is expired or revoked (e.g. after a password change), so log in again; at login, a wrong e-mail address or password (the same answer for both). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The caller's role does not allow this operation, or the two-person rule forbids it (e.g. approving what you prepared yourself). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Nothing with this id, or nothing the caller may see (a case outside your organisation answers 404, not 403). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Conflict: the `version` sent is stale (…:stale-version, with `currentVersion`: fetch again), the case is in a status where this step is not allowed (…:invalid-state, with `currentState`), it exists already (…:duplicate) or a simultaneous change won (…:concurrent-update, Retry-After). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The request is well-formed but breaks a rule of the scheme, the round or the case (…:rule-violation); `errors[]` names each broken rule and its field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description A store the API depends on (PostgreSQL, Redis) does not answer, or for an upload the virus scanner (clamd) gives no verdict, so the upload is refused (…:unavailable); try again after Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
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
                /** @description Only reports on grants of this round. */
                roundId?: string;
                /** @description Only reports in this status (`due`: not started). Codes (Norwegian name): `due` = skal leveres, `draft` = utkast, `submitted` = levert, `returned` = returnert for retting, `approved` = godkjent, `repayment_claimed` = krav om tilbakebetaling sendt. */
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
            /** @description The request is malformed: a field is missing, has the wrong type or format, or breaks a limit. `errors[]` lists every broken rule with its field (`type` …:validation); a body too deeply nested or with too many items is …:json-too-complex; a body that is not JSON is …:bad-request. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not logged in: no bearer token, or one that is expired or revoked (e.g. after a password change), so log in again; at login, a wrong e-mail address or password (the same answer for both). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The caller's role does not allow this operation, or the two-person rule forbids it (e.g. approving what you prepared yourself). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description A store the API depends on (PostgreSQL, Redis) does not answer, or for an upload the virus scanner (clamd) gives no verdict, so the upload is refused (…:unavailable); try again after Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
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
                /** @description Only claims on grants of this round. */
                roundId?: string;
                /** @description Only claims in this status. Codes (Norwegian name): `open` = åpent, `settled` = oppgjort, `cancelled` = kansellert. */
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
            /** @description The request is malformed: a field is missing, has the wrong type or format, or breaks a limit. `errors[]` lists every broken rule with its field (`type` …:validation); a body too deeply nested or with too many items is …:json-too-complex; a body that is not JSON is …:bad-request. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not logged in: no bearer token, or one that is expired or revoked (e.g. after a password change), so log in again; at login, a wrong e-mail address or password (the same answer for both). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The caller's role does not allow this operation, or the two-person rule forbids it (e.g. approving what you prepared yourself). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description A store the API depends on (PostgreSQL, Redis) does not answer, or for an upload the virus scanner (clamd) gives no verdict, so the upload is refused (…:unavailable); try again after Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    RepaymentClaims_record: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The repayment claim's id (UUID). An unknown id, or one the caller may not see, answers 404. */
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
            /** @description The request is malformed: a field is missing, has the wrong type or format, or breaks a limit. `errors[]` lists every broken rule with its field (`type` …:validation); a body too deeply nested or with too many items is …:json-too-complex; a body that is not JSON is …:bad-request. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not logged in: no bearer token, or one that is expired or revoked (e.g. after a password change), so log in again; at login, a wrong e-mail address or password (the same answer for both). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The caller's role does not allow this operation, or the two-person rule forbids it (e.g. approving what you prepared yourself). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Nothing with this id, or nothing the caller may see (a case outside your organisation answers 404, not 403). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Conflict: the `version` sent is stale (…:stale-version, with `currentVersion`: fetch again), the case is in a status where this step is not allowed (…:invalid-state, with `currentState`), it exists already (…:duplicate) or a simultaneous change won (…:concurrent-update, Retry-After). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The request is well-formed but breaks a rule of the scheme, the round or the case (…:rule-violation); `errors[]` names each broken rule and its field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description A store the API depends on (PostgreSQL, Redis) does not answer, or for an upload the virus scanner (clamd) gives no verdict, so the upload is refused (…:unavailable); try again after Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    ApplicationClaims_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The application's id (UUID). An unknown id, or one the caller may not see, answers 404. */
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
            /** @description Not logged in: no bearer token, or one that is expired or revoked (e.g. after a password change), so log in again; at login, a wrong e-mail address or password (the same answer for both). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The caller's role does not allow this operation, or the two-person rule forbids it (e.g. approving what you prepared yourself). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Nothing with this id, or nothing the caller may see (a case outside your organisation answers 404, not 403). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description A store the API depends on (PostgreSQL, Redis) does not answer, or for an upload the virus scanner (clamd) gives no verdict, so the upload is refused (…:unavailable); try again after Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
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
            /** @description The request is malformed: a field is missing, has the wrong type or format, or breaks a limit. `errors[]` lists every broken rule with its field (`type` …:validation); a body too deeply nested or with too many items is …:json-too-complex; a body that is not JSON is …:bad-request. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not logged in: no bearer token, or one that is expired or revoked (e.g. after a password change), so log in again; at login, a wrong e-mail address or password (the same answer for both). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Too many requests for this limit (…:rate-limited); wait the seconds in Retry-After. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description A store the API depends on (PostgreSQL, Redis) does not answer, or for an upload the virus scanner (clamd) gives no verdict, so the upload is refused (…:unavailable); try again after Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
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
            /** @description The request is malformed: a field is missing, has the wrong type or format, or breaks a limit. `errors[]` lists every broken rule with its field (`type` …:validation); a body too deeply nested or with too many items is …:json-too-complex; a body that is not JSON is …:bad-request. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The request is well-formed but breaks a rule of the scheme, the round or the case (…:rule-violation); `errors[]` names each broken rule and its field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Too many requests for this limit (…:rate-limited); wait the seconds in Retry-After. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description A store the API depends on (PostgreSQL, Redis) does not answer, or for an upload the virus scanner (clamd) gives no verdict, so the upload is refused (…:unavailable); try again after Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
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
            /** @description Not logged in: no bearer token, or one that is expired or revoked (e.g. after a password change), so log in again; at login, a wrong e-mail address or password (the same answer for both). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description A store the API depends on (PostgreSQL, Redis) does not answer, or for an upload the virus scanner (clamd) gives no verdict, so the upload is refused (…:unavailable); try again after Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
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
            /** @description The request is malformed: a field is missing, has the wrong type or format, or breaks a limit. `errors[]` lists every broken rule with its field (`type` …:validation); a body too deeply nested or with too many items is …:json-too-complex; a body that is not JSON is …:bad-request. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The request is well-formed but breaks a rule of the scheme, the round or the case (…:rule-violation); `errors[]` names each broken rule and its field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description A store the API depends on (PostgreSQL, Redis) does not answer, or for an upload the virus scanner (clamd) gives no verdict, so the upload is refused (…:unavailable); try again after Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
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
            /** @description The request is malformed: a field is missing, has the wrong type or format, or breaks a limit. `errors[]` lists every broken rule with its field (`type` …:validation); a body too deeply nested or with too many items is …:json-too-complex; a body that is not JSON is …:bad-request. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Too many requests for this limit (…:rate-limited); wait the seconds in Retry-After. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description A store the API depends on (PostgreSQL, Redis) does not answer, or for an upload the virus scanner (clamd) gives no verdict, so the upload is refused (…:unavailable); try again after Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
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
            /** @description The request is malformed: a field is missing, has the wrong type or format, or breaks a limit. `errors[]` lists every broken rule with its field (`type` …:validation); a body too deeply nested or with too many items is …:json-too-complex; a body that is not JSON is …:bad-request. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The request is well-formed but breaks a rule of the scheme, the round or the case (…:rule-violation); `errors[]` names each broken rule and its field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description A store the API depends on (PostgreSQL, Redis) does not answer, or for an upload the virus scanner (clamd) gives no verdict, so the upload is refused (…:unavailable); try again after Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
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
            /** @description The request is malformed: a field is missing, has the wrong type or format, or breaks a limit. `errors[]` lists every broken rule with its field (`type` …:validation); a body too deeply nested or with too many items is …:json-too-complex; a body that is not JSON is …:bad-request. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not logged in: no bearer token, or one that is expired or revoked (e.g. after a password change), so log in again; at login, a wrong e-mail address or password (the same answer for both). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The request is well-formed but breaks a rule of the scheme, the round or the case (…:rule-violation); `errors[]` names each broken rule and its field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Too many requests for this limit (…:rate-limited); wait the seconds in Retry-After. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description A store the API depends on (PostgreSQL, Redis) does not answer, or for an upload the virus scanner (clamd) gives no verdict, so the upload is refused (…:unavailable); try again after Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    Session_current: {
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
                    "application/json": components["schemas"]["SessionResponse"];
                };
            };
            /** @description No session (unauthenticated), or an ended one (session-expired, with reason). Not logged in: no bearer token, or one that is expired or revoked (e.g. after a password change), so log in again; at login, a wrong e-mail address or password (the same answer for both). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description A store the API depends on (PostgreSQL, Redis) does not answer, or for an upload the virus scanner (clamd) gives no verdict, so the upload is refused (…:unavailable); try again after Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    Session_create: {
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
            /** @description Logged in; Set-Cookie carries the session. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionResponse"];
                };
            };
            /** @description The request is malformed: a field is missing, has the wrong type or format, or breaks a limit. `errors[]` lists every broken rule with its field (`type` …:validation); a body too deeply nested or with too many items is …:json-too-complex; a body that is not JSON is …:bad-request. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not logged in: no bearer token, or one that is expired or revoked (e.g. after a password change), so log in again; at login, a wrong e-mail address or password (the same answer for both). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The request came from another site (problem type csrf). The caller's role does not allow this operation, or the two-person rule forbids it (e.g. approving what you prepared yourself). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Too many requests for this limit (…:rate-limited); wait the seconds in Retry-After. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description A store the API depends on (PostgreSQL, Redis) does not answer, or for an upload the virus scanner (clamd) gives no verdict, so the upload is refused (…:unavailable); try again after Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    Session_delete: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Logged out; Set-Cookie clears the cookie. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description X-CSRF-Token missing or wrong, or another site (problem type csrf). The caller's role does not allow this operation, or the two-person rule forbids it (e.g. approving what you prepared yourself). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description A store the API depends on (PostgreSQL, Redis) does not answer, or for an upload the virus scanner (clamd) gives no verdict, so the upload is refused (…:unavailable); try again after Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
}
