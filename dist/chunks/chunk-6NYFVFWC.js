import { createRequire as __nx1CreateRequire } from "node:module"; const require = __nx1CreateRequire(import.meta.url);
import {
  __commonJS,
  __toESM
} from "./chunk-RVDFPOOV.js";

// node_modules/ajv-formats/dist/formats.js
var require_formats = __commonJS({
  "node_modules/ajv-formats/dist/formats.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.formatNames = exports.fastFormats = exports.fullFormats = void 0;
    function fmtDef(validate, compare) {
      return { validate, compare };
    }
    exports.fullFormats = {
      // date: http://tools.ietf.org/html/rfc3339#section-5.6
      date: fmtDef(date, compareDate),
      // date-time: http://tools.ietf.org/html/rfc3339#section-5.6
      time: fmtDef(getTime(true), compareTime),
      "date-time": fmtDef(getDateTime(true), compareDateTime),
      "iso-time": fmtDef(getTime(), compareIsoTime),
      "iso-date-time": fmtDef(getDateTime(), compareIsoDateTime),
      // duration: https://tools.ietf.org/html/rfc3339#appendix-A
      duration: /^P(?!$)((\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?|(\d+W)?)$/,
      uri,
      "uri-reference": /^(?:[a-z][a-z0-9+\-.]*:)?(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'"()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?(?:\?(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i,
      // uri-template: https://tools.ietf.org/html/rfc6570
      "uri-template": /^(?:(?:[^\x00-\x20"'<>%\\^`{|}]|%[0-9a-f]{2})|\{[+#./;?&=,!@|]?(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?(?:,(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?)*\})*$/i,
      // For the source: https://gist.github.com/dperini/729294
      // For test cases: https://mathiasbynens.be/demo/url-regex
      url: /^(?:https?|ftp):\/\/(?:\S+(?::\S*)?@)?(?:(?!(?:10|127)(?:\.\d{1,3}){3})(?!(?:169\.254|192\.168)(?:\.\d{1,3}){2})(?!172\.(?:1[6-9]|2\d|3[0-1])(?:\.\d{1,3}){2})(?:[1-9]\d?|1\d\d|2[01]\d|22[0-3])(?:\.(?:1?\d{1,2}|2[0-4]\d|25[0-5])){2}(?:\.(?:[1-9]\d?|1\d\d|2[0-4]\d|25[0-4]))|(?:(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)(?:\.(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)*(?:\.(?:[a-z\u{00a1}-\u{ffff}]{2,})))(?::\d{2,5})?(?:\/[^\s]*)?$/iu,
      email: /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i,
      hostname: /^(?=.{1,253}\.?$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[-0-9a-z]{0,61}[0-9a-z])?)*\.?$/i,
      // optimized https://www.safaribooksonline.com/library/view/regular-expressions-cookbook/9780596802837/ch07s16.html
      ipv4: /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/,
      ipv6: /^((([0-9a-f]{1,4}:){7}([0-9a-f]{1,4}|:))|(([0-9a-f]{1,4}:){6}(:[0-9a-f]{1,4}|((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){5}(((:[0-9a-f]{1,4}){1,2})|:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){4}(((:[0-9a-f]{1,4}){1,3})|((:[0-9a-f]{1,4})?:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){3}(((:[0-9a-f]{1,4}){1,4})|((:[0-9a-f]{1,4}){0,2}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){2}(((:[0-9a-f]{1,4}){1,5})|((:[0-9a-f]{1,4}){0,3}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){1}(((:[0-9a-f]{1,4}){1,6})|((:[0-9a-f]{1,4}){0,4}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(:(((:[0-9a-f]{1,4}){1,7})|((:[0-9a-f]{1,4}){0,5}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:)))$/i,
      regex,
      // uuid: http://tools.ietf.org/html/rfc4122
      uuid: /^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i,
      // JSON-pointer: https://tools.ietf.org/html/rfc6901
      // uri fragment: https://tools.ietf.org/html/rfc3986#appendix-A
      "json-pointer": /^(?:\/(?:[^~/]|~0|~1)*)*$/,
      "json-pointer-uri-fragment": /^#(?:\/(?:[a-z0-9_\-.!$&'()*+,;:=@]|%[0-9a-f]{2}|~0|~1)*)*$/i,
      // relative JSON-pointer: http://tools.ietf.org/html/draft-luff-relative-json-pointer-00
      "relative-json-pointer": /^(?:0|[1-9][0-9]*)(?:#|(?:\/(?:[^~/]|~0|~1)*)*)$/,
      // the following formats are used by the openapi specification: https://spec.openapis.org/oas/v3.0.0#data-types
      // byte: https://github.com/miguelmota/is-base64
      byte,
      // signed 32 bit integer
      int32: { type: "number", validate: validateInt32 },
      // signed 64 bit integer
      int64: { type: "number", validate: validateInt64 },
      // C-type float
      float: { type: "number", validate: validateNumber },
      // C-type double
      double: { type: "number", validate: validateNumber },
      // hint to the UI to hide input strings
      password: true,
      // unchecked string payload
      binary: true
    };
    exports.fastFormats = {
      ...exports.fullFormats,
      date: fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d$/, compareDate),
      time: fmtDef(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i, compareTime),
      "date-time": fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\dt(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i, compareDateTime),
      "iso-time": fmtDef(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i, compareIsoTime),
      "iso-date-time": fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d[t\s](?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i, compareIsoDateTime),
      // uri: https://github.com/mafintosh/is-my-json-valid/blob/master/formats.js
      uri: /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/)?[^\s]*$/i,
      "uri-reference": /^(?:(?:[a-z][a-z0-9+\-.]*:)?\/?\/)?(?:[^\\\s#][^\s#]*)?(?:#[^\\\s]*)?$/i,
      // email (sources from jsen validator):
      // http://stackoverflow.com/questions/201323/using-a-regular-expression-to-validate-an-email-address#answer-8829363
      // http://www.w3.org/TR/html5/forms.html#valid-e-mail-address (search for 'wilful violation')
      email: /^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i
    };
    exports.formatNames = Object.keys(exports.fullFormats);
    function isLeapYear(year) {
      return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
    }
    var DATE = /^(\d\d\d\d)-(\d\d)-(\d\d)$/;
    var DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    function date(str) {
      const matches = DATE.exec(str);
      if (!matches)
        return false;
      const year = +matches[1];
      const month = +matches[2];
      const day = +matches[3];
      return month >= 1 && month <= 12 && day >= 1 && day <= (month === 2 && isLeapYear(year) ? 29 : DAYS[month]);
    }
    function compareDate(d1, d2) {
      if (!(d1 && d2))
        return void 0;
      if (d1 > d2)
        return 1;
      if (d1 < d2)
        return -1;
      return 0;
    }
    var TIME = /^(\d\d):(\d\d):(\d\d(?:\.\d+)?)(z|([+-])(\d\d)(?::?(\d\d))?)?$/i;
    function getTime(strictTimeZone) {
      return function time(str) {
        const matches = TIME.exec(str);
        if (!matches)
          return false;
        const hr = +matches[1];
        const min = +matches[2];
        const sec = +matches[3];
        const tz = matches[4];
        const tzSign = matches[5] === "-" ? -1 : 1;
        const tzH = +(matches[6] || 0);
        const tzM = +(matches[7] || 0);
        if (tzH > 23 || tzM > 59 || strictTimeZone && !tz)
          return false;
        if (hr <= 23 && min <= 59 && sec < 60)
          return true;
        const utcMin = min - tzM * tzSign;
        const utcHr = hr - tzH * tzSign - (utcMin < 0 ? 1 : 0);
        return (utcHr === 23 || utcHr === -1) && (utcMin === 59 || utcMin === -1) && sec < 61;
      };
    }
    function compareTime(s1, s2) {
      if (!(s1 && s2))
        return void 0;
      const t1 = (/* @__PURE__ */ new Date("2020-01-01T" + s1)).valueOf();
      const t2 = (/* @__PURE__ */ new Date("2020-01-01T" + s2)).valueOf();
      if (!(t1 && t2))
        return void 0;
      return t1 - t2;
    }
    function compareIsoTime(t1, t2) {
      if (!(t1 && t2))
        return void 0;
      const a1 = TIME.exec(t1);
      const a2 = TIME.exec(t2);
      if (!(a1 && a2))
        return void 0;
      t1 = a1[1] + a1[2] + a1[3];
      t2 = a2[1] + a2[2] + a2[3];
      if (t1 > t2)
        return 1;
      if (t1 < t2)
        return -1;
      return 0;
    }
    var DATE_TIME_SEPARATOR = /t|\s/i;
    function getDateTime(strictTimeZone) {
      const time = getTime(strictTimeZone);
      return function date_time(str) {
        const dateTime = str.split(DATE_TIME_SEPARATOR);
        return dateTime.length === 2 && date(dateTime[0]) && time(dateTime[1]);
      };
    }
    function compareDateTime(dt1, dt2) {
      if (!(dt1 && dt2))
        return void 0;
      const d1 = new Date(dt1).valueOf();
      const d2 = new Date(dt2).valueOf();
      if (!(d1 && d2))
        return void 0;
      return d1 - d2;
    }
    function compareIsoDateTime(dt1, dt2) {
      if (!(dt1 && dt2))
        return void 0;
      const [d1, t1] = dt1.split(DATE_TIME_SEPARATOR);
      const [d2, t2] = dt2.split(DATE_TIME_SEPARATOR);
      const res = compareDate(d1, d2);
      if (res === void 0)
        return void 0;
      return res || compareTime(t1, t2);
    }
    var NOT_URI_FRAGMENT = /\/|:/;
    var URI = /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)(?:\?(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i;
    function uri(str) {
      return NOT_URI_FRAGMENT.test(str) && URI.test(str);
    }
    var BYTE = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/gm;
    function byte(str) {
      BYTE.lastIndex = 0;
      return BYTE.test(str);
    }
    var MIN_INT32 = -(2 ** 31);
    var MAX_INT32 = 2 ** 31 - 1;
    function validateInt32(value) {
      return Number.isInteger(value) && value <= MAX_INT32 && value >= MIN_INT32;
    }
    function validateInt64(value) {
      return Number.isInteger(value);
    }
    function validateNumber() {
      return true;
    }
    var Z_ANCHOR = /[^\\]\\Z/;
    function regex(str) {
      if (Z_ANCHOR.test(str))
        return false;
      try {
        new RegExp(str);
        return true;
      } catch (e) {
        return false;
      }
    }
  }
});

// node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "node_modules/ajv/dist/runtime/ucs2length.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    function ucs2length(str) {
      const len = str.length;
      let length = 0;
      let pos = 0;
      let value;
      while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 55296 && value <= 56319 && pos < len) {
          value = str.charCodeAt(pos);
          if ((value & 64512) === 56320)
            pos++;
        }
      }
      return length;
    }
    exports.default = ucs2length;
    ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});

// src/generated/validators.js
var import_formats = __toESM(require_formats(), 1);
var import_ucs2length = __toESM(require_ucs2length(), 1);
var validateRequest = validate20;
var schema31 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "urn:nx1-migrate:schemas/request.schema.json", "properties": { "source_format": { "$ref": "#/$defs/SourceFormatEnum" }, "migration_type": { "$ref": "#/$defs/MigrationTypeEnum" }, "default_s3_bucket": { "type": "string", "title": "Default S3 Bucket" }, "tracking_database": { "type": "string", "title": "Tracking Database" }, "tracking_location": { "type": "string", "title": "Tracking Location" }, "report_output_location": { "type": "string", "title": "Report Output Location" }, "s3_access_key": { "type": ["string", "null"], "title": "S3 Access Key" }, "s3_secret_key": { "type": ["string", "null"], "title": "S3 Secret Key" }, "s3_endpoint": { "type": ["string", "null"], "title": "S3 Endpoint" }, "distcp_mappers": { "type": "integer", "title": "Distcp Mappers", "default": 50 }, "distcp_bandwidth": { "type": "integer", "title": "Distcp Bandwidth", "default": 100 }, "email_recipients": { "type": ["string", "null"], "title": "Email Recipients" }, "mapr_user": { "type": ["string", "null"], "title": "Mapr User" }, "mapr_ticketfile_location": { "type": ["string", "null"], "title": "Mapr Ticketfile Location" }, "kinit_principal": { "type": ["string", "null"], "title": "Kinit Principal" }, "kinit_keytab": { "type": ["string", "null"], "title": "Kinit Keytab" }, "kinit_password": { "type": ["string", "null"], "title": "Kinit Password" }, "inplace_iceberg_migration": { "type": "boolean", "title": "Inplace Iceberg Migration", "default": false }, "migration_tables": { "items": { "$ref": "#/$defs/DataMigrationTableRow" }, "type": ["array", "null"], "title": "Migration Tables" }, "metadata_tables": { "items": { "$ref": "#/$defs/MetadataMigrationTableRow" }, "type": ["array", "null"], "title": "Metadata Tables" }, "folder_tables": { "items": { "$ref": "#/$defs/FolderCopyTableRow" }, "type": ["array", "null"], "title": "Folder Tables" } }, "type": "object", "required": ["source_format", "migration_type", "default_s3_bucket", "tracking_database", "tracking_location", "report_output_location"], "title": "DataMigrationRunRequest", "description": "Request to create a data migration run.", "additionalProperties": false, "$defs": { "DataMigrationTableRow": { "properties": { "database": { "type": "string", "title": "Database" }, "table": { "type": "string", "title": "Table", "default": "*" }, "dest_database": { "type": ["string", "null"], "title": "Dest Database" }, "bucket": { "type": ["string", "null"], "title": "Bucket" }, "endpoint": { "type": ["string", "null"], "title": "Endpoint" }, "partition_filter": { "type": ["string", "null"], "title": "Partition Filter" } }, "type": "object", "required": ["database"], "title": "DataMigrationTableRow", "description": "Row for migrating a Hive table to S3.", "additionalProperties": false }, "FolderCopyTableRow": { "properties": { "source_path": { "type": "string", "title": "Source Path" }, "target_bucket": { "type": "string", "title": "Target Bucket" }, "dest_folder": { "type": ["string", "null"], "title": "Dest Folder" }, "endpoint": { "type": ["string", "null"], "title": "Endpoint" } }, "type": "object", "required": ["source_path", "target_bucket"], "title": "FolderCopyTableRow", "description": "Row for folder-only copy migrations.", "additionalProperties": false }, "MetadataMigrationTableRow": { "properties": { "database": { "type": "string", "title": "Database" }, "table": { "type": "string", "title": "Table", "default": "*" }, "inplace_migration": { "type": "boolean", "title": "Inplace Migration", "default": true }, "destination_iceberg_database": { "type": ["string", "null"], "title": "Destination Iceberg Database" } }, "type": "object", "required": ["database"], "title": "MetadataMigrationTableRow", "description": "Row for Hive\u2192Iceberg metadata-only migrations.", "additionalProperties": false }, "MigrationTypeEnum": { "type": "string", "enum": ["file_only", "data_hive_to_hive", "data_hive_to_iceberg", "metadata_hive_to_iceberg"], "title": "MigrationTypeEnum" }, "SourceFormatEnum": { "type": "string", "enum": ["mapr", "hdfs", "s3"], "title": "SourceFormatEnum" } } };
var schema32 = { "type": "string", "enum": ["mapr", "hdfs", "s3"], "title": "SourceFormatEnum" };
var schema33 = { "type": "string", "enum": ["file_only", "data_hive_to_hive", "data_hive_to_iceberg", "metadata_hive_to_iceberg"], "title": "MigrationTypeEnum" };
var schema34 = { "properties": { "database": { "type": "string", "title": "Database" }, "table": { "type": "string", "title": "Table", "default": "*" }, "dest_database": { "type": ["string", "null"], "title": "Dest Database" }, "bucket": { "type": ["string", "null"], "title": "Bucket" }, "endpoint": { "type": ["string", "null"], "title": "Endpoint" }, "partition_filter": { "type": ["string", "null"], "title": "Partition Filter" } }, "type": "object", "required": ["database"], "title": "DataMigrationTableRow", "description": "Row for migrating a Hive table to S3.", "additionalProperties": false };
var schema35 = { "properties": { "database": { "type": "string", "title": "Database" }, "table": { "type": "string", "title": "Table", "default": "*" }, "inplace_migration": { "type": "boolean", "title": "Inplace Migration", "default": true }, "destination_iceberg_database": { "type": ["string", "null"], "title": "Destination Iceberg Database" } }, "type": "object", "required": ["database"], "title": "MetadataMigrationTableRow", "description": "Row for Hive\u2192Iceberg metadata-only migrations.", "additionalProperties": false };
var schema36 = { "properties": { "source_path": { "type": "string", "title": "Source Path" }, "target_bucket": { "type": "string", "title": "Target Bucket" }, "dest_folder": { "type": ["string", "null"], "title": "Dest Folder" }, "endpoint": { "type": ["string", "null"], "title": "Endpoint" } }, "type": "object", "required": ["source_path", "target_bucket"], "title": "FolderCopyTableRow", "description": "Row for folder-only copy migrations.", "additionalProperties": false };
var func1 = Object.prototype.hasOwnProperty;
function validate20(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate20.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.source_format === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "source_format" }, message: "must have required property 'source_format'", schema: schema31.required, parentSchema: schema31, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.migration_type === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "migration_type" }, message: "must have required property 'migration_type'", schema: schema31.required, parentSchema: schema31, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.default_s3_bucket === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "default_s3_bucket" }, message: "must have required property 'default_s3_bucket'", schema: schema31.required, parentSchema: schema31, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.tracking_database === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "tracking_database" }, message: "must have required property 'tracking_database'", schema: schema31.required, parentSchema: schema31, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.tracking_location === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "tracking_location" }, message: "must have required property 'tracking_location'", schema: schema31.required, parentSchema: schema31, data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.report_output_location === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "report_output_location" }, message: "must have required property 'report_output_location'", schema: schema31.required, parentSchema: schema31, data };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func1.call(schema31.properties, key0)) {
        const err6 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31, data };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.source_format !== void 0) {
      let data0 = data.source_format;
      if (typeof data0 !== "string") {
        const err7 = { instancePath: instancePath + "/source_format", schemaPath: "#/$defs/SourceFormatEnum/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.type, parentSchema: schema32, data: data0 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
      if (!(data0 === "mapr" || data0 === "hdfs" || data0 === "s3")) {
        const err8 = { instancePath: instancePath + "/source_format", schemaPath: "#/$defs/SourceFormatEnum/enum", keyword: "enum", params: { allowedValues: schema32.enum }, message: "must be equal to one of the allowed values", schema: schema32.enum, parentSchema: schema32, data: data0 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.migration_type !== void 0) {
      let data1 = data.migration_type;
      if (typeof data1 !== "string") {
        const err9 = { instancePath: instancePath + "/migration_type", schemaPath: "#/$defs/MigrationTypeEnum/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data1 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
      if (!(data1 === "file_only" || data1 === "data_hive_to_hive" || data1 === "data_hive_to_iceberg" || data1 === "metadata_hive_to_iceberg")) {
        const err10 = { instancePath: instancePath + "/migration_type", schemaPath: "#/$defs/MigrationTypeEnum/enum", keyword: "enum", params: { allowedValues: schema33.enum }, message: "must be equal to one of the allowed values", schema: schema33.enum, parentSchema: schema33, data: data1 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.default_s3_bucket !== void 0) {
      let data2 = data.default_s3_bucket;
      if (typeof data2 !== "string") {
        const err11 = { instancePath: instancePath + "/default_s3_bucket", schemaPath: "#/properties/default_s3_bucket/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.default_s3_bucket.type, parentSchema: schema31.properties.default_s3_bucket, data: data2 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.tracking_database !== void 0) {
      let data3 = data.tracking_database;
      if (typeof data3 !== "string") {
        const err12 = { instancePath: instancePath + "/tracking_database", schemaPath: "#/properties/tracking_database/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.tracking_database.type, parentSchema: schema31.properties.tracking_database, data: data3 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.tracking_location !== void 0) {
      let data4 = data.tracking_location;
      if (typeof data4 !== "string") {
        const err13 = { instancePath: instancePath + "/tracking_location", schemaPath: "#/properties/tracking_location/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.tracking_location.type, parentSchema: schema31.properties.tracking_location, data: data4 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.report_output_location !== void 0) {
      let data5 = data.report_output_location;
      if (typeof data5 !== "string") {
        const err14 = { instancePath: instancePath + "/report_output_location", schemaPath: "#/properties/report_output_location/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.report_output_location.type, parentSchema: schema31.properties.report_output_location, data: data5 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.s3_access_key !== void 0) {
      let data6 = data.s3_access_key;
      if (typeof data6 !== "string" && data6 !== null) {
        const err15 = { instancePath: instancePath + "/s3_access_key", schemaPath: "#/properties/s3_access_key/type", keyword: "type", params: { type: schema31.properties.s3_access_key.type }, message: "must be string,null", schema: schema31.properties.s3_access_key.type, parentSchema: schema31.properties.s3_access_key, data: data6 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.s3_secret_key !== void 0) {
      let data7 = data.s3_secret_key;
      if (typeof data7 !== "string" && data7 !== null) {
        const err16 = { instancePath: instancePath + "/s3_secret_key", schemaPath: "#/properties/s3_secret_key/type", keyword: "type", params: { type: schema31.properties.s3_secret_key.type }, message: "must be string,null", schema: schema31.properties.s3_secret_key.type, parentSchema: schema31.properties.s3_secret_key, data: data7 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.s3_endpoint !== void 0) {
      let data8 = data.s3_endpoint;
      if (typeof data8 !== "string" && data8 !== null) {
        const err17 = { instancePath: instancePath + "/s3_endpoint", schemaPath: "#/properties/s3_endpoint/type", keyword: "type", params: { type: schema31.properties.s3_endpoint.type }, message: "must be string,null", schema: schema31.properties.s3_endpoint.type, parentSchema: schema31.properties.s3_endpoint, data: data8 };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.distcp_mappers !== void 0) {
      let data9 = data.distcp_mappers;
      if (!(typeof data9 == "number" && (!(data9 % 1) && !isNaN(data9)) && isFinite(data9))) {
        const err18 = { instancePath: instancePath + "/distcp_mappers", schemaPath: "#/properties/distcp_mappers/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema31.properties.distcp_mappers.type, parentSchema: schema31.properties.distcp_mappers, data: data9 };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.distcp_bandwidth !== void 0) {
      let data10 = data.distcp_bandwidth;
      if (!(typeof data10 == "number" && (!(data10 % 1) && !isNaN(data10)) && isFinite(data10))) {
        const err19 = { instancePath: instancePath + "/distcp_bandwidth", schemaPath: "#/properties/distcp_bandwidth/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema31.properties.distcp_bandwidth.type, parentSchema: schema31.properties.distcp_bandwidth, data: data10 };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.email_recipients !== void 0) {
      let data11 = data.email_recipients;
      if (typeof data11 !== "string" && data11 !== null) {
        const err20 = { instancePath: instancePath + "/email_recipients", schemaPath: "#/properties/email_recipients/type", keyword: "type", params: { type: schema31.properties.email_recipients.type }, message: "must be string,null", schema: schema31.properties.email_recipients.type, parentSchema: schema31.properties.email_recipients, data: data11 };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.mapr_user !== void 0) {
      let data12 = data.mapr_user;
      if (typeof data12 !== "string" && data12 !== null) {
        const err21 = { instancePath: instancePath + "/mapr_user", schemaPath: "#/properties/mapr_user/type", keyword: "type", params: { type: schema31.properties.mapr_user.type }, message: "must be string,null", schema: schema31.properties.mapr_user.type, parentSchema: schema31.properties.mapr_user, data: data12 };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data.mapr_ticketfile_location !== void 0) {
      let data13 = data.mapr_ticketfile_location;
      if (typeof data13 !== "string" && data13 !== null) {
        const err22 = { instancePath: instancePath + "/mapr_ticketfile_location", schemaPath: "#/properties/mapr_ticketfile_location/type", keyword: "type", params: { type: schema31.properties.mapr_ticketfile_location.type }, message: "must be string,null", schema: schema31.properties.mapr_ticketfile_location.type, parentSchema: schema31.properties.mapr_ticketfile_location, data: data13 };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
    if (data.kinit_principal !== void 0) {
      let data14 = data.kinit_principal;
      if (typeof data14 !== "string" && data14 !== null) {
        const err23 = { instancePath: instancePath + "/kinit_principal", schemaPath: "#/properties/kinit_principal/type", keyword: "type", params: { type: schema31.properties.kinit_principal.type }, message: "must be string,null", schema: schema31.properties.kinit_principal.type, parentSchema: schema31.properties.kinit_principal, data: data14 };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
    }
    if (data.kinit_keytab !== void 0) {
      let data15 = data.kinit_keytab;
      if (typeof data15 !== "string" && data15 !== null) {
        const err24 = { instancePath: instancePath + "/kinit_keytab", schemaPath: "#/properties/kinit_keytab/type", keyword: "type", params: { type: schema31.properties.kinit_keytab.type }, message: "must be string,null", schema: schema31.properties.kinit_keytab.type, parentSchema: schema31.properties.kinit_keytab, data: data15 };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
    }
    if (data.kinit_password !== void 0) {
      let data16 = data.kinit_password;
      if (typeof data16 !== "string" && data16 !== null) {
        const err25 = { instancePath: instancePath + "/kinit_password", schemaPath: "#/properties/kinit_password/type", keyword: "type", params: { type: schema31.properties.kinit_password.type }, message: "must be string,null", schema: schema31.properties.kinit_password.type, parentSchema: schema31.properties.kinit_password, data: data16 };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
    }
    if (data.inplace_iceberg_migration !== void 0) {
      let data17 = data.inplace_iceberg_migration;
      if (typeof data17 !== "boolean") {
        const err26 = { instancePath: instancePath + "/inplace_iceberg_migration", schemaPath: "#/properties/inplace_iceberg_migration/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema31.properties.inplace_iceberg_migration.type, parentSchema: schema31.properties.inplace_iceberg_migration, data: data17 };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
    }
    if (data.migration_tables !== void 0) {
      let data18 = data.migration_tables;
      if (!Array.isArray(data18) && data18 !== null) {
        const err27 = { instancePath: instancePath + "/migration_tables", schemaPath: "#/properties/migration_tables/type", keyword: "type", params: { type: schema31.properties.migration_tables.type }, message: "must be array,null", schema: schema31.properties.migration_tables.type, parentSchema: schema31.properties.migration_tables, data: data18 };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
      if (Array.isArray(data18)) {
        const len0 = data18.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data19 = data18[i0];
          if (data19 && typeof data19 == "object" && !Array.isArray(data19)) {
            if (data19.database === void 0) {
              const err28 = { instancePath: instancePath + "/migration_tables/" + i0, schemaPath: "#/$defs/DataMigrationTableRow/required", keyword: "required", params: { missingProperty: "database" }, message: "must have required property 'database'", schema: schema34.required, parentSchema: schema34, data: data19 };
              if (vErrors === null) {
                vErrors = [err28];
              } else {
                vErrors.push(err28);
              }
              errors++;
            }
            for (const key1 in data19) {
              if (!(key1 === "database" || key1 === "table" || key1 === "dest_database" || key1 === "bucket" || key1 === "endpoint" || key1 === "partition_filter")) {
                const err29 = { instancePath: instancePath + "/migration_tables/" + i0, schemaPath: "#/$defs/DataMigrationTableRow/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema34, data: data19 };
                if (vErrors === null) {
                  vErrors = [err29];
                } else {
                  vErrors.push(err29);
                }
                errors++;
              }
            }
            if (data19.database !== void 0) {
              let data20 = data19.database;
              if (typeof data20 !== "string") {
                const err30 = { instancePath: instancePath + "/migration_tables/" + i0 + "/database", schemaPath: "#/$defs/DataMigrationTableRow/properties/database/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.properties.database.type, parentSchema: schema34.properties.database, data: data20 };
                if (vErrors === null) {
                  vErrors = [err30];
                } else {
                  vErrors.push(err30);
                }
                errors++;
              }
            }
            if (data19.table !== void 0) {
              let data21 = data19.table;
              if (typeof data21 !== "string") {
                const err31 = { instancePath: instancePath + "/migration_tables/" + i0 + "/table", schemaPath: "#/$defs/DataMigrationTableRow/properties/table/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.properties.table.type, parentSchema: schema34.properties.table, data: data21 };
                if (vErrors === null) {
                  vErrors = [err31];
                } else {
                  vErrors.push(err31);
                }
                errors++;
              }
            }
            if (data19.dest_database !== void 0) {
              let data22 = data19.dest_database;
              if (typeof data22 !== "string" && data22 !== null) {
                const err32 = { instancePath: instancePath + "/migration_tables/" + i0 + "/dest_database", schemaPath: "#/$defs/DataMigrationTableRow/properties/dest_database/type", keyword: "type", params: { type: schema34.properties.dest_database.type }, message: "must be string,null", schema: schema34.properties.dest_database.type, parentSchema: schema34.properties.dest_database, data: data22 };
                if (vErrors === null) {
                  vErrors = [err32];
                } else {
                  vErrors.push(err32);
                }
                errors++;
              }
            }
            if (data19.bucket !== void 0) {
              let data23 = data19.bucket;
              if (typeof data23 !== "string" && data23 !== null) {
                const err33 = { instancePath: instancePath + "/migration_tables/" + i0 + "/bucket", schemaPath: "#/$defs/DataMigrationTableRow/properties/bucket/type", keyword: "type", params: { type: schema34.properties.bucket.type }, message: "must be string,null", schema: schema34.properties.bucket.type, parentSchema: schema34.properties.bucket, data: data23 };
                if (vErrors === null) {
                  vErrors = [err33];
                } else {
                  vErrors.push(err33);
                }
                errors++;
              }
            }
            if (data19.endpoint !== void 0) {
              let data24 = data19.endpoint;
              if (typeof data24 !== "string" && data24 !== null) {
                const err34 = { instancePath: instancePath + "/migration_tables/" + i0 + "/endpoint", schemaPath: "#/$defs/DataMigrationTableRow/properties/endpoint/type", keyword: "type", params: { type: schema34.properties.endpoint.type }, message: "must be string,null", schema: schema34.properties.endpoint.type, parentSchema: schema34.properties.endpoint, data: data24 };
                if (vErrors === null) {
                  vErrors = [err34];
                } else {
                  vErrors.push(err34);
                }
                errors++;
              }
            }
            if (data19.partition_filter !== void 0) {
              let data25 = data19.partition_filter;
              if (typeof data25 !== "string" && data25 !== null) {
                const err35 = { instancePath: instancePath + "/migration_tables/" + i0 + "/partition_filter", schemaPath: "#/$defs/DataMigrationTableRow/properties/partition_filter/type", keyword: "type", params: { type: schema34.properties.partition_filter.type }, message: "must be string,null", schema: schema34.properties.partition_filter.type, parentSchema: schema34.properties.partition_filter, data: data25 };
                if (vErrors === null) {
                  vErrors = [err35];
                } else {
                  vErrors.push(err35);
                }
                errors++;
              }
            }
          } else {
            const err36 = { instancePath: instancePath + "/migration_tables/" + i0, schemaPath: "#/$defs/DataMigrationTableRow/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema34.type, parentSchema: schema34, data: data19 };
            if (vErrors === null) {
              vErrors = [err36];
            } else {
              vErrors.push(err36);
            }
            errors++;
          }
        }
      }
    }
    if (data.metadata_tables !== void 0) {
      let data26 = data.metadata_tables;
      if (!Array.isArray(data26) && data26 !== null) {
        const err37 = { instancePath: instancePath + "/metadata_tables", schemaPath: "#/properties/metadata_tables/type", keyword: "type", params: { type: schema31.properties.metadata_tables.type }, message: "must be array,null", schema: schema31.properties.metadata_tables.type, parentSchema: schema31.properties.metadata_tables, data: data26 };
        if (vErrors === null) {
          vErrors = [err37];
        } else {
          vErrors.push(err37);
        }
        errors++;
      }
      if (Array.isArray(data26)) {
        const len1 = data26.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data27 = data26[i1];
          if (data27 && typeof data27 == "object" && !Array.isArray(data27)) {
            if (data27.database === void 0) {
              const err38 = { instancePath: instancePath + "/metadata_tables/" + i1, schemaPath: "#/$defs/MetadataMigrationTableRow/required", keyword: "required", params: { missingProperty: "database" }, message: "must have required property 'database'", schema: schema35.required, parentSchema: schema35, data: data27 };
              if (vErrors === null) {
                vErrors = [err38];
              } else {
                vErrors.push(err38);
              }
              errors++;
            }
            for (const key2 in data27) {
              if (!(key2 === "database" || key2 === "table" || key2 === "inplace_migration" || key2 === "destination_iceberg_database")) {
                const err39 = { instancePath: instancePath + "/metadata_tables/" + i1, schemaPath: "#/$defs/MetadataMigrationTableRow/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema35, data: data27 };
                if (vErrors === null) {
                  vErrors = [err39];
                } else {
                  vErrors.push(err39);
                }
                errors++;
              }
            }
            if (data27.database !== void 0) {
              let data28 = data27.database;
              if (typeof data28 !== "string") {
                const err40 = { instancePath: instancePath + "/metadata_tables/" + i1 + "/database", schemaPath: "#/$defs/MetadataMigrationTableRow/properties/database/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.database.type, parentSchema: schema35.properties.database, data: data28 };
                if (vErrors === null) {
                  vErrors = [err40];
                } else {
                  vErrors.push(err40);
                }
                errors++;
              }
            }
            if (data27.table !== void 0) {
              let data29 = data27.table;
              if (typeof data29 !== "string") {
                const err41 = { instancePath: instancePath + "/metadata_tables/" + i1 + "/table", schemaPath: "#/$defs/MetadataMigrationTableRow/properties/table/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.table.type, parentSchema: schema35.properties.table, data: data29 };
                if (vErrors === null) {
                  vErrors = [err41];
                } else {
                  vErrors.push(err41);
                }
                errors++;
              }
            }
            if (data27.inplace_migration !== void 0) {
              let data30 = data27.inplace_migration;
              if (typeof data30 !== "boolean") {
                const err42 = { instancePath: instancePath + "/metadata_tables/" + i1 + "/inplace_migration", schemaPath: "#/$defs/MetadataMigrationTableRow/properties/inplace_migration/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema35.properties.inplace_migration.type, parentSchema: schema35.properties.inplace_migration, data: data30 };
                if (vErrors === null) {
                  vErrors = [err42];
                } else {
                  vErrors.push(err42);
                }
                errors++;
              }
            }
            if (data27.destination_iceberg_database !== void 0) {
              let data31 = data27.destination_iceberg_database;
              if (typeof data31 !== "string" && data31 !== null) {
                const err43 = { instancePath: instancePath + "/metadata_tables/" + i1 + "/destination_iceberg_database", schemaPath: "#/$defs/MetadataMigrationTableRow/properties/destination_iceberg_database/type", keyword: "type", params: { type: schema35.properties.destination_iceberg_database.type }, message: "must be string,null", schema: schema35.properties.destination_iceberg_database.type, parentSchema: schema35.properties.destination_iceberg_database, data: data31 };
                if (vErrors === null) {
                  vErrors = [err43];
                } else {
                  vErrors.push(err43);
                }
                errors++;
              }
            }
          } else {
            const err44 = { instancePath: instancePath + "/metadata_tables/" + i1, schemaPath: "#/$defs/MetadataMigrationTableRow/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema35.type, parentSchema: schema35, data: data27 };
            if (vErrors === null) {
              vErrors = [err44];
            } else {
              vErrors.push(err44);
            }
            errors++;
          }
        }
      }
    }
    if (data.folder_tables !== void 0) {
      let data32 = data.folder_tables;
      if (!Array.isArray(data32) && data32 !== null) {
        const err45 = { instancePath: instancePath + "/folder_tables", schemaPath: "#/properties/folder_tables/type", keyword: "type", params: { type: schema31.properties.folder_tables.type }, message: "must be array,null", schema: schema31.properties.folder_tables.type, parentSchema: schema31.properties.folder_tables, data: data32 };
        if (vErrors === null) {
          vErrors = [err45];
        } else {
          vErrors.push(err45);
        }
        errors++;
      }
      if (Array.isArray(data32)) {
        const len2 = data32.length;
        for (let i2 = 0; i2 < len2; i2++) {
          let data33 = data32[i2];
          if (data33 && typeof data33 == "object" && !Array.isArray(data33)) {
            if (data33.source_path === void 0) {
              const err46 = { instancePath: instancePath + "/folder_tables/" + i2, schemaPath: "#/$defs/FolderCopyTableRow/required", keyword: "required", params: { missingProperty: "source_path" }, message: "must have required property 'source_path'", schema: schema36.required, parentSchema: schema36, data: data33 };
              if (vErrors === null) {
                vErrors = [err46];
              } else {
                vErrors.push(err46);
              }
              errors++;
            }
            if (data33.target_bucket === void 0) {
              const err47 = { instancePath: instancePath + "/folder_tables/" + i2, schemaPath: "#/$defs/FolderCopyTableRow/required", keyword: "required", params: { missingProperty: "target_bucket" }, message: "must have required property 'target_bucket'", schema: schema36.required, parentSchema: schema36, data: data33 };
              if (vErrors === null) {
                vErrors = [err47];
              } else {
                vErrors.push(err47);
              }
              errors++;
            }
            for (const key3 in data33) {
              if (!(key3 === "source_path" || key3 === "target_bucket" || key3 === "dest_folder" || key3 === "endpoint")) {
                const err48 = { instancePath: instancePath + "/folder_tables/" + i2, schemaPath: "#/$defs/FolderCopyTableRow/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema36, data: data33 };
                if (vErrors === null) {
                  vErrors = [err48];
                } else {
                  vErrors.push(err48);
                }
                errors++;
              }
            }
            if (data33.source_path !== void 0) {
              let data34 = data33.source_path;
              if (typeof data34 !== "string") {
                const err49 = { instancePath: instancePath + "/folder_tables/" + i2 + "/source_path", schemaPath: "#/$defs/FolderCopyTableRow/properties/source_path/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema36.properties.source_path.type, parentSchema: schema36.properties.source_path, data: data34 };
                if (vErrors === null) {
                  vErrors = [err49];
                } else {
                  vErrors.push(err49);
                }
                errors++;
              }
            }
            if (data33.target_bucket !== void 0) {
              let data35 = data33.target_bucket;
              if (typeof data35 !== "string") {
                const err50 = { instancePath: instancePath + "/folder_tables/" + i2 + "/target_bucket", schemaPath: "#/$defs/FolderCopyTableRow/properties/target_bucket/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema36.properties.target_bucket.type, parentSchema: schema36.properties.target_bucket, data: data35 };
                if (vErrors === null) {
                  vErrors = [err50];
                } else {
                  vErrors.push(err50);
                }
                errors++;
              }
            }
            if (data33.dest_folder !== void 0) {
              let data36 = data33.dest_folder;
              if (typeof data36 !== "string" && data36 !== null) {
                const err51 = { instancePath: instancePath + "/folder_tables/" + i2 + "/dest_folder", schemaPath: "#/$defs/FolderCopyTableRow/properties/dest_folder/type", keyword: "type", params: { type: schema36.properties.dest_folder.type }, message: "must be string,null", schema: schema36.properties.dest_folder.type, parentSchema: schema36.properties.dest_folder, data: data36 };
                if (vErrors === null) {
                  vErrors = [err51];
                } else {
                  vErrors.push(err51);
                }
                errors++;
              }
            }
            if (data33.endpoint !== void 0) {
              let data37 = data33.endpoint;
              if (typeof data37 !== "string" && data37 !== null) {
                const err52 = { instancePath: instancePath + "/folder_tables/" + i2 + "/endpoint", schemaPath: "#/$defs/FolderCopyTableRow/properties/endpoint/type", keyword: "type", params: { type: schema36.properties.endpoint.type }, message: "must be string,null", schema: schema36.properties.endpoint.type, parentSchema: schema36.properties.endpoint, data: data37 };
                if (vErrors === null) {
                  vErrors = [err52];
                } else {
                  vErrors.push(err52);
                }
                errors++;
              }
            }
          } else {
            const err53 = { instancePath: instancePath + "/folder_tables/" + i2, schemaPath: "#/$defs/FolderCopyTableRow/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema36.type, parentSchema: schema36, data: data33 };
            if (vErrors === null) {
              vErrors = [err53];
            } else {
              vErrors.push(err53);
            }
            errors++;
          }
        }
      }
    }
  } else {
    const err54 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.type, parentSchema: schema31, data };
    if (vErrors === null) {
      vErrors = [err54];
    } else {
      vErrors.push(err54);
    }
    errors++;
  }
  validate20.errors = vErrors;
  return errors === 0;
}
validate20.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var validateContractRequest = validate21;
var schema37 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "urn:nx1-migrate:schemas/contract-request.schema.json", "properties": { "source_format": { "$ref": "#/$defs/SourceFormatEnum" }, "migration_type": { "$ref": "#/$defs/MigrationTypeEnum" }, "default_s3_bucket": { "type": "string", "title": "Default S3 Bucket" }, "tracking_database": { "type": "string", "title": "Tracking Database" }, "tracking_location": { "type": "string", "title": "Tracking Location" }, "report_output_location": { "type": "string", "title": "Report Output Location" }, "s3_access_key": { "type": ["string", "null"], "title": "S3 Access Key" }, "s3_secret_key": { "type": ["string", "null"], "title": "S3 Secret Key" }, "s3_endpoint": { "type": ["string", "null"], "title": "S3 Endpoint" }, "distcp_mappers": { "type": "integer", "title": "Distcp Mappers", "default": 50 }, "distcp_bandwidth": { "type": "integer", "title": "Distcp Bandwidth", "default": 100 }, "email_recipients": { "type": ["string", "null"], "title": "Email Recipients" }, "mapr_user": { "type": ["string", "null"], "title": "Mapr User" }, "mapr_ticketfile_location": { "type": ["string", "null"], "title": "Mapr Ticketfile Location" }, "kinit_principal": { "type": ["string", "null"], "title": "Kinit Principal" }, "kinit_keytab": { "type": ["string", "null"], "title": "Kinit Keytab" }, "kinit_password": { "type": ["string", "null"], "title": "Kinit Password" }, "inplace_iceberg_migration": { "type": "boolean", "title": "Inplace Iceberg Migration", "default": false }, "migration_tables": { "items": { "$ref": "#/$defs/DataMigrationTableRow" }, "type": ["array", "null"], "title": "Migration Tables" }, "metadata_tables": { "items": { "$ref": "#/$defs/MetadataMigrationTableRow" }, "type": ["array", "null"], "title": "Metadata Tables" }, "folder_tables": { "items": { "$ref": "#/$defs/FolderCopyTableRow" }, "type": ["array", "null"], "title": "Folder Tables" } }, "type": "object", "required": ["source_format", "migration_type", "default_s3_bucket", "tracking_database", "tracking_location", "report_output_location"], "title": "DataMigrationRunRequest", "description": "Request to create a data migration run.", "$defs": { "DataMigrationTableRow": { "properties": { "database": { "type": "string", "title": "Database" }, "table": { "type": "string", "title": "Table", "default": "*" }, "dest_database": { "type": ["string", "null"], "title": "Dest Database" }, "bucket": { "type": ["string", "null"], "title": "Bucket" }, "endpoint": { "type": ["string", "null"], "title": "Endpoint" }, "partition_filter": { "type": ["string", "null"], "title": "Partition Filter" } }, "type": "object", "required": ["database"], "title": "DataMigrationTableRow", "description": "Row for migrating a Hive table to S3." }, "FolderCopyTableRow": { "properties": { "source_path": { "type": "string", "title": "Source Path" }, "target_bucket": { "type": "string", "title": "Target Bucket" }, "dest_folder": { "type": ["string", "null"], "title": "Dest Folder" }, "endpoint": { "type": ["string", "null"], "title": "Endpoint" } }, "type": "object", "required": ["source_path", "target_bucket"], "title": "FolderCopyTableRow", "description": "Row for folder-only copy migrations." }, "MetadataMigrationTableRow": { "properties": { "database": { "type": "string", "title": "Database" }, "table": { "type": "string", "title": "Table", "default": "*" }, "inplace_migration": { "type": "boolean", "title": "Inplace Migration", "default": true }, "destination_iceberg_database": { "type": ["string", "null"], "title": "Destination Iceberg Database" } }, "type": "object", "required": ["database"], "title": "MetadataMigrationTableRow", "description": "Row for Hive\u2192Iceberg metadata-only migrations." }, "MigrationTypeEnum": { "type": "string", "enum": ["file_only", "data_hive_to_hive", "data_hive_to_iceberg", "metadata_hive_to_iceberg"], "title": "MigrationTypeEnum" }, "SourceFormatEnum": { "type": "string", "enum": ["mapr", "hdfs", "s3"], "title": "SourceFormatEnum" } } };
var schema38 = { "type": "string", "enum": ["mapr", "hdfs", "s3"], "title": "SourceFormatEnum" };
var schema39 = { "type": "string", "enum": ["file_only", "data_hive_to_hive", "data_hive_to_iceberg", "metadata_hive_to_iceberg"], "title": "MigrationTypeEnum" };
var schema40 = { "properties": { "database": { "type": "string", "title": "Database" }, "table": { "type": "string", "title": "Table", "default": "*" }, "dest_database": { "type": ["string", "null"], "title": "Dest Database" }, "bucket": { "type": ["string", "null"], "title": "Bucket" }, "endpoint": { "type": ["string", "null"], "title": "Endpoint" }, "partition_filter": { "type": ["string", "null"], "title": "Partition Filter" } }, "type": "object", "required": ["database"], "title": "DataMigrationTableRow", "description": "Row for migrating a Hive table to S3." };
var schema41 = { "properties": { "database": { "type": "string", "title": "Database" }, "table": { "type": "string", "title": "Table", "default": "*" }, "inplace_migration": { "type": "boolean", "title": "Inplace Migration", "default": true }, "destination_iceberg_database": { "type": ["string", "null"], "title": "Destination Iceberg Database" } }, "type": "object", "required": ["database"], "title": "MetadataMigrationTableRow", "description": "Row for Hive\u2192Iceberg metadata-only migrations." };
var schema42 = { "properties": { "source_path": { "type": "string", "title": "Source Path" }, "target_bucket": { "type": "string", "title": "Target Bucket" }, "dest_folder": { "type": ["string", "null"], "title": "Dest Folder" }, "endpoint": { "type": ["string", "null"], "title": "Endpoint" } }, "type": "object", "required": ["source_path", "target_bucket"], "title": "FolderCopyTableRow", "description": "Row for folder-only copy migrations." };
function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate21.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.source_format === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "source_format" }, message: "must have required property 'source_format'", schema: schema37.required, parentSchema: schema37, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.migration_type === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "migration_type" }, message: "must have required property 'migration_type'", schema: schema37.required, parentSchema: schema37, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.default_s3_bucket === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "default_s3_bucket" }, message: "must have required property 'default_s3_bucket'", schema: schema37.required, parentSchema: schema37, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.tracking_database === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "tracking_database" }, message: "must have required property 'tracking_database'", schema: schema37.required, parentSchema: schema37, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.tracking_location === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "tracking_location" }, message: "must have required property 'tracking_location'", schema: schema37.required, parentSchema: schema37, data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.report_output_location === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "report_output_location" }, message: "must have required property 'report_output_location'", schema: schema37.required, parentSchema: schema37, data };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.source_format !== void 0) {
      let data0 = data.source_format;
      if (typeof data0 !== "string") {
        const err6 = { instancePath: instancePath + "/source_format", schemaPath: "#/$defs/SourceFormatEnum/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema38.type, parentSchema: schema38, data: data0 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
      if (!(data0 === "mapr" || data0 === "hdfs" || data0 === "s3")) {
        const err7 = { instancePath: instancePath + "/source_format", schemaPath: "#/$defs/SourceFormatEnum/enum", keyword: "enum", params: { allowedValues: schema38.enum }, message: "must be equal to one of the allowed values", schema: schema38.enum, parentSchema: schema38, data: data0 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.migration_type !== void 0) {
      let data1 = data.migration_type;
      if (typeof data1 !== "string") {
        const err8 = { instancePath: instancePath + "/migration_type", schemaPath: "#/$defs/MigrationTypeEnum/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema39.type, parentSchema: schema39, data: data1 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
      if (!(data1 === "file_only" || data1 === "data_hive_to_hive" || data1 === "data_hive_to_iceberg" || data1 === "metadata_hive_to_iceberg")) {
        const err9 = { instancePath: instancePath + "/migration_type", schemaPath: "#/$defs/MigrationTypeEnum/enum", keyword: "enum", params: { allowedValues: schema39.enum }, message: "must be equal to one of the allowed values", schema: schema39.enum, parentSchema: schema39, data: data1 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.default_s3_bucket !== void 0) {
      let data2 = data.default_s3_bucket;
      if (typeof data2 !== "string") {
        const err10 = { instancePath: instancePath + "/default_s3_bucket", schemaPath: "#/properties/default_s3_bucket/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.properties.default_s3_bucket.type, parentSchema: schema37.properties.default_s3_bucket, data: data2 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.tracking_database !== void 0) {
      let data3 = data.tracking_database;
      if (typeof data3 !== "string") {
        const err11 = { instancePath: instancePath + "/tracking_database", schemaPath: "#/properties/tracking_database/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.properties.tracking_database.type, parentSchema: schema37.properties.tracking_database, data: data3 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.tracking_location !== void 0) {
      let data4 = data.tracking_location;
      if (typeof data4 !== "string") {
        const err12 = { instancePath: instancePath + "/tracking_location", schemaPath: "#/properties/tracking_location/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.properties.tracking_location.type, parentSchema: schema37.properties.tracking_location, data: data4 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.report_output_location !== void 0) {
      let data5 = data.report_output_location;
      if (typeof data5 !== "string") {
        const err13 = { instancePath: instancePath + "/report_output_location", schemaPath: "#/properties/report_output_location/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.properties.report_output_location.type, parentSchema: schema37.properties.report_output_location, data: data5 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.s3_access_key !== void 0) {
      let data6 = data.s3_access_key;
      if (typeof data6 !== "string" && data6 !== null) {
        const err14 = { instancePath: instancePath + "/s3_access_key", schemaPath: "#/properties/s3_access_key/type", keyword: "type", params: { type: schema37.properties.s3_access_key.type }, message: "must be string,null", schema: schema37.properties.s3_access_key.type, parentSchema: schema37.properties.s3_access_key, data: data6 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.s3_secret_key !== void 0) {
      let data7 = data.s3_secret_key;
      if (typeof data7 !== "string" && data7 !== null) {
        const err15 = { instancePath: instancePath + "/s3_secret_key", schemaPath: "#/properties/s3_secret_key/type", keyword: "type", params: { type: schema37.properties.s3_secret_key.type }, message: "must be string,null", schema: schema37.properties.s3_secret_key.type, parentSchema: schema37.properties.s3_secret_key, data: data7 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.s3_endpoint !== void 0) {
      let data8 = data.s3_endpoint;
      if (typeof data8 !== "string" && data8 !== null) {
        const err16 = { instancePath: instancePath + "/s3_endpoint", schemaPath: "#/properties/s3_endpoint/type", keyword: "type", params: { type: schema37.properties.s3_endpoint.type }, message: "must be string,null", schema: schema37.properties.s3_endpoint.type, parentSchema: schema37.properties.s3_endpoint, data: data8 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.distcp_mappers !== void 0) {
      let data9 = data.distcp_mappers;
      if (!(typeof data9 == "number" && (!(data9 % 1) && !isNaN(data9)) && isFinite(data9))) {
        const err17 = { instancePath: instancePath + "/distcp_mappers", schemaPath: "#/properties/distcp_mappers/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema37.properties.distcp_mappers.type, parentSchema: schema37.properties.distcp_mappers, data: data9 };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.distcp_bandwidth !== void 0) {
      let data10 = data.distcp_bandwidth;
      if (!(typeof data10 == "number" && (!(data10 % 1) && !isNaN(data10)) && isFinite(data10))) {
        const err18 = { instancePath: instancePath + "/distcp_bandwidth", schemaPath: "#/properties/distcp_bandwidth/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema37.properties.distcp_bandwidth.type, parentSchema: schema37.properties.distcp_bandwidth, data: data10 };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.email_recipients !== void 0) {
      let data11 = data.email_recipients;
      if (typeof data11 !== "string" && data11 !== null) {
        const err19 = { instancePath: instancePath + "/email_recipients", schemaPath: "#/properties/email_recipients/type", keyword: "type", params: { type: schema37.properties.email_recipients.type }, message: "must be string,null", schema: schema37.properties.email_recipients.type, parentSchema: schema37.properties.email_recipients, data: data11 };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.mapr_user !== void 0) {
      let data12 = data.mapr_user;
      if (typeof data12 !== "string" && data12 !== null) {
        const err20 = { instancePath: instancePath + "/mapr_user", schemaPath: "#/properties/mapr_user/type", keyword: "type", params: { type: schema37.properties.mapr_user.type }, message: "must be string,null", schema: schema37.properties.mapr_user.type, parentSchema: schema37.properties.mapr_user, data: data12 };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.mapr_ticketfile_location !== void 0) {
      let data13 = data.mapr_ticketfile_location;
      if (typeof data13 !== "string" && data13 !== null) {
        const err21 = { instancePath: instancePath + "/mapr_ticketfile_location", schemaPath: "#/properties/mapr_ticketfile_location/type", keyword: "type", params: { type: schema37.properties.mapr_ticketfile_location.type }, message: "must be string,null", schema: schema37.properties.mapr_ticketfile_location.type, parentSchema: schema37.properties.mapr_ticketfile_location, data: data13 };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data.kinit_principal !== void 0) {
      let data14 = data.kinit_principal;
      if (typeof data14 !== "string" && data14 !== null) {
        const err22 = { instancePath: instancePath + "/kinit_principal", schemaPath: "#/properties/kinit_principal/type", keyword: "type", params: { type: schema37.properties.kinit_principal.type }, message: "must be string,null", schema: schema37.properties.kinit_principal.type, parentSchema: schema37.properties.kinit_principal, data: data14 };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
    if (data.kinit_keytab !== void 0) {
      let data15 = data.kinit_keytab;
      if (typeof data15 !== "string" && data15 !== null) {
        const err23 = { instancePath: instancePath + "/kinit_keytab", schemaPath: "#/properties/kinit_keytab/type", keyword: "type", params: { type: schema37.properties.kinit_keytab.type }, message: "must be string,null", schema: schema37.properties.kinit_keytab.type, parentSchema: schema37.properties.kinit_keytab, data: data15 };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
    }
    if (data.kinit_password !== void 0) {
      let data16 = data.kinit_password;
      if (typeof data16 !== "string" && data16 !== null) {
        const err24 = { instancePath: instancePath + "/kinit_password", schemaPath: "#/properties/kinit_password/type", keyword: "type", params: { type: schema37.properties.kinit_password.type }, message: "must be string,null", schema: schema37.properties.kinit_password.type, parentSchema: schema37.properties.kinit_password, data: data16 };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
    }
    if (data.inplace_iceberg_migration !== void 0) {
      let data17 = data.inplace_iceberg_migration;
      if (typeof data17 !== "boolean") {
        const err25 = { instancePath: instancePath + "/inplace_iceberg_migration", schemaPath: "#/properties/inplace_iceberg_migration/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema37.properties.inplace_iceberg_migration.type, parentSchema: schema37.properties.inplace_iceberg_migration, data: data17 };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
    }
    if (data.migration_tables !== void 0) {
      let data18 = data.migration_tables;
      if (!Array.isArray(data18) && data18 !== null) {
        const err26 = { instancePath: instancePath + "/migration_tables", schemaPath: "#/properties/migration_tables/type", keyword: "type", params: { type: schema37.properties.migration_tables.type }, message: "must be array,null", schema: schema37.properties.migration_tables.type, parentSchema: schema37.properties.migration_tables, data: data18 };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
      if (Array.isArray(data18)) {
        const len0 = data18.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data19 = data18[i0];
          if (data19 && typeof data19 == "object" && !Array.isArray(data19)) {
            if (data19.database === void 0) {
              const err27 = { instancePath: instancePath + "/migration_tables/" + i0, schemaPath: "#/$defs/DataMigrationTableRow/required", keyword: "required", params: { missingProperty: "database" }, message: "must have required property 'database'", schema: schema40.required, parentSchema: schema40, data: data19 };
              if (vErrors === null) {
                vErrors = [err27];
              } else {
                vErrors.push(err27);
              }
              errors++;
            }
            if (data19.database !== void 0) {
              let data20 = data19.database;
              if (typeof data20 !== "string") {
                const err28 = { instancePath: instancePath + "/migration_tables/" + i0 + "/database", schemaPath: "#/$defs/DataMigrationTableRow/properties/database/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema40.properties.database.type, parentSchema: schema40.properties.database, data: data20 };
                if (vErrors === null) {
                  vErrors = [err28];
                } else {
                  vErrors.push(err28);
                }
                errors++;
              }
            }
            if (data19.table !== void 0) {
              let data21 = data19.table;
              if (typeof data21 !== "string") {
                const err29 = { instancePath: instancePath + "/migration_tables/" + i0 + "/table", schemaPath: "#/$defs/DataMigrationTableRow/properties/table/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema40.properties.table.type, parentSchema: schema40.properties.table, data: data21 };
                if (vErrors === null) {
                  vErrors = [err29];
                } else {
                  vErrors.push(err29);
                }
                errors++;
              }
            }
            if (data19.dest_database !== void 0) {
              let data22 = data19.dest_database;
              if (typeof data22 !== "string" && data22 !== null) {
                const err30 = { instancePath: instancePath + "/migration_tables/" + i0 + "/dest_database", schemaPath: "#/$defs/DataMigrationTableRow/properties/dest_database/type", keyword: "type", params: { type: schema40.properties.dest_database.type }, message: "must be string,null", schema: schema40.properties.dest_database.type, parentSchema: schema40.properties.dest_database, data: data22 };
                if (vErrors === null) {
                  vErrors = [err30];
                } else {
                  vErrors.push(err30);
                }
                errors++;
              }
            }
            if (data19.bucket !== void 0) {
              let data23 = data19.bucket;
              if (typeof data23 !== "string" && data23 !== null) {
                const err31 = { instancePath: instancePath + "/migration_tables/" + i0 + "/bucket", schemaPath: "#/$defs/DataMigrationTableRow/properties/bucket/type", keyword: "type", params: { type: schema40.properties.bucket.type }, message: "must be string,null", schema: schema40.properties.bucket.type, parentSchema: schema40.properties.bucket, data: data23 };
                if (vErrors === null) {
                  vErrors = [err31];
                } else {
                  vErrors.push(err31);
                }
                errors++;
              }
            }
            if (data19.endpoint !== void 0) {
              let data24 = data19.endpoint;
              if (typeof data24 !== "string" && data24 !== null) {
                const err32 = { instancePath: instancePath + "/migration_tables/" + i0 + "/endpoint", schemaPath: "#/$defs/DataMigrationTableRow/properties/endpoint/type", keyword: "type", params: { type: schema40.properties.endpoint.type }, message: "must be string,null", schema: schema40.properties.endpoint.type, parentSchema: schema40.properties.endpoint, data: data24 };
                if (vErrors === null) {
                  vErrors = [err32];
                } else {
                  vErrors.push(err32);
                }
                errors++;
              }
            }
            if (data19.partition_filter !== void 0) {
              let data25 = data19.partition_filter;
              if (typeof data25 !== "string" && data25 !== null) {
                const err33 = { instancePath: instancePath + "/migration_tables/" + i0 + "/partition_filter", schemaPath: "#/$defs/DataMigrationTableRow/properties/partition_filter/type", keyword: "type", params: { type: schema40.properties.partition_filter.type }, message: "must be string,null", schema: schema40.properties.partition_filter.type, parentSchema: schema40.properties.partition_filter, data: data25 };
                if (vErrors === null) {
                  vErrors = [err33];
                } else {
                  vErrors.push(err33);
                }
                errors++;
              }
            }
          } else {
            const err34 = { instancePath: instancePath + "/migration_tables/" + i0, schemaPath: "#/$defs/DataMigrationTableRow/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema40.type, parentSchema: schema40, data: data19 };
            if (vErrors === null) {
              vErrors = [err34];
            } else {
              vErrors.push(err34);
            }
            errors++;
          }
        }
      }
    }
    if (data.metadata_tables !== void 0) {
      let data26 = data.metadata_tables;
      if (!Array.isArray(data26) && data26 !== null) {
        const err35 = { instancePath: instancePath + "/metadata_tables", schemaPath: "#/properties/metadata_tables/type", keyword: "type", params: { type: schema37.properties.metadata_tables.type }, message: "must be array,null", schema: schema37.properties.metadata_tables.type, parentSchema: schema37.properties.metadata_tables, data: data26 };
        if (vErrors === null) {
          vErrors = [err35];
        } else {
          vErrors.push(err35);
        }
        errors++;
      }
      if (Array.isArray(data26)) {
        const len1 = data26.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data27 = data26[i1];
          if (data27 && typeof data27 == "object" && !Array.isArray(data27)) {
            if (data27.database === void 0) {
              const err36 = { instancePath: instancePath + "/metadata_tables/" + i1, schemaPath: "#/$defs/MetadataMigrationTableRow/required", keyword: "required", params: { missingProperty: "database" }, message: "must have required property 'database'", schema: schema41.required, parentSchema: schema41, data: data27 };
              if (vErrors === null) {
                vErrors = [err36];
              } else {
                vErrors.push(err36);
              }
              errors++;
            }
            if (data27.database !== void 0) {
              let data28 = data27.database;
              if (typeof data28 !== "string") {
                const err37 = { instancePath: instancePath + "/metadata_tables/" + i1 + "/database", schemaPath: "#/$defs/MetadataMigrationTableRow/properties/database/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema41.properties.database.type, parentSchema: schema41.properties.database, data: data28 };
                if (vErrors === null) {
                  vErrors = [err37];
                } else {
                  vErrors.push(err37);
                }
                errors++;
              }
            }
            if (data27.table !== void 0) {
              let data29 = data27.table;
              if (typeof data29 !== "string") {
                const err38 = { instancePath: instancePath + "/metadata_tables/" + i1 + "/table", schemaPath: "#/$defs/MetadataMigrationTableRow/properties/table/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema41.properties.table.type, parentSchema: schema41.properties.table, data: data29 };
                if (vErrors === null) {
                  vErrors = [err38];
                } else {
                  vErrors.push(err38);
                }
                errors++;
              }
            }
            if (data27.inplace_migration !== void 0) {
              let data30 = data27.inplace_migration;
              if (typeof data30 !== "boolean") {
                const err39 = { instancePath: instancePath + "/metadata_tables/" + i1 + "/inplace_migration", schemaPath: "#/$defs/MetadataMigrationTableRow/properties/inplace_migration/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema41.properties.inplace_migration.type, parentSchema: schema41.properties.inplace_migration, data: data30 };
                if (vErrors === null) {
                  vErrors = [err39];
                } else {
                  vErrors.push(err39);
                }
                errors++;
              }
            }
            if (data27.destination_iceberg_database !== void 0) {
              let data31 = data27.destination_iceberg_database;
              if (typeof data31 !== "string" && data31 !== null) {
                const err40 = { instancePath: instancePath + "/metadata_tables/" + i1 + "/destination_iceberg_database", schemaPath: "#/$defs/MetadataMigrationTableRow/properties/destination_iceberg_database/type", keyword: "type", params: { type: schema41.properties.destination_iceberg_database.type }, message: "must be string,null", schema: schema41.properties.destination_iceberg_database.type, parentSchema: schema41.properties.destination_iceberg_database, data: data31 };
                if (vErrors === null) {
                  vErrors = [err40];
                } else {
                  vErrors.push(err40);
                }
                errors++;
              }
            }
          } else {
            const err41 = { instancePath: instancePath + "/metadata_tables/" + i1, schemaPath: "#/$defs/MetadataMigrationTableRow/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema41.type, parentSchema: schema41, data: data27 };
            if (vErrors === null) {
              vErrors = [err41];
            } else {
              vErrors.push(err41);
            }
            errors++;
          }
        }
      }
    }
    if (data.folder_tables !== void 0) {
      let data32 = data.folder_tables;
      if (!Array.isArray(data32) && data32 !== null) {
        const err42 = { instancePath: instancePath + "/folder_tables", schemaPath: "#/properties/folder_tables/type", keyword: "type", params: { type: schema37.properties.folder_tables.type }, message: "must be array,null", schema: schema37.properties.folder_tables.type, parentSchema: schema37.properties.folder_tables, data: data32 };
        if (vErrors === null) {
          vErrors = [err42];
        } else {
          vErrors.push(err42);
        }
        errors++;
      }
      if (Array.isArray(data32)) {
        const len2 = data32.length;
        for (let i2 = 0; i2 < len2; i2++) {
          let data33 = data32[i2];
          if (data33 && typeof data33 == "object" && !Array.isArray(data33)) {
            if (data33.source_path === void 0) {
              const err43 = { instancePath: instancePath + "/folder_tables/" + i2, schemaPath: "#/$defs/FolderCopyTableRow/required", keyword: "required", params: { missingProperty: "source_path" }, message: "must have required property 'source_path'", schema: schema42.required, parentSchema: schema42, data: data33 };
              if (vErrors === null) {
                vErrors = [err43];
              } else {
                vErrors.push(err43);
              }
              errors++;
            }
            if (data33.target_bucket === void 0) {
              const err44 = { instancePath: instancePath + "/folder_tables/" + i2, schemaPath: "#/$defs/FolderCopyTableRow/required", keyword: "required", params: { missingProperty: "target_bucket" }, message: "must have required property 'target_bucket'", schema: schema42.required, parentSchema: schema42, data: data33 };
              if (vErrors === null) {
                vErrors = [err44];
              } else {
                vErrors.push(err44);
              }
              errors++;
            }
            if (data33.source_path !== void 0) {
              let data34 = data33.source_path;
              if (typeof data34 !== "string") {
                const err45 = { instancePath: instancePath + "/folder_tables/" + i2 + "/source_path", schemaPath: "#/$defs/FolderCopyTableRow/properties/source_path/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema42.properties.source_path.type, parentSchema: schema42.properties.source_path, data: data34 };
                if (vErrors === null) {
                  vErrors = [err45];
                } else {
                  vErrors.push(err45);
                }
                errors++;
              }
            }
            if (data33.target_bucket !== void 0) {
              let data35 = data33.target_bucket;
              if (typeof data35 !== "string") {
                const err46 = { instancePath: instancePath + "/folder_tables/" + i2 + "/target_bucket", schemaPath: "#/$defs/FolderCopyTableRow/properties/target_bucket/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema42.properties.target_bucket.type, parentSchema: schema42.properties.target_bucket, data: data35 };
                if (vErrors === null) {
                  vErrors = [err46];
                } else {
                  vErrors.push(err46);
                }
                errors++;
              }
            }
            if (data33.dest_folder !== void 0) {
              let data36 = data33.dest_folder;
              if (typeof data36 !== "string" && data36 !== null) {
                const err47 = { instancePath: instancePath + "/folder_tables/" + i2 + "/dest_folder", schemaPath: "#/$defs/FolderCopyTableRow/properties/dest_folder/type", keyword: "type", params: { type: schema42.properties.dest_folder.type }, message: "must be string,null", schema: schema42.properties.dest_folder.type, parentSchema: schema42.properties.dest_folder, data: data36 };
                if (vErrors === null) {
                  vErrors = [err47];
                } else {
                  vErrors.push(err47);
                }
                errors++;
              }
            }
            if (data33.endpoint !== void 0) {
              let data37 = data33.endpoint;
              if (typeof data37 !== "string" && data37 !== null) {
                const err48 = { instancePath: instancePath + "/folder_tables/" + i2 + "/endpoint", schemaPath: "#/$defs/FolderCopyTableRow/properties/endpoint/type", keyword: "type", params: { type: schema42.properties.endpoint.type }, message: "must be string,null", schema: schema42.properties.endpoint.type, parentSchema: schema42.properties.endpoint, data: data37 };
                if (vErrors === null) {
                  vErrors = [err48];
                } else {
                  vErrors.push(err48);
                }
                errors++;
              }
            }
          } else {
            const err49 = { instancePath: instancePath + "/folder_tables/" + i2, schemaPath: "#/$defs/FolderCopyTableRow/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema42.type, parentSchema: schema42, data: data33 };
            if (vErrors === null) {
              vErrors = [err49];
            } else {
              vErrors.push(err49);
            }
            errors++;
          }
        }
      }
    }
  } else {
    const err50 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema37.type, parentSchema: schema37, data };
    if (vErrors === null) {
      vErrors = [err50];
    } else {
      vErrors.push(err50);
    }
    errors++;
  }
  validate21.errors = vErrors;
  return errors === 0;
}
validate21.evaluated = { "props": { "source_format": true, "migration_type": true, "default_s3_bucket": true, "tracking_database": true, "tracking_location": true, "report_output_location": true, "s3_access_key": true, "s3_secret_key": true, "s3_endpoint": true, "distcp_mappers": true, "distcp_bandwidth": true, "email_recipients": true, "mapr_user": true, "mapr_ticketfile_location": true, "kinit_principal": true, "kinit_keytab": true, "kinit_password": true, "inplace_iceberg_migration": true, "migration_tables": true, "metadata_tables": true, "folder_tables": true }, "dynamicProps": false, "dynamicItems": false };
var validateResponse = validate22;
var schema43 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "urn:nx1-migrate:schemas/response.schema.json", "properties": { "run_id": { "type": "string", "format": "uuid", "title": "Run Id" }, "status": { "type": "string", "title": "Status" }, "migration_type": { "type": "string", "title": "Migration Type" }, "dag_run_id": { "type": ["string", "null"], "title": "Dag Run Id" }, "dag_run_ids": { "items": { "type": "string" }, "type": "array", "title": "Dag Run Ids" }, "created_at": { "type": "string", "format": "date-time", "title": "Created At" } }, "type": "object", "required": ["run_id", "status", "migration_type", "created_at"], "title": "DataMigrationRunResponse", "description": "Lightweight creation response." };
var formats0 = /^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i;
var formats2 = import_formats.fullFormats["date-time"];
function validate22(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate22.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.run_id === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "run_id" }, message: "must have required property 'run_id'", schema: schema43.required, parentSchema: schema43, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.status === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "status" }, message: "must have required property 'status'", schema: schema43.required, parentSchema: schema43, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.migration_type === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "migration_type" }, message: "must have required property 'migration_type'", schema: schema43.required, parentSchema: schema43, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.created_at === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "created_at" }, message: "must have required property 'created_at'", schema: schema43.required, parentSchema: schema43, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.run_id !== void 0) {
      let data0 = data.run_id;
      if (typeof data0 === "string") {
        if (!formats0.test(data0)) {
          const err4 = { instancePath: instancePath + "/run_id", schemaPath: "#/properties/run_id/format", keyword: "format", params: { format: "uuid" }, message: 'must match format "uuid"', schema: "uuid", parentSchema: schema43.properties.run_id, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = { instancePath: instancePath + "/run_id", schemaPath: "#/properties/run_id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema43.properties.run_id.type, parentSchema: schema43.properties.run_id, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.status !== void 0) {
      let data1 = data.status;
      if (typeof data1 !== "string") {
        const err6 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema43.properties.status.type, parentSchema: schema43.properties.status, data: data1 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.migration_type !== void 0) {
      let data2 = data.migration_type;
      if (typeof data2 !== "string") {
        const err7 = { instancePath: instancePath + "/migration_type", schemaPath: "#/properties/migration_type/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema43.properties.migration_type.type, parentSchema: schema43.properties.migration_type, data: data2 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.dag_run_id !== void 0) {
      let data3 = data.dag_run_id;
      if (typeof data3 !== "string" && data3 !== null) {
        const err8 = { instancePath: instancePath + "/dag_run_id", schemaPath: "#/properties/dag_run_id/type", keyword: "type", params: { type: schema43.properties.dag_run_id.type }, message: "must be string,null", schema: schema43.properties.dag_run_id.type, parentSchema: schema43.properties.dag_run_id, data: data3 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.dag_run_ids !== void 0) {
      let data4 = data.dag_run_ids;
      if (Array.isArray(data4)) {
        const len0 = data4.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data5 = data4[i0];
          if (typeof data5 !== "string") {
            const err9 = { instancePath: instancePath + "/dag_run_ids/" + i0, schemaPath: "#/properties/dag_run_ids/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema43.properties.dag_run_ids.items.type, parentSchema: schema43.properties.dag_run_ids.items, data: data5 };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
      } else {
        const err10 = { instancePath: instancePath + "/dag_run_ids", schemaPath: "#/properties/dag_run_ids/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema43.properties.dag_run_ids.type, parentSchema: schema43.properties.dag_run_ids, data: data4 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.created_at !== void 0) {
      let data6 = data.created_at;
      if (typeof data6 === "string") {
        if (!formats2.validate(data6)) {
          const err11 = { instancePath: instancePath + "/created_at", schemaPath: "#/properties/created_at/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"', schema: "date-time", parentSchema: schema43.properties.created_at, data: data6 };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      } else {
        const err12 = { instancePath: instancePath + "/created_at", schemaPath: "#/properties/created_at/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema43.properties.created_at.type, parentSchema: schema43.properties.created_at, data: data6 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
  } else {
    const err13 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema43.type, parentSchema: schema43, data };
    if (vErrors === null) {
      vErrors = [err13];
    } else {
      vErrors.push(err13);
    }
    errors++;
  }
  validate22.errors = vErrors;
  return errors === 0;
}
validate22.evaluated = { "props": { "run_id": true, "status": true, "migration_type": true, "dag_run_id": true, "dag_run_ids": true, "created_at": true }, "dynamicProps": false, "dynamicItems": false };
var validateError = validate23;
var schema44 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "urn:nx1-migrate:schemas/error.schema.json", "properties": { "error": { "type": "string", "title": "Error", "description": "A brief description of the error that occurred." }, "code": { "type": "integer", "title": "Code", "description": "The HTTP status code associated with the error.", "default": 500 } }, "type": "object", "required": ["error"], "title": "ErrorResponse" };
function validate23(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate23.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.error === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "error" }, message: "must have required property 'error'", schema: schema44.required, parentSchema: schema44, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.error !== void 0) {
      let data0 = data.error;
      if (typeof data0 !== "string") {
        const err1 = { instancePath: instancePath + "/error", schemaPath: "#/properties/error/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema44.properties.error.type, parentSchema: schema44.properties.error, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.code !== void 0) {
      let data1 = data.code;
      if (!(typeof data1 == "number" && (!(data1 % 1) && !isNaN(data1)) && isFinite(data1))) {
        const err2 = { instancePath: instancePath + "/code", schemaPath: "#/properties/code/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema44.properties.code.type, parentSchema: schema44.properties.code, data: data1 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
  } else {
    const err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema44.type, parentSchema: schema44, data };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate23.errors = vErrors;
  return errors === 0;
}
validate23.evaluated = { "props": { "error": true, "code": true }, "dynamicProps": false, "dynamicItems": false };
var validateManifest = validate24;
var schema45 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "urn:nx1-migrate:schemas/manifest.schema.json", "title": "nx1-migrate manifest", "description": "One Nx1 data migration run, declared as code. `spec` is the request body sent to POST /api/migration/data-migration/runs.", "type": "object", "additionalProperties": false, "required": ["apiVersion", "kind", "spec"], "properties": { "apiVersion": { "description": "Version of the manifest format.", "const": "nx1-migrate/v1" }, "kind": { "description": "Kind of manifest.", "const": "DataMigrationRun" }, "metadata": { "type": "object", "additionalProperties": false, "properties": { "name": { "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$", "description": "Identity of the migration: its status file and history follow the name, not the file path. Defaults to the file name without extension." }, "description": { "type": "string", "description": "What this migration does, for reviewers and reports." }, "revision": { "type": "integer", "minimum": 0, "description": "Counter to raise when an unchanged manifest should start a new run. Default 0." }, "labels": { "type": "object", "additionalProperties": { "type": "string" }, "propertyNames": { "pattern": "^[A-Za-z0-9][A-Za-z0-9._/-]{0,62}$" }, "description": "Free-form key and value pairs shown in reports. They do not start a new run." } } }, "spec": { "$ref": "#/$defs/ManifestSpec" } }, "$defs": { "DataMigrationTableRow": { "properties": { "database": { "type": "string", "title": "Database" }, "table": { "type": "string", "title": "Table", "default": "*" }, "dest_database": { "type": ["string", "null"], "title": "Dest Database" }, "bucket": { "type": ["string", "null"], "title": "Bucket" }, "endpoint": { "type": ["string", "null"], "title": "Endpoint" }, "partition_filter": { "type": ["string", "null"], "title": "Partition Filter" } }, "type": "object", "required": ["database"], "title": "DataMigrationTableRow", "description": "Row for migrating a Hive table to S3.", "additionalProperties": false }, "FolderCopyTableRow": { "properties": { "source_path": { "type": "string", "title": "Source Path" }, "target_bucket": { "type": "string", "title": "Target Bucket" }, "dest_folder": { "type": ["string", "null"], "title": "Dest Folder" }, "endpoint": { "type": ["string", "null"], "title": "Endpoint" } }, "type": "object", "required": ["source_path", "target_bucket"], "title": "FolderCopyTableRow", "description": "Row for folder-only copy migrations.", "additionalProperties": false }, "MetadataMigrationTableRow": { "properties": { "database": { "type": "string", "title": "Database" }, "table": { "type": "string", "title": "Table", "default": "*" }, "inplace_migration": { "type": "boolean", "title": "Inplace Migration", "default": true }, "destination_iceberg_database": { "type": ["string", "null"], "title": "Destination Iceberg Database" } }, "type": "object", "required": ["database"], "title": "MetadataMigrationTableRow", "description": "Row for Hive\u2192Iceberg metadata-only migrations.", "additionalProperties": false }, "MigrationTypeEnum": { "type": "string", "enum": ["file_only", "data_hive_to_hive", "data_hive_to_iceberg", "metadata_hive_to_iceberg"], "title": "MigrationTypeEnum" }, "SourceFormatEnum": { "type": "string", "enum": ["mapr", "hdfs", "s3"], "title": "SourceFormatEnum" }, "ManifestSpec": { "properties": { "source_format": { "$ref": "#/$defs/SourceFormatEnum" }, "migration_type": { "$ref": "#/$defs/MigrationTypeEnum" }, "default_s3_bucket": { "type": "string", "title": "Default S3 Bucket" }, "tracking_database": { "type": "string", "title": "Tracking Database" }, "tracking_location": { "type": "string", "title": "Tracking Location" }, "report_output_location": { "type": "string", "title": "Report Output Location" }, "s3_access_key": { "type": ["string", "null"], "title": "S3 Access Key" }, "s3_secret_key": { "type": ["string", "null"], "title": "S3 Secret Key" }, "s3_endpoint": { "type": ["string", "null"], "title": "S3 Endpoint" }, "distcp_mappers": { "type": "integer", "title": "Distcp Mappers", "default": 50 }, "distcp_bandwidth": { "type": "integer", "title": "Distcp Bandwidth", "default": 100 }, "email_recipients": { "type": ["string", "null"], "title": "Email Recipients" }, "mapr_user": { "type": ["string", "null"], "title": "Mapr User" }, "mapr_ticketfile_location": { "type": ["string", "null"], "title": "Mapr Ticketfile Location" }, "kinit_principal": { "type": ["string", "null"], "title": "Kinit Principal" }, "kinit_keytab": { "type": ["string", "null"], "title": "Kinit Keytab" }, "kinit_password": { "type": ["string", "null"], "title": "Kinit Password" }, "inplace_iceberg_migration": { "type": "boolean", "title": "Inplace Iceberg Migration", "default": false }, "migration_tables": { "items": { "$ref": "#/$defs/DataMigrationTableRow" }, "type": ["array", "null"], "title": "Migration Tables" }, "metadata_tables": { "items": { "$ref": "#/$defs/MetadataMigrationTableRow" }, "type": ["array", "null"], "title": "Metadata Tables" }, "folder_tables": { "items": { "$ref": "#/$defs/FolderCopyTableRow" }, "type": ["array", "null"], "title": "Folder Tables" } }, "type": "object", "title": "Manifest spec", "description": "The DataMigrationRunRequest sent to the Nx1 API, before the repository defaults are merged under it.", "additionalProperties": false } } };
var pattern4 = new RegExp("^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$", "u");
var pattern5 = new RegExp("^[A-Za-z0-9][A-Za-z0-9._/-]{0,62}$", "u");
var schema46 = { "properties": { "source_format": { "$ref": "#/$defs/SourceFormatEnum" }, "migration_type": { "$ref": "#/$defs/MigrationTypeEnum" }, "default_s3_bucket": { "type": "string", "title": "Default S3 Bucket" }, "tracking_database": { "type": "string", "title": "Tracking Database" }, "tracking_location": { "type": "string", "title": "Tracking Location" }, "report_output_location": { "type": "string", "title": "Report Output Location" }, "s3_access_key": { "type": ["string", "null"], "title": "S3 Access Key" }, "s3_secret_key": { "type": ["string", "null"], "title": "S3 Secret Key" }, "s3_endpoint": { "type": ["string", "null"], "title": "S3 Endpoint" }, "distcp_mappers": { "type": "integer", "title": "Distcp Mappers", "default": 50 }, "distcp_bandwidth": { "type": "integer", "title": "Distcp Bandwidth", "default": 100 }, "email_recipients": { "type": ["string", "null"], "title": "Email Recipients" }, "mapr_user": { "type": ["string", "null"], "title": "Mapr User" }, "mapr_ticketfile_location": { "type": ["string", "null"], "title": "Mapr Ticketfile Location" }, "kinit_principal": { "type": ["string", "null"], "title": "Kinit Principal" }, "kinit_keytab": { "type": ["string", "null"], "title": "Kinit Keytab" }, "kinit_password": { "type": ["string", "null"], "title": "Kinit Password" }, "inplace_iceberg_migration": { "type": "boolean", "title": "Inplace Iceberg Migration", "default": false }, "migration_tables": { "items": { "$ref": "#/$defs/DataMigrationTableRow" }, "type": ["array", "null"], "title": "Migration Tables" }, "metadata_tables": { "items": { "$ref": "#/$defs/MetadataMigrationTableRow" }, "type": ["array", "null"], "title": "Metadata Tables" }, "folder_tables": { "items": { "$ref": "#/$defs/FolderCopyTableRow" }, "type": ["array", "null"], "title": "Folder Tables" } }, "type": "object", "title": "Manifest spec", "description": "The DataMigrationRunRequest sent to the Nx1 API, before the repository defaults are merged under it.", "additionalProperties": false };
function validate25(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate25.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!func1.call(schema46.properties, key0)) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema46, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.source_format !== void 0) {
      let data0 = data.source_format;
      if (typeof data0 !== "string") {
        const err1 = { instancePath: instancePath + "/source_format", schemaPath: "#/$defs/SourceFormatEnum/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.type, parentSchema: schema32, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if (!(data0 === "mapr" || data0 === "hdfs" || data0 === "s3")) {
        const err2 = { instancePath: instancePath + "/source_format", schemaPath: "#/$defs/SourceFormatEnum/enum", keyword: "enum", params: { allowedValues: schema32.enum }, message: "must be equal to one of the allowed values", schema: schema32.enum, parentSchema: schema32, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.migration_type !== void 0) {
      let data1 = data.migration_type;
      if (typeof data1 !== "string") {
        const err3 = { instancePath: instancePath + "/migration_type", schemaPath: "#/$defs/MigrationTypeEnum/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data1 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      if (!(data1 === "file_only" || data1 === "data_hive_to_hive" || data1 === "data_hive_to_iceberg" || data1 === "metadata_hive_to_iceberg")) {
        const err4 = { instancePath: instancePath + "/migration_type", schemaPath: "#/$defs/MigrationTypeEnum/enum", keyword: "enum", params: { allowedValues: schema33.enum }, message: "must be equal to one of the allowed values", schema: schema33.enum, parentSchema: schema33, data: data1 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.default_s3_bucket !== void 0) {
      let data2 = data.default_s3_bucket;
      if (typeof data2 !== "string") {
        const err5 = { instancePath: instancePath + "/default_s3_bucket", schemaPath: "#/properties/default_s3_bucket/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema46.properties.default_s3_bucket.type, parentSchema: schema46.properties.default_s3_bucket, data: data2 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.tracking_database !== void 0) {
      let data3 = data.tracking_database;
      if (typeof data3 !== "string") {
        const err6 = { instancePath: instancePath + "/tracking_database", schemaPath: "#/properties/tracking_database/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema46.properties.tracking_database.type, parentSchema: schema46.properties.tracking_database, data: data3 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.tracking_location !== void 0) {
      let data4 = data.tracking_location;
      if (typeof data4 !== "string") {
        const err7 = { instancePath: instancePath + "/tracking_location", schemaPath: "#/properties/tracking_location/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema46.properties.tracking_location.type, parentSchema: schema46.properties.tracking_location, data: data4 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.report_output_location !== void 0) {
      let data5 = data.report_output_location;
      if (typeof data5 !== "string") {
        const err8 = { instancePath: instancePath + "/report_output_location", schemaPath: "#/properties/report_output_location/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema46.properties.report_output_location.type, parentSchema: schema46.properties.report_output_location, data: data5 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.s3_access_key !== void 0) {
      let data6 = data.s3_access_key;
      if (typeof data6 !== "string" && data6 !== null) {
        const err9 = { instancePath: instancePath + "/s3_access_key", schemaPath: "#/properties/s3_access_key/type", keyword: "type", params: { type: schema46.properties.s3_access_key.type }, message: "must be string,null", schema: schema46.properties.s3_access_key.type, parentSchema: schema46.properties.s3_access_key, data: data6 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.s3_secret_key !== void 0) {
      let data7 = data.s3_secret_key;
      if (typeof data7 !== "string" && data7 !== null) {
        const err10 = { instancePath: instancePath + "/s3_secret_key", schemaPath: "#/properties/s3_secret_key/type", keyword: "type", params: { type: schema46.properties.s3_secret_key.type }, message: "must be string,null", schema: schema46.properties.s3_secret_key.type, parentSchema: schema46.properties.s3_secret_key, data: data7 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.s3_endpoint !== void 0) {
      let data8 = data.s3_endpoint;
      if (typeof data8 !== "string" && data8 !== null) {
        const err11 = { instancePath: instancePath + "/s3_endpoint", schemaPath: "#/properties/s3_endpoint/type", keyword: "type", params: { type: schema46.properties.s3_endpoint.type }, message: "must be string,null", schema: schema46.properties.s3_endpoint.type, parentSchema: schema46.properties.s3_endpoint, data: data8 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.distcp_mappers !== void 0) {
      let data9 = data.distcp_mappers;
      if (!(typeof data9 == "number" && (!(data9 % 1) && !isNaN(data9)) && isFinite(data9))) {
        const err12 = { instancePath: instancePath + "/distcp_mappers", schemaPath: "#/properties/distcp_mappers/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema46.properties.distcp_mappers.type, parentSchema: schema46.properties.distcp_mappers, data: data9 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.distcp_bandwidth !== void 0) {
      let data10 = data.distcp_bandwidth;
      if (!(typeof data10 == "number" && (!(data10 % 1) && !isNaN(data10)) && isFinite(data10))) {
        const err13 = { instancePath: instancePath + "/distcp_bandwidth", schemaPath: "#/properties/distcp_bandwidth/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema46.properties.distcp_bandwidth.type, parentSchema: schema46.properties.distcp_bandwidth, data: data10 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.email_recipients !== void 0) {
      let data11 = data.email_recipients;
      if (typeof data11 !== "string" && data11 !== null) {
        const err14 = { instancePath: instancePath + "/email_recipients", schemaPath: "#/properties/email_recipients/type", keyword: "type", params: { type: schema46.properties.email_recipients.type }, message: "must be string,null", schema: schema46.properties.email_recipients.type, parentSchema: schema46.properties.email_recipients, data: data11 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.mapr_user !== void 0) {
      let data12 = data.mapr_user;
      if (typeof data12 !== "string" && data12 !== null) {
        const err15 = { instancePath: instancePath + "/mapr_user", schemaPath: "#/properties/mapr_user/type", keyword: "type", params: { type: schema46.properties.mapr_user.type }, message: "must be string,null", schema: schema46.properties.mapr_user.type, parentSchema: schema46.properties.mapr_user, data: data12 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.mapr_ticketfile_location !== void 0) {
      let data13 = data.mapr_ticketfile_location;
      if (typeof data13 !== "string" && data13 !== null) {
        const err16 = { instancePath: instancePath + "/mapr_ticketfile_location", schemaPath: "#/properties/mapr_ticketfile_location/type", keyword: "type", params: { type: schema46.properties.mapr_ticketfile_location.type }, message: "must be string,null", schema: schema46.properties.mapr_ticketfile_location.type, parentSchema: schema46.properties.mapr_ticketfile_location, data: data13 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.kinit_principal !== void 0) {
      let data14 = data.kinit_principal;
      if (typeof data14 !== "string" && data14 !== null) {
        const err17 = { instancePath: instancePath + "/kinit_principal", schemaPath: "#/properties/kinit_principal/type", keyword: "type", params: { type: schema46.properties.kinit_principal.type }, message: "must be string,null", schema: schema46.properties.kinit_principal.type, parentSchema: schema46.properties.kinit_principal, data: data14 };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.kinit_keytab !== void 0) {
      let data15 = data.kinit_keytab;
      if (typeof data15 !== "string" && data15 !== null) {
        const err18 = { instancePath: instancePath + "/kinit_keytab", schemaPath: "#/properties/kinit_keytab/type", keyword: "type", params: { type: schema46.properties.kinit_keytab.type }, message: "must be string,null", schema: schema46.properties.kinit_keytab.type, parentSchema: schema46.properties.kinit_keytab, data: data15 };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.kinit_password !== void 0) {
      let data16 = data.kinit_password;
      if (typeof data16 !== "string" && data16 !== null) {
        const err19 = { instancePath: instancePath + "/kinit_password", schemaPath: "#/properties/kinit_password/type", keyword: "type", params: { type: schema46.properties.kinit_password.type }, message: "must be string,null", schema: schema46.properties.kinit_password.type, parentSchema: schema46.properties.kinit_password, data: data16 };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.inplace_iceberg_migration !== void 0) {
      let data17 = data.inplace_iceberg_migration;
      if (typeof data17 !== "boolean") {
        const err20 = { instancePath: instancePath + "/inplace_iceberg_migration", schemaPath: "#/properties/inplace_iceberg_migration/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema46.properties.inplace_iceberg_migration.type, parentSchema: schema46.properties.inplace_iceberg_migration, data: data17 };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.migration_tables !== void 0) {
      let data18 = data.migration_tables;
      if (!Array.isArray(data18) && data18 !== null) {
        const err21 = { instancePath: instancePath + "/migration_tables", schemaPath: "#/properties/migration_tables/type", keyword: "type", params: { type: schema46.properties.migration_tables.type }, message: "must be array,null", schema: schema46.properties.migration_tables.type, parentSchema: schema46.properties.migration_tables, data: data18 };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
      if (Array.isArray(data18)) {
        const len0 = data18.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data19 = data18[i0];
          if (data19 && typeof data19 == "object" && !Array.isArray(data19)) {
            if (data19.database === void 0) {
              const err22 = { instancePath: instancePath + "/migration_tables/" + i0, schemaPath: "#/$defs/DataMigrationTableRow/required", keyword: "required", params: { missingProperty: "database" }, message: "must have required property 'database'", schema: schema34.required, parentSchema: schema34, data: data19 };
              if (vErrors === null) {
                vErrors = [err22];
              } else {
                vErrors.push(err22);
              }
              errors++;
            }
            for (const key1 in data19) {
              if (!(key1 === "database" || key1 === "table" || key1 === "dest_database" || key1 === "bucket" || key1 === "endpoint" || key1 === "partition_filter")) {
                const err23 = { instancePath: instancePath + "/migration_tables/" + i0, schemaPath: "#/$defs/DataMigrationTableRow/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema34, data: data19 };
                if (vErrors === null) {
                  vErrors = [err23];
                } else {
                  vErrors.push(err23);
                }
                errors++;
              }
            }
            if (data19.database !== void 0) {
              let data20 = data19.database;
              if (typeof data20 !== "string") {
                const err24 = { instancePath: instancePath + "/migration_tables/" + i0 + "/database", schemaPath: "#/$defs/DataMigrationTableRow/properties/database/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.properties.database.type, parentSchema: schema34.properties.database, data: data20 };
                if (vErrors === null) {
                  vErrors = [err24];
                } else {
                  vErrors.push(err24);
                }
                errors++;
              }
            }
            if (data19.table !== void 0) {
              let data21 = data19.table;
              if (typeof data21 !== "string") {
                const err25 = { instancePath: instancePath + "/migration_tables/" + i0 + "/table", schemaPath: "#/$defs/DataMigrationTableRow/properties/table/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.properties.table.type, parentSchema: schema34.properties.table, data: data21 };
                if (vErrors === null) {
                  vErrors = [err25];
                } else {
                  vErrors.push(err25);
                }
                errors++;
              }
            }
            if (data19.dest_database !== void 0) {
              let data22 = data19.dest_database;
              if (typeof data22 !== "string" && data22 !== null) {
                const err26 = { instancePath: instancePath + "/migration_tables/" + i0 + "/dest_database", schemaPath: "#/$defs/DataMigrationTableRow/properties/dest_database/type", keyword: "type", params: { type: schema34.properties.dest_database.type }, message: "must be string,null", schema: schema34.properties.dest_database.type, parentSchema: schema34.properties.dest_database, data: data22 };
                if (vErrors === null) {
                  vErrors = [err26];
                } else {
                  vErrors.push(err26);
                }
                errors++;
              }
            }
            if (data19.bucket !== void 0) {
              let data23 = data19.bucket;
              if (typeof data23 !== "string" && data23 !== null) {
                const err27 = { instancePath: instancePath + "/migration_tables/" + i0 + "/bucket", schemaPath: "#/$defs/DataMigrationTableRow/properties/bucket/type", keyword: "type", params: { type: schema34.properties.bucket.type }, message: "must be string,null", schema: schema34.properties.bucket.type, parentSchema: schema34.properties.bucket, data: data23 };
                if (vErrors === null) {
                  vErrors = [err27];
                } else {
                  vErrors.push(err27);
                }
                errors++;
              }
            }
            if (data19.endpoint !== void 0) {
              let data24 = data19.endpoint;
              if (typeof data24 !== "string" && data24 !== null) {
                const err28 = { instancePath: instancePath + "/migration_tables/" + i0 + "/endpoint", schemaPath: "#/$defs/DataMigrationTableRow/properties/endpoint/type", keyword: "type", params: { type: schema34.properties.endpoint.type }, message: "must be string,null", schema: schema34.properties.endpoint.type, parentSchema: schema34.properties.endpoint, data: data24 };
                if (vErrors === null) {
                  vErrors = [err28];
                } else {
                  vErrors.push(err28);
                }
                errors++;
              }
            }
            if (data19.partition_filter !== void 0) {
              let data25 = data19.partition_filter;
              if (typeof data25 !== "string" && data25 !== null) {
                const err29 = { instancePath: instancePath + "/migration_tables/" + i0 + "/partition_filter", schemaPath: "#/$defs/DataMigrationTableRow/properties/partition_filter/type", keyword: "type", params: { type: schema34.properties.partition_filter.type }, message: "must be string,null", schema: schema34.properties.partition_filter.type, parentSchema: schema34.properties.partition_filter, data: data25 };
                if (vErrors === null) {
                  vErrors = [err29];
                } else {
                  vErrors.push(err29);
                }
                errors++;
              }
            }
          } else {
            const err30 = { instancePath: instancePath + "/migration_tables/" + i0, schemaPath: "#/$defs/DataMigrationTableRow/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema34.type, parentSchema: schema34, data: data19 };
            if (vErrors === null) {
              vErrors = [err30];
            } else {
              vErrors.push(err30);
            }
            errors++;
          }
        }
      }
    }
    if (data.metadata_tables !== void 0) {
      let data26 = data.metadata_tables;
      if (!Array.isArray(data26) && data26 !== null) {
        const err31 = { instancePath: instancePath + "/metadata_tables", schemaPath: "#/properties/metadata_tables/type", keyword: "type", params: { type: schema46.properties.metadata_tables.type }, message: "must be array,null", schema: schema46.properties.metadata_tables.type, parentSchema: schema46.properties.metadata_tables, data: data26 };
        if (vErrors === null) {
          vErrors = [err31];
        } else {
          vErrors.push(err31);
        }
        errors++;
      }
      if (Array.isArray(data26)) {
        const len1 = data26.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data27 = data26[i1];
          if (data27 && typeof data27 == "object" && !Array.isArray(data27)) {
            if (data27.database === void 0) {
              const err32 = { instancePath: instancePath + "/metadata_tables/" + i1, schemaPath: "#/$defs/MetadataMigrationTableRow/required", keyword: "required", params: { missingProperty: "database" }, message: "must have required property 'database'", schema: schema35.required, parentSchema: schema35, data: data27 };
              if (vErrors === null) {
                vErrors = [err32];
              } else {
                vErrors.push(err32);
              }
              errors++;
            }
            for (const key2 in data27) {
              if (!(key2 === "database" || key2 === "table" || key2 === "inplace_migration" || key2 === "destination_iceberg_database")) {
                const err33 = { instancePath: instancePath + "/metadata_tables/" + i1, schemaPath: "#/$defs/MetadataMigrationTableRow/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema35, data: data27 };
                if (vErrors === null) {
                  vErrors = [err33];
                } else {
                  vErrors.push(err33);
                }
                errors++;
              }
            }
            if (data27.database !== void 0) {
              let data28 = data27.database;
              if (typeof data28 !== "string") {
                const err34 = { instancePath: instancePath + "/metadata_tables/" + i1 + "/database", schemaPath: "#/$defs/MetadataMigrationTableRow/properties/database/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.database.type, parentSchema: schema35.properties.database, data: data28 };
                if (vErrors === null) {
                  vErrors = [err34];
                } else {
                  vErrors.push(err34);
                }
                errors++;
              }
            }
            if (data27.table !== void 0) {
              let data29 = data27.table;
              if (typeof data29 !== "string") {
                const err35 = { instancePath: instancePath + "/metadata_tables/" + i1 + "/table", schemaPath: "#/$defs/MetadataMigrationTableRow/properties/table/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.table.type, parentSchema: schema35.properties.table, data: data29 };
                if (vErrors === null) {
                  vErrors = [err35];
                } else {
                  vErrors.push(err35);
                }
                errors++;
              }
            }
            if (data27.inplace_migration !== void 0) {
              let data30 = data27.inplace_migration;
              if (typeof data30 !== "boolean") {
                const err36 = { instancePath: instancePath + "/metadata_tables/" + i1 + "/inplace_migration", schemaPath: "#/$defs/MetadataMigrationTableRow/properties/inplace_migration/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema35.properties.inplace_migration.type, parentSchema: schema35.properties.inplace_migration, data: data30 };
                if (vErrors === null) {
                  vErrors = [err36];
                } else {
                  vErrors.push(err36);
                }
                errors++;
              }
            }
            if (data27.destination_iceberg_database !== void 0) {
              let data31 = data27.destination_iceberg_database;
              if (typeof data31 !== "string" && data31 !== null) {
                const err37 = { instancePath: instancePath + "/metadata_tables/" + i1 + "/destination_iceberg_database", schemaPath: "#/$defs/MetadataMigrationTableRow/properties/destination_iceberg_database/type", keyword: "type", params: { type: schema35.properties.destination_iceberg_database.type }, message: "must be string,null", schema: schema35.properties.destination_iceberg_database.type, parentSchema: schema35.properties.destination_iceberg_database, data: data31 };
                if (vErrors === null) {
                  vErrors = [err37];
                } else {
                  vErrors.push(err37);
                }
                errors++;
              }
            }
          } else {
            const err38 = { instancePath: instancePath + "/metadata_tables/" + i1, schemaPath: "#/$defs/MetadataMigrationTableRow/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema35.type, parentSchema: schema35, data: data27 };
            if (vErrors === null) {
              vErrors = [err38];
            } else {
              vErrors.push(err38);
            }
            errors++;
          }
        }
      }
    }
    if (data.folder_tables !== void 0) {
      let data32 = data.folder_tables;
      if (!Array.isArray(data32) && data32 !== null) {
        const err39 = { instancePath: instancePath + "/folder_tables", schemaPath: "#/properties/folder_tables/type", keyword: "type", params: { type: schema46.properties.folder_tables.type }, message: "must be array,null", schema: schema46.properties.folder_tables.type, parentSchema: schema46.properties.folder_tables, data: data32 };
        if (vErrors === null) {
          vErrors = [err39];
        } else {
          vErrors.push(err39);
        }
        errors++;
      }
      if (Array.isArray(data32)) {
        const len2 = data32.length;
        for (let i2 = 0; i2 < len2; i2++) {
          let data33 = data32[i2];
          if (data33 && typeof data33 == "object" && !Array.isArray(data33)) {
            if (data33.source_path === void 0) {
              const err40 = { instancePath: instancePath + "/folder_tables/" + i2, schemaPath: "#/$defs/FolderCopyTableRow/required", keyword: "required", params: { missingProperty: "source_path" }, message: "must have required property 'source_path'", schema: schema36.required, parentSchema: schema36, data: data33 };
              if (vErrors === null) {
                vErrors = [err40];
              } else {
                vErrors.push(err40);
              }
              errors++;
            }
            if (data33.target_bucket === void 0) {
              const err41 = { instancePath: instancePath + "/folder_tables/" + i2, schemaPath: "#/$defs/FolderCopyTableRow/required", keyword: "required", params: { missingProperty: "target_bucket" }, message: "must have required property 'target_bucket'", schema: schema36.required, parentSchema: schema36, data: data33 };
              if (vErrors === null) {
                vErrors = [err41];
              } else {
                vErrors.push(err41);
              }
              errors++;
            }
            for (const key3 in data33) {
              if (!(key3 === "source_path" || key3 === "target_bucket" || key3 === "dest_folder" || key3 === "endpoint")) {
                const err42 = { instancePath: instancePath + "/folder_tables/" + i2, schemaPath: "#/$defs/FolderCopyTableRow/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema36, data: data33 };
                if (vErrors === null) {
                  vErrors = [err42];
                } else {
                  vErrors.push(err42);
                }
                errors++;
              }
            }
            if (data33.source_path !== void 0) {
              let data34 = data33.source_path;
              if (typeof data34 !== "string") {
                const err43 = { instancePath: instancePath + "/folder_tables/" + i2 + "/source_path", schemaPath: "#/$defs/FolderCopyTableRow/properties/source_path/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema36.properties.source_path.type, parentSchema: schema36.properties.source_path, data: data34 };
                if (vErrors === null) {
                  vErrors = [err43];
                } else {
                  vErrors.push(err43);
                }
                errors++;
              }
            }
            if (data33.target_bucket !== void 0) {
              let data35 = data33.target_bucket;
              if (typeof data35 !== "string") {
                const err44 = { instancePath: instancePath + "/folder_tables/" + i2 + "/target_bucket", schemaPath: "#/$defs/FolderCopyTableRow/properties/target_bucket/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema36.properties.target_bucket.type, parentSchema: schema36.properties.target_bucket, data: data35 };
                if (vErrors === null) {
                  vErrors = [err44];
                } else {
                  vErrors.push(err44);
                }
                errors++;
              }
            }
            if (data33.dest_folder !== void 0) {
              let data36 = data33.dest_folder;
              if (typeof data36 !== "string" && data36 !== null) {
                const err45 = { instancePath: instancePath + "/folder_tables/" + i2 + "/dest_folder", schemaPath: "#/$defs/FolderCopyTableRow/properties/dest_folder/type", keyword: "type", params: { type: schema36.properties.dest_folder.type }, message: "must be string,null", schema: schema36.properties.dest_folder.type, parentSchema: schema36.properties.dest_folder, data: data36 };
                if (vErrors === null) {
                  vErrors = [err45];
                } else {
                  vErrors.push(err45);
                }
                errors++;
              }
            }
            if (data33.endpoint !== void 0) {
              let data37 = data33.endpoint;
              if (typeof data37 !== "string" && data37 !== null) {
                const err46 = { instancePath: instancePath + "/folder_tables/" + i2 + "/endpoint", schemaPath: "#/$defs/FolderCopyTableRow/properties/endpoint/type", keyword: "type", params: { type: schema36.properties.endpoint.type }, message: "must be string,null", schema: schema36.properties.endpoint.type, parentSchema: schema36.properties.endpoint, data: data37 };
                if (vErrors === null) {
                  vErrors = [err46];
                } else {
                  vErrors.push(err46);
                }
                errors++;
              }
            }
          } else {
            const err47 = { instancePath: instancePath + "/folder_tables/" + i2, schemaPath: "#/$defs/FolderCopyTableRow/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema36.type, parentSchema: schema36, data: data33 };
            if (vErrors === null) {
              vErrors = [err47];
            } else {
              vErrors.push(err47);
            }
            errors++;
          }
        }
      }
    }
  } else {
    const err48 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema46.type, parentSchema: schema46, data };
    if (vErrors === null) {
      vErrors = [err48];
    } else {
      vErrors.push(err48);
    }
    errors++;
  }
  validate25.errors = vErrors;
  return errors === 0;
}
validate25.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate24(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate24.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.apiVersion === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "apiVersion" }, message: "must have required property 'apiVersion'", schema: schema45.required, parentSchema: schema45, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.kind === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema45.required, parentSchema: schema45, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.spec === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "spec" }, message: "must have required property 'spec'", schema: schema45.required, parentSchema: schema45, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "apiVersion" || key0 === "kind" || key0 === "metadata" || key0 === "spec")) {
        const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema45, data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.apiVersion !== void 0) {
      let data0 = data.apiVersion;
      if ("nx1-migrate/v1" !== data0) {
        const err4 = { instancePath: instancePath + "/apiVersion", schemaPath: "#/properties/apiVersion/const", keyword: "const", params: { allowedValue: "nx1-migrate/v1" }, message: "must be equal to constant", schema: "nx1-migrate/v1", parentSchema: schema45.properties.apiVersion, data: data0 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.kind !== void 0) {
      let data1 = data.kind;
      if ("DataMigrationRun" !== data1) {
        const err5 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/const", keyword: "const", params: { allowedValue: "DataMigrationRun" }, message: "must be equal to constant", schema: "DataMigrationRun", parentSchema: schema45.properties.kind, data: data1 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.metadata !== void 0) {
      let data2 = data.metadata;
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        for (const key1 in data2) {
          if (!(key1 === "name" || key1 === "description" || key1 === "revision" || key1 === "labels")) {
            const err6 = { instancePath: instancePath + "/metadata", schemaPath: "#/properties/metadata/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema45.properties.metadata, data: data2 };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
        if (data2.name !== void 0) {
          let data3 = data2.name;
          if (typeof data3 === "string") {
            if (!pattern4.test(data3)) {
              const err7 = { instancePath: instancePath + "/metadata/name", schemaPath: "#/properties/metadata/properties/name/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$"', schema: "^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$", parentSchema: schema45.properties.metadata.properties.name, data: data3 };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            }
          } else {
            const err8 = { instancePath: instancePath + "/metadata/name", schemaPath: "#/properties/metadata/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema45.properties.metadata.properties.name.type, parentSchema: schema45.properties.metadata.properties.name, data: data3 };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
        if (data2.description !== void 0) {
          let data4 = data2.description;
          if (typeof data4 !== "string") {
            const err9 = { instancePath: instancePath + "/metadata/description", schemaPath: "#/properties/metadata/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema45.properties.metadata.properties.description.type, parentSchema: schema45.properties.metadata.properties.description, data: data4 };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
        if (data2.revision !== void 0) {
          let data5 = data2.revision;
          if (!(typeof data5 == "number" && (!(data5 % 1) && !isNaN(data5)) && isFinite(data5))) {
            const err10 = { instancePath: instancePath + "/metadata/revision", schemaPath: "#/properties/metadata/properties/revision/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema45.properties.metadata.properties.revision.type, parentSchema: schema45.properties.metadata.properties.revision, data: data5 };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
          if (typeof data5 == "number" && isFinite(data5)) {
            if (data5 < 0 || isNaN(data5)) {
              const err11 = { instancePath: instancePath + "/metadata/revision", schemaPath: "#/properties/metadata/properties/revision/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema45.properties.metadata.properties.revision, data: data5 };
              if (vErrors === null) {
                vErrors = [err11];
              } else {
                vErrors.push(err11);
              }
              errors++;
            }
          }
        }
        if (data2.labels !== void 0) {
          let data6 = data2.labels;
          if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
            for (const key2 in data6) {
              const _errs15 = errors;
              if (typeof key2 === "string") {
                if (!pattern5.test(key2)) {
                  const err12 = { instancePath: instancePath + "/metadata/labels", schemaPath: "#/properties/metadata/properties/labels/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._/-]{0,62}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._/-]{0,62}$"', schema: "^[A-Za-z0-9][A-Za-z0-9._/-]{0,62}$", parentSchema: schema45.properties.metadata.properties.labels.propertyNames, data: key2, propertyName: key2 };
                  if (vErrors === null) {
                    vErrors = [err12];
                  } else {
                    vErrors.push(err12);
                  }
                  errors++;
                }
              }
              var valid2 = _errs15 === errors;
              if (!valid2) {
                const err13 = { instancePath: instancePath + "/metadata/labels", schemaPath: "#/properties/metadata/properties/labels/propertyNames", keyword: "propertyNames", params: { propertyName: key2 }, message: "property name must be valid", schema: schema45.properties.metadata.properties.labels.propertyNames, parentSchema: schema45.properties.metadata.properties.labels, data: data6 };
                if (vErrors === null) {
                  vErrors = [err13];
                } else {
                  vErrors.push(err13);
                }
                errors++;
              }
            }
            for (const key3 in data6) {
              let data7 = data6[key3];
              if (typeof data7 !== "string") {
                const err14 = { instancePath: instancePath + "/metadata/labels/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/metadata/properties/labels/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema45.properties.metadata.properties.labels.additionalProperties.type, parentSchema: schema45.properties.metadata.properties.labels.additionalProperties, data: data7 };
                if (vErrors === null) {
                  vErrors = [err14];
                } else {
                  vErrors.push(err14);
                }
                errors++;
              }
            }
          } else {
            const err15 = { instancePath: instancePath + "/metadata/labels", schemaPath: "#/properties/metadata/properties/labels/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema45.properties.metadata.properties.labels.type, parentSchema: schema45.properties.metadata.properties.labels, data: data6 };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
      } else {
        const err16 = { instancePath: instancePath + "/metadata", schemaPath: "#/properties/metadata/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema45.properties.metadata.type, parentSchema: schema45.properties.metadata, data: data2 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.spec !== void 0) {
      if (!validate25(data.spec, { instancePath: instancePath + "/spec", parentData: data, parentDataProperty: "spec", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err17 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema45.type, parentSchema: schema45, data };
    if (vErrors === null) {
      vErrors = [err17];
    } else {
      vErrors.push(err17);
    }
    errors++;
  }
  validate24.errors = vErrors;
  return errors === 0;
}
validate24.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var validateConfig = validate27;
var schema52 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "urn:nx1-migrate:schemas/config.schema.json", "title": "nx1-migrate repository config", "description": "Where manifests, status files and reports live, and defaults shared by every manifest.", "type": "object", "additionalProperties": false, "properties": { "manifests": { "description": "Glob patterns of manifest files, relative to the config file. Default migrations/**/*.yaml and migrations/**/*.yml.", "type": "array", "items": { "type": "string", "minLength": 1 }, "minItems": 1 }, "exclude": { "description": "Glob patterns of files to skip even when `manifests` matches them.", "type": "array", "items": { "type": "string", "minLength": 1 } }, "ledger": { "type": "object", "additionalProperties": false, "properties": { "path": { "type": "string", "minLength": 1, "description": "Folder of the status files. Default .nx1-migrate/status." }, "branch": { "type": "string", "minLength": 1, "description": "Keep status files and reports on this branch instead of the checked-out one, for repositories whose default branch rejects bot pushes. Created on first use." } } }, "reports": { "type": "object", "additionalProperties": false, "properties": { "path": { "type": "string", "minLength": 1, "description": "Folder of the rendered reports. Default .nx1-migrate/reports." }, "enabled": { "type": "boolean", "description": "Render and commit reports. Default true." } } }, "api": { "type": "object", "additionalProperties": false, "properties": { "url": { "type": "string", "pattern": "^https?://", "description": "Base URL of the Nx1 API. NX1_API_URL and --api-url take precedence." }, "timeout_seconds": { "type": "number", "exclusiveMinimum": 0, "maximum": 3600, "description": "Timeout of one request, in seconds. Default 30." }, "concurrency": { "type": "integer", "minimum": 1, "maximum": 64, "description": "Requests in flight at once during apply. Default 4." } } }, "defaults": { "description": "Spec fields merged under every manifest's spec. A manifest's own value wins.", "$ref": "urn:nx1-migrate:schemas/manifest.schema.json#/$defs/ManifestSpec" }, "rules": { "description": "Severity per rule id: error, warning or off.", "type": "object", "additionalProperties": { "enum": ["error", "warning", "off"] }, "propertyNames": { "pattern": "^[a-z0-9-]+$" } }, "templates": { "type": "object", "additionalProperties": false, "description": "Handlebars templates that replace the shipped ones, relative to the config file.", "properties": { "plan": { "type": "string", "minLength": 1 }, "report": { "type": "string", "minLength": 1 }, "index": { "type": "string", "minLength": 1 }, "apply": { "type": "string", "minLength": 1 } } }, "git": { "type": "object", "additionalProperties": false, "properties": { "remote": { "type": "string", "minLength": 1, "description": "Remote to push to. Default origin." }, "author_name": { "type": "string", "minLength": 1, "description": "Author of ledger commits. Default github-actions[bot]." }, "author_email": { "type": "string", "minLength": 3, "description": "Email of the ledger commit author." } } } } };
var func4 = import_ucs2length.default.default ?? import_ucs2length.default;
var pattern6 = new RegExp("^https?://", "u");
var pattern7 = new RegExp("^[a-z0-9-]+$", "u");
function validate28(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate28.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!func1.call(schema46.properties, key0)) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema46, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.source_format !== void 0) {
      let data0 = data.source_format;
      if (typeof data0 !== "string") {
        const err1 = { instancePath: instancePath + "/source_format", schemaPath: "#/$defs/SourceFormatEnum/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.type, parentSchema: schema32, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if (!(data0 === "mapr" || data0 === "hdfs" || data0 === "s3")) {
        const err2 = { instancePath: instancePath + "/source_format", schemaPath: "#/$defs/SourceFormatEnum/enum", keyword: "enum", params: { allowedValues: schema32.enum }, message: "must be equal to one of the allowed values", schema: schema32.enum, parentSchema: schema32, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.migration_type !== void 0) {
      let data1 = data.migration_type;
      if (typeof data1 !== "string") {
        const err3 = { instancePath: instancePath + "/migration_type", schemaPath: "#/$defs/MigrationTypeEnum/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data1 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      if (!(data1 === "file_only" || data1 === "data_hive_to_hive" || data1 === "data_hive_to_iceberg" || data1 === "metadata_hive_to_iceberg")) {
        const err4 = { instancePath: instancePath + "/migration_type", schemaPath: "#/$defs/MigrationTypeEnum/enum", keyword: "enum", params: { allowedValues: schema33.enum }, message: "must be equal to one of the allowed values", schema: schema33.enum, parentSchema: schema33, data: data1 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.default_s3_bucket !== void 0) {
      let data2 = data.default_s3_bucket;
      if (typeof data2 !== "string") {
        const err5 = { instancePath: instancePath + "/default_s3_bucket", schemaPath: "#/properties/default_s3_bucket/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema46.properties.default_s3_bucket.type, parentSchema: schema46.properties.default_s3_bucket, data: data2 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.tracking_database !== void 0) {
      let data3 = data.tracking_database;
      if (typeof data3 !== "string") {
        const err6 = { instancePath: instancePath + "/tracking_database", schemaPath: "#/properties/tracking_database/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema46.properties.tracking_database.type, parentSchema: schema46.properties.tracking_database, data: data3 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.tracking_location !== void 0) {
      let data4 = data.tracking_location;
      if (typeof data4 !== "string") {
        const err7 = { instancePath: instancePath + "/tracking_location", schemaPath: "#/properties/tracking_location/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema46.properties.tracking_location.type, parentSchema: schema46.properties.tracking_location, data: data4 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.report_output_location !== void 0) {
      let data5 = data.report_output_location;
      if (typeof data5 !== "string") {
        const err8 = { instancePath: instancePath + "/report_output_location", schemaPath: "#/properties/report_output_location/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema46.properties.report_output_location.type, parentSchema: schema46.properties.report_output_location, data: data5 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.s3_access_key !== void 0) {
      let data6 = data.s3_access_key;
      if (typeof data6 !== "string" && data6 !== null) {
        const err9 = { instancePath: instancePath + "/s3_access_key", schemaPath: "#/properties/s3_access_key/type", keyword: "type", params: { type: schema46.properties.s3_access_key.type }, message: "must be string,null", schema: schema46.properties.s3_access_key.type, parentSchema: schema46.properties.s3_access_key, data: data6 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.s3_secret_key !== void 0) {
      let data7 = data.s3_secret_key;
      if (typeof data7 !== "string" && data7 !== null) {
        const err10 = { instancePath: instancePath + "/s3_secret_key", schemaPath: "#/properties/s3_secret_key/type", keyword: "type", params: { type: schema46.properties.s3_secret_key.type }, message: "must be string,null", schema: schema46.properties.s3_secret_key.type, parentSchema: schema46.properties.s3_secret_key, data: data7 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.s3_endpoint !== void 0) {
      let data8 = data.s3_endpoint;
      if (typeof data8 !== "string" && data8 !== null) {
        const err11 = { instancePath: instancePath + "/s3_endpoint", schemaPath: "#/properties/s3_endpoint/type", keyword: "type", params: { type: schema46.properties.s3_endpoint.type }, message: "must be string,null", schema: schema46.properties.s3_endpoint.type, parentSchema: schema46.properties.s3_endpoint, data: data8 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.distcp_mappers !== void 0) {
      let data9 = data.distcp_mappers;
      if (!(typeof data9 == "number" && (!(data9 % 1) && !isNaN(data9)) && isFinite(data9))) {
        const err12 = { instancePath: instancePath + "/distcp_mappers", schemaPath: "#/properties/distcp_mappers/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema46.properties.distcp_mappers.type, parentSchema: schema46.properties.distcp_mappers, data: data9 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.distcp_bandwidth !== void 0) {
      let data10 = data.distcp_bandwidth;
      if (!(typeof data10 == "number" && (!(data10 % 1) && !isNaN(data10)) && isFinite(data10))) {
        const err13 = { instancePath: instancePath + "/distcp_bandwidth", schemaPath: "#/properties/distcp_bandwidth/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema46.properties.distcp_bandwidth.type, parentSchema: schema46.properties.distcp_bandwidth, data: data10 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.email_recipients !== void 0) {
      let data11 = data.email_recipients;
      if (typeof data11 !== "string" && data11 !== null) {
        const err14 = { instancePath: instancePath + "/email_recipients", schemaPath: "#/properties/email_recipients/type", keyword: "type", params: { type: schema46.properties.email_recipients.type }, message: "must be string,null", schema: schema46.properties.email_recipients.type, parentSchema: schema46.properties.email_recipients, data: data11 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.mapr_user !== void 0) {
      let data12 = data.mapr_user;
      if (typeof data12 !== "string" && data12 !== null) {
        const err15 = { instancePath: instancePath + "/mapr_user", schemaPath: "#/properties/mapr_user/type", keyword: "type", params: { type: schema46.properties.mapr_user.type }, message: "must be string,null", schema: schema46.properties.mapr_user.type, parentSchema: schema46.properties.mapr_user, data: data12 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.mapr_ticketfile_location !== void 0) {
      let data13 = data.mapr_ticketfile_location;
      if (typeof data13 !== "string" && data13 !== null) {
        const err16 = { instancePath: instancePath + "/mapr_ticketfile_location", schemaPath: "#/properties/mapr_ticketfile_location/type", keyword: "type", params: { type: schema46.properties.mapr_ticketfile_location.type }, message: "must be string,null", schema: schema46.properties.mapr_ticketfile_location.type, parentSchema: schema46.properties.mapr_ticketfile_location, data: data13 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.kinit_principal !== void 0) {
      let data14 = data.kinit_principal;
      if (typeof data14 !== "string" && data14 !== null) {
        const err17 = { instancePath: instancePath + "/kinit_principal", schemaPath: "#/properties/kinit_principal/type", keyword: "type", params: { type: schema46.properties.kinit_principal.type }, message: "must be string,null", schema: schema46.properties.kinit_principal.type, parentSchema: schema46.properties.kinit_principal, data: data14 };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.kinit_keytab !== void 0) {
      let data15 = data.kinit_keytab;
      if (typeof data15 !== "string" && data15 !== null) {
        const err18 = { instancePath: instancePath + "/kinit_keytab", schemaPath: "#/properties/kinit_keytab/type", keyword: "type", params: { type: schema46.properties.kinit_keytab.type }, message: "must be string,null", schema: schema46.properties.kinit_keytab.type, parentSchema: schema46.properties.kinit_keytab, data: data15 };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.kinit_password !== void 0) {
      let data16 = data.kinit_password;
      if (typeof data16 !== "string" && data16 !== null) {
        const err19 = { instancePath: instancePath + "/kinit_password", schemaPath: "#/properties/kinit_password/type", keyword: "type", params: { type: schema46.properties.kinit_password.type }, message: "must be string,null", schema: schema46.properties.kinit_password.type, parentSchema: schema46.properties.kinit_password, data: data16 };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.inplace_iceberg_migration !== void 0) {
      let data17 = data.inplace_iceberg_migration;
      if (typeof data17 !== "boolean") {
        const err20 = { instancePath: instancePath + "/inplace_iceberg_migration", schemaPath: "#/properties/inplace_iceberg_migration/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema46.properties.inplace_iceberg_migration.type, parentSchema: schema46.properties.inplace_iceberg_migration, data: data17 };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.migration_tables !== void 0) {
      let data18 = data.migration_tables;
      if (!Array.isArray(data18) && data18 !== null) {
        const err21 = { instancePath: instancePath + "/migration_tables", schemaPath: "#/properties/migration_tables/type", keyword: "type", params: { type: schema46.properties.migration_tables.type }, message: "must be array,null", schema: schema46.properties.migration_tables.type, parentSchema: schema46.properties.migration_tables, data: data18 };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
      if (Array.isArray(data18)) {
        const len0 = data18.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data19 = data18[i0];
          if (data19 && typeof data19 == "object" && !Array.isArray(data19)) {
            if (data19.database === void 0) {
              const err22 = { instancePath: instancePath + "/migration_tables/" + i0, schemaPath: "#/$defs/DataMigrationTableRow/required", keyword: "required", params: { missingProperty: "database" }, message: "must have required property 'database'", schema: schema34.required, parentSchema: schema34, data: data19 };
              if (vErrors === null) {
                vErrors = [err22];
              } else {
                vErrors.push(err22);
              }
              errors++;
            }
            for (const key1 in data19) {
              if (!(key1 === "database" || key1 === "table" || key1 === "dest_database" || key1 === "bucket" || key1 === "endpoint" || key1 === "partition_filter")) {
                const err23 = { instancePath: instancePath + "/migration_tables/" + i0, schemaPath: "#/$defs/DataMigrationTableRow/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema34, data: data19 };
                if (vErrors === null) {
                  vErrors = [err23];
                } else {
                  vErrors.push(err23);
                }
                errors++;
              }
            }
            if (data19.database !== void 0) {
              let data20 = data19.database;
              if (typeof data20 !== "string") {
                const err24 = { instancePath: instancePath + "/migration_tables/" + i0 + "/database", schemaPath: "#/$defs/DataMigrationTableRow/properties/database/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.properties.database.type, parentSchema: schema34.properties.database, data: data20 };
                if (vErrors === null) {
                  vErrors = [err24];
                } else {
                  vErrors.push(err24);
                }
                errors++;
              }
            }
            if (data19.table !== void 0) {
              let data21 = data19.table;
              if (typeof data21 !== "string") {
                const err25 = { instancePath: instancePath + "/migration_tables/" + i0 + "/table", schemaPath: "#/$defs/DataMigrationTableRow/properties/table/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.properties.table.type, parentSchema: schema34.properties.table, data: data21 };
                if (vErrors === null) {
                  vErrors = [err25];
                } else {
                  vErrors.push(err25);
                }
                errors++;
              }
            }
            if (data19.dest_database !== void 0) {
              let data22 = data19.dest_database;
              if (typeof data22 !== "string" && data22 !== null) {
                const err26 = { instancePath: instancePath + "/migration_tables/" + i0 + "/dest_database", schemaPath: "#/$defs/DataMigrationTableRow/properties/dest_database/type", keyword: "type", params: { type: schema34.properties.dest_database.type }, message: "must be string,null", schema: schema34.properties.dest_database.type, parentSchema: schema34.properties.dest_database, data: data22 };
                if (vErrors === null) {
                  vErrors = [err26];
                } else {
                  vErrors.push(err26);
                }
                errors++;
              }
            }
            if (data19.bucket !== void 0) {
              let data23 = data19.bucket;
              if (typeof data23 !== "string" && data23 !== null) {
                const err27 = { instancePath: instancePath + "/migration_tables/" + i0 + "/bucket", schemaPath: "#/$defs/DataMigrationTableRow/properties/bucket/type", keyword: "type", params: { type: schema34.properties.bucket.type }, message: "must be string,null", schema: schema34.properties.bucket.type, parentSchema: schema34.properties.bucket, data: data23 };
                if (vErrors === null) {
                  vErrors = [err27];
                } else {
                  vErrors.push(err27);
                }
                errors++;
              }
            }
            if (data19.endpoint !== void 0) {
              let data24 = data19.endpoint;
              if (typeof data24 !== "string" && data24 !== null) {
                const err28 = { instancePath: instancePath + "/migration_tables/" + i0 + "/endpoint", schemaPath: "#/$defs/DataMigrationTableRow/properties/endpoint/type", keyword: "type", params: { type: schema34.properties.endpoint.type }, message: "must be string,null", schema: schema34.properties.endpoint.type, parentSchema: schema34.properties.endpoint, data: data24 };
                if (vErrors === null) {
                  vErrors = [err28];
                } else {
                  vErrors.push(err28);
                }
                errors++;
              }
            }
            if (data19.partition_filter !== void 0) {
              let data25 = data19.partition_filter;
              if (typeof data25 !== "string" && data25 !== null) {
                const err29 = { instancePath: instancePath + "/migration_tables/" + i0 + "/partition_filter", schemaPath: "#/$defs/DataMigrationTableRow/properties/partition_filter/type", keyword: "type", params: { type: schema34.properties.partition_filter.type }, message: "must be string,null", schema: schema34.properties.partition_filter.type, parentSchema: schema34.properties.partition_filter, data: data25 };
                if (vErrors === null) {
                  vErrors = [err29];
                } else {
                  vErrors.push(err29);
                }
                errors++;
              }
            }
          } else {
            const err30 = { instancePath: instancePath + "/migration_tables/" + i0, schemaPath: "#/$defs/DataMigrationTableRow/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema34.type, parentSchema: schema34, data: data19 };
            if (vErrors === null) {
              vErrors = [err30];
            } else {
              vErrors.push(err30);
            }
            errors++;
          }
        }
      }
    }
    if (data.metadata_tables !== void 0) {
      let data26 = data.metadata_tables;
      if (!Array.isArray(data26) && data26 !== null) {
        const err31 = { instancePath: instancePath + "/metadata_tables", schemaPath: "#/properties/metadata_tables/type", keyword: "type", params: { type: schema46.properties.metadata_tables.type }, message: "must be array,null", schema: schema46.properties.metadata_tables.type, parentSchema: schema46.properties.metadata_tables, data: data26 };
        if (vErrors === null) {
          vErrors = [err31];
        } else {
          vErrors.push(err31);
        }
        errors++;
      }
      if (Array.isArray(data26)) {
        const len1 = data26.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data27 = data26[i1];
          if (data27 && typeof data27 == "object" && !Array.isArray(data27)) {
            if (data27.database === void 0) {
              const err32 = { instancePath: instancePath + "/metadata_tables/" + i1, schemaPath: "#/$defs/MetadataMigrationTableRow/required", keyword: "required", params: { missingProperty: "database" }, message: "must have required property 'database'", schema: schema35.required, parentSchema: schema35, data: data27 };
              if (vErrors === null) {
                vErrors = [err32];
              } else {
                vErrors.push(err32);
              }
              errors++;
            }
            for (const key2 in data27) {
              if (!(key2 === "database" || key2 === "table" || key2 === "inplace_migration" || key2 === "destination_iceberg_database")) {
                const err33 = { instancePath: instancePath + "/metadata_tables/" + i1, schemaPath: "#/$defs/MetadataMigrationTableRow/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema35, data: data27 };
                if (vErrors === null) {
                  vErrors = [err33];
                } else {
                  vErrors.push(err33);
                }
                errors++;
              }
            }
            if (data27.database !== void 0) {
              let data28 = data27.database;
              if (typeof data28 !== "string") {
                const err34 = { instancePath: instancePath + "/metadata_tables/" + i1 + "/database", schemaPath: "#/$defs/MetadataMigrationTableRow/properties/database/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.database.type, parentSchema: schema35.properties.database, data: data28 };
                if (vErrors === null) {
                  vErrors = [err34];
                } else {
                  vErrors.push(err34);
                }
                errors++;
              }
            }
            if (data27.table !== void 0) {
              let data29 = data27.table;
              if (typeof data29 !== "string") {
                const err35 = { instancePath: instancePath + "/metadata_tables/" + i1 + "/table", schemaPath: "#/$defs/MetadataMigrationTableRow/properties/table/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.table.type, parentSchema: schema35.properties.table, data: data29 };
                if (vErrors === null) {
                  vErrors = [err35];
                } else {
                  vErrors.push(err35);
                }
                errors++;
              }
            }
            if (data27.inplace_migration !== void 0) {
              let data30 = data27.inplace_migration;
              if (typeof data30 !== "boolean") {
                const err36 = { instancePath: instancePath + "/metadata_tables/" + i1 + "/inplace_migration", schemaPath: "#/$defs/MetadataMigrationTableRow/properties/inplace_migration/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema35.properties.inplace_migration.type, parentSchema: schema35.properties.inplace_migration, data: data30 };
                if (vErrors === null) {
                  vErrors = [err36];
                } else {
                  vErrors.push(err36);
                }
                errors++;
              }
            }
            if (data27.destination_iceberg_database !== void 0) {
              let data31 = data27.destination_iceberg_database;
              if (typeof data31 !== "string" && data31 !== null) {
                const err37 = { instancePath: instancePath + "/metadata_tables/" + i1 + "/destination_iceberg_database", schemaPath: "#/$defs/MetadataMigrationTableRow/properties/destination_iceberg_database/type", keyword: "type", params: { type: schema35.properties.destination_iceberg_database.type }, message: "must be string,null", schema: schema35.properties.destination_iceberg_database.type, parentSchema: schema35.properties.destination_iceberg_database, data: data31 };
                if (vErrors === null) {
                  vErrors = [err37];
                } else {
                  vErrors.push(err37);
                }
                errors++;
              }
            }
          } else {
            const err38 = { instancePath: instancePath + "/metadata_tables/" + i1, schemaPath: "#/$defs/MetadataMigrationTableRow/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema35.type, parentSchema: schema35, data: data27 };
            if (vErrors === null) {
              vErrors = [err38];
            } else {
              vErrors.push(err38);
            }
            errors++;
          }
        }
      }
    }
    if (data.folder_tables !== void 0) {
      let data32 = data.folder_tables;
      if (!Array.isArray(data32) && data32 !== null) {
        const err39 = { instancePath: instancePath + "/folder_tables", schemaPath: "#/properties/folder_tables/type", keyword: "type", params: { type: schema46.properties.folder_tables.type }, message: "must be array,null", schema: schema46.properties.folder_tables.type, parentSchema: schema46.properties.folder_tables, data: data32 };
        if (vErrors === null) {
          vErrors = [err39];
        } else {
          vErrors.push(err39);
        }
        errors++;
      }
      if (Array.isArray(data32)) {
        const len2 = data32.length;
        for (let i2 = 0; i2 < len2; i2++) {
          let data33 = data32[i2];
          if (data33 && typeof data33 == "object" && !Array.isArray(data33)) {
            if (data33.source_path === void 0) {
              const err40 = { instancePath: instancePath + "/folder_tables/" + i2, schemaPath: "#/$defs/FolderCopyTableRow/required", keyword: "required", params: { missingProperty: "source_path" }, message: "must have required property 'source_path'", schema: schema36.required, parentSchema: schema36, data: data33 };
              if (vErrors === null) {
                vErrors = [err40];
              } else {
                vErrors.push(err40);
              }
              errors++;
            }
            if (data33.target_bucket === void 0) {
              const err41 = { instancePath: instancePath + "/folder_tables/" + i2, schemaPath: "#/$defs/FolderCopyTableRow/required", keyword: "required", params: { missingProperty: "target_bucket" }, message: "must have required property 'target_bucket'", schema: schema36.required, parentSchema: schema36, data: data33 };
              if (vErrors === null) {
                vErrors = [err41];
              } else {
                vErrors.push(err41);
              }
              errors++;
            }
            for (const key3 in data33) {
              if (!(key3 === "source_path" || key3 === "target_bucket" || key3 === "dest_folder" || key3 === "endpoint")) {
                const err42 = { instancePath: instancePath + "/folder_tables/" + i2, schemaPath: "#/$defs/FolderCopyTableRow/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema36, data: data33 };
                if (vErrors === null) {
                  vErrors = [err42];
                } else {
                  vErrors.push(err42);
                }
                errors++;
              }
            }
            if (data33.source_path !== void 0) {
              let data34 = data33.source_path;
              if (typeof data34 !== "string") {
                const err43 = { instancePath: instancePath + "/folder_tables/" + i2 + "/source_path", schemaPath: "#/$defs/FolderCopyTableRow/properties/source_path/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema36.properties.source_path.type, parentSchema: schema36.properties.source_path, data: data34 };
                if (vErrors === null) {
                  vErrors = [err43];
                } else {
                  vErrors.push(err43);
                }
                errors++;
              }
            }
            if (data33.target_bucket !== void 0) {
              let data35 = data33.target_bucket;
              if (typeof data35 !== "string") {
                const err44 = { instancePath: instancePath + "/folder_tables/" + i2 + "/target_bucket", schemaPath: "#/$defs/FolderCopyTableRow/properties/target_bucket/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema36.properties.target_bucket.type, parentSchema: schema36.properties.target_bucket, data: data35 };
                if (vErrors === null) {
                  vErrors = [err44];
                } else {
                  vErrors.push(err44);
                }
                errors++;
              }
            }
            if (data33.dest_folder !== void 0) {
              let data36 = data33.dest_folder;
              if (typeof data36 !== "string" && data36 !== null) {
                const err45 = { instancePath: instancePath + "/folder_tables/" + i2 + "/dest_folder", schemaPath: "#/$defs/FolderCopyTableRow/properties/dest_folder/type", keyword: "type", params: { type: schema36.properties.dest_folder.type }, message: "must be string,null", schema: schema36.properties.dest_folder.type, parentSchema: schema36.properties.dest_folder, data: data36 };
                if (vErrors === null) {
                  vErrors = [err45];
                } else {
                  vErrors.push(err45);
                }
                errors++;
              }
            }
            if (data33.endpoint !== void 0) {
              let data37 = data33.endpoint;
              if (typeof data37 !== "string" && data37 !== null) {
                const err46 = { instancePath: instancePath + "/folder_tables/" + i2 + "/endpoint", schemaPath: "#/$defs/FolderCopyTableRow/properties/endpoint/type", keyword: "type", params: { type: schema36.properties.endpoint.type }, message: "must be string,null", schema: schema36.properties.endpoint.type, parentSchema: schema36.properties.endpoint, data: data37 };
                if (vErrors === null) {
                  vErrors = [err46];
                } else {
                  vErrors.push(err46);
                }
                errors++;
              }
            }
          } else {
            const err47 = { instancePath: instancePath + "/folder_tables/" + i2, schemaPath: "#/$defs/FolderCopyTableRow/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema36.type, parentSchema: schema36, data: data33 };
            if (vErrors === null) {
              vErrors = [err47];
            } else {
              vErrors.push(err47);
            }
            errors++;
          }
        }
      }
    }
  } else {
    const err48 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema46.type, parentSchema: schema46, data };
    if (vErrors === null) {
      vErrors = [err48];
    } else {
      vErrors.push(err48);
    }
    errors++;
  }
  validate28.errors = vErrors;
  return errors === 0;
}
validate28.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate27(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate27.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!func1.call(schema52.properties, key0)) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema52, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.manifests !== void 0) {
      let data0 = data.manifests;
      if (Array.isArray(data0)) {
        if (data0.length < 1) {
          const err1 = { instancePath: instancePath + "/manifests", schemaPath: "#/properties/manifests/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema52.properties.manifests, data: data0 };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data1 = data0[i0];
          if (typeof data1 === "string") {
            if (func4(data1) < 1) {
              const err2 = { instancePath: instancePath + "/manifests/" + i0, schemaPath: "#/properties/manifests/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema52.properties.manifests.items, data: data1 };
              if (vErrors === null) {
                vErrors = [err2];
              } else {
                vErrors.push(err2);
              }
              errors++;
            }
          } else {
            const err3 = { instancePath: instancePath + "/manifests/" + i0, schemaPath: "#/properties/manifests/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema52.properties.manifests.items.type, parentSchema: schema52.properties.manifests.items, data: data1 };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
      } else {
        const err4 = { instancePath: instancePath + "/manifests", schemaPath: "#/properties/manifests/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema52.properties.manifests.type, parentSchema: schema52.properties.manifests, data: data0 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.exclude !== void 0) {
      let data2 = data.exclude;
      if (Array.isArray(data2)) {
        const len1 = data2.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data3 = data2[i1];
          if (typeof data3 === "string") {
            if (func4(data3) < 1) {
              const err5 = { instancePath: instancePath + "/exclude/" + i1, schemaPath: "#/properties/exclude/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema52.properties.exclude.items, data: data3 };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
          } else {
            const err6 = { instancePath: instancePath + "/exclude/" + i1, schemaPath: "#/properties/exclude/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema52.properties.exclude.items.type, parentSchema: schema52.properties.exclude.items, data: data3 };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
      } else {
        const err7 = { instancePath: instancePath + "/exclude", schemaPath: "#/properties/exclude/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema52.properties.exclude.type, parentSchema: schema52.properties.exclude, data: data2 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.ledger !== void 0) {
      let data4 = data.ledger;
      if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
        for (const key1 in data4) {
          if (!(key1 === "path" || key1 === "branch")) {
            const err8 = { instancePath: instancePath + "/ledger", schemaPath: "#/properties/ledger/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema52.properties.ledger, data: data4 };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
        if (data4.path !== void 0) {
          let data5 = data4.path;
          if (typeof data5 === "string") {
            if (func4(data5) < 1) {
              const err9 = { instancePath: instancePath + "/ledger/path", schemaPath: "#/properties/ledger/properties/path/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema52.properties.ledger.properties.path, data: data5 };
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
            }
          } else {
            const err10 = { instancePath: instancePath + "/ledger/path", schemaPath: "#/properties/ledger/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema52.properties.ledger.properties.path.type, parentSchema: schema52.properties.ledger.properties.path, data: data5 };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
        if (data4.branch !== void 0) {
          let data6 = data4.branch;
          if (typeof data6 === "string") {
            if (func4(data6) < 1) {
              const err11 = { instancePath: instancePath + "/ledger/branch", schemaPath: "#/properties/ledger/properties/branch/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema52.properties.ledger.properties.branch, data: data6 };
              if (vErrors === null) {
                vErrors = [err11];
              } else {
                vErrors.push(err11);
              }
              errors++;
            }
          } else {
            const err12 = { instancePath: instancePath + "/ledger/branch", schemaPath: "#/properties/ledger/properties/branch/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema52.properties.ledger.properties.branch.type, parentSchema: schema52.properties.ledger.properties.branch, data: data6 };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
      } else {
        const err13 = { instancePath: instancePath + "/ledger", schemaPath: "#/properties/ledger/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema52.properties.ledger.type, parentSchema: schema52.properties.ledger, data: data4 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.reports !== void 0) {
      let data7 = data.reports;
      if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
        for (const key2 in data7) {
          if (!(key2 === "path" || key2 === "enabled")) {
            const err14 = { instancePath: instancePath + "/reports", schemaPath: "#/properties/reports/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema52.properties.reports, data: data7 };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
        if (data7.path !== void 0) {
          let data8 = data7.path;
          if (typeof data8 === "string") {
            if (func4(data8) < 1) {
              const err15 = { instancePath: instancePath + "/reports/path", schemaPath: "#/properties/reports/properties/path/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema52.properties.reports.properties.path, data: data8 };
              if (vErrors === null) {
                vErrors = [err15];
              } else {
                vErrors.push(err15);
              }
              errors++;
            }
          } else {
            const err16 = { instancePath: instancePath + "/reports/path", schemaPath: "#/properties/reports/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema52.properties.reports.properties.path.type, parentSchema: schema52.properties.reports.properties.path, data: data8 };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
        if (data7.enabled !== void 0) {
          let data9 = data7.enabled;
          if (typeof data9 !== "boolean") {
            const err17 = { instancePath: instancePath + "/reports/enabled", schemaPath: "#/properties/reports/properties/enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema52.properties.reports.properties.enabled.type, parentSchema: schema52.properties.reports.properties.enabled, data: data9 };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
      } else {
        const err18 = { instancePath: instancePath + "/reports", schemaPath: "#/properties/reports/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema52.properties.reports.type, parentSchema: schema52.properties.reports, data: data7 };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.api !== void 0) {
      let data10 = data.api;
      if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
        for (const key3 in data10) {
          if (!(key3 === "url" || key3 === "timeout_seconds" || key3 === "concurrency")) {
            const err19 = { instancePath: instancePath + "/api", schemaPath: "#/properties/api/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema52.properties.api, data: data10 };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
        if (data10.url !== void 0) {
          let data11 = data10.url;
          if (typeof data11 === "string") {
            if (!pattern6.test(data11)) {
              const err20 = { instancePath: instancePath + "/api/url", schemaPath: "#/properties/api/properties/url/pattern", keyword: "pattern", params: { pattern: "^https?://" }, message: 'must match pattern "^https?://"', schema: "^https?://", parentSchema: schema52.properties.api.properties.url, data: data11 };
              if (vErrors === null) {
                vErrors = [err20];
              } else {
                vErrors.push(err20);
              }
              errors++;
            }
          } else {
            const err21 = { instancePath: instancePath + "/api/url", schemaPath: "#/properties/api/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema52.properties.api.properties.url.type, parentSchema: schema52.properties.api.properties.url, data: data11 };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
        if (data10.timeout_seconds !== void 0) {
          let data12 = data10.timeout_seconds;
          if (typeof data12 == "number" && isFinite(data12)) {
            if (data12 > 3600 || isNaN(data12)) {
              const err22 = { instancePath: instancePath + "/api/timeout_seconds", schemaPath: "#/properties/api/properties/timeout_seconds/maximum", keyword: "maximum", params: { comparison: "<=", limit: 3600 }, message: "must be <= 3600", schema: 3600, parentSchema: schema52.properties.api.properties.timeout_seconds, data: data12 };
              if (vErrors === null) {
                vErrors = [err22];
              } else {
                vErrors.push(err22);
              }
              errors++;
            }
            if (data12 <= 0 || isNaN(data12)) {
              const err23 = { instancePath: instancePath + "/api/timeout_seconds", schemaPath: "#/properties/api/properties/timeout_seconds/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema52.properties.api.properties.timeout_seconds, data: data12 };
              if (vErrors === null) {
                vErrors = [err23];
              } else {
                vErrors.push(err23);
              }
              errors++;
            }
          } else {
            const err24 = { instancePath: instancePath + "/api/timeout_seconds", schemaPath: "#/properties/api/properties/timeout_seconds/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema52.properties.api.properties.timeout_seconds.type, parentSchema: schema52.properties.api.properties.timeout_seconds, data: data12 };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
        }
        if (data10.concurrency !== void 0) {
          let data13 = data10.concurrency;
          if (!(typeof data13 == "number" && (!(data13 % 1) && !isNaN(data13)) && isFinite(data13))) {
            const err25 = { instancePath: instancePath + "/api/concurrency", schemaPath: "#/properties/api/properties/concurrency/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema52.properties.api.properties.concurrency.type, parentSchema: schema52.properties.api.properties.concurrency, data: data13 };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
          if (typeof data13 == "number" && isFinite(data13)) {
            if (data13 > 64 || isNaN(data13)) {
              const err26 = { instancePath: instancePath + "/api/concurrency", schemaPath: "#/properties/api/properties/concurrency/maximum", keyword: "maximum", params: { comparison: "<=", limit: 64 }, message: "must be <= 64", schema: 64, parentSchema: schema52.properties.api.properties.concurrency, data: data13 };
              if (vErrors === null) {
                vErrors = [err26];
              } else {
                vErrors.push(err26);
              }
              errors++;
            }
            if (data13 < 1 || isNaN(data13)) {
              const err27 = { instancePath: instancePath + "/api/concurrency", schemaPath: "#/properties/api/properties/concurrency/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema52.properties.api.properties.concurrency, data: data13 };
              if (vErrors === null) {
                vErrors = [err27];
              } else {
                vErrors.push(err27);
              }
              errors++;
            }
          }
        }
      } else {
        const err28 = { instancePath: instancePath + "/api", schemaPath: "#/properties/api/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema52.properties.api.type, parentSchema: schema52.properties.api, data: data10 };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
    }
    if (data.defaults !== void 0) {
      if (!validate28(data.defaults, { instancePath: instancePath + "/defaults", parentData: data, parentDataProperty: "defaults", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
        errors = vErrors.length;
      }
    }
    if (data.rules !== void 0) {
      let data15 = data.rules;
      if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
        for (const key4 in data15) {
          const _errs36 = errors;
          if (typeof key4 === "string") {
            if (!pattern7.test(key4)) {
              const err29 = { instancePath: instancePath + "/rules", schemaPath: "#/properties/rules/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9-]+$" }, message: 'must match pattern "^[a-z0-9-]+$"', schema: "^[a-z0-9-]+$", parentSchema: schema52.properties.rules.propertyNames, data: key4, propertyName: key4 };
              if (vErrors === null) {
                vErrors = [err29];
              } else {
                vErrors.push(err29);
              }
              errors++;
            }
          }
          var valid8 = _errs36 === errors;
          if (!valid8) {
            const err30 = { instancePath: instancePath + "/rules", schemaPath: "#/properties/rules/propertyNames", keyword: "propertyNames", params: { propertyName: key4 }, message: "property name must be valid", schema: schema52.properties.rules.propertyNames, parentSchema: schema52.properties.rules, data: data15 };
            if (vErrors === null) {
              vErrors = [err30];
            } else {
              vErrors.push(err30);
            }
            errors++;
          }
        }
        for (const key5 in data15) {
          let data16 = data15[key5];
          if (!(data16 === "error" || data16 === "warning" || data16 === "off")) {
            const err31 = { instancePath: instancePath + "/rules/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/rules/additionalProperties/enum", keyword: "enum", params: { allowedValues: schema52.properties.rules.additionalProperties.enum }, message: "must be equal to one of the allowed values", schema: schema52.properties.rules.additionalProperties.enum, parentSchema: schema52.properties.rules.additionalProperties, data: data16 };
            if (vErrors === null) {
              vErrors = [err31];
            } else {
              vErrors.push(err31);
            }
            errors++;
          }
        }
      } else {
        const err32 = { instancePath: instancePath + "/rules", schemaPath: "#/properties/rules/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema52.properties.rules.type, parentSchema: schema52.properties.rules, data: data15 };
        if (vErrors === null) {
          vErrors = [err32];
        } else {
          vErrors.push(err32);
        }
        errors++;
      }
    }
    if (data.templates !== void 0) {
      let data17 = data.templates;
      if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
        for (const key6 in data17) {
          if (!(key6 === "plan" || key6 === "report" || key6 === "index" || key6 === "apply")) {
            const err33 = { instancePath: instancePath + "/templates", schemaPath: "#/properties/templates/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: false, parentSchema: schema52.properties.templates, data: data17 };
            if (vErrors === null) {
              vErrors = [err33];
            } else {
              vErrors.push(err33);
            }
            errors++;
          }
        }
        if (data17.plan !== void 0) {
          let data18 = data17.plan;
          if (typeof data18 === "string") {
            if (func4(data18) < 1) {
              const err34 = { instancePath: instancePath + "/templates/plan", schemaPath: "#/properties/templates/properties/plan/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema52.properties.templates.properties.plan, data: data18 };
              if (vErrors === null) {
                vErrors = [err34];
              } else {
                vErrors.push(err34);
              }
              errors++;
            }
          } else {
            const err35 = { instancePath: instancePath + "/templates/plan", schemaPath: "#/properties/templates/properties/plan/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema52.properties.templates.properties.plan.type, parentSchema: schema52.properties.templates.properties.plan, data: data18 };
            if (vErrors === null) {
              vErrors = [err35];
            } else {
              vErrors.push(err35);
            }
            errors++;
          }
        }
        if (data17.report !== void 0) {
          let data19 = data17.report;
          if (typeof data19 === "string") {
            if (func4(data19) < 1) {
              const err36 = { instancePath: instancePath + "/templates/report", schemaPath: "#/properties/templates/properties/report/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema52.properties.templates.properties.report, data: data19 };
              if (vErrors === null) {
                vErrors = [err36];
              } else {
                vErrors.push(err36);
              }
              errors++;
            }
          } else {
            const err37 = { instancePath: instancePath + "/templates/report", schemaPath: "#/properties/templates/properties/report/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema52.properties.templates.properties.report.type, parentSchema: schema52.properties.templates.properties.report, data: data19 };
            if (vErrors === null) {
              vErrors = [err37];
            } else {
              vErrors.push(err37);
            }
            errors++;
          }
        }
        if (data17.index !== void 0) {
          let data20 = data17.index;
          if (typeof data20 === "string") {
            if (func4(data20) < 1) {
              const err38 = { instancePath: instancePath + "/templates/index", schemaPath: "#/properties/templates/properties/index/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema52.properties.templates.properties.index, data: data20 };
              if (vErrors === null) {
                vErrors = [err38];
              } else {
                vErrors.push(err38);
              }
              errors++;
            }
          } else {
            const err39 = { instancePath: instancePath + "/templates/index", schemaPath: "#/properties/templates/properties/index/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema52.properties.templates.properties.index.type, parentSchema: schema52.properties.templates.properties.index, data: data20 };
            if (vErrors === null) {
              vErrors = [err39];
            } else {
              vErrors.push(err39);
            }
            errors++;
          }
        }
        if (data17.apply !== void 0) {
          let data21 = data17.apply;
          if (typeof data21 === "string") {
            if (func4(data21) < 1) {
              const err40 = { instancePath: instancePath + "/templates/apply", schemaPath: "#/properties/templates/properties/apply/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema52.properties.templates.properties.apply, data: data21 };
              if (vErrors === null) {
                vErrors = [err40];
              } else {
                vErrors.push(err40);
              }
              errors++;
            }
          } else {
            const err41 = { instancePath: instancePath + "/templates/apply", schemaPath: "#/properties/templates/properties/apply/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema52.properties.templates.properties.apply.type, parentSchema: schema52.properties.templates.properties.apply, data: data21 };
            if (vErrors === null) {
              vErrors = [err41];
            } else {
              vErrors.push(err41);
            }
            errors++;
          }
        }
      } else {
        const err42 = { instancePath: instancePath + "/templates", schemaPath: "#/properties/templates/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema52.properties.templates.type, parentSchema: schema52.properties.templates, data: data17 };
        if (vErrors === null) {
          vErrors = [err42];
        } else {
          vErrors.push(err42);
        }
        errors++;
      }
    }
    if (data.git !== void 0) {
      let data22 = data.git;
      if (data22 && typeof data22 == "object" && !Array.isArray(data22)) {
        for (const key7 in data22) {
          if (!(key7 === "remote" || key7 === "author_name" || key7 === "author_email")) {
            const err43 = { instancePath: instancePath + "/git", schemaPath: "#/properties/git/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties", schema: false, parentSchema: schema52.properties.git, data: data22 };
            if (vErrors === null) {
              vErrors = [err43];
            } else {
              vErrors.push(err43);
            }
            errors++;
          }
        }
        if (data22.remote !== void 0) {
          let data23 = data22.remote;
          if (typeof data23 === "string") {
            if (func4(data23) < 1) {
              const err44 = { instancePath: instancePath + "/git/remote", schemaPath: "#/properties/git/properties/remote/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema52.properties.git.properties.remote, data: data23 };
              if (vErrors === null) {
                vErrors = [err44];
              } else {
                vErrors.push(err44);
              }
              errors++;
            }
          } else {
            const err45 = { instancePath: instancePath + "/git/remote", schemaPath: "#/properties/git/properties/remote/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema52.properties.git.properties.remote.type, parentSchema: schema52.properties.git.properties.remote, data: data23 };
            if (vErrors === null) {
              vErrors = [err45];
            } else {
              vErrors.push(err45);
            }
            errors++;
          }
        }
        if (data22.author_name !== void 0) {
          let data24 = data22.author_name;
          if (typeof data24 === "string") {
            if (func4(data24) < 1) {
              const err46 = { instancePath: instancePath + "/git/author_name", schemaPath: "#/properties/git/properties/author_name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema52.properties.git.properties.author_name, data: data24 };
              if (vErrors === null) {
                vErrors = [err46];
              } else {
                vErrors.push(err46);
              }
              errors++;
            }
          } else {
            const err47 = { instancePath: instancePath + "/git/author_name", schemaPath: "#/properties/git/properties/author_name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema52.properties.git.properties.author_name.type, parentSchema: schema52.properties.git.properties.author_name, data: data24 };
            if (vErrors === null) {
              vErrors = [err47];
            } else {
              vErrors.push(err47);
            }
            errors++;
          }
        }
        if (data22.author_email !== void 0) {
          let data25 = data22.author_email;
          if (typeof data25 === "string") {
            if (func4(data25) < 3) {
              const err48 = { instancePath: instancePath + "/git/author_email", schemaPath: "#/properties/git/properties/author_email/minLength", keyword: "minLength", params: { limit: 3 }, message: "must NOT have fewer than 3 characters", schema: 3, parentSchema: schema52.properties.git.properties.author_email, data: data25 };
              if (vErrors === null) {
                vErrors = [err48];
              } else {
                vErrors.push(err48);
              }
              errors++;
            }
          } else {
            const err49 = { instancePath: instancePath + "/git/author_email", schemaPath: "#/properties/git/properties/author_email/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema52.properties.git.properties.author_email.type, parentSchema: schema52.properties.git.properties.author_email, data: data25 };
            if (vErrors === null) {
              vErrors = [err49];
            } else {
              vErrors.push(err49);
            }
            errors++;
          }
        }
      } else {
        const err50 = { instancePath: instancePath + "/git", schemaPath: "#/properties/git/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema52.properties.git.type, parentSchema: schema52.properties.git, data: data22 };
        if (vErrors === null) {
          vErrors = [err50];
        } else {
          vErrors.push(err50);
        }
        errors++;
      }
    }
  } else {
    const err51 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema52.type, parentSchema: schema52, data };
    if (vErrors === null) {
      vErrors = [err51];
    } else {
      vErrors.push(err51);
    }
    errors++;
  }
  validate27.errors = vErrors;
  return errors === 0;
}
validate27.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };

export {
  validateRequest,
  validateContractRequest,
  validateResponse,
  validateError,
  validateManifest,
  validateConfig
};
