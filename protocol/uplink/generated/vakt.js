/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";
$protobuf.util.Long = undefined;
$protobuf.configure();

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $Number = $util.global.Number, $String = $util.global.String, $parseInt = $util.global.parseInt, $Boolean = $util.global.Boolean, $BigInt = $util.global.BigInt, $Array = $util.global.Array;

// Exported root namespace
const $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

export const vakt = $root.vakt = (() => {

    /**
     * Namespace vakt.
     * @exports vakt
     * @namespace
     */
    const vakt = {};

    vakt.v1 = (function() {

        /**
         * Namespace v1.
         * @memberof vakt
         * @namespace
         */
        const v1 = {};

        /**
         * DeviceType enum.
         * @name vakt.v1.DeviceType
         * @enum {number}
         * @property {number} DEVICE_TYPE_UNSPECIFIED=0 DEVICE_TYPE_UNSPECIFIED value
         * @property {number} DEVICE_TYPE_LOCAL_UNIT_CONTROLLER=2 DEVICE_TYPE_LOCAL_UNIT_CONTROLLER value
         * @property {number} DEVICE_TYPE_PERSONAL_TRIGGER=3 DEVICE_TYPE_PERSONAL_TRIGGER value
         * @property {number} DEVICE_TYPE_FIXED_TRIGGER=4 DEVICE_TYPE_FIXED_TRIGGER value
         * @property {number} DEVICE_TYPE_FALL_DETECTOR=5 DEVICE_TYPE_FALL_DETECTOR value
         * @property {number} DEVICE_TYPE_ACTIVITY_SENSOR=10 DEVICE_TYPE_ACTIVITY_SENSOR value
         * @property {number} DEVICE_TYPE_DOOR_SENSOR=14 DEVICE_TYPE_DOOR_SENSOR value
         * @property {number} DEVICE_TYPE_WANDERING_DETECTOR=15 DEVICE_TYPE_WANDERING_DETECTOR value
         * @property {number} DEVICE_TYPE_SMOKE_DETECTOR=23 DEVICE_TYPE_SMOKE_DETECTOR value
         * @property {number} DEVICE_TYPE_LINK_MONITOR=32 DEVICE_TYPE_LINK_MONITOR value
         * @property {number} DEVICE_TYPE_DC_POWER=41 DEVICE_TYPE_DC_POWER value
         * @property {number} DEVICE_TYPE_CONTROLLER=45 DEVICE_TYPE_CONTROLLER value
         * @property {number} DEVICE_TYPE_LOCAL_UNIT=48 DEVICE_TYPE_LOCAL_UNIT value
         * @property {number} DEVICE_TYPE_TRACKER=51 DEVICE_TYPE_TRACKER value
         */
        v1.DeviceType = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "DEVICE_TYPE_UNSPECIFIED"] = 0;
            values[valuesById[2] = "DEVICE_TYPE_LOCAL_UNIT_CONTROLLER"] = 2;
            values[valuesById[3] = "DEVICE_TYPE_PERSONAL_TRIGGER"] = 3;
            values[valuesById[4] = "DEVICE_TYPE_FIXED_TRIGGER"] = 4;
            values[valuesById[5] = "DEVICE_TYPE_FALL_DETECTOR"] = 5;
            values[valuesById[10] = "DEVICE_TYPE_ACTIVITY_SENSOR"] = 10;
            values[valuesById[14] = "DEVICE_TYPE_DOOR_SENSOR"] = 14;
            values[valuesById[15] = "DEVICE_TYPE_WANDERING_DETECTOR"] = 15;
            values[valuesById[23] = "DEVICE_TYPE_SMOKE_DETECTOR"] = 23;
            values[valuesById[32] = "DEVICE_TYPE_LINK_MONITOR"] = 32;
            values[valuesById[41] = "DEVICE_TYPE_DC_POWER"] = 41;
            values[valuesById[45] = "DEVICE_TYPE_CONTROLLER"] = 45;
            values[valuesById[48] = "DEVICE_TYPE_LOCAL_UNIT"] = 48;
            values[valuesById[51] = "DEVICE_TYPE_TRACKER"] = 51;
            return values;
        })();

        /**
         * StatusCode enum.
         * @name vakt.v1.StatusCode
         * @enum {number}
         * @property {number} STATUS_CODE_UNSPECIFIED=0 STATUS_CODE_UNSPECIFIED value
         * @property {number} STATUS_CODE_ALARM_AUTOMATIC=9 STATUS_CODE_ALARM_AUTOMATIC value
         * @property {number} STATUS_CODE_ALARM_MANUAL=10 STATUS_CODE_ALARM_MANUAL value
         * @property {number} STATUS_CODE_BATTERY_FAILURE=14 STATUS_CODE_BATTERY_FAILURE value
         * @property {number} STATUS_CODE_BATTERY_FULL=15 STATUS_CODE_BATTERY_FULL value
         * @property {number} STATUS_CODE_BATTERY_LOW=16 STATUS_CODE_BATTERY_LOW value
         * @property {number} STATUS_CODE_CLOSED=21 STATUS_CODE_CLOSED value
         * @property {number} STATUS_CODE_CLOSED_TOO_LONG=22 STATUS_CODE_CLOSED_TOO_LONG value
         * @property {number} STATUS_CODE_LINK_FAILURE_1=23 STATUS_CODE_LINK_FAILURE_1 value
         * @property {number} STATUS_CODE_LINK_FAILURE_2=24 STATUS_CODE_LINK_FAILURE_2 value
         * @property {number} STATUS_CODE_LINK_FAILURE_3=25 STATUS_CODE_LINK_FAILURE_3 value
         * @property {number} STATUS_CODE_LINK_FAILURE_4=26 STATUS_CODE_LINK_FAILURE_4 value
         * @property {number} STATUS_CODE_LINK_FAILURE_5=27 STATUS_CODE_LINK_FAILURE_5 value
         * @property {number} STATUS_CODE_OPEN=76 STATUS_CODE_OPEN value
         * @property {number} STATUS_CODE_OPEN_TOO_LONG=77 STATUS_CODE_OPEN_TOO_LONG value
         * @property {number} STATUS_CODE_MAINS_FAIL=85 STATUS_CODE_MAINS_FAIL value
         * @property {number} STATUS_CODE_MAINS_RESTORED=86 STATUS_CODE_MAINS_RESTORED value
         * @property {number} STATUS_CODE_RESET=92 STATUS_CODE_RESET value
         * @property {number} STATUS_CODE_RESET_2=93 STATUS_CODE_RESET_2 value
         * @property {number} STATUS_CODE_RESTORAL=94 STATUS_CODE_RESTORAL value
         * @property {number} STATUS_CODE_TEST_TRANSMISSION=102 STATUS_CODE_TEST_TRANSMISSION value
         * @property {number} STATUS_CODE_TEST_TRANSMISSION_2=103 STATUS_CODE_TEST_TRANSMISSION_2 value
         * @property {number} STATUS_CODE_TROUBLE=105 STATUS_CODE_TROUBLE value
         * @property {number} STATUS_CODE_ASSISTANCE=110 STATUS_CODE_ASSISTANCE value
         * @property {number} STATUS_CODE_CHECK_OUT=111 STATUS_CODE_CHECK_OUT value
         * @property {number} STATUS_CODE_LINK_RESTORED_1=112 STATUS_CODE_LINK_RESTORED_1 value
         * @property {number} STATUS_CODE_LINK_RESTORED_2=113 STATUS_CODE_LINK_RESTORED_2 value
         * @property {number} STATUS_CODE_LINK_RESTORED_3=114 STATUS_CODE_LINK_RESTORED_3 value
         * @property {number} STATUS_CODE_LINK_RESTORED_4=115 STATUS_CODE_LINK_RESTORED_4 value
         * @property {number} STATUS_CODE_LINK_RESTORED_5=116 STATUS_CODE_LINK_RESTORED_5 value
         * @property {number} STATUS_CODE_RADIO_INTERFERENCE=122 STATUS_CODE_RADIO_INTERFERENCE value
         * @property {number} STATUS_CODE_RADIO_TEST_MISSING=123 STATUS_CODE_RADIO_TEST_MISSING value
         * @property {number} STATUS_CODE_RE_ESTABLISHED=124 STATUS_CODE_RE_ESTABLISHED value
         * @property {number} STATUS_CODE_TAMPER=125 STATUS_CODE_TAMPER value
         */
        v1.StatusCode = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "STATUS_CODE_UNSPECIFIED"] = 0;
            values[valuesById[9] = "STATUS_CODE_ALARM_AUTOMATIC"] = 9;
            values[valuesById[10] = "STATUS_CODE_ALARM_MANUAL"] = 10;
            values[valuesById[14] = "STATUS_CODE_BATTERY_FAILURE"] = 14;
            values[valuesById[15] = "STATUS_CODE_BATTERY_FULL"] = 15;
            values[valuesById[16] = "STATUS_CODE_BATTERY_LOW"] = 16;
            values[valuesById[21] = "STATUS_CODE_CLOSED"] = 21;
            values[valuesById[22] = "STATUS_CODE_CLOSED_TOO_LONG"] = 22;
            values[valuesById[23] = "STATUS_CODE_LINK_FAILURE_1"] = 23;
            values[valuesById[24] = "STATUS_CODE_LINK_FAILURE_2"] = 24;
            values[valuesById[25] = "STATUS_CODE_LINK_FAILURE_3"] = 25;
            values[valuesById[26] = "STATUS_CODE_LINK_FAILURE_4"] = 26;
            values[valuesById[27] = "STATUS_CODE_LINK_FAILURE_5"] = 27;
            values[valuesById[76] = "STATUS_CODE_OPEN"] = 76;
            values[valuesById[77] = "STATUS_CODE_OPEN_TOO_LONG"] = 77;
            values[valuesById[85] = "STATUS_CODE_MAINS_FAIL"] = 85;
            values[valuesById[86] = "STATUS_CODE_MAINS_RESTORED"] = 86;
            values[valuesById[92] = "STATUS_CODE_RESET"] = 92;
            values[valuesById[93] = "STATUS_CODE_RESET_2"] = 93;
            values[valuesById[94] = "STATUS_CODE_RESTORAL"] = 94;
            values[valuesById[102] = "STATUS_CODE_TEST_TRANSMISSION"] = 102;
            values[valuesById[103] = "STATUS_CODE_TEST_TRANSMISSION_2"] = 103;
            values[valuesById[105] = "STATUS_CODE_TROUBLE"] = 105;
            values[valuesById[110] = "STATUS_CODE_ASSISTANCE"] = 110;
            values[valuesById[111] = "STATUS_CODE_CHECK_OUT"] = 111;
            values[valuesById[112] = "STATUS_CODE_LINK_RESTORED_1"] = 112;
            values[valuesById[113] = "STATUS_CODE_LINK_RESTORED_2"] = 113;
            values[valuesById[114] = "STATUS_CODE_LINK_RESTORED_3"] = 114;
            values[valuesById[115] = "STATUS_CODE_LINK_RESTORED_4"] = 115;
            values[valuesById[116] = "STATUS_CODE_LINK_RESTORED_5"] = 116;
            values[valuesById[122] = "STATUS_CODE_RADIO_INTERFERENCE"] = 122;
            values[valuesById[123] = "STATUS_CODE_RADIO_TEST_MISSING"] = 123;
            values[valuesById[124] = "STATUS_CODE_RE_ESTABLISHED"] = 124;
            values[valuesById[125] = "STATUS_CODE_TAMPER"] = 125;
            return values;
        })();

        /**
         * EventClass enum.
         * @name vakt.v1.EventClass
         * @enum {number}
         * @property {number} EVENT_CLASS_UNSPECIFIED=0 EVENT_CLASS_UNSPECIFIED value
         * @property {number} EVENT_CLASS_ALARM=1 EVENT_CLASS_ALARM value
         * @property {number} EVENT_CLASS_RESTORE=2 EVENT_CLASS_RESTORE value
         * @property {number} EVENT_CLASS_STATUS=3 EVENT_CLASS_STATUS value
         * @property {number} EVENT_CLASS_TEST=4 EVENT_CLASS_TEST value
         */
        v1.EventClass = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "EVENT_CLASS_UNSPECIFIED"] = 0;
            values[valuesById[1] = "EVENT_CLASS_ALARM"] = 1;
            values[valuesById[2] = "EVENT_CLASS_RESTORE"] = 2;
            values[valuesById[3] = "EVENT_CLASS_STATUS"] = 3;
            values[valuesById[4] = "EVENT_CLASS_TEST"] = 4;
            return values;
        })();

        /**
         * DeliveryPath enum.
         * @name vakt.v1.DeliveryPath
         * @enum {number}
         * @property {number} DELIVERY_PATH_UNSPECIFIED=0 DELIVERY_PATH_UNSPECIFIED value
         * @property {number} DELIVERY_PATH_PRIMARY=1 DELIVERY_PATH_PRIMARY value
         * @property {number} DELIVERY_PATH_SECONDARY=2 DELIVERY_PATH_SECONDARY value
         * @property {number} DELIVERY_PATH_SMS=3 DELIVERY_PATH_SMS value
         */
        v1.DeliveryPath = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "DELIVERY_PATH_UNSPECIFIED"] = 0;
            values[valuesById[1] = "DELIVERY_PATH_PRIMARY"] = 1;
            values[valuesById[2] = "DELIVERY_PATH_SECONDARY"] = 2;
            values[valuesById[3] = "DELIVERY_PATH_SMS"] = 3;
            return values;
        })();

        v1.Location = (function() {

            /**
             * Properties of a Location.
             * @typedef {Object} vakt.v1.Location.$Properties
             * @property {number|null} [code] Location code
             * @property {string|null} [text] Location text
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Location.
             * @memberof vakt.v1
             * @interface ILocation
             * @augments vakt.v1.Location.$Properties
             * @deprecated Use vakt.v1.Location.$Properties instead.
             */

            /**
             * Shape of a Location.
             * @typedef {vakt.v1.Location.$Properties} vakt.v1.Location.$Shape
             */

            /**
             * Constructs a new Location.
             * @memberof vakt.v1
             * @classdesc Represents a Location.
             * @constructor
             * @param {vakt.v1.Location.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Location = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Location code.
             * @member {number} code
             * @memberof vakt.v1.Location
             * @instance
             */
            Location.prototype.code = 0;

            /**
             * Location text.
             * @member {string} text
             * @memberof vakt.v1.Location
             * @instance
             */
            Location.prototype.text = "";

            /**
             * Creates a new Location instance using the specified properties.
             * @function create
             * @memberof vakt.v1.Location
             * @static
             * @param {vakt.v1.Location.$Properties=} [properties] Properties to set
             * @returns {vakt.v1.Location} Location instance
             * @type {{
             *   (properties: vakt.v1.Location.$Shape): vakt.v1.Location & vakt.v1.Location.$Shape;
             *   (properties?: vakt.v1.Location.$Properties): vakt.v1.Location;
             * }}
             */
            Location.create = function(properties) {
                return new Location(properties);
            };

            /**
             * Encodes the specified Location message. Does not implicitly {@link vakt.v1.Location.verify|verify} messages.
             * @function encode
             * @memberof vakt.v1.Location
             * @static
             * @param {vakt.v1.Location.$Properties} message Location message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Location.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.code != null && $Object.hasOwnProperty.call(message, "code") && message.code !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.code);
                if (message.text != null && $Object.hasOwnProperty.call(message, "text") && message.text !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.text);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Location message from the specified reader or buffer.
             * @function decode
             * @memberof vakt.v1.Location
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {vakt.v1.Location & vakt.v1.Location.$Shape} Location
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Location.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.vakt.v1.Location();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.code = value;
                            else
                                delete message.code;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.text = value;
                            else
                                delete message.text;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a Location message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof vakt.v1.Location
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {vakt.v1.Location} Location
             */
            Location.fromObject = function (object, _depth) {
                if (object instanceof $root.vakt.v1.Location)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".vakt.v1.Location: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.vakt.v1.Location();
                if (object.code != null)
                    if ($Number(object.code) !== 0)
                        message.code = object.code >>> 0;
                if (object.text != null)
                    if (typeof object.text !== "string" || object.text.length)
                        message.text = $String(object.text);
                return message;
            };

            /**
             * Creates a plain object from a Location message. Also converts values to other types if specified.
             * @function toObject
             * @memberof vakt.v1.Location
             * @static
             * @param {vakt.v1.Location} message Location
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Location.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.code = 0;
                    object.text = "";
                }
                if (message.code != null && $Object.hasOwnProperty.call(message, "code"))
                    object.code = message.code;
                if (message.text != null && $Object.hasOwnProperty.call(message, "text"))
                    object.text = message.text;
                return object;
            };

            /**
             * Converts this Location to JSON.
             * @function toJSON
             * @memberof vakt.v1.Location
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Location.prototype.toJSON = function() {
                return Location.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Location
             * @function getTypeUrl
             * @memberof vakt.v1.Location
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Location.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/vakt.v1.Location";
            };

            return Location;
        })();

        v1.Alarm = (function() {

            /**
             * Properties of an Alarm.
             * @typedef {Object} vakt.v1.Alarm.$Properties
             * @property {string|null} [eventId] Alarm eventId
             * @property {string|null} [hubId] Alarm hubId
             * @property {number|null} [deviceId] Alarm deviceId
             * @property {vakt.v1.DeviceType|null} [deviceType] Alarm deviceType
             * @property {vakt.v1.StatusCode|null} [statusCode] Alarm statusCode
             * @property {vakt.v1.EventClass|null} [eventClass] Alarm eventClass
             * @property {number|null} [priority] Alarm priority
             * @property {vakt.v1.Location.$Properties|null} [location] Alarm location
             * @property {number|null} [batteryPercent] Alarm batteryPercent
             * @property {number|null} [rssiDbm] Alarm rssiDbm
             * @property {number|null} [deviceSeq] Alarm deviceSeq
             * @property {number|null} [deviceUptimeS] Alarm deviceUptimeS
             * @property {number|null} [hubReceivedAtMs] Alarm hubReceivedAtMs
             * @property {number|null} [attempt] Alarm attempt
             * @property {vakt.v1.DeliveryPath|null} [path] Alarm path
             * @property {number|null} [sentAtMs] Alarm sentAtMs
             * @property {number|null} [deviceAttempt] Alarm deviceAttempt
             * @property {string|null} [deviceLabel] Alarm deviceLabel
             * @property {boolean|null} [pairingPress] Alarm pairingPress
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Alarm.
             * @memberof vakt.v1
             * @interface IAlarm
             * @augments vakt.v1.Alarm.$Properties
             * @deprecated Use vakt.v1.Alarm.$Properties instead.
             */

            /**
             * Shape of an Alarm.
             * @typedef {vakt.v1.Alarm.$Properties} vakt.v1.Alarm.$Shape
             */

            /**
             * Constructs a new Alarm.
             * @memberof vakt.v1
             * @classdesc Represents an Alarm.
             * @constructor
             * @param {vakt.v1.Alarm.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Alarm = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Alarm eventId.
             * @member {string} eventId
             * @memberof vakt.v1.Alarm
             * @instance
             */
            Alarm.prototype.eventId = "";

            /**
             * Alarm hubId.
             * @member {string} hubId
             * @memberof vakt.v1.Alarm
             * @instance
             */
            Alarm.prototype.hubId = "";

            /**
             * Alarm deviceId.
             * @member {number} deviceId
             * @memberof vakt.v1.Alarm
             * @instance
             */
            Alarm.prototype.deviceId = 0;

            /**
             * Alarm deviceType.
             * @member {vakt.v1.DeviceType} deviceType
             * @memberof vakt.v1.Alarm
             * @instance
             */
            Alarm.prototype.deviceType = 0;

            /**
             * Alarm statusCode.
             * @member {vakt.v1.StatusCode} statusCode
             * @memberof vakt.v1.Alarm
             * @instance
             */
            Alarm.prototype.statusCode = 0;

            /**
             * Alarm eventClass.
             * @member {vakt.v1.EventClass} eventClass
             * @memberof vakt.v1.Alarm
             * @instance
             */
            Alarm.prototype.eventClass = 0;

            /**
             * Alarm priority.
             * @member {number} priority
             * @memberof vakt.v1.Alarm
             * @instance
             */
            Alarm.prototype.priority = 0;

            /**
             * Alarm location.
             * @member {vakt.v1.Location.$Properties|null|undefined} location
             * @memberof vakt.v1.Alarm
             * @instance
             */
            Alarm.prototype.location = null;

            /**
             * Alarm batteryPercent.
             * @member {number|null|undefined} batteryPercent
             * @memberof vakt.v1.Alarm
             * @instance
             */
            Alarm.prototype.batteryPercent = null;

            /**
             * Alarm rssiDbm.
             * @member {number|null|undefined} rssiDbm
             * @memberof vakt.v1.Alarm
             * @instance
             */
            Alarm.prototype.rssiDbm = null;

            /**
             * Alarm deviceSeq.
             * @member {number} deviceSeq
             * @memberof vakt.v1.Alarm
             * @instance
             */
            Alarm.prototype.deviceSeq = 0;

            /**
             * Alarm deviceUptimeS.
             * @member {number} deviceUptimeS
             * @memberof vakt.v1.Alarm
             * @instance
             */
            Alarm.prototype.deviceUptimeS = 0;

            /**
             * Alarm hubReceivedAtMs.
             * @member {number} hubReceivedAtMs
             * @memberof vakt.v1.Alarm
             * @instance
             */
            Alarm.prototype.hubReceivedAtMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Alarm attempt.
             * @member {number} attempt
             * @memberof vakt.v1.Alarm
             * @instance
             */
            Alarm.prototype.attempt = 0;

            /**
             * Alarm path.
             * @member {vakt.v1.DeliveryPath} path
             * @memberof vakt.v1.Alarm
             * @instance
             */
            Alarm.prototype.path = 0;

            /**
             * Alarm sentAtMs.
             * @member {number} sentAtMs
             * @memberof vakt.v1.Alarm
             * @instance
             */
            Alarm.prototype.sentAtMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Alarm deviceAttempt.
             * @member {number} deviceAttempt
             * @memberof vakt.v1.Alarm
             * @instance
             */
            Alarm.prototype.deviceAttempt = 0;

            /**
             * Alarm deviceLabel.
             * @member {string} deviceLabel
             * @memberof vakt.v1.Alarm
             * @instance
             */
            Alarm.prototype.deviceLabel = "";

            /**
             * Alarm pairingPress.
             * @member {boolean} pairingPress
             * @memberof vakt.v1.Alarm
             * @instance
             */
            Alarm.prototype.pairingPress = false;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(Alarm.prototype, "_batteryPercent", {
                get: $util.oneOfGetter($oneOfFields = ["batteryPercent"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(Alarm.prototype, "_rssiDbm", {
                get: $util.oneOfGetter($oneOfFields = ["rssiDbm"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new Alarm instance using the specified properties.
             * @function create
             * @memberof vakt.v1.Alarm
             * @static
             * @param {vakt.v1.Alarm.$Properties=} [properties] Properties to set
             * @returns {vakt.v1.Alarm} Alarm instance
             * @type {{
             *   (properties: vakt.v1.Alarm.$Shape): vakt.v1.Alarm & vakt.v1.Alarm.$Shape;
             *   (properties?: vakt.v1.Alarm.$Properties): vakt.v1.Alarm;
             * }}
             */
            Alarm.create = function(properties) {
                return new Alarm(properties);
            };

            /**
             * Encodes the specified Alarm message. Does not implicitly {@link vakt.v1.Alarm.verify|verify} messages.
             * @function encode
             * @memberof vakt.v1.Alarm
             * @static
             * @param {vakt.v1.Alarm.$Properties} message Alarm message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Alarm.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.eventId != null && $Object.hasOwnProperty.call(message, "eventId") && message.eventId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.eventId);
                if (message.hubId != null && $Object.hasOwnProperty.call(message, "hubId") && message.hubId !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.hubId);
                if (message.deviceId != null && $Object.hasOwnProperty.call(message, "deviceId") && message.deviceId !== 0)
                    writer.uint32(/* id 3, wireType 5 =*/29).fixed32(message.deviceId);
                if (message.deviceType != null && $Object.hasOwnProperty.call(message, "deviceType") && message.deviceType !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).int32(message.deviceType);
                if (message.statusCode != null && $Object.hasOwnProperty.call(message, "statusCode") && message.statusCode !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).int32(message.statusCode);
                if (message.eventClass != null && $Object.hasOwnProperty.call(message, "eventClass") && message.eventClass !== 0)
                    writer.uint32(/* id 6, wireType 0 =*/48).int32(message.eventClass);
                if (message.priority != null && $Object.hasOwnProperty.call(message, "priority") && message.priority !== 0)
                    writer.uint32(/* id 7, wireType 0 =*/56).uint32(message.priority);
                if (message.location != null && $Object.hasOwnProperty.call(message, "location"))
                    $root.vakt.v1.Location.encode(message.location, writer.uint32(/* id 8, wireType 2 =*/66).fork(), _depth + 1).ldelim();
                if (message.batteryPercent != null && $Object.hasOwnProperty.call(message, "batteryPercent"))
                    writer.uint32(/* id 9, wireType 0 =*/72).uint32(message.batteryPercent);
                if (message.rssiDbm != null && $Object.hasOwnProperty.call(message, "rssiDbm"))
                    writer.uint32(/* id 10, wireType 0 =*/80).sint32(message.rssiDbm);
                if (message.deviceSeq != null && $Object.hasOwnProperty.call(message, "deviceSeq") && message.deviceSeq !== 0)
                    writer.uint32(/* id 11, wireType 0 =*/88).uint32(message.deviceSeq);
                if (message.deviceUptimeS != null && $Object.hasOwnProperty.call(message, "deviceUptimeS") && message.deviceUptimeS !== 0)
                    writer.uint32(/* id 12, wireType 0 =*/96).uint32(message.deviceUptimeS);
                if (message.hubReceivedAtMs != null && $Object.hasOwnProperty.call(message, "hubReceivedAtMs") && (typeof message.hubReceivedAtMs === "object" ? message.hubReceivedAtMs.low || message.hubReceivedAtMs.high : message.hubReceivedAtMs !== 0))
                    writer.uint32(/* id 13, wireType 0 =*/104).int64(message.hubReceivedAtMs);
                if (message.attempt != null && $Object.hasOwnProperty.call(message, "attempt") && message.attempt !== 0)
                    writer.uint32(/* id 14, wireType 0 =*/112).uint32(message.attempt);
                if (message.path != null && $Object.hasOwnProperty.call(message, "path") && message.path !== 0)
                    writer.uint32(/* id 15, wireType 0 =*/120).int32(message.path);
                if (message.sentAtMs != null && $Object.hasOwnProperty.call(message, "sentAtMs") && (typeof message.sentAtMs === "object" ? message.sentAtMs.low || message.sentAtMs.high : message.sentAtMs !== 0))
                    writer.uint32(/* id 16, wireType 0 =*/128).int64(message.sentAtMs);
                if (message.deviceAttempt != null && $Object.hasOwnProperty.call(message, "deviceAttempt") && message.deviceAttempt !== 0)
                    writer.uint32(/* id 17, wireType 0 =*/136).uint32(message.deviceAttempt);
                if (message.deviceLabel != null && $Object.hasOwnProperty.call(message, "deviceLabel") && message.deviceLabel !== "")
                    writer.uint32(/* id 18, wireType 2 =*/146).string(message.deviceLabel);
                if (message.pairingPress != null && $Object.hasOwnProperty.call(message, "pairingPress") && message.pairingPress !== false)
                    writer.uint32(/* id 19, wireType 0 =*/152).bool(message.pairingPress);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an Alarm message from the specified reader or buffer.
             * @function decode
             * @memberof vakt.v1.Alarm
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {vakt.v1.Alarm & vakt.v1.Alarm.$Shape} Alarm
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Alarm.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.vakt.v1.Alarm();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.eventId = value;
                            else
                                delete message.eventId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.hubId = value;
                            else
                                delete message.hubId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 5)
                                break;
                            if (value = reader.fixed32())
                                message.deviceId = value;
                            else
                                delete message.deviceId;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.deviceType = value;
                            else
                                delete message.deviceType;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.statusCode = value;
                            else
                                delete message.statusCode;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.eventClass = value;
                            else
                                delete message.eventClass;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.priority = value;
                            else
                                delete message.priority;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            message.location = $root.vakt.v1.Location.decode(reader, reader.size(), $undefined, _depth + 1, message.location);
                            continue;
                        }
                    case 9: {
                            if (wireType !== 0)
                                break;
                            message.batteryPercent = reader.uint32();
                            message._batteryPercent = "batteryPercent";
                            continue;
                        }
                    case 10: {
                            if (wireType !== 0)
                                break;
                            message.rssiDbm = reader.sint32();
                            message._rssiDbm = "rssiDbm";
                            continue;
                        }
                    case 11: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.deviceSeq = value;
                            else
                                delete message.deviceSeq;
                            continue;
                        }
                    case 12: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.deviceUptimeS = value;
                            else
                                delete message.deviceUptimeS;
                            continue;
                        }
                    case 13: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.hubReceivedAtMs = value;
                            else
                                delete message.hubReceivedAtMs;
                            continue;
                        }
                    case 14: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.attempt = value;
                            else
                                delete message.attempt;
                            continue;
                        }
                    case 15: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.path = value;
                            else
                                delete message.path;
                            continue;
                        }
                    case 16: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.sentAtMs = value;
                            else
                                delete message.sentAtMs;
                            continue;
                        }
                    case 17: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.deviceAttempt = value;
                            else
                                delete message.deviceAttempt;
                            continue;
                        }
                    case 18: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.deviceLabel = value;
                            else
                                delete message.deviceLabel;
                            continue;
                        }
                    case 19: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.pairingPress = value;
                            else
                                delete message.pairingPress;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates an Alarm message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof vakt.v1.Alarm
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {vakt.v1.Alarm} Alarm
             */
            Alarm.fromObject = function (object, _depth) {
                if (object instanceof $root.vakt.v1.Alarm)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".vakt.v1.Alarm: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.vakt.v1.Alarm();
                if (object.eventId != null)
                    if (typeof object.eventId !== "string" || object.eventId.length)
                        message.eventId = $String(object.eventId);
                if (object.hubId != null)
                    if (typeof object.hubId !== "string" || object.hubId.length)
                        message.hubId = $String(object.hubId);
                if (object.deviceId != null)
                    if ($Number(object.deviceId) !== 0)
                        message.deviceId = object.deviceId >>> 0;
                if (object.deviceType !== 0 && (typeof object.deviceType !== "string" || $root.vakt.v1.DeviceType[object.deviceType] !== 0))
                    switch (object.deviceType) {
                    case "DEVICE_TYPE_UNSPECIFIED":
                    case 0:
                        message.deviceType = 0;
                        break;
                    case "DEVICE_TYPE_LOCAL_UNIT_CONTROLLER":
                    case 2:
                        message.deviceType = 2;
                        break;
                    case "DEVICE_TYPE_PERSONAL_TRIGGER":
                    case 3:
                        message.deviceType = 3;
                        break;
                    case "DEVICE_TYPE_FIXED_TRIGGER":
                    case 4:
                        message.deviceType = 4;
                        break;
                    case "DEVICE_TYPE_FALL_DETECTOR":
                    case 5:
                        message.deviceType = 5;
                        break;
                    case "DEVICE_TYPE_ACTIVITY_SENSOR":
                    case 10:
                        message.deviceType = 10;
                        break;
                    case "DEVICE_TYPE_DOOR_SENSOR":
                    case 14:
                        message.deviceType = 14;
                        break;
                    case "DEVICE_TYPE_WANDERING_DETECTOR":
                    case 15:
                        message.deviceType = 15;
                        break;
                    case "DEVICE_TYPE_SMOKE_DETECTOR":
                    case 23:
                        message.deviceType = 23;
                        break;
                    case "DEVICE_TYPE_LINK_MONITOR":
                    case 32:
                        message.deviceType = 32;
                        break;
                    case "DEVICE_TYPE_DC_POWER":
                    case 41:
                        message.deviceType = 41;
                        break;
                    case "DEVICE_TYPE_CONTROLLER":
                    case 45:
                        message.deviceType = 45;
                        break;
                    case "DEVICE_TYPE_LOCAL_UNIT":
                    case 48:
                        message.deviceType = 48;
                        break;
                    case "DEVICE_TYPE_TRACKER":
                    case 51:
                        message.deviceType = 51;
                        break;
                    default:
                        if (typeof object.deviceType === "number" && (object.deviceType | 0) === object.deviceType)
                            message.deviceType = object.deviceType;
                    }
                if (object.statusCode !== 0 && (typeof object.statusCode !== "string" || $root.vakt.v1.StatusCode[object.statusCode] !== 0))
                    switch (object.statusCode) {
                    case "STATUS_CODE_UNSPECIFIED":
                    case 0:
                        message.statusCode = 0;
                        break;
                    case "STATUS_CODE_ALARM_AUTOMATIC":
                    case 9:
                        message.statusCode = 9;
                        break;
                    case "STATUS_CODE_ALARM_MANUAL":
                    case 10:
                        message.statusCode = 10;
                        break;
                    case "STATUS_CODE_BATTERY_FAILURE":
                    case 14:
                        message.statusCode = 14;
                        break;
                    case "STATUS_CODE_BATTERY_FULL":
                    case 15:
                        message.statusCode = 15;
                        break;
                    case "STATUS_CODE_BATTERY_LOW":
                    case 16:
                        message.statusCode = 16;
                        break;
                    case "STATUS_CODE_CLOSED":
                    case 21:
                        message.statusCode = 21;
                        break;
                    case "STATUS_CODE_CLOSED_TOO_LONG":
                    case 22:
                        message.statusCode = 22;
                        break;
                    case "STATUS_CODE_LINK_FAILURE_1":
                    case 23:
                        message.statusCode = 23;
                        break;
                    case "STATUS_CODE_LINK_FAILURE_2":
                    case 24:
                        message.statusCode = 24;
                        break;
                    case "STATUS_CODE_LINK_FAILURE_3":
                    case 25:
                        message.statusCode = 25;
                        break;
                    case "STATUS_CODE_LINK_FAILURE_4":
                    case 26:
                        message.statusCode = 26;
                        break;
                    case "STATUS_CODE_LINK_FAILURE_5":
                    case 27:
                        message.statusCode = 27;
                        break;
                    case "STATUS_CODE_OPEN":
                    case 76:
                        message.statusCode = 76;
                        break;
                    case "STATUS_CODE_OPEN_TOO_LONG":
                    case 77:
                        message.statusCode = 77;
                        break;
                    case "STATUS_CODE_MAINS_FAIL":
                    case 85:
                        message.statusCode = 85;
                        break;
                    case "STATUS_CODE_MAINS_RESTORED":
                    case 86:
                        message.statusCode = 86;
                        break;
                    case "STATUS_CODE_RESET":
                    case 92:
                        message.statusCode = 92;
                        break;
                    case "STATUS_CODE_RESET_2":
                    case 93:
                        message.statusCode = 93;
                        break;
                    case "STATUS_CODE_RESTORAL":
                    case 94:
                        message.statusCode = 94;
                        break;
                    case "STATUS_CODE_TEST_TRANSMISSION":
                    case 102:
                        message.statusCode = 102;
                        break;
                    case "STATUS_CODE_TEST_TRANSMISSION_2":
                    case 103:
                        message.statusCode = 103;
                        break;
                    case "STATUS_CODE_TROUBLE":
                    case 105:
                        message.statusCode = 105;
                        break;
                    case "STATUS_CODE_ASSISTANCE":
                    case 110:
                        message.statusCode = 110;
                        break;
                    case "STATUS_CODE_CHECK_OUT":
                    case 111:
                        message.statusCode = 111;
                        break;
                    case "STATUS_CODE_LINK_RESTORED_1":
                    case 112:
                        message.statusCode = 112;
                        break;
                    case "STATUS_CODE_LINK_RESTORED_2":
                    case 113:
                        message.statusCode = 113;
                        break;
                    case "STATUS_CODE_LINK_RESTORED_3":
                    case 114:
                        message.statusCode = 114;
                        break;
                    case "STATUS_CODE_LINK_RESTORED_4":
                    case 115:
                        message.statusCode = 115;
                        break;
                    case "STATUS_CODE_LINK_RESTORED_5":
                    case 116:
                        message.statusCode = 116;
                        break;
                    case "STATUS_CODE_RADIO_INTERFERENCE":
                    case 122:
                        message.statusCode = 122;
                        break;
                    case "STATUS_CODE_RADIO_TEST_MISSING":
                    case 123:
                        message.statusCode = 123;
                        break;
                    case "STATUS_CODE_RE_ESTABLISHED":
                    case 124:
                        message.statusCode = 124;
                        break;
                    case "STATUS_CODE_TAMPER":
                    case 125:
                        message.statusCode = 125;
                        break;
                    default:
                        if (typeof object.statusCode === "number" && (object.statusCode | 0) === object.statusCode)
                            message.statusCode = object.statusCode;
                    }
                if (object.eventClass !== 0 && (typeof object.eventClass !== "string" || $root.vakt.v1.EventClass[object.eventClass] !== 0))
                    switch (object.eventClass) {
                    case "EVENT_CLASS_UNSPECIFIED":
                    case 0:
                        message.eventClass = 0;
                        break;
                    case "EVENT_CLASS_ALARM":
                    case 1:
                        message.eventClass = 1;
                        break;
                    case "EVENT_CLASS_RESTORE":
                    case 2:
                        message.eventClass = 2;
                        break;
                    case "EVENT_CLASS_STATUS":
                    case 3:
                        message.eventClass = 3;
                        break;
                    case "EVENT_CLASS_TEST":
                    case 4:
                        message.eventClass = 4;
                        break;
                    default:
                        if (typeof object.eventClass === "number" && (object.eventClass | 0) === object.eventClass)
                            message.eventClass = object.eventClass;
                    }
                if (object.priority != null)
                    if ($Number(object.priority) !== 0)
                        message.priority = object.priority >>> 0;
                if (object.location != null) {
                    if (!$util.isObject(object.location))
                        throw $TypeError(".vakt.v1.Alarm.location: object expected");
                    message.location = $root.vakt.v1.Location.fromObject(object.location, _depth + 1);
                }
                if (object.batteryPercent != null)
                    message.batteryPercent = object.batteryPercent >>> 0;
                if (object.rssiDbm != null)
                    message.rssiDbm = object.rssiDbm | 0;
                if (object.deviceSeq != null)
                    if ($Number(object.deviceSeq) !== 0)
                        message.deviceSeq = object.deviceSeq >>> 0;
                if (object.deviceUptimeS != null)
                    if ($Number(object.deviceUptimeS) !== 0)
                        message.deviceUptimeS = object.deviceUptimeS >>> 0;
                if (object.hubReceivedAtMs != null)
                    if (typeof object.hubReceivedAtMs === "object" ? object.hubReceivedAtMs.low || object.hubReceivedAtMs.high : $Number(object.hubReceivedAtMs) !== 0)
                        if ($util.Long)
                            message.hubReceivedAtMs = $util.Long.fromValue(object.hubReceivedAtMs, false);
                        else if (typeof object.hubReceivedAtMs === "string")
                            message.hubReceivedAtMs = $parseInt(object.hubReceivedAtMs, 10);
                        else if (typeof object.hubReceivedAtMs === "number")
                            message.hubReceivedAtMs = object.hubReceivedAtMs;
                        else if (typeof object.hubReceivedAtMs === "object")
                            message.hubReceivedAtMs = new $util.LongBits(object.hubReceivedAtMs.low >>> 0, object.hubReceivedAtMs.high >>> 0).toNumber();
                if (object.attempt != null)
                    if ($Number(object.attempt) !== 0)
                        message.attempt = object.attempt >>> 0;
                if (object.path !== 0 && (typeof object.path !== "string" || $root.vakt.v1.DeliveryPath[object.path] !== 0))
                    switch (object.path) {
                    case "DELIVERY_PATH_UNSPECIFIED":
                    case 0:
                        message.path = 0;
                        break;
                    case "DELIVERY_PATH_PRIMARY":
                    case 1:
                        message.path = 1;
                        break;
                    case "DELIVERY_PATH_SECONDARY":
                    case 2:
                        message.path = 2;
                        break;
                    case "DELIVERY_PATH_SMS":
                    case 3:
                        message.path = 3;
                        break;
                    default:
                        if (typeof object.path === "number" && (object.path | 0) === object.path)
                            message.path = object.path;
                    }
                if (object.sentAtMs != null)
                    if (typeof object.sentAtMs === "object" ? object.sentAtMs.low || object.sentAtMs.high : $Number(object.sentAtMs) !== 0)
                        if ($util.Long)
                            message.sentAtMs = $util.Long.fromValue(object.sentAtMs, false);
                        else if (typeof object.sentAtMs === "string")
                            message.sentAtMs = $parseInt(object.sentAtMs, 10);
                        else if (typeof object.sentAtMs === "number")
                            message.sentAtMs = object.sentAtMs;
                        else if (typeof object.sentAtMs === "object")
                            message.sentAtMs = new $util.LongBits(object.sentAtMs.low >>> 0, object.sentAtMs.high >>> 0).toNumber();
                if (object.deviceAttempt != null)
                    if ($Number(object.deviceAttempt) !== 0)
                        message.deviceAttempt = object.deviceAttempt >>> 0;
                if (object.deviceLabel != null)
                    if (typeof object.deviceLabel !== "string" || object.deviceLabel.length)
                        message.deviceLabel = $String(object.deviceLabel);
                if (object.pairingPress != null)
                    if (object.pairingPress)
                        message.pairingPress = $Boolean(object.pairingPress);
                return message;
            };

            /**
             * Creates a plain object from an Alarm message. Also converts values to other types if specified.
             * @function toObject
             * @memberof vakt.v1.Alarm
             * @static
             * @param {vakt.v1.Alarm} message Alarm
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Alarm.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.eventId = "";
                    object.hubId = "";
                    object.deviceId = 0;
                    object.deviceType = options.enums === $String ? "DEVICE_TYPE_UNSPECIFIED" : 0;
                    object.statusCode = options.enums === $String ? "STATUS_CODE_UNSPECIFIED" : 0;
                    object.eventClass = options.enums === $String ? "EVENT_CLASS_UNSPECIFIED" : 0;
                    object.priority = 0;
                    object.location = null;
                    object.deviceSeq = 0;
                    object.deviceUptimeS = 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.hubReceivedAtMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.hubReceivedAtMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.attempt = 0;
                    object.path = options.enums === $String ? "DELIVERY_PATH_UNSPECIFIED" : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.sentAtMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.sentAtMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.deviceAttempt = 0;
                    object.deviceLabel = "";
                    object.pairingPress = false;
                }
                if (message.eventId != null && $Object.hasOwnProperty.call(message, "eventId"))
                    object.eventId = message.eventId;
                if (message.hubId != null && $Object.hasOwnProperty.call(message, "hubId"))
                    object.hubId = message.hubId;
                if (message.deviceId != null && $Object.hasOwnProperty.call(message, "deviceId"))
                    object.deviceId = message.deviceId;
                if (message.deviceType != null && $Object.hasOwnProperty.call(message, "deviceType"))
                    object.deviceType = options.enums === $String ? $root.vakt.v1.DeviceType[message.deviceType] === $undefined ? message.deviceType : $root.vakt.v1.DeviceType[message.deviceType] : message.deviceType;
                if (message.statusCode != null && $Object.hasOwnProperty.call(message, "statusCode"))
                    object.statusCode = options.enums === $String ? $root.vakt.v1.StatusCode[message.statusCode] === $undefined ? message.statusCode : $root.vakt.v1.StatusCode[message.statusCode] : message.statusCode;
                if (message.eventClass != null && $Object.hasOwnProperty.call(message, "eventClass"))
                    object.eventClass = options.enums === $String ? $root.vakt.v1.EventClass[message.eventClass] === $undefined ? message.eventClass : $root.vakt.v1.EventClass[message.eventClass] : message.eventClass;
                if (message.priority != null && $Object.hasOwnProperty.call(message, "priority"))
                    object.priority = message.priority;
                if (message.location != null && $Object.hasOwnProperty.call(message, "location"))
                    object.location = $root.vakt.v1.Location.toObject(message.location, options, _depth + 1);
                if (message.batteryPercent != null && $Object.hasOwnProperty.call(message, "batteryPercent"))
                    object.batteryPercent = message.batteryPercent;
                if (message.rssiDbm != null && $Object.hasOwnProperty.call(message, "rssiDbm"))
                    object.rssiDbm = message.rssiDbm;
                if (message.deviceSeq != null && $Object.hasOwnProperty.call(message, "deviceSeq"))
                    object.deviceSeq = message.deviceSeq;
                if (message.deviceUptimeS != null && $Object.hasOwnProperty.call(message, "deviceUptimeS"))
                    object.deviceUptimeS = message.deviceUptimeS;
                if (message.hubReceivedAtMs != null && $Object.hasOwnProperty.call(message, "hubReceivedAtMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.hubReceivedAtMs = typeof message.hubReceivedAtMs === "number" ? $BigInt(message.hubReceivedAtMs) : $util.Long.fromBits(message.hubReceivedAtMs.low >>> 0, message.hubReceivedAtMs.high >>> 0, false).toBigInt();
                    else if (typeof message.hubReceivedAtMs === "number")
                        object.hubReceivedAtMs = options.longs === $String ? $String(message.hubReceivedAtMs) : message.hubReceivedAtMs;
                    else
                        object.hubReceivedAtMs = options.longs === $String ? $util.Long.prototype.toString.call(message.hubReceivedAtMs) : options.longs === $Number ? new $util.LongBits(message.hubReceivedAtMs.low >>> 0, message.hubReceivedAtMs.high >>> 0).toNumber() : message.hubReceivedAtMs;
                if (message.attempt != null && $Object.hasOwnProperty.call(message, "attempt"))
                    object.attempt = message.attempt;
                if (message.path != null && $Object.hasOwnProperty.call(message, "path"))
                    object.path = options.enums === $String ? $root.vakt.v1.DeliveryPath[message.path] === $undefined ? message.path : $root.vakt.v1.DeliveryPath[message.path] : message.path;
                if (message.sentAtMs != null && $Object.hasOwnProperty.call(message, "sentAtMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.sentAtMs = typeof message.sentAtMs === "number" ? $BigInt(message.sentAtMs) : $util.Long.fromBits(message.sentAtMs.low >>> 0, message.sentAtMs.high >>> 0, false).toBigInt();
                    else if (typeof message.sentAtMs === "number")
                        object.sentAtMs = options.longs === $String ? $String(message.sentAtMs) : message.sentAtMs;
                    else
                        object.sentAtMs = options.longs === $String ? $util.Long.prototype.toString.call(message.sentAtMs) : options.longs === $Number ? new $util.LongBits(message.sentAtMs.low >>> 0, message.sentAtMs.high >>> 0).toNumber() : message.sentAtMs;
                if (message.deviceAttempt != null && $Object.hasOwnProperty.call(message, "deviceAttempt"))
                    object.deviceAttempt = message.deviceAttempt;
                if (message.deviceLabel != null && $Object.hasOwnProperty.call(message, "deviceLabel"))
                    object.deviceLabel = message.deviceLabel;
                if (message.pairingPress != null && $Object.hasOwnProperty.call(message, "pairingPress"))
                    object.pairingPress = message.pairingPress;
                return object;
            };

            /**
             * Converts this Alarm to JSON.
             * @function toJSON
             * @memberof vakt.v1.Alarm
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Alarm.prototype.toJSON = function() {
                return Alarm.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Alarm
             * @function getTypeUrl
             * @memberof vakt.v1.Alarm
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Alarm.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/vakt.v1.Alarm";
            };

            return Alarm;
        })();

        /**
         * TechnicalKind enum.
         * @name vakt.v1.TechnicalKind
         * @enum {number}
         * @property {number} TECHNICAL_KIND_UNSPECIFIED=0 TECHNICAL_KIND_UNSPECIFIED value
         * @property {number} TECHNICAL_KIND_MAINS_FAIL=1 TECHNICAL_KIND_MAINS_FAIL value
         * @property {number} TECHNICAL_KIND_HUB_BATTERY_LOW=2 TECHNICAL_KIND_HUB_BATTERY_LOW value
         * @property {number} TECHNICAL_KIND_DEVICE_BATTERY_LOW=3 TECHNICAL_KIND_DEVICE_BATTERY_LOW value
         * @property {number} TECHNICAL_KIND_DEVICE_MISSING=4 TECHNICAL_KIND_DEVICE_MISSING value
         * @property {number} TECHNICAL_KIND_DEVICE_TAMPER=5 TECHNICAL_KIND_DEVICE_TAMPER value
         * @property {number} TECHNICAL_KIND_RADIO_JAMMING=6 TECHNICAL_KIND_RADIO_JAMMING value
         * @property {number} TECHNICAL_KIND_RECEIVER_LOST=7 TECHNICAL_KIND_RECEIVER_LOST value
         * @property {number} TECHNICAL_KIND_UPLINK_DOWN=8 TECHNICAL_KIND_UPLINK_DOWN value
         * @property {number} TECHNICAL_KIND_STORAGE=9 TECHNICAL_KIND_STORAGE value
         * @property {number} TECHNICAL_KIND_CLOCK_WRONG=10 TECHNICAL_KIND_CLOCK_WRONG value
         * @property {number} TECHNICAL_KIND_DELIVERY_FELL_BACK=11 TECHNICAL_KIND_DELIVERY_FELL_BACK value
         * @property {number} TECHNICAL_KIND_MODEM_FAULT=12 TECHNICAL_KIND_MODEM_FAULT value
         * @property {number} TECHNICAL_KIND_OUTBOX_COMPACTED=13 TECHNICAL_KIND_OUTBOX_COMPACTED value
         * @property {number} TECHNICAL_KIND_HUB_STALLED=14 TECHNICAL_KIND_HUB_STALLED value
         * @property {number} TECHNICAL_KIND_TEST_ALARM_FAILED=15 TECHNICAL_KIND_TEST_ALARM_FAILED value
         * @property {number} TECHNICAL_KIND_RECEIPT_UNTRUSTED=16 TECHNICAL_KIND_RECEIPT_UNTRUSTED value
         * @property {number} TECHNICAL_KIND_DEVICE_PAIRING=17 TECHNICAL_KIND_DEVICE_PAIRING value
         * @property {number} TECHNICAL_KIND_DEVICE_UNAUTHENTICATED=18 TECHNICAL_KIND_DEVICE_UNAUTHENTICATED value
         */
        v1.TechnicalKind = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "TECHNICAL_KIND_UNSPECIFIED"] = 0;
            values[valuesById[1] = "TECHNICAL_KIND_MAINS_FAIL"] = 1;
            values[valuesById[2] = "TECHNICAL_KIND_HUB_BATTERY_LOW"] = 2;
            values[valuesById[3] = "TECHNICAL_KIND_DEVICE_BATTERY_LOW"] = 3;
            values[valuesById[4] = "TECHNICAL_KIND_DEVICE_MISSING"] = 4;
            values[valuesById[5] = "TECHNICAL_KIND_DEVICE_TAMPER"] = 5;
            values[valuesById[6] = "TECHNICAL_KIND_RADIO_JAMMING"] = 6;
            values[valuesById[7] = "TECHNICAL_KIND_RECEIVER_LOST"] = 7;
            values[valuesById[8] = "TECHNICAL_KIND_UPLINK_DOWN"] = 8;
            values[valuesById[9] = "TECHNICAL_KIND_STORAGE"] = 9;
            values[valuesById[10] = "TECHNICAL_KIND_CLOCK_WRONG"] = 10;
            values[valuesById[11] = "TECHNICAL_KIND_DELIVERY_FELL_BACK"] = 11;
            values[valuesById[12] = "TECHNICAL_KIND_MODEM_FAULT"] = 12;
            values[valuesById[13] = "TECHNICAL_KIND_OUTBOX_COMPACTED"] = 13;
            values[valuesById[14] = "TECHNICAL_KIND_HUB_STALLED"] = 14;
            values[valuesById[15] = "TECHNICAL_KIND_TEST_ALARM_FAILED"] = 15;
            values[valuesById[16] = "TECHNICAL_KIND_RECEIPT_UNTRUSTED"] = 16;
            values[valuesById[17] = "TECHNICAL_KIND_DEVICE_PAIRING"] = 17;
            values[valuesById[18] = "TECHNICAL_KIND_DEVICE_UNAUTHENTICATED"] = 18;
            return values;
        })();

        /**
         * TechnicalState enum.
         * @name vakt.v1.TechnicalState
         * @enum {number}
         * @property {number} TECHNICAL_STATE_UNSPECIFIED=0 TECHNICAL_STATE_UNSPECIFIED value
         * @property {number} TECHNICAL_STATE_RAISED=1 TECHNICAL_STATE_RAISED value
         * @property {number} TECHNICAL_STATE_CLEARED=2 TECHNICAL_STATE_CLEARED value
         * @property {number} TECHNICAL_STATE_NOTICE=3 TECHNICAL_STATE_NOTICE value
         * @property {number} TECHNICAL_STATE_UNPAIRED=4 TECHNICAL_STATE_UNPAIRED value
         */
        v1.TechnicalState = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "TECHNICAL_STATE_UNSPECIFIED"] = 0;
            values[valuesById[1] = "TECHNICAL_STATE_RAISED"] = 1;
            values[valuesById[2] = "TECHNICAL_STATE_CLEARED"] = 2;
            values[valuesById[3] = "TECHNICAL_STATE_NOTICE"] = 3;
            values[valuesById[4] = "TECHNICAL_STATE_UNPAIRED"] = 4;
            return values;
        })();

        v1.UplinkOutage = (function() {

            /**
             * Properties of an UplinkOutage.
             * @typedef {Object} vakt.v1.UplinkOutage.$Properties
             * @property {number|null} [fromMs] UplinkOutage fromMs
             * @property {number|null} [toMs] UplinkOutage toMs
             * @property {number|null} [eventsDelayed] UplinkOutage eventsDelayed
             * @property {number|null} [maxDelayMs] UplinkOutage maxDelayMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an UplinkOutage.
             * @memberof vakt.v1
             * @interface IUplinkOutage
             * @augments vakt.v1.UplinkOutage.$Properties
             * @deprecated Use vakt.v1.UplinkOutage.$Properties instead.
             */

            /**
             * Shape of an UplinkOutage.
             * @typedef {vakt.v1.UplinkOutage.$Properties} vakt.v1.UplinkOutage.$Shape
             */

            /**
             * Constructs a new UplinkOutage.
             * @memberof vakt.v1
             * @classdesc Represents an UplinkOutage.
             * @constructor
             * @param {vakt.v1.UplinkOutage.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const UplinkOutage = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * UplinkOutage fromMs.
             * @member {number} fromMs
             * @memberof vakt.v1.UplinkOutage
             * @instance
             */
            UplinkOutage.prototype.fromMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * UplinkOutage toMs.
             * @member {number} toMs
             * @memberof vakt.v1.UplinkOutage
             * @instance
             */
            UplinkOutage.prototype.toMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * UplinkOutage eventsDelayed.
             * @member {number} eventsDelayed
             * @memberof vakt.v1.UplinkOutage
             * @instance
             */
            UplinkOutage.prototype.eventsDelayed = 0;

            /**
             * UplinkOutage maxDelayMs.
             * @member {number} maxDelayMs
             * @memberof vakt.v1.UplinkOutage
             * @instance
             */
            UplinkOutage.prototype.maxDelayMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Creates a new UplinkOutage instance using the specified properties.
             * @function create
             * @memberof vakt.v1.UplinkOutage
             * @static
             * @param {vakt.v1.UplinkOutage.$Properties=} [properties] Properties to set
             * @returns {vakt.v1.UplinkOutage} UplinkOutage instance
             * @type {{
             *   (properties: vakt.v1.UplinkOutage.$Shape): vakt.v1.UplinkOutage & vakt.v1.UplinkOutage.$Shape;
             *   (properties?: vakt.v1.UplinkOutage.$Properties): vakt.v1.UplinkOutage;
             * }}
             */
            UplinkOutage.create = function(properties) {
                return new UplinkOutage(properties);
            };

            /**
             * Encodes the specified UplinkOutage message. Does not implicitly {@link vakt.v1.UplinkOutage.verify|verify} messages.
             * @function encode
             * @memberof vakt.v1.UplinkOutage
             * @static
             * @param {vakt.v1.UplinkOutage.$Properties} message UplinkOutage message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            UplinkOutage.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.fromMs != null && $Object.hasOwnProperty.call(message, "fromMs") && (typeof message.fromMs === "object" ? message.fromMs.low || message.fromMs.high : message.fromMs !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).int64(message.fromMs);
                if (message.toMs != null && $Object.hasOwnProperty.call(message, "toMs") && (typeof message.toMs === "object" ? message.toMs.low || message.toMs.high : message.toMs !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).int64(message.toMs);
                if (message.eventsDelayed != null && $Object.hasOwnProperty.call(message, "eventsDelayed") && message.eventsDelayed !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.eventsDelayed);
                if (message.maxDelayMs != null && $Object.hasOwnProperty.call(message, "maxDelayMs") && (typeof message.maxDelayMs === "object" ? message.maxDelayMs.low || message.maxDelayMs.high : message.maxDelayMs !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).int64(message.maxDelayMs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an UplinkOutage message from the specified reader or buffer.
             * @function decode
             * @memberof vakt.v1.UplinkOutage
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {vakt.v1.UplinkOutage & vakt.v1.UplinkOutage.$Shape} UplinkOutage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            UplinkOutage.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.vakt.v1.UplinkOutage();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.fromMs = value;
                            else
                                delete message.fromMs;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.toMs = value;
                            else
                                delete message.toMs;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.eventsDelayed = value;
                            else
                                delete message.eventsDelayed;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.maxDelayMs = value;
                            else
                                delete message.maxDelayMs;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates an UplinkOutage message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof vakt.v1.UplinkOutage
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {vakt.v1.UplinkOutage} UplinkOutage
             */
            UplinkOutage.fromObject = function (object, _depth) {
                if (object instanceof $root.vakt.v1.UplinkOutage)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".vakt.v1.UplinkOutage: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.vakt.v1.UplinkOutage();
                if (object.fromMs != null)
                    if (typeof object.fromMs === "object" ? object.fromMs.low || object.fromMs.high : $Number(object.fromMs) !== 0)
                        if ($util.Long)
                            message.fromMs = $util.Long.fromValue(object.fromMs, false);
                        else if (typeof object.fromMs === "string")
                            message.fromMs = $parseInt(object.fromMs, 10);
                        else if (typeof object.fromMs === "number")
                            message.fromMs = object.fromMs;
                        else if (typeof object.fromMs === "object")
                            message.fromMs = new $util.LongBits(object.fromMs.low >>> 0, object.fromMs.high >>> 0).toNumber();
                if (object.toMs != null)
                    if (typeof object.toMs === "object" ? object.toMs.low || object.toMs.high : $Number(object.toMs) !== 0)
                        if ($util.Long)
                            message.toMs = $util.Long.fromValue(object.toMs, false);
                        else if (typeof object.toMs === "string")
                            message.toMs = $parseInt(object.toMs, 10);
                        else if (typeof object.toMs === "number")
                            message.toMs = object.toMs;
                        else if (typeof object.toMs === "object")
                            message.toMs = new $util.LongBits(object.toMs.low >>> 0, object.toMs.high >>> 0).toNumber();
                if (object.eventsDelayed != null)
                    if ($Number(object.eventsDelayed) !== 0)
                        message.eventsDelayed = object.eventsDelayed >>> 0;
                if (object.maxDelayMs != null)
                    if (typeof object.maxDelayMs === "object" ? object.maxDelayMs.low || object.maxDelayMs.high : $Number(object.maxDelayMs) !== 0)
                        if ($util.Long)
                            message.maxDelayMs = $util.Long.fromValue(object.maxDelayMs, false);
                        else if (typeof object.maxDelayMs === "string")
                            message.maxDelayMs = $parseInt(object.maxDelayMs, 10);
                        else if (typeof object.maxDelayMs === "number")
                            message.maxDelayMs = object.maxDelayMs;
                        else if (typeof object.maxDelayMs === "object")
                            message.maxDelayMs = new $util.LongBits(object.maxDelayMs.low >>> 0, object.maxDelayMs.high >>> 0).toNumber();
                return message;
            };

            /**
             * Creates a plain object from an UplinkOutage message. Also converts values to other types if specified.
             * @function toObject
             * @memberof vakt.v1.UplinkOutage
             * @static
             * @param {vakt.v1.UplinkOutage} message UplinkOutage
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            UplinkOutage.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.fromMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.fromMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.toMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.toMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.eventsDelayed = 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.maxDelayMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.maxDelayMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.fromMs != null && $Object.hasOwnProperty.call(message, "fromMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.fromMs = typeof message.fromMs === "number" ? $BigInt(message.fromMs) : $util.Long.fromBits(message.fromMs.low >>> 0, message.fromMs.high >>> 0, false).toBigInt();
                    else if (typeof message.fromMs === "number")
                        object.fromMs = options.longs === $String ? $String(message.fromMs) : message.fromMs;
                    else
                        object.fromMs = options.longs === $String ? $util.Long.prototype.toString.call(message.fromMs) : options.longs === $Number ? new $util.LongBits(message.fromMs.low >>> 0, message.fromMs.high >>> 0).toNumber() : message.fromMs;
                if (message.toMs != null && $Object.hasOwnProperty.call(message, "toMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.toMs = typeof message.toMs === "number" ? $BigInt(message.toMs) : $util.Long.fromBits(message.toMs.low >>> 0, message.toMs.high >>> 0, false).toBigInt();
                    else if (typeof message.toMs === "number")
                        object.toMs = options.longs === $String ? $String(message.toMs) : message.toMs;
                    else
                        object.toMs = options.longs === $String ? $util.Long.prototype.toString.call(message.toMs) : options.longs === $Number ? new $util.LongBits(message.toMs.low >>> 0, message.toMs.high >>> 0).toNumber() : message.toMs;
                if (message.eventsDelayed != null && $Object.hasOwnProperty.call(message, "eventsDelayed"))
                    object.eventsDelayed = message.eventsDelayed;
                if (message.maxDelayMs != null && $Object.hasOwnProperty.call(message, "maxDelayMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.maxDelayMs = typeof message.maxDelayMs === "number" ? $BigInt(message.maxDelayMs) : $util.Long.fromBits(message.maxDelayMs.low >>> 0, message.maxDelayMs.high >>> 0, false).toBigInt();
                    else if (typeof message.maxDelayMs === "number")
                        object.maxDelayMs = options.longs === $String ? $String(message.maxDelayMs) : message.maxDelayMs;
                    else
                        object.maxDelayMs = options.longs === $String ? $util.Long.prototype.toString.call(message.maxDelayMs) : options.longs === $Number ? new $util.LongBits(message.maxDelayMs.low >>> 0, message.maxDelayMs.high >>> 0).toNumber() : message.maxDelayMs;
                return object;
            };

            /**
             * Converts this UplinkOutage to JSON.
             * @function toJSON
             * @memberof vakt.v1.UplinkOutage
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            UplinkOutage.prototype.toJSON = function() {
                return UplinkOutage.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for UplinkOutage
             * @function getTypeUrl
             * @memberof vakt.v1.UplinkOutage
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            UplinkOutage.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/vakt.v1.UplinkOutage";
            };

            return UplinkOutage;
        })();

        v1.TechnicalAlarm = (function() {

            /**
             * Properties of a TechnicalAlarm.
             * @typedef {Object} vakt.v1.TechnicalAlarm.$Properties
             * @property {string|null} [eventId] TechnicalAlarm eventId
             * @property {string|null} [hubId] TechnicalAlarm hubId
             * @property {vakt.v1.TechnicalKind|null} [kind] TechnicalAlarm kind
             * @property {vakt.v1.TechnicalState|null} [state] TechnicalAlarm state
             * @property {string|null} [rootCause] TechnicalAlarm rootCause
             * @property {Array.<number>|null} [affectedDeviceIds] TechnicalAlarm affectedDeviceIds
             * @property {string|null} [suggestedAction] TechnicalAlarm suggestedAction
             * @property {number|null} [raisedAtMs] TechnicalAlarm raisedAtMs
             * @property {number|null} [clearedAtMs] TechnicalAlarm clearedAtMs
             * @property {vakt.v1.StatusCode|null} [statusCode] TechnicalAlarm statusCode
             * @property {number|null} [attempt] TechnicalAlarm attempt
             * @property {vakt.v1.DeliveryPath|null} [path] TechnicalAlarm path
             * @property {number|null} [sentAtMs] TechnicalAlarm sentAtMs
             * @property {vakt.v1.UplinkOutage.$Properties|null} [outage] TechnicalAlarm outage
             * @property {Object.<string,string>|null} [details] TechnicalAlarm details
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a TechnicalAlarm.
             * @memberof vakt.v1
             * @interface ITechnicalAlarm
             * @augments vakt.v1.TechnicalAlarm.$Properties
             * @deprecated Use vakt.v1.TechnicalAlarm.$Properties instead.
             */

            /**
             * Shape of a TechnicalAlarm.
             * @typedef {vakt.v1.TechnicalAlarm.$Properties} vakt.v1.TechnicalAlarm.$Shape
             */

            /**
             * Constructs a new TechnicalAlarm.
             * @memberof vakt.v1
             * @classdesc Represents a TechnicalAlarm.
             * @constructor
             * @param {vakt.v1.TechnicalAlarm.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const TechnicalAlarm = function (properties) {
                this.affectedDeviceIds = [];
                this.details = {};
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * TechnicalAlarm eventId.
             * @member {string} eventId
             * @memberof vakt.v1.TechnicalAlarm
             * @instance
             */
            TechnicalAlarm.prototype.eventId = "";

            /**
             * TechnicalAlarm hubId.
             * @member {string} hubId
             * @memberof vakt.v1.TechnicalAlarm
             * @instance
             */
            TechnicalAlarm.prototype.hubId = "";

            /**
             * TechnicalAlarm kind.
             * @member {vakt.v1.TechnicalKind} kind
             * @memberof vakt.v1.TechnicalAlarm
             * @instance
             */
            TechnicalAlarm.prototype.kind = 0;

            /**
             * TechnicalAlarm state.
             * @member {vakt.v1.TechnicalState} state
             * @memberof vakt.v1.TechnicalAlarm
             * @instance
             */
            TechnicalAlarm.prototype.state = 0;

            /**
             * TechnicalAlarm rootCause.
             * @member {string} rootCause
             * @memberof vakt.v1.TechnicalAlarm
             * @instance
             */
            TechnicalAlarm.prototype.rootCause = "";

            /**
             * TechnicalAlarm affectedDeviceIds.
             * @member {Array.<number>} affectedDeviceIds
             * @memberof vakt.v1.TechnicalAlarm
             * @instance
             */
            TechnicalAlarm.prototype.affectedDeviceIds = $util.emptyArray;

            /**
             * TechnicalAlarm suggestedAction.
             * @member {string} suggestedAction
             * @memberof vakt.v1.TechnicalAlarm
             * @instance
             */
            TechnicalAlarm.prototype.suggestedAction = "";

            /**
             * TechnicalAlarm raisedAtMs.
             * @member {number} raisedAtMs
             * @memberof vakt.v1.TechnicalAlarm
             * @instance
             */
            TechnicalAlarm.prototype.raisedAtMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * TechnicalAlarm clearedAtMs.
             * @member {number} clearedAtMs
             * @memberof vakt.v1.TechnicalAlarm
             * @instance
             */
            TechnicalAlarm.prototype.clearedAtMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * TechnicalAlarm statusCode.
             * @member {vakt.v1.StatusCode} statusCode
             * @memberof vakt.v1.TechnicalAlarm
             * @instance
             */
            TechnicalAlarm.prototype.statusCode = 0;

            /**
             * TechnicalAlarm attempt.
             * @member {number} attempt
             * @memberof vakt.v1.TechnicalAlarm
             * @instance
             */
            TechnicalAlarm.prototype.attempt = 0;

            /**
             * TechnicalAlarm path.
             * @member {vakt.v1.DeliveryPath} path
             * @memberof vakt.v1.TechnicalAlarm
             * @instance
             */
            TechnicalAlarm.prototype.path = 0;

            /**
             * TechnicalAlarm sentAtMs.
             * @member {number} sentAtMs
             * @memberof vakt.v1.TechnicalAlarm
             * @instance
             */
            TechnicalAlarm.prototype.sentAtMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * TechnicalAlarm outage.
             * @member {vakt.v1.UplinkOutage.$Properties|null|undefined} outage
             * @memberof vakt.v1.TechnicalAlarm
             * @instance
             */
            TechnicalAlarm.prototype.outage = null;

            /**
             * TechnicalAlarm details.
             * @member {Object.<string,string>} details
             * @memberof vakt.v1.TechnicalAlarm
             * @instance
             */
            TechnicalAlarm.prototype.details = $util.emptyObject;

            /**
             * Creates a new TechnicalAlarm instance using the specified properties.
             * @function create
             * @memberof vakt.v1.TechnicalAlarm
             * @static
             * @param {vakt.v1.TechnicalAlarm.$Properties=} [properties] Properties to set
             * @returns {vakt.v1.TechnicalAlarm} TechnicalAlarm instance
             * @type {{
             *   (properties: vakt.v1.TechnicalAlarm.$Shape): vakt.v1.TechnicalAlarm & vakt.v1.TechnicalAlarm.$Shape;
             *   (properties?: vakt.v1.TechnicalAlarm.$Properties): vakt.v1.TechnicalAlarm;
             * }}
             */
            TechnicalAlarm.create = function(properties) {
                return new TechnicalAlarm(properties);
            };

            /**
             * Encodes the specified TechnicalAlarm message. Does not implicitly {@link vakt.v1.TechnicalAlarm.verify|verify} messages.
             * @function encode
             * @memberof vakt.v1.TechnicalAlarm
             * @static
             * @param {vakt.v1.TechnicalAlarm.$Properties} message TechnicalAlarm message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TechnicalAlarm.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.eventId != null && $Object.hasOwnProperty.call(message, "eventId") && message.eventId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.eventId);
                if (message.hubId != null && $Object.hasOwnProperty.call(message, "hubId") && message.hubId !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.hubId);
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind") && message.kind !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).int32(message.kind);
                if (message.state != null && $Object.hasOwnProperty.call(message, "state") && message.state !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).int32(message.state);
                if (message.rootCause != null && $Object.hasOwnProperty.call(message, "rootCause") && message.rootCause !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.rootCause);
                if (message.affectedDeviceIds != null && message.affectedDeviceIds.length)
                    writer.uint32(/* id 6, wireType 2 =*/50).fixed32s(message.affectedDeviceIds);
                if (message.suggestedAction != null && $Object.hasOwnProperty.call(message, "suggestedAction") && message.suggestedAction !== "")
                    writer.uint32(/* id 7, wireType 2 =*/58).string(message.suggestedAction);
                if (message.raisedAtMs != null && $Object.hasOwnProperty.call(message, "raisedAtMs") && (typeof message.raisedAtMs === "object" ? message.raisedAtMs.low || message.raisedAtMs.high : message.raisedAtMs !== 0))
                    writer.uint32(/* id 8, wireType 0 =*/64).int64(message.raisedAtMs);
                if (message.clearedAtMs != null && $Object.hasOwnProperty.call(message, "clearedAtMs") && (typeof message.clearedAtMs === "object" ? message.clearedAtMs.low || message.clearedAtMs.high : message.clearedAtMs !== 0))
                    writer.uint32(/* id 9, wireType 0 =*/72).int64(message.clearedAtMs);
                if (message.statusCode != null && $Object.hasOwnProperty.call(message, "statusCode") && message.statusCode !== 0)
                    writer.uint32(/* id 10, wireType 0 =*/80).int32(message.statusCode);
                if (message.attempt != null && $Object.hasOwnProperty.call(message, "attempt") && message.attempt !== 0)
                    writer.uint32(/* id 11, wireType 0 =*/88).uint32(message.attempt);
                if (message.path != null && $Object.hasOwnProperty.call(message, "path") && message.path !== 0)
                    writer.uint32(/* id 12, wireType 0 =*/96).int32(message.path);
                if (message.sentAtMs != null && $Object.hasOwnProperty.call(message, "sentAtMs") && (typeof message.sentAtMs === "object" ? message.sentAtMs.low || message.sentAtMs.high : message.sentAtMs !== 0))
                    writer.uint32(/* id 13, wireType 0 =*/104).int64(message.sentAtMs);
                if (message.outage != null && $Object.hasOwnProperty.call(message, "outage"))
                    $root.vakt.v1.UplinkOutage.encode(message.outage, writer.uint32(/* id 14, wireType 2 =*/114).fork(), _depth + 1).ldelim();
                if (message.details != null && $Object.hasOwnProperty.call(message, "details"))
                    for (let keys = $Object.keys(message.details), i = 0; i < keys.length; ++i)
                        writer.uint32(/* id 15, wireType 2 =*/122).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 2 =*/18).string(message.details[keys[i]]).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a TechnicalAlarm message from the specified reader or buffer.
             * @function decode
             * @memberof vakt.v1.TechnicalAlarm
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {vakt.v1.TechnicalAlarm & vakt.v1.TechnicalAlarm.$Shape} TechnicalAlarm
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TechnicalAlarm.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, key, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.vakt.v1.TechnicalAlarm();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.eventId = value;
                            else
                                delete message.eventId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.hubId = value;
                            else
                                delete message.hubId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.kind = value;
                            else
                                delete message.kind;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.state = value;
                            else
                                delete message.state;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.rootCause = value;
                            else
                                delete message.rootCause;
                            continue;
                        }
                    case 6: {
                            if (wireType === 2) {
                                if (!(message.affectedDeviceIds && message.affectedDeviceIds.length))
                                    message.affectedDeviceIds = [];
                                reader.fixed32s(message.affectedDeviceIds);
                                continue;
                            }
                            if (wireType !== 5)
                                break;
                            if (!(message.affectedDeviceIds && message.affectedDeviceIds.length))
                                message.affectedDeviceIds = [];
                            message.affectedDeviceIds.push(reader.fixed32());
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.suggestedAction = value;
                            else
                                delete message.suggestedAction;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.raisedAtMs = value;
                            else
                                delete message.raisedAtMs;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.clearedAtMs = value;
                            else
                                delete message.clearedAtMs;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.statusCode = value;
                            else
                                delete message.statusCode;
                            continue;
                        }
                    case 11: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.attempt = value;
                            else
                                delete message.attempt;
                            continue;
                        }
                    case 12: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.path = value;
                            else
                                delete message.path;
                            continue;
                        }
                    case 13: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.sentAtMs = value;
                            else
                                delete message.sentAtMs;
                            continue;
                        }
                    case 14: {
                            if (wireType !== 2)
                                break;
                            message.outage = $root.vakt.v1.UplinkOutage.decode(reader, reader.size(), $undefined, _depth + 1, message.outage);
                            continue;
                        }
                    case 15: {
                            if (wireType !== 2)
                                break;
                            if (message.details === $util.emptyObject)
                                message.details = {};
                            let end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = "";
                            while (reader.pos < end2) {
                                let tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.stringVerify();
                                    continue;
                                case 2:
                                    if (wireType !== 2)
                                        break;
                                    value = reader.stringVerify();
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.details, key);
                            message.details[key] = value;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a TechnicalAlarm message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof vakt.v1.TechnicalAlarm
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {vakt.v1.TechnicalAlarm} TechnicalAlarm
             */
            TechnicalAlarm.fromObject = function (object, _depth) {
                if (object instanceof $root.vakt.v1.TechnicalAlarm)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".vakt.v1.TechnicalAlarm: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.vakt.v1.TechnicalAlarm();
                if (object.eventId != null)
                    if (typeof object.eventId !== "string" || object.eventId.length)
                        message.eventId = $String(object.eventId);
                if (object.hubId != null)
                    if (typeof object.hubId !== "string" || object.hubId.length)
                        message.hubId = $String(object.hubId);
                if (object.kind !== 0 && (typeof object.kind !== "string" || $root.vakt.v1.TechnicalKind[object.kind] !== 0))
                    switch (object.kind) {
                    case "TECHNICAL_KIND_UNSPECIFIED":
                    case 0:
                        message.kind = 0;
                        break;
                    case "TECHNICAL_KIND_MAINS_FAIL":
                    case 1:
                        message.kind = 1;
                        break;
                    case "TECHNICAL_KIND_HUB_BATTERY_LOW":
                    case 2:
                        message.kind = 2;
                        break;
                    case "TECHNICAL_KIND_DEVICE_BATTERY_LOW":
                    case 3:
                        message.kind = 3;
                        break;
                    case "TECHNICAL_KIND_DEVICE_MISSING":
                    case 4:
                        message.kind = 4;
                        break;
                    case "TECHNICAL_KIND_DEVICE_TAMPER":
                    case 5:
                        message.kind = 5;
                        break;
                    case "TECHNICAL_KIND_RADIO_JAMMING":
                    case 6:
                        message.kind = 6;
                        break;
                    case "TECHNICAL_KIND_RECEIVER_LOST":
                    case 7:
                        message.kind = 7;
                        break;
                    case "TECHNICAL_KIND_UPLINK_DOWN":
                    case 8:
                        message.kind = 8;
                        break;
                    case "TECHNICAL_KIND_STORAGE":
                    case 9:
                        message.kind = 9;
                        break;
                    case "TECHNICAL_KIND_CLOCK_WRONG":
                    case 10:
                        message.kind = 10;
                        break;
                    case "TECHNICAL_KIND_DELIVERY_FELL_BACK":
                    case 11:
                        message.kind = 11;
                        break;
                    case "TECHNICAL_KIND_MODEM_FAULT":
                    case 12:
                        message.kind = 12;
                        break;
                    case "TECHNICAL_KIND_OUTBOX_COMPACTED":
                    case 13:
                        message.kind = 13;
                        break;
                    case "TECHNICAL_KIND_HUB_STALLED":
                    case 14:
                        message.kind = 14;
                        break;
                    case "TECHNICAL_KIND_TEST_ALARM_FAILED":
                    case 15:
                        message.kind = 15;
                        break;
                    case "TECHNICAL_KIND_RECEIPT_UNTRUSTED":
                    case 16:
                        message.kind = 16;
                        break;
                    case "TECHNICAL_KIND_DEVICE_PAIRING":
                    case 17:
                        message.kind = 17;
                        break;
                    case "TECHNICAL_KIND_DEVICE_UNAUTHENTICATED":
                    case 18:
                        message.kind = 18;
                        break;
                    default:
                        if (typeof object.kind === "number" && (object.kind | 0) === object.kind)
                            message.kind = object.kind;
                    }
                if (object.state !== 0 && (typeof object.state !== "string" || $root.vakt.v1.TechnicalState[object.state] !== 0))
                    switch (object.state) {
                    case "TECHNICAL_STATE_UNSPECIFIED":
                    case 0:
                        message.state = 0;
                        break;
                    case "TECHNICAL_STATE_RAISED":
                    case 1:
                        message.state = 1;
                        break;
                    case "TECHNICAL_STATE_CLEARED":
                    case 2:
                        message.state = 2;
                        break;
                    case "TECHNICAL_STATE_NOTICE":
                    case 3:
                        message.state = 3;
                        break;
                    case "TECHNICAL_STATE_UNPAIRED":
                    case 4:
                        message.state = 4;
                        break;
                    default:
                        if (typeof object.state === "number" && (object.state | 0) === object.state)
                            message.state = object.state;
                    }
                if (object.rootCause != null)
                    if (typeof object.rootCause !== "string" || object.rootCause.length)
                        message.rootCause = $String(object.rootCause);
                if (object.affectedDeviceIds) {
                    if (!$Array.isArray(object.affectedDeviceIds))
                        throw $TypeError(".vakt.v1.TechnicalAlarm.affectedDeviceIds: array expected");
                    message.affectedDeviceIds = $Array(object.affectedDeviceIds.length);
                    for (let i = 0; i < object.affectedDeviceIds.length; ++i)
                        message.affectedDeviceIds[i] = object.affectedDeviceIds[i] >>> 0;
                }
                if (object.suggestedAction != null)
                    if (typeof object.suggestedAction !== "string" || object.suggestedAction.length)
                        message.suggestedAction = $String(object.suggestedAction);
                if (object.raisedAtMs != null)
                    if (typeof object.raisedAtMs === "object" ? object.raisedAtMs.low || object.raisedAtMs.high : $Number(object.raisedAtMs) !== 0)
                        if ($util.Long)
                            message.raisedAtMs = $util.Long.fromValue(object.raisedAtMs, false);
                        else if (typeof object.raisedAtMs === "string")
                            message.raisedAtMs = $parseInt(object.raisedAtMs, 10);
                        else if (typeof object.raisedAtMs === "number")
                            message.raisedAtMs = object.raisedAtMs;
                        else if (typeof object.raisedAtMs === "object")
                            message.raisedAtMs = new $util.LongBits(object.raisedAtMs.low >>> 0, object.raisedAtMs.high >>> 0).toNumber();
                if (object.clearedAtMs != null)
                    if (typeof object.clearedAtMs === "object" ? object.clearedAtMs.low || object.clearedAtMs.high : $Number(object.clearedAtMs) !== 0)
                        if ($util.Long)
                            message.clearedAtMs = $util.Long.fromValue(object.clearedAtMs, false);
                        else if (typeof object.clearedAtMs === "string")
                            message.clearedAtMs = $parseInt(object.clearedAtMs, 10);
                        else if (typeof object.clearedAtMs === "number")
                            message.clearedAtMs = object.clearedAtMs;
                        else if (typeof object.clearedAtMs === "object")
                            message.clearedAtMs = new $util.LongBits(object.clearedAtMs.low >>> 0, object.clearedAtMs.high >>> 0).toNumber();
                if (object.statusCode !== 0 && (typeof object.statusCode !== "string" || $root.vakt.v1.StatusCode[object.statusCode] !== 0))
                    switch (object.statusCode) {
                    case "STATUS_CODE_UNSPECIFIED":
                    case 0:
                        message.statusCode = 0;
                        break;
                    case "STATUS_CODE_ALARM_AUTOMATIC":
                    case 9:
                        message.statusCode = 9;
                        break;
                    case "STATUS_CODE_ALARM_MANUAL":
                    case 10:
                        message.statusCode = 10;
                        break;
                    case "STATUS_CODE_BATTERY_FAILURE":
                    case 14:
                        message.statusCode = 14;
                        break;
                    case "STATUS_CODE_BATTERY_FULL":
                    case 15:
                        message.statusCode = 15;
                        break;
                    case "STATUS_CODE_BATTERY_LOW":
                    case 16:
                        message.statusCode = 16;
                        break;
                    case "STATUS_CODE_CLOSED":
                    case 21:
                        message.statusCode = 21;
                        break;
                    case "STATUS_CODE_CLOSED_TOO_LONG":
                    case 22:
                        message.statusCode = 22;
                        break;
                    case "STATUS_CODE_LINK_FAILURE_1":
                    case 23:
                        message.statusCode = 23;
                        break;
                    case "STATUS_CODE_LINK_FAILURE_2":
                    case 24:
                        message.statusCode = 24;
                        break;
                    case "STATUS_CODE_LINK_FAILURE_3":
                    case 25:
                        message.statusCode = 25;
                        break;
                    case "STATUS_CODE_LINK_FAILURE_4":
                    case 26:
                        message.statusCode = 26;
                        break;
                    case "STATUS_CODE_LINK_FAILURE_5":
                    case 27:
                        message.statusCode = 27;
                        break;
                    case "STATUS_CODE_OPEN":
                    case 76:
                        message.statusCode = 76;
                        break;
                    case "STATUS_CODE_OPEN_TOO_LONG":
                    case 77:
                        message.statusCode = 77;
                        break;
                    case "STATUS_CODE_MAINS_FAIL":
                    case 85:
                        message.statusCode = 85;
                        break;
                    case "STATUS_CODE_MAINS_RESTORED":
                    case 86:
                        message.statusCode = 86;
                        break;
                    case "STATUS_CODE_RESET":
                    case 92:
                        message.statusCode = 92;
                        break;
                    case "STATUS_CODE_RESET_2":
                    case 93:
                        message.statusCode = 93;
                        break;
                    case "STATUS_CODE_RESTORAL":
                    case 94:
                        message.statusCode = 94;
                        break;
                    case "STATUS_CODE_TEST_TRANSMISSION":
                    case 102:
                        message.statusCode = 102;
                        break;
                    case "STATUS_CODE_TEST_TRANSMISSION_2":
                    case 103:
                        message.statusCode = 103;
                        break;
                    case "STATUS_CODE_TROUBLE":
                    case 105:
                        message.statusCode = 105;
                        break;
                    case "STATUS_CODE_ASSISTANCE":
                    case 110:
                        message.statusCode = 110;
                        break;
                    case "STATUS_CODE_CHECK_OUT":
                    case 111:
                        message.statusCode = 111;
                        break;
                    case "STATUS_CODE_LINK_RESTORED_1":
                    case 112:
                        message.statusCode = 112;
                        break;
                    case "STATUS_CODE_LINK_RESTORED_2":
                    case 113:
                        message.statusCode = 113;
                        break;
                    case "STATUS_CODE_LINK_RESTORED_3":
                    case 114:
                        message.statusCode = 114;
                        break;
                    case "STATUS_CODE_LINK_RESTORED_4":
                    case 115:
                        message.statusCode = 115;
                        break;
                    case "STATUS_CODE_LINK_RESTORED_5":
                    case 116:
                        message.statusCode = 116;
                        break;
                    case "STATUS_CODE_RADIO_INTERFERENCE":
                    case 122:
                        message.statusCode = 122;
                        break;
                    case "STATUS_CODE_RADIO_TEST_MISSING":
                    case 123:
                        message.statusCode = 123;
                        break;
                    case "STATUS_CODE_RE_ESTABLISHED":
                    case 124:
                        message.statusCode = 124;
                        break;
                    case "STATUS_CODE_TAMPER":
                    case 125:
                        message.statusCode = 125;
                        break;
                    default:
                        if (typeof object.statusCode === "number" && (object.statusCode | 0) === object.statusCode)
                            message.statusCode = object.statusCode;
                    }
                if (object.attempt != null)
                    if ($Number(object.attempt) !== 0)
                        message.attempt = object.attempt >>> 0;
                if (object.path !== 0 && (typeof object.path !== "string" || $root.vakt.v1.DeliveryPath[object.path] !== 0))
                    switch (object.path) {
                    case "DELIVERY_PATH_UNSPECIFIED":
                    case 0:
                        message.path = 0;
                        break;
                    case "DELIVERY_PATH_PRIMARY":
                    case 1:
                        message.path = 1;
                        break;
                    case "DELIVERY_PATH_SECONDARY":
                    case 2:
                        message.path = 2;
                        break;
                    case "DELIVERY_PATH_SMS":
                    case 3:
                        message.path = 3;
                        break;
                    default:
                        if (typeof object.path === "number" && (object.path | 0) === object.path)
                            message.path = object.path;
                    }
                if (object.sentAtMs != null)
                    if (typeof object.sentAtMs === "object" ? object.sentAtMs.low || object.sentAtMs.high : $Number(object.sentAtMs) !== 0)
                        if ($util.Long)
                            message.sentAtMs = $util.Long.fromValue(object.sentAtMs, false);
                        else if (typeof object.sentAtMs === "string")
                            message.sentAtMs = $parseInt(object.sentAtMs, 10);
                        else if (typeof object.sentAtMs === "number")
                            message.sentAtMs = object.sentAtMs;
                        else if (typeof object.sentAtMs === "object")
                            message.sentAtMs = new $util.LongBits(object.sentAtMs.low >>> 0, object.sentAtMs.high >>> 0).toNumber();
                if (object.outage != null) {
                    if (!$util.isObject(object.outage))
                        throw $TypeError(".vakt.v1.TechnicalAlarm.outage: object expected");
                    message.outage = $root.vakt.v1.UplinkOutage.fromObject(object.outage, _depth + 1);
                }
                if (object.details) {
                    if (!$util.isObject(object.details))
                        throw $TypeError(".vakt.v1.TechnicalAlarm.details: object expected");
                    message.details = {};
                    for (let keys = $Object.keys(object.details), i = 0; i < keys.length; ++i) {
                        if (keys[i] === "__proto__")
                            $util.makeProp(message.details, keys[i]);
                        message.details[keys[i]] = $String(object.details[keys[i]]);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from a TechnicalAlarm message. Also converts values to other types if specified.
             * @function toObject
             * @memberof vakt.v1.TechnicalAlarm
             * @static
             * @param {vakt.v1.TechnicalAlarm} message TechnicalAlarm
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            TechnicalAlarm.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.affectedDeviceIds = [];
                if (options.objects || options.defaults)
                    object.details = {};
                if (options.defaults) {
                    object.eventId = "";
                    object.hubId = "";
                    object.kind = options.enums === $String ? "TECHNICAL_KIND_UNSPECIFIED" : 0;
                    object.state = options.enums === $String ? "TECHNICAL_STATE_UNSPECIFIED" : 0;
                    object.rootCause = "";
                    object.suggestedAction = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.raisedAtMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.raisedAtMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.clearedAtMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.clearedAtMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.statusCode = options.enums === $String ? "STATUS_CODE_UNSPECIFIED" : 0;
                    object.attempt = 0;
                    object.path = options.enums === $String ? "DELIVERY_PATH_UNSPECIFIED" : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.sentAtMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.sentAtMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.outage = null;
                }
                if (message.eventId != null && $Object.hasOwnProperty.call(message, "eventId"))
                    object.eventId = message.eventId;
                if (message.hubId != null && $Object.hasOwnProperty.call(message, "hubId"))
                    object.hubId = message.hubId;
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind"))
                    object.kind = options.enums === $String ? $root.vakt.v1.TechnicalKind[message.kind] === $undefined ? message.kind : $root.vakt.v1.TechnicalKind[message.kind] : message.kind;
                if (message.state != null && $Object.hasOwnProperty.call(message, "state"))
                    object.state = options.enums === $String ? $root.vakt.v1.TechnicalState[message.state] === $undefined ? message.state : $root.vakt.v1.TechnicalState[message.state] : message.state;
                if (message.rootCause != null && $Object.hasOwnProperty.call(message, "rootCause"))
                    object.rootCause = message.rootCause;
                if (message.affectedDeviceIds && message.affectedDeviceIds.length) {
                    object.affectedDeviceIds = $Array(message.affectedDeviceIds.length);
                    for (let j = 0; j < message.affectedDeviceIds.length; ++j)
                        object.affectedDeviceIds[j] = message.affectedDeviceIds[j];
                }
                if (message.suggestedAction != null && $Object.hasOwnProperty.call(message, "suggestedAction"))
                    object.suggestedAction = message.suggestedAction;
                if (message.raisedAtMs != null && $Object.hasOwnProperty.call(message, "raisedAtMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.raisedAtMs = typeof message.raisedAtMs === "number" ? $BigInt(message.raisedAtMs) : $util.Long.fromBits(message.raisedAtMs.low >>> 0, message.raisedAtMs.high >>> 0, false).toBigInt();
                    else if (typeof message.raisedAtMs === "number")
                        object.raisedAtMs = options.longs === $String ? $String(message.raisedAtMs) : message.raisedAtMs;
                    else
                        object.raisedAtMs = options.longs === $String ? $util.Long.prototype.toString.call(message.raisedAtMs) : options.longs === $Number ? new $util.LongBits(message.raisedAtMs.low >>> 0, message.raisedAtMs.high >>> 0).toNumber() : message.raisedAtMs;
                if (message.clearedAtMs != null && $Object.hasOwnProperty.call(message, "clearedAtMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.clearedAtMs = typeof message.clearedAtMs === "number" ? $BigInt(message.clearedAtMs) : $util.Long.fromBits(message.clearedAtMs.low >>> 0, message.clearedAtMs.high >>> 0, false).toBigInt();
                    else if (typeof message.clearedAtMs === "number")
                        object.clearedAtMs = options.longs === $String ? $String(message.clearedAtMs) : message.clearedAtMs;
                    else
                        object.clearedAtMs = options.longs === $String ? $util.Long.prototype.toString.call(message.clearedAtMs) : options.longs === $Number ? new $util.LongBits(message.clearedAtMs.low >>> 0, message.clearedAtMs.high >>> 0).toNumber() : message.clearedAtMs;
                if (message.statusCode != null && $Object.hasOwnProperty.call(message, "statusCode"))
                    object.statusCode = options.enums === $String ? $root.vakt.v1.StatusCode[message.statusCode] === $undefined ? message.statusCode : $root.vakt.v1.StatusCode[message.statusCode] : message.statusCode;
                if (message.attempt != null && $Object.hasOwnProperty.call(message, "attempt"))
                    object.attempt = message.attempt;
                if (message.path != null && $Object.hasOwnProperty.call(message, "path"))
                    object.path = options.enums === $String ? $root.vakt.v1.DeliveryPath[message.path] === $undefined ? message.path : $root.vakt.v1.DeliveryPath[message.path] : message.path;
                if (message.sentAtMs != null && $Object.hasOwnProperty.call(message, "sentAtMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.sentAtMs = typeof message.sentAtMs === "number" ? $BigInt(message.sentAtMs) : $util.Long.fromBits(message.sentAtMs.low >>> 0, message.sentAtMs.high >>> 0, false).toBigInt();
                    else if (typeof message.sentAtMs === "number")
                        object.sentAtMs = options.longs === $String ? $String(message.sentAtMs) : message.sentAtMs;
                    else
                        object.sentAtMs = options.longs === $String ? $util.Long.prototype.toString.call(message.sentAtMs) : options.longs === $Number ? new $util.LongBits(message.sentAtMs.low >>> 0, message.sentAtMs.high >>> 0).toNumber() : message.sentAtMs;
                if (message.outage != null && $Object.hasOwnProperty.call(message, "outage"))
                    object.outage = $root.vakt.v1.UplinkOutage.toObject(message.outage, options, _depth + 1);
                let keys2;
                if (message.details && (keys2 = $Object.keys(message.details)).length) {
                    object.details = {};
                    for (let j = 0; j < keys2.length; ++j) {
                        if (keys2[j] === "__proto__")
                            $util.makeProp(object.details, keys2[j]);
                        object.details[keys2[j]] = message.details[keys2[j]];
                    }
                }
                return object;
            };

            /**
             * Converts this TechnicalAlarm to JSON.
             * @function toJSON
             * @memberof vakt.v1.TechnicalAlarm
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            TechnicalAlarm.prototype.toJSON = function() {
                return TechnicalAlarm.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for TechnicalAlarm
             * @function getTypeUrl
             * @memberof vakt.v1.TechnicalAlarm
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            TechnicalAlarm.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/vakt.v1.TechnicalAlarm";
            };

            return TechnicalAlarm;
        })();

        /**
         * HubStatus enum.
         * @name vakt.v1.HubStatus
         * @enum {number}
         * @property {number} HUB_STATUS_UNSPECIFIED=0 HUB_STATUS_UNSPECIFIED value
         * @property {number} HUB_STATUS_ONLINE=1 HUB_STATUS_ONLINE value
         * @property {number} HUB_STATUS_OFFLINE=2 HUB_STATUS_OFFLINE value
         */
        v1.HubStatus = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "HUB_STATUS_UNSPECIFIED"] = 0;
            values[valuesById[1] = "HUB_STATUS_ONLINE"] = 1;
            values[valuesById[2] = "HUB_STATUS_OFFLINE"] = 2;
            return values;
        })();

        v1.HubState = (function() {

            /**
             * Properties of a HubState.
             * @typedef {Object} vakt.v1.HubState.$Properties
             * @property {string|null} [hubId] HubState hubId
             * @property {vakt.v1.HubStatus|null} [status] HubState status
             * @property {number|null} [bdSeq] HubState bdSeq
             * @property {string|null} [softwareVersion] HubState softwareVersion
             * @property {string|null} [configRevision] HubState configRevision
             * @property {number|null} [atMs] HubState atMs
             * @property {number|null} [pairedDevices] HubState pairedDevices
             * @property {number|null} [openTechnicalAlarms] HubState openTechnicalAlarms
             * @property {vakt.v1.DeliveryPath|null} [path] HubState path
             * @property {boolean|null} [answeredRequest] HubState answeredRequest
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a HubState.
             * @memberof vakt.v1
             * @interface IHubState
             * @augments vakt.v1.HubState.$Properties
             * @deprecated Use vakt.v1.HubState.$Properties instead.
             */

            /**
             * Shape of a HubState.
             * @typedef {vakt.v1.HubState.$Properties} vakt.v1.HubState.$Shape
             */

            /**
             * Constructs a new HubState.
             * @memberof vakt.v1
             * @classdesc Represents a HubState.
             * @constructor
             * @param {vakt.v1.HubState.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const HubState = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * HubState hubId.
             * @member {string} hubId
             * @memberof vakt.v1.HubState
             * @instance
             */
            HubState.prototype.hubId = "";

            /**
             * HubState status.
             * @member {vakt.v1.HubStatus} status
             * @memberof vakt.v1.HubState
             * @instance
             */
            HubState.prototype.status = 0;

            /**
             * HubState bdSeq.
             * @member {number} bdSeq
             * @memberof vakt.v1.HubState
             * @instance
             */
            HubState.prototype.bdSeq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * HubState softwareVersion.
             * @member {string} softwareVersion
             * @memberof vakt.v1.HubState
             * @instance
             */
            HubState.prototype.softwareVersion = "";

            /**
             * HubState configRevision.
             * @member {string} configRevision
             * @memberof vakt.v1.HubState
             * @instance
             */
            HubState.prototype.configRevision = "";

            /**
             * HubState atMs.
             * @member {number} atMs
             * @memberof vakt.v1.HubState
             * @instance
             */
            HubState.prototype.atMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * HubState pairedDevices.
             * @member {number} pairedDevices
             * @memberof vakt.v1.HubState
             * @instance
             */
            HubState.prototype.pairedDevices = 0;

            /**
             * HubState openTechnicalAlarms.
             * @member {number} openTechnicalAlarms
             * @memberof vakt.v1.HubState
             * @instance
             */
            HubState.prototype.openTechnicalAlarms = 0;

            /**
             * HubState path.
             * @member {vakt.v1.DeliveryPath} path
             * @memberof vakt.v1.HubState
             * @instance
             */
            HubState.prototype.path = 0;

            /**
             * HubState answeredRequest.
             * @member {boolean} answeredRequest
             * @memberof vakt.v1.HubState
             * @instance
             */
            HubState.prototype.answeredRequest = false;

            /**
             * Creates a new HubState instance using the specified properties.
             * @function create
             * @memberof vakt.v1.HubState
             * @static
             * @param {vakt.v1.HubState.$Properties=} [properties] Properties to set
             * @returns {vakt.v1.HubState} HubState instance
             * @type {{
             *   (properties: vakt.v1.HubState.$Shape): vakt.v1.HubState & vakt.v1.HubState.$Shape;
             *   (properties?: vakt.v1.HubState.$Properties): vakt.v1.HubState;
             * }}
             */
            HubState.create = function(properties) {
                return new HubState(properties);
            };

            /**
             * Encodes the specified HubState message. Does not implicitly {@link vakt.v1.HubState.verify|verify} messages.
             * @function encode
             * @memberof vakt.v1.HubState
             * @static
             * @param {vakt.v1.HubState.$Properties} message HubState message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            HubState.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.hubId != null && $Object.hasOwnProperty.call(message, "hubId") && message.hubId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.hubId);
                if (message.status != null && $Object.hasOwnProperty.call(message, "status") && message.status !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.status);
                if (message.bdSeq != null && $Object.hasOwnProperty.call(message, "bdSeq") && (typeof message.bdSeq === "object" ? message.bdSeq.low || message.bdSeq.high : message.bdSeq !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.bdSeq);
                if (message.softwareVersion != null && $Object.hasOwnProperty.call(message, "softwareVersion") && message.softwareVersion !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.softwareVersion);
                if (message.configRevision != null && $Object.hasOwnProperty.call(message, "configRevision") && message.configRevision !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.configRevision);
                if (message.atMs != null && $Object.hasOwnProperty.call(message, "atMs") && (typeof message.atMs === "object" ? message.atMs.low || message.atMs.high : message.atMs !== 0))
                    writer.uint32(/* id 6, wireType 0 =*/48).int64(message.atMs);
                if (message.pairedDevices != null && $Object.hasOwnProperty.call(message, "pairedDevices") && message.pairedDevices !== 0)
                    writer.uint32(/* id 7, wireType 0 =*/56).uint32(message.pairedDevices);
                if (message.openTechnicalAlarms != null && $Object.hasOwnProperty.call(message, "openTechnicalAlarms") && message.openTechnicalAlarms !== 0)
                    writer.uint32(/* id 8, wireType 0 =*/64).uint32(message.openTechnicalAlarms);
                if (message.path != null && $Object.hasOwnProperty.call(message, "path") && message.path !== 0)
                    writer.uint32(/* id 9, wireType 0 =*/72).int32(message.path);
                if (message.answeredRequest != null && $Object.hasOwnProperty.call(message, "answeredRequest") && message.answeredRequest !== false)
                    writer.uint32(/* id 10, wireType 0 =*/80).bool(message.answeredRequest);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a HubState message from the specified reader or buffer.
             * @function decode
             * @memberof vakt.v1.HubState
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {vakt.v1.HubState & vakt.v1.HubState.$Shape} HubState
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            HubState.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.vakt.v1.HubState();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.hubId = value;
                            else
                                delete message.hubId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.status = value;
                            else
                                delete message.status;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.bdSeq = value;
                            else
                                delete message.bdSeq;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.softwareVersion = value;
                            else
                                delete message.softwareVersion;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.configRevision = value;
                            else
                                delete message.configRevision;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.atMs = value;
                            else
                                delete message.atMs;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.pairedDevices = value;
                            else
                                delete message.pairedDevices;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.openTechnicalAlarms = value;
                            else
                                delete message.openTechnicalAlarms;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.path = value;
                            else
                                delete message.path;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.answeredRequest = value;
                            else
                                delete message.answeredRequest;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a HubState message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof vakt.v1.HubState
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {vakt.v1.HubState} HubState
             */
            HubState.fromObject = function (object, _depth) {
                if (object instanceof $root.vakt.v1.HubState)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".vakt.v1.HubState: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.vakt.v1.HubState();
                if (object.hubId != null)
                    if (typeof object.hubId !== "string" || object.hubId.length)
                        message.hubId = $String(object.hubId);
                if (object.status !== 0 && (typeof object.status !== "string" || $root.vakt.v1.HubStatus[object.status] !== 0))
                    switch (object.status) {
                    case "HUB_STATUS_UNSPECIFIED":
                    case 0:
                        message.status = 0;
                        break;
                    case "HUB_STATUS_ONLINE":
                    case 1:
                        message.status = 1;
                        break;
                    case "HUB_STATUS_OFFLINE":
                    case 2:
                        message.status = 2;
                        break;
                    default:
                        if (typeof object.status === "number" && (object.status | 0) === object.status)
                            message.status = object.status;
                    }
                if (object.bdSeq != null)
                    if (typeof object.bdSeq === "object" ? object.bdSeq.low || object.bdSeq.high : $Number(object.bdSeq) !== 0)
                        if ($util.Long)
                            message.bdSeq = $util.Long.fromValue(object.bdSeq, true);
                        else if (typeof object.bdSeq === "string")
                            message.bdSeq = $parseInt(object.bdSeq, 10);
                        else if (typeof object.bdSeq === "number")
                            message.bdSeq = object.bdSeq;
                        else if (typeof object.bdSeq === "object")
                            message.bdSeq = new $util.LongBits(object.bdSeq.low >>> 0, object.bdSeq.high >>> 0).toNumber(true);
                if (object.softwareVersion != null)
                    if (typeof object.softwareVersion !== "string" || object.softwareVersion.length)
                        message.softwareVersion = $String(object.softwareVersion);
                if (object.configRevision != null)
                    if (typeof object.configRevision !== "string" || object.configRevision.length)
                        message.configRevision = $String(object.configRevision);
                if (object.atMs != null)
                    if (typeof object.atMs === "object" ? object.atMs.low || object.atMs.high : $Number(object.atMs) !== 0)
                        if ($util.Long)
                            message.atMs = $util.Long.fromValue(object.atMs, false);
                        else if (typeof object.atMs === "string")
                            message.atMs = $parseInt(object.atMs, 10);
                        else if (typeof object.atMs === "number")
                            message.atMs = object.atMs;
                        else if (typeof object.atMs === "object")
                            message.atMs = new $util.LongBits(object.atMs.low >>> 0, object.atMs.high >>> 0).toNumber();
                if (object.pairedDevices != null)
                    if ($Number(object.pairedDevices) !== 0)
                        message.pairedDevices = object.pairedDevices >>> 0;
                if (object.openTechnicalAlarms != null)
                    if ($Number(object.openTechnicalAlarms) !== 0)
                        message.openTechnicalAlarms = object.openTechnicalAlarms >>> 0;
                if (object.path !== 0 && (typeof object.path !== "string" || $root.vakt.v1.DeliveryPath[object.path] !== 0))
                    switch (object.path) {
                    case "DELIVERY_PATH_UNSPECIFIED":
                    case 0:
                        message.path = 0;
                        break;
                    case "DELIVERY_PATH_PRIMARY":
                    case 1:
                        message.path = 1;
                        break;
                    case "DELIVERY_PATH_SECONDARY":
                    case 2:
                        message.path = 2;
                        break;
                    case "DELIVERY_PATH_SMS":
                    case 3:
                        message.path = 3;
                        break;
                    default:
                        if (typeof object.path === "number" && (object.path | 0) === object.path)
                            message.path = object.path;
                    }
                if (object.answeredRequest != null)
                    if (object.answeredRequest)
                        message.answeredRequest = $Boolean(object.answeredRequest);
                return message;
            };

            /**
             * Creates a plain object from a HubState message. Also converts values to other types if specified.
             * @function toObject
             * @memberof vakt.v1.HubState
             * @static
             * @param {vakt.v1.HubState} message HubState
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            HubState.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.hubId = "";
                    object.status = options.enums === $String ? "HUB_STATUS_UNSPECIFIED" : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.bdSeq = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.bdSeq = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.softwareVersion = "";
                    object.configRevision = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.atMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.atMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.pairedDevices = 0;
                    object.openTechnicalAlarms = 0;
                    object.path = options.enums === $String ? "DELIVERY_PATH_UNSPECIFIED" : 0;
                    object.answeredRequest = false;
                }
                if (message.hubId != null && $Object.hasOwnProperty.call(message, "hubId"))
                    object.hubId = message.hubId;
                if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                    object.status = options.enums === $String ? $root.vakt.v1.HubStatus[message.status] === $undefined ? message.status : $root.vakt.v1.HubStatus[message.status] : message.status;
                if (message.bdSeq != null && $Object.hasOwnProperty.call(message, "bdSeq"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.bdSeq = typeof message.bdSeq === "number" ? $BigInt(message.bdSeq) : $util.Long.fromBits(message.bdSeq.low >>> 0, message.bdSeq.high >>> 0, true).toBigInt();
                    else if (typeof message.bdSeq === "number")
                        object.bdSeq = options.longs === $String ? $String(message.bdSeq) : message.bdSeq;
                    else
                        object.bdSeq = options.longs === $String ? $util.Long.prototype.toString.call(message.bdSeq) : options.longs === $Number ? new $util.LongBits(message.bdSeq.low >>> 0, message.bdSeq.high >>> 0).toNumber(true) : message.bdSeq;
                if (message.softwareVersion != null && $Object.hasOwnProperty.call(message, "softwareVersion"))
                    object.softwareVersion = message.softwareVersion;
                if (message.configRevision != null && $Object.hasOwnProperty.call(message, "configRevision"))
                    object.configRevision = message.configRevision;
                if (message.atMs != null && $Object.hasOwnProperty.call(message, "atMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.atMs = typeof message.atMs === "number" ? $BigInt(message.atMs) : $util.Long.fromBits(message.atMs.low >>> 0, message.atMs.high >>> 0, false).toBigInt();
                    else if (typeof message.atMs === "number")
                        object.atMs = options.longs === $String ? $String(message.atMs) : message.atMs;
                    else
                        object.atMs = options.longs === $String ? $util.Long.prototype.toString.call(message.atMs) : options.longs === $Number ? new $util.LongBits(message.atMs.low >>> 0, message.atMs.high >>> 0).toNumber() : message.atMs;
                if (message.pairedDevices != null && $Object.hasOwnProperty.call(message, "pairedDevices"))
                    object.pairedDevices = message.pairedDevices;
                if (message.openTechnicalAlarms != null && $Object.hasOwnProperty.call(message, "openTechnicalAlarms"))
                    object.openTechnicalAlarms = message.openTechnicalAlarms;
                if (message.path != null && $Object.hasOwnProperty.call(message, "path"))
                    object.path = options.enums === $String ? $root.vakt.v1.DeliveryPath[message.path] === $undefined ? message.path : $root.vakt.v1.DeliveryPath[message.path] : message.path;
                if (message.answeredRequest != null && $Object.hasOwnProperty.call(message, "answeredRequest"))
                    object.answeredRequest = message.answeredRequest;
                return object;
            };

            /**
             * Converts this HubState to JSON.
             * @function toJSON
             * @memberof vakt.v1.HubState
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            HubState.prototype.toJSON = function() {
                return HubState.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for HubState
             * @function getTypeUrl
             * @memberof vakt.v1.HubState
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            HubState.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/vakt.v1.HubState";
            };

            return HubState;
        })();

        v1.StateRequest = (function() {

            /**
             * Properties of a StateRequest.
             * @typedef {Object} vakt.v1.StateRequest.$Properties
             * @property {number|null} [intervalS] StateRequest intervalS
             * @property {number|null} [spreadS] StateRequest spreadS
             * @property {number|null} [atMs] StateRequest atMs
             * @property {string|null} [requester] StateRequest requester
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a StateRequest.
             * @memberof vakt.v1
             * @interface IStateRequest
             * @augments vakt.v1.StateRequest.$Properties
             * @deprecated Use vakt.v1.StateRequest.$Properties instead.
             */

            /**
             * Shape of a StateRequest.
             * @typedef {vakt.v1.StateRequest.$Properties} vakt.v1.StateRequest.$Shape
             */

            /**
             * Constructs a new StateRequest.
             * @memberof vakt.v1
             * @classdesc Represents a StateRequest.
             * @constructor
             * @param {vakt.v1.StateRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const StateRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * StateRequest intervalS.
             * @member {number} intervalS
             * @memberof vakt.v1.StateRequest
             * @instance
             */
            StateRequest.prototype.intervalS = 0;

            /**
             * StateRequest spreadS.
             * @member {number} spreadS
             * @memberof vakt.v1.StateRequest
             * @instance
             */
            StateRequest.prototype.spreadS = 0;

            /**
             * StateRequest atMs.
             * @member {number} atMs
             * @memberof vakt.v1.StateRequest
             * @instance
             */
            StateRequest.prototype.atMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * StateRequest requester.
             * @member {string} requester
             * @memberof vakt.v1.StateRequest
             * @instance
             */
            StateRequest.prototype.requester = "";

            /**
             * Creates a new StateRequest instance using the specified properties.
             * @function create
             * @memberof vakt.v1.StateRequest
             * @static
             * @param {vakt.v1.StateRequest.$Properties=} [properties] Properties to set
             * @returns {vakt.v1.StateRequest} StateRequest instance
             * @type {{
             *   (properties: vakt.v1.StateRequest.$Shape): vakt.v1.StateRequest & vakt.v1.StateRequest.$Shape;
             *   (properties?: vakt.v1.StateRequest.$Properties): vakt.v1.StateRequest;
             * }}
             */
            StateRequest.create = function(properties) {
                return new StateRequest(properties);
            };

            /**
             * Encodes the specified StateRequest message. Does not implicitly {@link vakt.v1.StateRequest.verify|verify} messages.
             * @function encode
             * @memberof vakt.v1.StateRequest
             * @static
             * @param {vakt.v1.StateRequest.$Properties} message StateRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            StateRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.intervalS != null && $Object.hasOwnProperty.call(message, "intervalS") && message.intervalS !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.intervalS);
                if (message.spreadS != null && $Object.hasOwnProperty.call(message, "spreadS") && message.spreadS !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.spreadS);
                if (message.atMs != null && $Object.hasOwnProperty.call(message, "atMs") && (typeof message.atMs === "object" ? message.atMs.low || message.atMs.high : message.atMs !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).int64(message.atMs);
                if (message.requester != null && $Object.hasOwnProperty.call(message, "requester") && message.requester !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.requester);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a StateRequest message from the specified reader or buffer.
             * @function decode
             * @memberof vakt.v1.StateRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {vakt.v1.StateRequest & vakt.v1.StateRequest.$Shape} StateRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            StateRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.vakt.v1.StateRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.intervalS = value;
                            else
                                delete message.intervalS;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.spreadS = value;
                            else
                                delete message.spreadS;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.atMs = value;
                            else
                                delete message.atMs;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.requester = value;
                            else
                                delete message.requester;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a StateRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof vakt.v1.StateRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {vakt.v1.StateRequest} StateRequest
             */
            StateRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.vakt.v1.StateRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".vakt.v1.StateRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.vakt.v1.StateRequest();
                if (object.intervalS != null)
                    if ($Number(object.intervalS) !== 0)
                        message.intervalS = object.intervalS >>> 0;
                if (object.spreadS != null)
                    if ($Number(object.spreadS) !== 0)
                        message.spreadS = object.spreadS >>> 0;
                if (object.atMs != null)
                    if (typeof object.atMs === "object" ? object.atMs.low || object.atMs.high : $Number(object.atMs) !== 0)
                        if ($util.Long)
                            message.atMs = $util.Long.fromValue(object.atMs, false);
                        else if (typeof object.atMs === "string")
                            message.atMs = $parseInt(object.atMs, 10);
                        else if (typeof object.atMs === "number")
                            message.atMs = object.atMs;
                        else if (typeof object.atMs === "object")
                            message.atMs = new $util.LongBits(object.atMs.low >>> 0, object.atMs.high >>> 0).toNumber();
                if (object.requester != null)
                    if (typeof object.requester !== "string" || object.requester.length)
                        message.requester = $String(object.requester);
                return message;
            };

            /**
             * Creates a plain object from a StateRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof vakt.v1.StateRequest
             * @static
             * @param {vakt.v1.StateRequest} message StateRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            StateRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.intervalS = 0;
                    object.spreadS = 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.atMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.atMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.requester = "";
                }
                if (message.intervalS != null && $Object.hasOwnProperty.call(message, "intervalS"))
                    object.intervalS = message.intervalS;
                if (message.spreadS != null && $Object.hasOwnProperty.call(message, "spreadS"))
                    object.spreadS = message.spreadS;
                if (message.atMs != null && $Object.hasOwnProperty.call(message, "atMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.atMs = typeof message.atMs === "number" ? $BigInt(message.atMs) : $util.Long.fromBits(message.atMs.low >>> 0, message.atMs.high >>> 0, false).toBigInt();
                    else if (typeof message.atMs === "number")
                        object.atMs = options.longs === $String ? $String(message.atMs) : message.atMs;
                    else
                        object.atMs = options.longs === $String ? $util.Long.prototype.toString.call(message.atMs) : options.longs === $Number ? new $util.LongBits(message.atMs.low >>> 0, message.atMs.high >>> 0).toNumber() : message.atMs;
                if (message.requester != null && $Object.hasOwnProperty.call(message, "requester"))
                    object.requester = message.requester;
                return object;
            };

            /**
             * Converts this StateRequest to JSON.
             * @function toJSON
             * @memberof vakt.v1.StateRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            StateRequest.prototype.toJSON = function() {
                return StateRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for StateRequest
             * @function getTypeUrl
             * @memberof vakt.v1.StateRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            StateRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/vakt.v1.StateRequest";
            };

            return StateRequest;
        })();

        v1.Heartbeat = (function() {

            /**
             * Properties of a Heartbeat.
             * @typedef {Object} vakt.v1.Heartbeat.$Properties
             * @property {string|null} [eventId] Heartbeat eventId
             * @property {string|null} [hubId] Heartbeat hubId
             * @property {number|null} [atMs] Heartbeat atMs
             * @property {number|null} [intervalS] Heartbeat intervalS
             * @property {number|null} [outboxDepth] Heartbeat outboxDepth
             * @property {number|null} [oldestPendingMs] Heartbeat oldestPendingMs
             * @property {number|null} [openTechnicalAlarms] Heartbeat openTechnicalAlarms
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Heartbeat.
             * @memberof vakt.v1
             * @interface IHeartbeat
             * @augments vakt.v1.Heartbeat.$Properties
             * @deprecated Use vakt.v1.Heartbeat.$Properties instead.
             */

            /**
             * Shape of a Heartbeat.
             * @typedef {vakt.v1.Heartbeat.$Properties} vakt.v1.Heartbeat.$Shape
             */

            /**
             * Constructs a new Heartbeat.
             * @memberof vakt.v1
             * @classdesc Represents a Heartbeat.
             * @constructor
             * @param {vakt.v1.Heartbeat.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Heartbeat = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Heartbeat eventId.
             * @member {string} eventId
             * @memberof vakt.v1.Heartbeat
             * @instance
             */
            Heartbeat.prototype.eventId = "";

            /**
             * Heartbeat hubId.
             * @member {string} hubId
             * @memberof vakt.v1.Heartbeat
             * @instance
             */
            Heartbeat.prototype.hubId = "";

            /**
             * Heartbeat atMs.
             * @member {number} atMs
             * @memberof vakt.v1.Heartbeat
             * @instance
             */
            Heartbeat.prototype.atMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Heartbeat intervalS.
             * @member {number} intervalS
             * @memberof vakt.v1.Heartbeat
             * @instance
             */
            Heartbeat.prototype.intervalS = 0;

            /**
             * Heartbeat outboxDepth.
             * @member {number} outboxDepth
             * @memberof vakt.v1.Heartbeat
             * @instance
             */
            Heartbeat.prototype.outboxDepth = 0;

            /**
             * Heartbeat oldestPendingMs.
             * @member {number} oldestPendingMs
             * @memberof vakt.v1.Heartbeat
             * @instance
             */
            Heartbeat.prototype.oldestPendingMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Heartbeat openTechnicalAlarms.
             * @member {number} openTechnicalAlarms
             * @memberof vakt.v1.Heartbeat
             * @instance
             */
            Heartbeat.prototype.openTechnicalAlarms = 0;

            /**
             * Creates a new Heartbeat instance using the specified properties.
             * @function create
             * @memberof vakt.v1.Heartbeat
             * @static
             * @param {vakt.v1.Heartbeat.$Properties=} [properties] Properties to set
             * @returns {vakt.v1.Heartbeat} Heartbeat instance
             * @type {{
             *   (properties: vakt.v1.Heartbeat.$Shape): vakt.v1.Heartbeat & vakt.v1.Heartbeat.$Shape;
             *   (properties?: vakt.v1.Heartbeat.$Properties): vakt.v1.Heartbeat;
             * }}
             */
            Heartbeat.create = function(properties) {
                return new Heartbeat(properties);
            };

            /**
             * Encodes the specified Heartbeat message. Does not implicitly {@link vakt.v1.Heartbeat.verify|verify} messages.
             * @function encode
             * @memberof vakt.v1.Heartbeat
             * @static
             * @param {vakt.v1.Heartbeat.$Properties} message Heartbeat message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Heartbeat.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.eventId != null && $Object.hasOwnProperty.call(message, "eventId") && message.eventId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.eventId);
                if (message.hubId != null && $Object.hasOwnProperty.call(message, "hubId") && message.hubId !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.hubId);
                if (message.atMs != null && $Object.hasOwnProperty.call(message, "atMs") && (typeof message.atMs === "object" ? message.atMs.low || message.atMs.high : message.atMs !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).int64(message.atMs);
                if (message.intervalS != null && $Object.hasOwnProperty.call(message, "intervalS") && message.intervalS !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.intervalS);
                if (message.outboxDepth != null && $Object.hasOwnProperty.call(message, "outboxDepth") && message.outboxDepth !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.outboxDepth);
                if (message.oldestPendingMs != null && $Object.hasOwnProperty.call(message, "oldestPendingMs") && (typeof message.oldestPendingMs === "object" ? message.oldestPendingMs.low || message.oldestPendingMs.high : message.oldestPendingMs !== 0))
                    writer.uint32(/* id 6, wireType 0 =*/48).int64(message.oldestPendingMs);
                if (message.openTechnicalAlarms != null && $Object.hasOwnProperty.call(message, "openTechnicalAlarms") && message.openTechnicalAlarms !== 0)
                    writer.uint32(/* id 7, wireType 0 =*/56).uint32(message.openTechnicalAlarms);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Heartbeat message from the specified reader or buffer.
             * @function decode
             * @memberof vakt.v1.Heartbeat
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {vakt.v1.Heartbeat & vakt.v1.Heartbeat.$Shape} Heartbeat
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Heartbeat.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.vakt.v1.Heartbeat();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.eventId = value;
                            else
                                delete message.eventId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.hubId = value;
                            else
                                delete message.hubId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.atMs = value;
                            else
                                delete message.atMs;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.intervalS = value;
                            else
                                delete message.intervalS;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.outboxDepth = value;
                            else
                                delete message.outboxDepth;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.oldestPendingMs = value;
                            else
                                delete message.oldestPendingMs;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.openTechnicalAlarms = value;
                            else
                                delete message.openTechnicalAlarms;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a Heartbeat message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof vakt.v1.Heartbeat
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {vakt.v1.Heartbeat} Heartbeat
             */
            Heartbeat.fromObject = function (object, _depth) {
                if (object instanceof $root.vakt.v1.Heartbeat)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".vakt.v1.Heartbeat: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.vakt.v1.Heartbeat();
                if (object.eventId != null)
                    if (typeof object.eventId !== "string" || object.eventId.length)
                        message.eventId = $String(object.eventId);
                if (object.hubId != null)
                    if (typeof object.hubId !== "string" || object.hubId.length)
                        message.hubId = $String(object.hubId);
                if (object.atMs != null)
                    if (typeof object.atMs === "object" ? object.atMs.low || object.atMs.high : $Number(object.atMs) !== 0)
                        if ($util.Long)
                            message.atMs = $util.Long.fromValue(object.atMs, false);
                        else if (typeof object.atMs === "string")
                            message.atMs = $parseInt(object.atMs, 10);
                        else if (typeof object.atMs === "number")
                            message.atMs = object.atMs;
                        else if (typeof object.atMs === "object")
                            message.atMs = new $util.LongBits(object.atMs.low >>> 0, object.atMs.high >>> 0).toNumber();
                if (object.intervalS != null)
                    if ($Number(object.intervalS) !== 0)
                        message.intervalS = object.intervalS >>> 0;
                if (object.outboxDepth != null)
                    if ($Number(object.outboxDepth) !== 0)
                        message.outboxDepth = object.outboxDepth >>> 0;
                if (object.oldestPendingMs != null)
                    if (typeof object.oldestPendingMs === "object" ? object.oldestPendingMs.low || object.oldestPendingMs.high : $Number(object.oldestPendingMs) !== 0)
                        if ($util.Long)
                            message.oldestPendingMs = $util.Long.fromValue(object.oldestPendingMs, false);
                        else if (typeof object.oldestPendingMs === "string")
                            message.oldestPendingMs = $parseInt(object.oldestPendingMs, 10);
                        else if (typeof object.oldestPendingMs === "number")
                            message.oldestPendingMs = object.oldestPendingMs;
                        else if (typeof object.oldestPendingMs === "object")
                            message.oldestPendingMs = new $util.LongBits(object.oldestPendingMs.low >>> 0, object.oldestPendingMs.high >>> 0).toNumber();
                if (object.openTechnicalAlarms != null)
                    if ($Number(object.openTechnicalAlarms) !== 0)
                        message.openTechnicalAlarms = object.openTechnicalAlarms >>> 0;
                return message;
            };

            /**
             * Creates a plain object from a Heartbeat message. Also converts values to other types if specified.
             * @function toObject
             * @memberof vakt.v1.Heartbeat
             * @static
             * @param {vakt.v1.Heartbeat} message Heartbeat
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Heartbeat.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.eventId = "";
                    object.hubId = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.atMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.atMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.intervalS = 0;
                    object.outboxDepth = 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.oldestPendingMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.oldestPendingMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.openTechnicalAlarms = 0;
                }
                if (message.eventId != null && $Object.hasOwnProperty.call(message, "eventId"))
                    object.eventId = message.eventId;
                if (message.hubId != null && $Object.hasOwnProperty.call(message, "hubId"))
                    object.hubId = message.hubId;
                if (message.atMs != null && $Object.hasOwnProperty.call(message, "atMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.atMs = typeof message.atMs === "number" ? $BigInt(message.atMs) : $util.Long.fromBits(message.atMs.low >>> 0, message.atMs.high >>> 0, false).toBigInt();
                    else if (typeof message.atMs === "number")
                        object.atMs = options.longs === $String ? $String(message.atMs) : message.atMs;
                    else
                        object.atMs = options.longs === $String ? $util.Long.prototype.toString.call(message.atMs) : options.longs === $Number ? new $util.LongBits(message.atMs.low >>> 0, message.atMs.high >>> 0).toNumber() : message.atMs;
                if (message.intervalS != null && $Object.hasOwnProperty.call(message, "intervalS"))
                    object.intervalS = message.intervalS;
                if (message.outboxDepth != null && $Object.hasOwnProperty.call(message, "outboxDepth"))
                    object.outboxDepth = message.outboxDepth;
                if (message.oldestPendingMs != null && $Object.hasOwnProperty.call(message, "oldestPendingMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.oldestPendingMs = typeof message.oldestPendingMs === "number" ? $BigInt(message.oldestPendingMs) : $util.Long.fromBits(message.oldestPendingMs.low >>> 0, message.oldestPendingMs.high >>> 0, false).toBigInt();
                    else if (typeof message.oldestPendingMs === "number")
                        object.oldestPendingMs = options.longs === $String ? $String(message.oldestPendingMs) : message.oldestPendingMs;
                    else
                        object.oldestPendingMs = options.longs === $String ? $util.Long.prototype.toString.call(message.oldestPendingMs) : options.longs === $Number ? new $util.LongBits(message.oldestPendingMs.low >>> 0, message.oldestPendingMs.high >>> 0).toNumber() : message.oldestPendingMs;
                if (message.openTechnicalAlarms != null && $Object.hasOwnProperty.call(message, "openTechnicalAlarms"))
                    object.openTechnicalAlarms = message.openTechnicalAlarms;
                return object;
            };

            /**
             * Converts this Heartbeat to JSON.
             * @function toJSON
             * @memberof vakt.v1.Heartbeat
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Heartbeat.prototype.toJSON = function() {
                return Heartbeat.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Heartbeat
             * @function getTypeUrl
             * @memberof vakt.v1.Heartbeat
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Heartbeat.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/vakt.v1.Heartbeat";
            };

            return Heartbeat;
        })();

        /**
         * SupervisionState enum.
         * @name vakt.v1.SupervisionState
         * @enum {number}
         * @property {number} SUPERVISION_STATE_UNSPECIFIED=0 SUPERVISION_STATE_UNSPECIFIED value
         * @property {number} SUPERVISION_STATE_OK=1 SUPERVISION_STATE_OK value
         * @property {number} SUPERVISION_STATE_LATE=2 SUPERVISION_STATE_LATE value
         * @property {number} SUPERVISION_STATE_MISSING=3 SUPERVISION_STATE_MISSING value
         * @property {number} SUPERVISION_STATE_GRACE=4 SUPERVISION_STATE_GRACE value
         */
        v1.SupervisionState = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "SUPERVISION_STATE_UNSPECIFIED"] = 0;
            values[valuesById[1] = "SUPERVISION_STATE_OK"] = 1;
            values[valuesById[2] = "SUPERVISION_STATE_LATE"] = 2;
            values[valuesById[3] = "SUPERVISION_STATE_MISSING"] = 3;
            values[valuesById[4] = "SUPERVISION_STATE_GRACE"] = 4;
            return values;
        })();

        v1.Device = (function() {

            /**
             * Properties of a Device.
             * @typedef {Object} vakt.v1.Device.$Properties
             * @property {number|null} [deviceId] Device deviceId
             * @property {vakt.v1.DeviceType|null} [deviceType] Device deviceType
             * @property {vakt.v1.Location.$Properties|null} [location] Device location
             * @property {number|null} [batteryPercent] Device batteryPercent
             * @property {number|null} [rssiDbm] Device rssiDbm
             * @property {number|null} [lastSeenMs] Device lastSeenMs
             * @property {vakt.v1.SupervisionState|null} [supervision] Device supervision
             * @property {number|null} [heartbeatPeriodS] Device heartbeatPeriodS
             * @property {string|null} [label] Device label
             * @property {boolean|null} [unauthenticated] Device unauthenticated
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Device.
             * @memberof vakt.v1
             * @interface IDevice
             * @augments vakt.v1.Device.$Properties
             * @deprecated Use vakt.v1.Device.$Properties instead.
             */

            /**
             * Shape of a Device.
             * @typedef {vakt.v1.Device.$Properties} vakt.v1.Device.$Shape
             */

            /**
             * Constructs a new Device.
             * @memberof vakt.v1
             * @classdesc Represents a Device.
             * @constructor
             * @param {vakt.v1.Device.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Device = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Device deviceId.
             * @member {number} deviceId
             * @memberof vakt.v1.Device
             * @instance
             */
            Device.prototype.deviceId = 0;

            /**
             * Device deviceType.
             * @member {vakt.v1.DeviceType} deviceType
             * @memberof vakt.v1.Device
             * @instance
             */
            Device.prototype.deviceType = 0;

            /**
             * Device location.
             * @member {vakt.v1.Location.$Properties|null|undefined} location
             * @memberof vakt.v1.Device
             * @instance
             */
            Device.prototype.location = null;

            /**
             * Device batteryPercent.
             * @member {number|null|undefined} batteryPercent
             * @memberof vakt.v1.Device
             * @instance
             */
            Device.prototype.batteryPercent = null;

            /**
             * Device rssiDbm.
             * @member {number|null|undefined} rssiDbm
             * @memberof vakt.v1.Device
             * @instance
             */
            Device.prototype.rssiDbm = null;

            /**
             * Device lastSeenMs.
             * @member {number} lastSeenMs
             * @memberof vakt.v1.Device
             * @instance
             */
            Device.prototype.lastSeenMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Device supervision.
             * @member {vakt.v1.SupervisionState} supervision
             * @memberof vakt.v1.Device
             * @instance
             */
            Device.prototype.supervision = 0;

            /**
             * Device heartbeatPeriodS.
             * @member {number} heartbeatPeriodS
             * @memberof vakt.v1.Device
             * @instance
             */
            Device.prototype.heartbeatPeriodS = 0;

            /**
             * Device label.
             * @member {string} label
             * @memberof vakt.v1.Device
             * @instance
             */
            Device.prototype.label = "";

            /**
             * Device unauthenticated.
             * @member {boolean} unauthenticated
             * @memberof vakt.v1.Device
             * @instance
             */
            Device.prototype.unauthenticated = false;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(Device.prototype, "_batteryPercent", {
                get: $util.oneOfGetter($oneOfFields = ["batteryPercent"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(Device.prototype, "_rssiDbm", {
                get: $util.oneOfGetter($oneOfFields = ["rssiDbm"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new Device instance using the specified properties.
             * @function create
             * @memberof vakt.v1.Device
             * @static
             * @param {vakt.v1.Device.$Properties=} [properties] Properties to set
             * @returns {vakt.v1.Device} Device instance
             * @type {{
             *   (properties: vakt.v1.Device.$Shape): vakt.v1.Device & vakt.v1.Device.$Shape;
             *   (properties?: vakt.v1.Device.$Properties): vakt.v1.Device;
             * }}
             */
            Device.create = function(properties) {
                return new Device(properties);
            };

            /**
             * Encodes the specified Device message. Does not implicitly {@link vakt.v1.Device.verify|verify} messages.
             * @function encode
             * @memberof vakt.v1.Device
             * @static
             * @param {vakt.v1.Device.$Properties} message Device message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Device.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.deviceId != null && $Object.hasOwnProperty.call(message, "deviceId") && message.deviceId !== 0)
                    writer.uint32(/* id 1, wireType 5 =*/13).fixed32(message.deviceId);
                if (message.deviceType != null && $Object.hasOwnProperty.call(message, "deviceType") && message.deviceType !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.deviceType);
                if (message.location != null && $Object.hasOwnProperty.call(message, "location"))
                    $root.vakt.v1.Location.encode(message.location, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.batteryPercent != null && $Object.hasOwnProperty.call(message, "batteryPercent"))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.batteryPercent);
                if (message.rssiDbm != null && $Object.hasOwnProperty.call(message, "rssiDbm"))
                    writer.uint32(/* id 5, wireType 0 =*/40).sint32(message.rssiDbm);
                if (message.lastSeenMs != null && $Object.hasOwnProperty.call(message, "lastSeenMs") && (typeof message.lastSeenMs === "object" ? message.lastSeenMs.low || message.lastSeenMs.high : message.lastSeenMs !== 0))
                    writer.uint32(/* id 6, wireType 0 =*/48).int64(message.lastSeenMs);
                if (message.supervision != null && $Object.hasOwnProperty.call(message, "supervision") && message.supervision !== 0)
                    writer.uint32(/* id 7, wireType 0 =*/56).int32(message.supervision);
                if (message.heartbeatPeriodS != null && $Object.hasOwnProperty.call(message, "heartbeatPeriodS") && message.heartbeatPeriodS !== 0)
                    writer.uint32(/* id 8, wireType 0 =*/64).uint32(message.heartbeatPeriodS);
                if (message.label != null && $Object.hasOwnProperty.call(message, "label") && message.label !== "")
                    writer.uint32(/* id 9, wireType 2 =*/74).string(message.label);
                if (message.unauthenticated != null && $Object.hasOwnProperty.call(message, "unauthenticated") && message.unauthenticated !== false)
                    writer.uint32(/* id 10, wireType 0 =*/80).bool(message.unauthenticated);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Device message from the specified reader or buffer.
             * @function decode
             * @memberof vakt.v1.Device
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {vakt.v1.Device & vakt.v1.Device.$Shape} Device
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Device.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.vakt.v1.Device();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 5)
                                break;
                            if (value = reader.fixed32())
                                message.deviceId = value;
                            else
                                delete message.deviceId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.deviceType = value;
                            else
                                delete message.deviceType;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.location = $root.vakt.v1.Location.decode(reader, reader.size(), $undefined, _depth + 1, message.location);
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            message.batteryPercent = reader.uint32();
                            message._batteryPercent = "batteryPercent";
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            message.rssiDbm = reader.sint32();
                            message._rssiDbm = "rssiDbm";
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.lastSeenMs = value;
                            else
                                delete message.lastSeenMs;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.supervision = value;
                            else
                                delete message.supervision;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.heartbeatPeriodS = value;
                            else
                                delete message.heartbeatPeriodS;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.label = value;
                            else
                                delete message.label;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.unauthenticated = value;
                            else
                                delete message.unauthenticated;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a Device message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof vakt.v1.Device
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {vakt.v1.Device} Device
             */
            Device.fromObject = function (object, _depth) {
                if (object instanceof $root.vakt.v1.Device)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".vakt.v1.Device: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.vakt.v1.Device();
                if (object.deviceId != null)
                    if ($Number(object.deviceId) !== 0)
                        message.deviceId = object.deviceId >>> 0;
                if (object.deviceType !== 0 && (typeof object.deviceType !== "string" || $root.vakt.v1.DeviceType[object.deviceType] !== 0))
                    switch (object.deviceType) {
                    case "DEVICE_TYPE_UNSPECIFIED":
                    case 0:
                        message.deviceType = 0;
                        break;
                    case "DEVICE_TYPE_LOCAL_UNIT_CONTROLLER":
                    case 2:
                        message.deviceType = 2;
                        break;
                    case "DEVICE_TYPE_PERSONAL_TRIGGER":
                    case 3:
                        message.deviceType = 3;
                        break;
                    case "DEVICE_TYPE_FIXED_TRIGGER":
                    case 4:
                        message.deviceType = 4;
                        break;
                    case "DEVICE_TYPE_FALL_DETECTOR":
                    case 5:
                        message.deviceType = 5;
                        break;
                    case "DEVICE_TYPE_ACTIVITY_SENSOR":
                    case 10:
                        message.deviceType = 10;
                        break;
                    case "DEVICE_TYPE_DOOR_SENSOR":
                    case 14:
                        message.deviceType = 14;
                        break;
                    case "DEVICE_TYPE_WANDERING_DETECTOR":
                    case 15:
                        message.deviceType = 15;
                        break;
                    case "DEVICE_TYPE_SMOKE_DETECTOR":
                    case 23:
                        message.deviceType = 23;
                        break;
                    case "DEVICE_TYPE_LINK_MONITOR":
                    case 32:
                        message.deviceType = 32;
                        break;
                    case "DEVICE_TYPE_DC_POWER":
                    case 41:
                        message.deviceType = 41;
                        break;
                    case "DEVICE_TYPE_CONTROLLER":
                    case 45:
                        message.deviceType = 45;
                        break;
                    case "DEVICE_TYPE_LOCAL_UNIT":
                    case 48:
                        message.deviceType = 48;
                        break;
                    case "DEVICE_TYPE_TRACKER":
                    case 51:
                        message.deviceType = 51;
                        break;
                    default:
                        if (typeof object.deviceType === "number" && (object.deviceType | 0) === object.deviceType)
                            message.deviceType = object.deviceType;
                    }
                if (object.location != null) {
                    if (!$util.isObject(object.location))
                        throw $TypeError(".vakt.v1.Device.location: object expected");
                    message.location = $root.vakt.v1.Location.fromObject(object.location, _depth + 1);
                }
                if (object.batteryPercent != null)
                    message.batteryPercent = object.batteryPercent >>> 0;
                if (object.rssiDbm != null)
                    message.rssiDbm = object.rssiDbm | 0;
                if (object.lastSeenMs != null)
                    if (typeof object.lastSeenMs === "object" ? object.lastSeenMs.low || object.lastSeenMs.high : $Number(object.lastSeenMs) !== 0)
                        if ($util.Long)
                            message.lastSeenMs = $util.Long.fromValue(object.lastSeenMs, false);
                        else if (typeof object.lastSeenMs === "string")
                            message.lastSeenMs = $parseInt(object.lastSeenMs, 10);
                        else if (typeof object.lastSeenMs === "number")
                            message.lastSeenMs = object.lastSeenMs;
                        else if (typeof object.lastSeenMs === "object")
                            message.lastSeenMs = new $util.LongBits(object.lastSeenMs.low >>> 0, object.lastSeenMs.high >>> 0).toNumber();
                if (object.supervision !== 0 && (typeof object.supervision !== "string" || $root.vakt.v1.SupervisionState[object.supervision] !== 0))
                    switch (object.supervision) {
                    case "SUPERVISION_STATE_UNSPECIFIED":
                    case 0:
                        message.supervision = 0;
                        break;
                    case "SUPERVISION_STATE_OK":
                    case 1:
                        message.supervision = 1;
                        break;
                    case "SUPERVISION_STATE_LATE":
                    case 2:
                        message.supervision = 2;
                        break;
                    case "SUPERVISION_STATE_MISSING":
                    case 3:
                        message.supervision = 3;
                        break;
                    case "SUPERVISION_STATE_GRACE":
                    case 4:
                        message.supervision = 4;
                        break;
                    default:
                        if (typeof object.supervision === "number" && (object.supervision | 0) === object.supervision)
                            message.supervision = object.supervision;
                    }
                if (object.heartbeatPeriodS != null)
                    if ($Number(object.heartbeatPeriodS) !== 0)
                        message.heartbeatPeriodS = object.heartbeatPeriodS >>> 0;
                if (object.label != null)
                    if (typeof object.label !== "string" || object.label.length)
                        message.label = $String(object.label);
                if (object.unauthenticated != null)
                    if (object.unauthenticated)
                        message.unauthenticated = $Boolean(object.unauthenticated);
                return message;
            };

            /**
             * Creates a plain object from a Device message. Also converts values to other types if specified.
             * @function toObject
             * @memberof vakt.v1.Device
             * @static
             * @param {vakt.v1.Device} message Device
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Device.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.deviceId = 0;
                    object.deviceType = options.enums === $String ? "DEVICE_TYPE_UNSPECIFIED" : 0;
                    object.location = null;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.lastSeenMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.lastSeenMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.supervision = options.enums === $String ? "SUPERVISION_STATE_UNSPECIFIED" : 0;
                    object.heartbeatPeriodS = 0;
                    object.label = "";
                    object.unauthenticated = false;
                }
                if (message.deviceId != null && $Object.hasOwnProperty.call(message, "deviceId"))
                    object.deviceId = message.deviceId;
                if (message.deviceType != null && $Object.hasOwnProperty.call(message, "deviceType"))
                    object.deviceType = options.enums === $String ? $root.vakt.v1.DeviceType[message.deviceType] === $undefined ? message.deviceType : $root.vakt.v1.DeviceType[message.deviceType] : message.deviceType;
                if (message.location != null && $Object.hasOwnProperty.call(message, "location"))
                    object.location = $root.vakt.v1.Location.toObject(message.location, options, _depth + 1);
                if (message.batteryPercent != null && $Object.hasOwnProperty.call(message, "batteryPercent"))
                    object.batteryPercent = message.batteryPercent;
                if (message.rssiDbm != null && $Object.hasOwnProperty.call(message, "rssiDbm"))
                    object.rssiDbm = message.rssiDbm;
                if (message.lastSeenMs != null && $Object.hasOwnProperty.call(message, "lastSeenMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.lastSeenMs = typeof message.lastSeenMs === "number" ? $BigInt(message.lastSeenMs) : $util.Long.fromBits(message.lastSeenMs.low >>> 0, message.lastSeenMs.high >>> 0, false).toBigInt();
                    else if (typeof message.lastSeenMs === "number")
                        object.lastSeenMs = options.longs === $String ? $String(message.lastSeenMs) : message.lastSeenMs;
                    else
                        object.lastSeenMs = options.longs === $String ? $util.Long.prototype.toString.call(message.lastSeenMs) : options.longs === $Number ? new $util.LongBits(message.lastSeenMs.low >>> 0, message.lastSeenMs.high >>> 0).toNumber() : message.lastSeenMs;
                if (message.supervision != null && $Object.hasOwnProperty.call(message, "supervision"))
                    object.supervision = options.enums === $String ? $root.vakt.v1.SupervisionState[message.supervision] === $undefined ? message.supervision : $root.vakt.v1.SupervisionState[message.supervision] : message.supervision;
                if (message.heartbeatPeriodS != null && $Object.hasOwnProperty.call(message, "heartbeatPeriodS"))
                    object.heartbeatPeriodS = message.heartbeatPeriodS;
                if (message.label != null && $Object.hasOwnProperty.call(message, "label"))
                    object.label = message.label;
                if (message.unauthenticated != null && $Object.hasOwnProperty.call(message, "unauthenticated"))
                    object.unauthenticated = message.unauthenticated;
                return object;
            };

            /**
             * Converts this Device to JSON.
             * @function toJSON
             * @memberof vakt.v1.Device
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Device.prototype.toJSON = function() {
                return Device.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Device
             * @function getTypeUrl
             * @memberof vakt.v1.Device
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Device.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/vakt.v1.Device";
            };

            return Device;
        })();

        v1.DeviceInventory = (function() {

            /**
             * Properties of a DeviceInventory.
             * @typedef {Object} vakt.v1.DeviceInventory.$Properties
             * @property {string|null} [hubId] DeviceInventory hubId
             * @property {number|null} [atMs] DeviceInventory atMs
             * @property {Array.<vakt.v1.Device.$Properties>|null} [devices] DeviceInventory devices
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DeviceInventory.
             * @memberof vakt.v1
             * @interface IDeviceInventory
             * @augments vakt.v1.DeviceInventory.$Properties
             * @deprecated Use vakt.v1.DeviceInventory.$Properties instead.
             */

            /**
             * Shape of a DeviceInventory.
             * @typedef {vakt.v1.DeviceInventory.$Properties} vakt.v1.DeviceInventory.$Shape
             */

            /**
             * Constructs a new DeviceInventory.
             * @memberof vakt.v1
             * @classdesc Represents a DeviceInventory.
             * @constructor
             * @param {vakt.v1.DeviceInventory.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const DeviceInventory = function (properties) {
                this.devices = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * DeviceInventory hubId.
             * @member {string} hubId
             * @memberof vakt.v1.DeviceInventory
             * @instance
             */
            DeviceInventory.prototype.hubId = "";

            /**
             * DeviceInventory atMs.
             * @member {number} atMs
             * @memberof vakt.v1.DeviceInventory
             * @instance
             */
            DeviceInventory.prototype.atMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * DeviceInventory devices.
             * @member {Array.<vakt.v1.Device.$Properties>} devices
             * @memberof vakt.v1.DeviceInventory
             * @instance
             */
            DeviceInventory.prototype.devices = $util.emptyArray;

            /**
             * Creates a new DeviceInventory instance using the specified properties.
             * @function create
             * @memberof vakt.v1.DeviceInventory
             * @static
             * @param {vakt.v1.DeviceInventory.$Properties=} [properties] Properties to set
             * @returns {vakt.v1.DeviceInventory} DeviceInventory instance
             * @type {{
             *   (properties: vakt.v1.DeviceInventory.$Shape): vakt.v1.DeviceInventory & vakt.v1.DeviceInventory.$Shape;
             *   (properties?: vakt.v1.DeviceInventory.$Properties): vakt.v1.DeviceInventory;
             * }}
             */
            DeviceInventory.create = function(properties) {
                return new DeviceInventory(properties);
            };

            /**
             * Encodes the specified DeviceInventory message. Does not implicitly {@link vakt.v1.DeviceInventory.verify|verify} messages.
             * @function encode
             * @memberof vakt.v1.DeviceInventory
             * @static
             * @param {vakt.v1.DeviceInventory.$Properties} message DeviceInventory message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DeviceInventory.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.hubId != null && $Object.hasOwnProperty.call(message, "hubId") && message.hubId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.hubId);
                if (message.atMs != null && $Object.hasOwnProperty.call(message, "atMs") && (typeof message.atMs === "object" ? message.atMs.low || message.atMs.high : message.atMs !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).int64(message.atMs);
                if (message.devices != null && message.devices.length)
                    for (let i = 0; i < message.devices.length; ++i)
                        $root.vakt.v1.Device.encode(message.devices[i], writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a DeviceInventory message from the specified reader or buffer.
             * @function decode
             * @memberof vakt.v1.DeviceInventory
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {vakt.v1.DeviceInventory & vakt.v1.DeviceInventory.$Shape} DeviceInventory
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DeviceInventory.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.vakt.v1.DeviceInventory();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.hubId = value;
                            else
                                delete message.hubId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.atMs = value;
                            else
                                delete message.atMs;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.devices && message.devices.length))
                                message.devices = [];
                            message.devices.push($root.vakt.v1.Device.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a DeviceInventory message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof vakt.v1.DeviceInventory
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {vakt.v1.DeviceInventory} DeviceInventory
             */
            DeviceInventory.fromObject = function (object, _depth) {
                if (object instanceof $root.vakt.v1.DeviceInventory)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".vakt.v1.DeviceInventory: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.vakt.v1.DeviceInventory();
                if (object.hubId != null)
                    if (typeof object.hubId !== "string" || object.hubId.length)
                        message.hubId = $String(object.hubId);
                if (object.atMs != null)
                    if (typeof object.atMs === "object" ? object.atMs.low || object.atMs.high : $Number(object.atMs) !== 0)
                        if ($util.Long)
                            message.atMs = $util.Long.fromValue(object.atMs, false);
                        else if (typeof object.atMs === "string")
                            message.atMs = $parseInt(object.atMs, 10);
                        else if (typeof object.atMs === "number")
                            message.atMs = object.atMs;
                        else if (typeof object.atMs === "object")
                            message.atMs = new $util.LongBits(object.atMs.low >>> 0, object.atMs.high >>> 0).toNumber();
                if (object.devices) {
                    if (!$Array.isArray(object.devices))
                        throw $TypeError(".vakt.v1.DeviceInventory.devices: array expected");
                    message.devices = $Array(object.devices.length);
                    for (let i = 0; i < object.devices.length; ++i) {
                        if (!$util.isObject(object.devices[i]))
                            throw $TypeError(".vakt.v1.DeviceInventory.devices: object expected");
                        message.devices[i] = $root.vakt.v1.Device.fromObject(object.devices[i], _depth + 1);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from a DeviceInventory message. Also converts values to other types if specified.
             * @function toObject
             * @memberof vakt.v1.DeviceInventory
             * @static
             * @param {vakt.v1.DeviceInventory} message DeviceInventory
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            DeviceInventory.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.devices = [];
                if (options.defaults) {
                    object.hubId = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.atMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.atMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.hubId != null && $Object.hasOwnProperty.call(message, "hubId"))
                    object.hubId = message.hubId;
                if (message.atMs != null && $Object.hasOwnProperty.call(message, "atMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.atMs = typeof message.atMs === "number" ? $BigInt(message.atMs) : $util.Long.fromBits(message.atMs.low >>> 0, message.atMs.high >>> 0, false).toBigInt();
                    else if (typeof message.atMs === "number")
                        object.atMs = options.longs === $String ? $String(message.atMs) : message.atMs;
                    else
                        object.atMs = options.longs === $String ? $util.Long.prototype.toString.call(message.atMs) : options.longs === $Number ? new $util.LongBits(message.atMs.low >>> 0, message.atMs.high >>> 0).toNumber() : message.atMs;
                if (message.devices && message.devices.length) {
                    object.devices = $Array(message.devices.length);
                    for (let j = 0; j < message.devices.length; ++j)
                        object.devices[j] = $root.vakt.v1.Device.toObject(message.devices[j], options, _depth + 1);
                }
                return object;
            };

            /**
             * Converts this DeviceInventory to JSON.
             * @function toJSON
             * @memberof vakt.v1.DeviceInventory
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            DeviceInventory.prototype.toJSON = function() {
                return DeviceInventory.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for DeviceInventory
             * @function getTypeUrl
             * @memberof vakt.v1.DeviceInventory
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            DeviceInventory.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/vakt.v1.DeviceInventory";
            };

            return DeviceInventory;
        })();

        /**
         * ReceiptResult enum.
         * @name vakt.v1.ReceiptResult
         * @enum {number}
         * @property {number} RECEIPT_RESULT_UNSPECIFIED=0 RECEIPT_RESULT_UNSPECIFIED value
         * @property {number} RECEIPT_RESULT_ACCEPTED=1 RECEIPT_RESULT_ACCEPTED value
         * @property {number} RECEIPT_RESULT_HOLD_AND_RESEND=2 RECEIPT_RESULT_HOLD_AND_RESEND value
         * @property {number} RECEIPT_RESULT_TAKE_ALTERNATIVE=3 RECEIPT_RESULT_TAKE_ALTERNATIVE value
         * @property {number} RECEIPT_RESULT_REJECTED=4 RECEIPT_RESULT_REJECTED value
         */
        v1.ReceiptResult = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "RECEIPT_RESULT_UNSPECIFIED"] = 0;
            values[valuesById[1] = "RECEIPT_RESULT_ACCEPTED"] = 1;
            values[valuesById[2] = "RECEIPT_RESULT_HOLD_AND_RESEND"] = 2;
            values[valuesById[3] = "RECEIPT_RESULT_TAKE_ALTERNATIVE"] = 3;
            values[valuesById[4] = "RECEIPT_RESULT_REJECTED"] = 4;
            return values;
        })();

        v1.Receipt = (function() {

            /**
             * Properties of a Receipt.
             * @typedef {Object} vakt.v1.Receipt.$Properties
             * @property {string|null} [eventId] Receipt eventId
             * @property {string|null} [hubId] Receipt hubId
             * @property {vakt.v1.ReceiptResult|null} [result] Receipt result
             * @property {number|null} [snu] Receipt snu
             * @property {string|null} [reason] Receipt reason
             * @property {number|null} [resendAfterS] Receipt resendAfterS
             * @property {number|null} [atMs] Receipt atMs
             * @property {string|null} [receiverId] Receipt receiverId
             * @property {Uint8Array|null} [signature] Receipt signature
             * @property {string|null} [keyId] Receipt keyId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Receipt.
             * @memberof vakt.v1
             * @interface IReceipt
             * @augments vakt.v1.Receipt.$Properties
             * @deprecated Use vakt.v1.Receipt.$Properties instead.
             */

            /**
             * Shape of a Receipt.
             * @typedef {vakt.v1.Receipt.$Properties} vakt.v1.Receipt.$Shape
             */

            /**
             * Constructs a new Receipt.
             * @memberof vakt.v1
             * @classdesc Represents a Receipt.
             * @constructor
             * @param {vakt.v1.Receipt.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Receipt = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Receipt eventId.
             * @member {string} eventId
             * @memberof vakt.v1.Receipt
             * @instance
             */
            Receipt.prototype.eventId = "";

            /**
             * Receipt hubId.
             * @member {string} hubId
             * @memberof vakt.v1.Receipt
             * @instance
             */
            Receipt.prototype.hubId = "";

            /**
             * Receipt result.
             * @member {vakt.v1.ReceiptResult} result
             * @memberof vakt.v1.Receipt
             * @instance
             */
            Receipt.prototype.result = 0;

            /**
             * Receipt snu.
             * @member {number} snu
             * @memberof vakt.v1.Receipt
             * @instance
             */
            Receipt.prototype.snu = 0;

            /**
             * Receipt reason.
             * @member {string} reason
             * @memberof vakt.v1.Receipt
             * @instance
             */
            Receipt.prototype.reason = "";

            /**
             * Receipt resendAfterS.
             * @member {number} resendAfterS
             * @memberof vakt.v1.Receipt
             * @instance
             */
            Receipt.prototype.resendAfterS = 0;

            /**
             * Receipt atMs.
             * @member {number} atMs
             * @memberof vakt.v1.Receipt
             * @instance
             */
            Receipt.prototype.atMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Receipt receiverId.
             * @member {string} receiverId
             * @memberof vakt.v1.Receipt
             * @instance
             */
            Receipt.prototype.receiverId = "";

            /**
             * Receipt signature.
             * @member {Uint8Array} signature
             * @memberof vakt.v1.Receipt
             * @instance
             */
            Receipt.prototype.signature = $util.newBuffer([]);

            /**
             * Receipt keyId.
             * @member {string} keyId
             * @memberof vakt.v1.Receipt
             * @instance
             */
            Receipt.prototype.keyId = "";

            /**
             * Creates a new Receipt instance using the specified properties.
             * @function create
             * @memberof vakt.v1.Receipt
             * @static
             * @param {vakt.v1.Receipt.$Properties=} [properties] Properties to set
             * @returns {vakt.v1.Receipt} Receipt instance
             * @type {{
             *   (properties: vakt.v1.Receipt.$Shape): vakt.v1.Receipt & vakt.v1.Receipt.$Shape;
             *   (properties?: vakt.v1.Receipt.$Properties): vakt.v1.Receipt;
             * }}
             */
            Receipt.create = function(properties) {
                return new Receipt(properties);
            };

            /**
             * Encodes the specified Receipt message. Does not implicitly {@link vakt.v1.Receipt.verify|verify} messages.
             * @function encode
             * @memberof vakt.v1.Receipt
             * @static
             * @param {vakt.v1.Receipt.$Properties} message Receipt message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Receipt.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.eventId != null && $Object.hasOwnProperty.call(message, "eventId") && message.eventId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.eventId);
                if (message.hubId != null && $Object.hasOwnProperty.call(message, "hubId") && message.hubId !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.hubId);
                if (message.result != null && $Object.hasOwnProperty.call(message, "result") && message.result !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).int32(message.result);
                if (message.snu != null && $Object.hasOwnProperty.call(message, "snu") && message.snu !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.snu);
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.reason);
                if (message.resendAfterS != null && $Object.hasOwnProperty.call(message, "resendAfterS") && message.resendAfterS !== 0)
                    writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.resendAfterS);
                if (message.atMs != null && $Object.hasOwnProperty.call(message, "atMs") && (typeof message.atMs === "object" ? message.atMs.low || message.atMs.high : message.atMs !== 0))
                    writer.uint32(/* id 7, wireType 0 =*/56).int64(message.atMs);
                if (message.receiverId != null && $Object.hasOwnProperty.call(message, "receiverId") && message.receiverId !== "")
                    writer.uint32(/* id 8, wireType 2 =*/66).string(message.receiverId);
                if (message.signature != null && $Object.hasOwnProperty.call(message, "signature") && message.signature.length)
                    writer.uint32(/* id 9, wireType 2 =*/74).bytes(message.signature);
                if (message.keyId != null && $Object.hasOwnProperty.call(message, "keyId") && message.keyId !== "")
                    writer.uint32(/* id 10, wireType 2 =*/82).string(message.keyId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Receipt message from the specified reader or buffer.
             * @function decode
             * @memberof vakt.v1.Receipt
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {vakt.v1.Receipt & vakt.v1.Receipt.$Shape} Receipt
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Receipt.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.vakt.v1.Receipt();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.eventId = value;
                            else
                                delete message.eventId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.hubId = value;
                            else
                                delete message.hubId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.result = value;
                            else
                                delete message.result;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.snu = value;
                            else
                                delete message.snu;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.reason = value;
                            else
                                delete message.reason;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.resendAfterS = value;
                            else
                                delete message.resendAfterS;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.atMs = value;
                            else
                                delete message.atMs;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.receiverId = value;
                            else
                                delete message.receiverId;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.signature = value;
                            else
                                delete message.signature;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.keyId = value;
                            else
                                delete message.keyId;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a Receipt message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof vakt.v1.Receipt
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {vakt.v1.Receipt} Receipt
             */
            Receipt.fromObject = function (object, _depth) {
                if (object instanceof $root.vakt.v1.Receipt)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".vakt.v1.Receipt: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.vakt.v1.Receipt();
                if (object.eventId != null)
                    if (typeof object.eventId !== "string" || object.eventId.length)
                        message.eventId = $String(object.eventId);
                if (object.hubId != null)
                    if (typeof object.hubId !== "string" || object.hubId.length)
                        message.hubId = $String(object.hubId);
                if (object.result !== 0 && (typeof object.result !== "string" || $root.vakt.v1.ReceiptResult[object.result] !== 0))
                    switch (object.result) {
                    case "RECEIPT_RESULT_UNSPECIFIED":
                    case 0:
                        message.result = 0;
                        break;
                    case "RECEIPT_RESULT_ACCEPTED":
                    case 1:
                        message.result = 1;
                        break;
                    case "RECEIPT_RESULT_HOLD_AND_RESEND":
                    case 2:
                        message.result = 2;
                        break;
                    case "RECEIPT_RESULT_TAKE_ALTERNATIVE":
                    case 3:
                        message.result = 3;
                        break;
                    case "RECEIPT_RESULT_REJECTED":
                    case 4:
                        message.result = 4;
                        break;
                    default:
                        if (typeof object.result === "number" && (object.result | 0) === object.result)
                            message.result = object.result;
                    }
                if (object.snu != null)
                    if ($Number(object.snu) !== 0)
                        message.snu = object.snu >>> 0;
                if (object.reason != null)
                    if (typeof object.reason !== "string" || object.reason.length)
                        message.reason = $String(object.reason);
                if (object.resendAfterS != null)
                    if ($Number(object.resendAfterS) !== 0)
                        message.resendAfterS = object.resendAfterS >>> 0;
                if (object.atMs != null)
                    if (typeof object.atMs === "object" ? object.atMs.low || object.atMs.high : $Number(object.atMs) !== 0)
                        if ($util.Long)
                            message.atMs = $util.Long.fromValue(object.atMs, false);
                        else if (typeof object.atMs === "string")
                            message.atMs = $parseInt(object.atMs, 10);
                        else if (typeof object.atMs === "number")
                            message.atMs = object.atMs;
                        else if (typeof object.atMs === "object")
                            message.atMs = new $util.LongBits(object.atMs.low >>> 0, object.atMs.high >>> 0).toNumber();
                if (object.receiverId != null)
                    if (typeof object.receiverId !== "string" || object.receiverId.length)
                        message.receiverId = $String(object.receiverId);
                if (object.signature != null)
                    if (object.signature.length)
                        if (typeof object.signature === "string")
                            $util.base64.decode(object.signature, message.signature = $util.newBuffer($util.base64.length(object.signature)), 0);
                        else if (object.signature.length >= 0)
                            message.signature = object.signature;
                if (object.keyId != null)
                    if (typeof object.keyId !== "string" || object.keyId.length)
                        message.keyId = $String(object.keyId);
                return message;
            };

            /**
             * Creates a plain object from a Receipt message. Also converts values to other types if specified.
             * @function toObject
             * @memberof vakt.v1.Receipt
             * @static
             * @param {vakt.v1.Receipt} message Receipt
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Receipt.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.eventId = "";
                    object.hubId = "";
                    object.result = options.enums === $String ? "RECEIPT_RESULT_UNSPECIFIED" : 0;
                    object.snu = 0;
                    object.reason = "";
                    object.resendAfterS = 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.atMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.atMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.receiverId = "";
                    if (options.bytes === $String)
                        object.signature = "";
                    else {
                        object.signature = [];
                        if (options.bytes !== $Array)
                            object.signature = $util.newBuffer(object.signature);
                    }
                    object.keyId = "";
                }
                if (message.eventId != null && $Object.hasOwnProperty.call(message, "eventId"))
                    object.eventId = message.eventId;
                if (message.hubId != null && $Object.hasOwnProperty.call(message, "hubId"))
                    object.hubId = message.hubId;
                if (message.result != null && $Object.hasOwnProperty.call(message, "result"))
                    object.result = options.enums === $String ? $root.vakt.v1.ReceiptResult[message.result] === $undefined ? message.result : $root.vakt.v1.ReceiptResult[message.result] : message.result;
                if (message.snu != null && $Object.hasOwnProperty.call(message, "snu"))
                    object.snu = message.snu;
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    object.reason = message.reason;
                if (message.resendAfterS != null && $Object.hasOwnProperty.call(message, "resendAfterS"))
                    object.resendAfterS = message.resendAfterS;
                if (message.atMs != null && $Object.hasOwnProperty.call(message, "atMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.atMs = typeof message.atMs === "number" ? $BigInt(message.atMs) : $util.Long.fromBits(message.atMs.low >>> 0, message.atMs.high >>> 0, false).toBigInt();
                    else if (typeof message.atMs === "number")
                        object.atMs = options.longs === $String ? $String(message.atMs) : message.atMs;
                    else
                        object.atMs = options.longs === $String ? $util.Long.prototype.toString.call(message.atMs) : options.longs === $Number ? new $util.LongBits(message.atMs.low >>> 0, message.atMs.high >>> 0).toNumber() : message.atMs;
                if (message.receiverId != null && $Object.hasOwnProperty.call(message, "receiverId"))
                    object.receiverId = message.receiverId;
                if (message.signature != null && $Object.hasOwnProperty.call(message, "signature"))
                    object.signature = options.bytes === $String ? $util.base64.encode(message.signature, 0, message.signature.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.signature) : message.signature;
                if (message.keyId != null && $Object.hasOwnProperty.call(message, "keyId"))
                    object.keyId = message.keyId;
                return object;
            };

            /**
             * Converts this Receipt to JSON.
             * @function toJSON
             * @memberof vakt.v1.Receipt
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Receipt.prototype.toJSON = function() {
                return Receipt.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Receipt
             * @function getTypeUrl
             * @memberof vakt.v1.Receipt
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Receipt.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/vakt.v1.Receipt";
            };

            return Receipt;
        })();

        v1.Command = (function() {

            /**
             * Properties of a Command.
             * @typedef {Object} vakt.v1.Command.$Properties
             * @property {Uint8Array|null} [body] Command body
             * @property {Uint8Array|null} [signature] Command signature
             * @property {string|null} [keyId] Command keyId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Command.
             * @memberof vakt.v1
             * @interface ICommand
             * @augments vakt.v1.Command.$Properties
             * @deprecated Use vakt.v1.Command.$Properties instead.
             */

            /**
             * Shape of a Command.
             * @typedef {vakt.v1.Command.$Properties} vakt.v1.Command.$Shape
             */

            /**
             * Constructs a new Command.
             * @memberof vakt.v1
             * @classdesc Represents a Command.
             * @constructor
             * @param {vakt.v1.Command.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Command = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Command body.
             * @member {Uint8Array} body
             * @memberof vakt.v1.Command
             * @instance
             */
            Command.prototype.body = $util.newBuffer([]);

            /**
             * Command signature.
             * @member {Uint8Array} signature
             * @memberof vakt.v1.Command
             * @instance
             */
            Command.prototype.signature = $util.newBuffer([]);

            /**
             * Command keyId.
             * @member {string} keyId
             * @memberof vakt.v1.Command
             * @instance
             */
            Command.prototype.keyId = "";

            /**
             * Creates a new Command instance using the specified properties.
             * @function create
             * @memberof vakt.v1.Command
             * @static
             * @param {vakt.v1.Command.$Properties=} [properties] Properties to set
             * @returns {vakt.v1.Command} Command instance
             * @type {{
             *   (properties: vakt.v1.Command.$Shape): vakt.v1.Command & vakt.v1.Command.$Shape;
             *   (properties?: vakt.v1.Command.$Properties): vakt.v1.Command;
             * }}
             */
            Command.create = function(properties) {
                return new Command(properties);
            };

            /**
             * Encodes the specified Command message. Does not implicitly {@link vakt.v1.Command.verify|verify} messages.
             * @function encode
             * @memberof vakt.v1.Command
             * @static
             * @param {vakt.v1.Command.$Properties} message Command message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Command.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.body != null && $Object.hasOwnProperty.call(message, "body") && message.body.length)
                    writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.body);
                if (message.signature != null && $Object.hasOwnProperty.call(message, "signature") && message.signature.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.signature);
                if (message.keyId != null && $Object.hasOwnProperty.call(message, "keyId") && message.keyId !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.keyId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Command message from the specified reader or buffer.
             * @function decode
             * @memberof vakt.v1.Command
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {vakt.v1.Command & vakt.v1.Command.$Shape} Command
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Command.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.vakt.v1.Command();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.body = value;
                            else
                                delete message.body;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.signature = value;
                            else
                                delete message.signature;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.keyId = value;
                            else
                                delete message.keyId;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a Command message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof vakt.v1.Command
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {vakt.v1.Command} Command
             */
            Command.fromObject = function (object, _depth) {
                if (object instanceof $root.vakt.v1.Command)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".vakt.v1.Command: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.vakt.v1.Command();
                if (object.body != null)
                    if (object.body.length)
                        if (typeof object.body === "string")
                            $util.base64.decode(object.body, message.body = $util.newBuffer($util.base64.length(object.body)), 0);
                        else if (object.body.length >= 0)
                            message.body = object.body;
                if (object.signature != null)
                    if (object.signature.length)
                        if (typeof object.signature === "string")
                            $util.base64.decode(object.signature, message.signature = $util.newBuffer($util.base64.length(object.signature)), 0);
                        else if (object.signature.length >= 0)
                            message.signature = object.signature;
                if (object.keyId != null)
                    if (typeof object.keyId !== "string" || object.keyId.length)
                        message.keyId = $String(object.keyId);
                return message;
            };

            /**
             * Creates a plain object from a Command message. Also converts values to other types if specified.
             * @function toObject
             * @memberof vakt.v1.Command
             * @static
             * @param {vakt.v1.Command} message Command
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Command.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if (options.bytes === $String)
                        object.body = "";
                    else {
                        object.body = [];
                        if (options.bytes !== $Array)
                            object.body = $util.newBuffer(object.body);
                    }
                    if (options.bytes === $String)
                        object.signature = "";
                    else {
                        object.signature = [];
                        if (options.bytes !== $Array)
                            object.signature = $util.newBuffer(object.signature);
                    }
                    object.keyId = "";
                }
                if (message.body != null && $Object.hasOwnProperty.call(message, "body"))
                    object.body = options.bytes === $String ? $util.base64.encode(message.body, 0, message.body.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.body) : message.body;
                if (message.signature != null && $Object.hasOwnProperty.call(message, "signature"))
                    object.signature = options.bytes === $String ? $util.base64.encode(message.signature, 0, message.signature.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.signature) : message.signature;
                if (message.keyId != null && $Object.hasOwnProperty.call(message, "keyId"))
                    object.keyId = message.keyId;
                return object;
            };

            /**
             * Converts this Command to JSON.
             * @function toJSON
             * @memberof vakt.v1.Command
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Command.prototype.toJSON = function() {
                return Command.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Command
             * @function getTypeUrl
             * @memberof vakt.v1.Command
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Command.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/vakt.v1.Command";
            };

            return Command;
        })();

        v1.CommandBody = (function() {

            /**
             * Properties of a CommandBody.
             * @typedef {Object} vakt.v1.CommandBody.$Properties
             * @property {string|null} [commandId] CommandBody commandId
             * @property {string|null} [hubId] CommandBody hubId
             * @property {string|null} [nonce] CommandBody nonce
             * @property {number|null} [issuedAtMs] CommandBody issuedAtMs
             * @property {number|null} [expiresAtMs] CommandBody expiresAtMs
             * @property {vakt.v1.TestAlarm.$Properties|null} [testAlarm] CommandBody testAlarm
             * @property {vakt.v1.SetHeartbeatInterval.$Properties|null} [setHeartbeatInterval] CommandBody setHeartbeatInterval
             * @property {vakt.v1.EnterLearnMode.$Properties|null} [enterLearnMode] CommandBody enterLearnMode
             * @property {vakt.v1.RebootLink.$Properties|null} [rebootLink] CommandBody rebootLink
             * @property {vakt.v1.RequestInventory.$Properties|null} [requestInventory] CommandBody requestInventory
             * @property {"testAlarm"|"setHeartbeatInterval"|"enterLearnMode"|"rebootLink"|"requestInventory"} [action] CommandBody action
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a CommandBody.
             * @memberof vakt.v1
             * @interface ICommandBody
             * @augments vakt.v1.CommandBody.$Properties
             * @deprecated Use vakt.v1.CommandBody.$Properties instead.
             */

            /**
             * Narrowed shape of a CommandBody.
             * @typedef {{
             *   commandId?: string|null;
             *   hubId?: string|null;
             *   nonce?: string|null;
             *   issuedAtMs?: number|null;
             *   expiresAtMs?: number|null;
             *   testAlarm?: vakt.v1.TestAlarm.$Shape|null;
             *   setHeartbeatInterval?: vakt.v1.SetHeartbeatInterval.$Shape|null;
             *   enterLearnMode?: vakt.v1.EnterLearnMode.$Shape|null;
             *   rebootLink?: vakt.v1.RebootLink.$Shape|null;
             *   requestInventory?: vakt.v1.RequestInventory.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ action?: undefined; testAlarm?: null; setHeartbeatInterval?: null; enterLearnMode?: null; rebootLink?: null; requestInventory?: null }|{ action?: "testAlarm"; testAlarm: vakt.v1.TestAlarm.$Shape; setHeartbeatInterval?: null; enterLearnMode?: null; rebootLink?: null; requestInventory?: null }|{ action?: "setHeartbeatInterval"; testAlarm?: null; setHeartbeatInterval: vakt.v1.SetHeartbeatInterval.$Shape; enterLearnMode?: null; rebootLink?: null; requestInventory?: null }|{ action?: "enterLearnMode"; testAlarm?: null; setHeartbeatInterval?: null; enterLearnMode: vakt.v1.EnterLearnMode.$Shape; rebootLink?: null; requestInventory?: null }|{ action?: "rebootLink"; testAlarm?: null; setHeartbeatInterval?: null; enterLearnMode?: null; rebootLink: vakt.v1.RebootLink.$Shape; requestInventory?: null }|{ action?: "requestInventory"; testAlarm?: null; setHeartbeatInterval?: null; enterLearnMode?: null; rebootLink?: null; requestInventory: vakt.v1.RequestInventory.$Shape })
             * )} vakt.v1.CommandBody.$Shape
             */

            /**
             * Constructs a new CommandBody.
             * @memberof vakt.v1
             * @classdesc Represents a CommandBody.
             * @constructor
             * @param {vakt.v1.CommandBody.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const CommandBody = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * CommandBody commandId.
             * @member {string} commandId
             * @memberof vakt.v1.CommandBody
             * @instance
             */
            CommandBody.prototype.commandId = "";

            /**
             * CommandBody hubId.
             * @member {string} hubId
             * @memberof vakt.v1.CommandBody
             * @instance
             */
            CommandBody.prototype.hubId = "";

            /**
             * CommandBody nonce.
             * @member {string} nonce
             * @memberof vakt.v1.CommandBody
             * @instance
             */
            CommandBody.prototype.nonce = "";

            /**
             * CommandBody issuedAtMs.
             * @member {number} issuedAtMs
             * @memberof vakt.v1.CommandBody
             * @instance
             */
            CommandBody.prototype.issuedAtMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * CommandBody expiresAtMs.
             * @member {number} expiresAtMs
             * @memberof vakt.v1.CommandBody
             * @instance
             */
            CommandBody.prototype.expiresAtMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * CommandBody testAlarm.
             * @member {vakt.v1.TestAlarm.$Properties|null|undefined} testAlarm
             * @memberof vakt.v1.CommandBody
             * @instance
             */
            CommandBody.prototype.testAlarm = null;

            /**
             * CommandBody setHeartbeatInterval.
             * @member {vakt.v1.SetHeartbeatInterval.$Properties|null|undefined} setHeartbeatInterval
             * @memberof vakt.v1.CommandBody
             * @instance
             */
            CommandBody.prototype.setHeartbeatInterval = null;

            /**
             * CommandBody enterLearnMode.
             * @member {vakt.v1.EnterLearnMode.$Properties|null|undefined} enterLearnMode
             * @memberof vakt.v1.CommandBody
             * @instance
             */
            CommandBody.prototype.enterLearnMode = null;

            /**
             * CommandBody rebootLink.
             * @member {vakt.v1.RebootLink.$Properties|null|undefined} rebootLink
             * @memberof vakt.v1.CommandBody
             * @instance
             */
            CommandBody.prototype.rebootLink = null;

            /**
             * CommandBody requestInventory.
             * @member {vakt.v1.RequestInventory.$Properties|null|undefined} requestInventory
             * @memberof vakt.v1.CommandBody
             * @instance
             */
            CommandBody.prototype.requestInventory = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * CommandBody action.
             * @member {"testAlarm"|"setHeartbeatInterval"|"enterLearnMode"|"rebootLink"|"requestInventory"|undefined} action
             * @memberof vakt.v1.CommandBody
             * @instance
             */
            $Object.defineProperty(CommandBody.prototype, "action", {
                get: $util.oneOfGetter($oneOfFields = ["testAlarm", "setHeartbeatInterval", "enterLearnMode", "rebootLink", "requestInventory"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new CommandBody instance using the specified properties.
             * @function create
             * @memberof vakt.v1.CommandBody
             * @static
             * @param {vakt.v1.CommandBody.$Properties=} [properties] Properties to set
             * @returns {vakt.v1.CommandBody} CommandBody instance
             * @type {{
             *   (properties: vakt.v1.CommandBody.$Shape): vakt.v1.CommandBody & vakt.v1.CommandBody.$Shape;
             *   (properties?: vakt.v1.CommandBody.$Properties): vakt.v1.CommandBody;
             * }}
             */
            CommandBody.create = function(properties) {
                return new CommandBody(properties);
            };

            /**
             * Encodes the specified CommandBody message. Does not implicitly {@link vakt.v1.CommandBody.verify|verify} messages.
             * @function encode
             * @memberof vakt.v1.CommandBody
             * @static
             * @param {vakt.v1.CommandBody.$Properties} message CommandBody message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CommandBody.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.commandId != null && $Object.hasOwnProperty.call(message, "commandId") && message.commandId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.commandId);
                if (message.hubId != null && $Object.hasOwnProperty.call(message, "hubId") && message.hubId !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.hubId);
                if (message.nonce != null && $Object.hasOwnProperty.call(message, "nonce") && message.nonce !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.nonce);
                if (message.issuedAtMs != null && $Object.hasOwnProperty.call(message, "issuedAtMs") && (typeof message.issuedAtMs === "object" ? message.issuedAtMs.low || message.issuedAtMs.high : message.issuedAtMs !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).int64(message.issuedAtMs);
                if (message.expiresAtMs != null && $Object.hasOwnProperty.call(message, "expiresAtMs") && (typeof message.expiresAtMs === "object" ? message.expiresAtMs.low || message.expiresAtMs.high : message.expiresAtMs !== 0))
                    writer.uint32(/* id 5, wireType 0 =*/40).int64(message.expiresAtMs);
                if (message.testAlarm != null && $Object.hasOwnProperty.call(message, "testAlarm"))
                    $root.vakt.v1.TestAlarm.encode(message.testAlarm, writer.uint32(/* id 10, wireType 2 =*/82).fork(), _depth + 1).ldelim();
                if (message.setHeartbeatInterval != null && $Object.hasOwnProperty.call(message, "setHeartbeatInterval"))
                    $root.vakt.v1.SetHeartbeatInterval.encode(message.setHeartbeatInterval, writer.uint32(/* id 11, wireType 2 =*/90).fork(), _depth + 1).ldelim();
                if (message.enterLearnMode != null && $Object.hasOwnProperty.call(message, "enterLearnMode"))
                    $root.vakt.v1.EnterLearnMode.encode(message.enterLearnMode, writer.uint32(/* id 12, wireType 2 =*/98).fork(), _depth + 1).ldelim();
                if (message.rebootLink != null && $Object.hasOwnProperty.call(message, "rebootLink"))
                    $root.vakt.v1.RebootLink.encode(message.rebootLink, writer.uint32(/* id 13, wireType 2 =*/106).fork(), _depth + 1).ldelim();
                if (message.requestInventory != null && $Object.hasOwnProperty.call(message, "requestInventory"))
                    $root.vakt.v1.RequestInventory.encode(message.requestInventory, writer.uint32(/* id 14, wireType 2 =*/114).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a CommandBody message from the specified reader or buffer.
             * @function decode
             * @memberof vakt.v1.CommandBody
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {vakt.v1.CommandBody & vakt.v1.CommandBody.$Shape} CommandBody
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CommandBody.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.vakt.v1.CommandBody();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.commandId = value;
                            else
                                delete message.commandId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.hubId = value;
                            else
                                delete message.hubId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.nonce = value;
                            else
                                delete message.nonce;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.issuedAtMs = value;
                            else
                                delete message.issuedAtMs;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.expiresAtMs = value;
                            else
                                delete message.expiresAtMs;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            message.testAlarm = $root.vakt.v1.TestAlarm.decode(reader, reader.size(), $undefined, _depth + 1, message.testAlarm);
                            message.action = "testAlarm";
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            message.setHeartbeatInterval = $root.vakt.v1.SetHeartbeatInterval.decode(reader, reader.size(), $undefined, _depth + 1, message.setHeartbeatInterval);
                            message.action = "setHeartbeatInterval";
                            continue;
                        }
                    case 12: {
                            if (wireType !== 2)
                                break;
                            message.enterLearnMode = $root.vakt.v1.EnterLearnMode.decode(reader, reader.size(), $undefined, _depth + 1, message.enterLearnMode);
                            message.action = "enterLearnMode";
                            continue;
                        }
                    case 13: {
                            if (wireType !== 2)
                                break;
                            message.rebootLink = $root.vakt.v1.RebootLink.decode(reader, reader.size(), $undefined, _depth + 1, message.rebootLink);
                            message.action = "rebootLink";
                            continue;
                        }
                    case 14: {
                            if (wireType !== 2)
                                break;
                            message.requestInventory = $root.vakt.v1.RequestInventory.decode(reader, reader.size(), $undefined, _depth + 1, message.requestInventory);
                            message.action = "requestInventory";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a CommandBody message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof vakt.v1.CommandBody
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {vakt.v1.CommandBody} CommandBody
             */
            CommandBody.fromObject = function (object, _depth) {
                if (object instanceof $root.vakt.v1.CommandBody)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".vakt.v1.CommandBody: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.vakt.v1.CommandBody();
                if (object.commandId != null)
                    if (typeof object.commandId !== "string" || object.commandId.length)
                        message.commandId = $String(object.commandId);
                if (object.hubId != null)
                    if (typeof object.hubId !== "string" || object.hubId.length)
                        message.hubId = $String(object.hubId);
                if (object.nonce != null)
                    if (typeof object.nonce !== "string" || object.nonce.length)
                        message.nonce = $String(object.nonce);
                if (object.issuedAtMs != null)
                    if (typeof object.issuedAtMs === "object" ? object.issuedAtMs.low || object.issuedAtMs.high : $Number(object.issuedAtMs) !== 0)
                        if ($util.Long)
                            message.issuedAtMs = $util.Long.fromValue(object.issuedAtMs, false);
                        else if (typeof object.issuedAtMs === "string")
                            message.issuedAtMs = $parseInt(object.issuedAtMs, 10);
                        else if (typeof object.issuedAtMs === "number")
                            message.issuedAtMs = object.issuedAtMs;
                        else if (typeof object.issuedAtMs === "object")
                            message.issuedAtMs = new $util.LongBits(object.issuedAtMs.low >>> 0, object.issuedAtMs.high >>> 0).toNumber();
                if (object.expiresAtMs != null)
                    if (typeof object.expiresAtMs === "object" ? object.expiresAtMs.low || object.expiresAtMs.high : $Number(object.expiresAtMs) !== 0)
                        if ($util.Long)
                            message.expiresAtMs = $util.Long.fromValue(object.expiresAtMs, false);
                        else if (typeof object.expiresAtMs === "string")
                            message.expiresAtMs = $parseInt(object.expiresAtMs, 10);
                        else if (typeof object.expiresAtMs === "number")
                            message.expiresAtMs = object.expiresAtMs;
                        else if (typeof object.expiresAtMs === "object")
                            message.expiresAtMs = new $util.LongBits(object.expiresAtMs.low >>> 0, object.expiresAtMs.high >>> 0).toNumber();
                if (object.testAlarm != null) {
                    if (!$util.isObject(object.testAlarm))
                        throw $TypeError(".vakt.v1.CommandBody.testAlarm: object expected");
                    message.testAlarm = $root.vakt.v1.TestAlarm.fromObject(object.testAlarm, _depth + 1);
                }
                if (object.setHeartbeatInterval != null) {
                    if (!$util.isObject(object.setHeartbeatInterval))
                        throw $TypeError(".vakt.v1.CommandBody.setHeartbeatInterval: object expected");
                    message.setHeartbeatInterval = $root.vakt.v1.SetHeartbeatInterval.fromObject(object.setHeartbeatInterval, _depth + 1);
                }
                if (object.enterLearnMode != null) {
                    if (!$util.isObject(object.enterLearnMode))
                        throw $TypeError(".vakt.v1.CommandBody.enterLearnMode: object expected");
                    message.enterLearnMode = $root.vakt.v1.EnterLearnMode.fromObject(object.enterLearnMode, _depth + 1);
                }
                if (object.rebootLink != null) {
                    if (!$util.isObject(object.rebootLink))
                        throw $TypeError(".vakt.v1.CommandBody.rebootLink: object expected");
                    message.rebootLink = $root.vakt.v1.RebootLink.fromObject(object.rebootLink, _depth + 1);
                }
                if (object.requestInventory != null) {
                    if (!$util.isObject(object.requestInventory))
                        throw $TypeError(".vakt.v1.CommandBody.requestInventory: object expected");
                    message.requestInventory = $root.vakt.v1.RequestInventory.fromObject(object.requestInventory, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a CommandBody message. Also converts values to other types if specified.
             * @function toObject
             * @memberof vakt.v1.CommandBody
             * @static
             * @param {vakt.v1.CommandBody} message CommandBody
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            CommandBody.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.commandId = "";
                    object.hubId = "";
                    object.nonce = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.issuedAtMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.issuedAtMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.expiresAtMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.expiresAtMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.commandId != null && $Object.hasOwnProperty.call(message, "commandId"))
                    object.commandId = message.commandId;
                if (message.hubId != null && $Object.hasOwnProperty.call(message, "hubId"))
                    object.hubId = message.hubId;
                if (message.nonce != null && $Object.hasOwnProperty.call(message, "nonce"))
                    object.nonce = message.nonce;
                if (message.issuedAtMs != null && $Object.hasOwnProperty.call(message, "issuedAtMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.issuedAtMs = typeof message.issuedAtMs === "number" ? $BigInt(message.issuedAtMs) : $util.Long.fromBits(message.issuedAtMs.low >>> 0, message.issuedAtMs.high >>> 0, false).toBigInt();
                    else if (typeof message.issuedAtMs === "number")
                        object.issuedAtMs = options.longs === $String ? $String(message.issuedAtMs) : message.issuedAtMs;
                    else
                        object.issuedAtMs = options.longs === $String ? $util.Long.prototype.toString.call(message.issuedAtMs) : options.longs === $Number ? new $util.LongBits(message.issuedAtMs.low >>> 0, message.issuedAtMs.high >>> 0).toNumber() : message.issuedAtMs;
                if (message.expiresAtMs != null && $Object.hasOwnProperty.call(message, "expiresAtMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.expiresAtMs = typeof message.expiresAtMs === "number" ? $BigInt(message.expiresAtMs) : $util.Long.fromBits(message.expiresAtMs.low >>> 0, message.expiresAtMs.high >>> 0, false).toBigInt();
                    else if (typeof message.expiresAtMs === "number")
                        object.expiresAtMs = options.longs === $String ? $String(message.expiresAtMs) : message.expiresAtMs;
                    else
                        object.expiresAtMs = options.longs === $String ? $util.Long.prototype.toString.call(message.expiresAtMs) : options.longs === $Number ? new $util.LongBits(message.expiresAtMs.low >>> 0, message.expiresAtMs.high >>> 0).toNumber() : message.expiresAtMs;
                if (message.testAlarm != null && $Object.hasOwnProperty.call(message, "testAlarm")) {
                    object.testAlarm = $root.vakt.v1.TestAlarm.toObject(message.testAlarm, options, _depth + 1);
                    if (options.oneofs)
                        object.action = "testAlarm";
                }
                if (message.setHeartbeatInterval != null && $Object.hasOwnProperty.call(message, "setHeartbeatInterval")) {
                    object.setHeartbeatInterval = $root.vakt.v1.SetHeartbeatInterval.toObject(message.setHeartbeatInterval, options, _depth + 1);
                    if (options.oneofs)
                        object.action = "setHeartbeatInterval";
                }
                if (message.enterLearnMode != null && $Object.hasOwnProperty.call(message, "enterLearnMode")) {
                    object.enterLearnMode = $root.vakt.v1.EnterLearnMode.toObject(message.enterLearnMode, options, _depth + 1);
                    if (options.oneofs)
                        object.action = "enterLearnMode";
                }
                if (message.rebootLink != null && $Object.hasOwnProperty.call(message, "rebootLink")) {
                    object.rebootLink = $root.vakt.v1.RebootLink.toObject(message.rebootLink, options, _depth + 1);
                    if (options.oneofs)
                        object.action = "rebootLink";
                }
                if (message.requestInventory != null && $Object.hasOwnProperty.call(message, "requestInventory")) {
                    object.requestInventory = $root.vakt.v1.RequestInventory.toObject(message.requestInventory, options, _depth + 1);
                    if (options.oneofs)
                        object.action = "requestInventory";
                }
                return object;
            };

            /**
             * Converts this CommandBody to JSON.
             * @function toJSON
             * @memberof vakt.v1.CommandBody
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            CommandBody.prototype.toJSON = function() {
                return CommandBody.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for CommandBody
             * @function getTypeUrl
             * @memberof vakt.v1.CommandBody
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            CommandBody.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/vakt.v1.CommandBody";
            };

            return CommandBody;
        })();

        v1.TestAlarm = (function() {

            /**
             * Properties of a TestAlarm.
             * @typedef {Object} vakt.v1.TestAlarm.$Properties
             * @property {number|null} [deviceId] TestAlarm deviceId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a TestAlarm.
             * @memberof vakt.v1
             * @interface ITestAlarm
             * @augments vakt.v1.TestAlarm.$Properties
             * @deprecated Use vakt.v1.TestAlarm.$Properties instead.
             */

            /**
             * Shape of a TestAlarm.
             * @typedef {vakt.v1.TestAlarm.$Properties} vakt.v1.TestAlarm.$Shape
             */

            /**
             * Constructs a new TestAlarm.
             * @memberof vakt.v1
             * @classdesc Represents a TestAlarm.
             * @constructor
             * @param {vakt.v1.TestAlarm.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const TestAlarm = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * TestAlarm deviceId.
             * @member {number} deviceId
             * @memberof vakt.v1.TestAlarm
             * @instance
             */
            TestAlarm.prototype.deviceId = 0;

            /**
             * Creates a new TestAlarm instance using the specified properties.
             * @function create
             * @memberof vakt.v1.TestAlarm
             * @static
             * @param {vakt.v1.TestAlarm.$Properties=} [properties] Properties to set
             * @returns {vakt.v1.TestAlarm} TestAlarm instance
             * @type {{
             *   (properties: vakt.v1.TestAlarm.$Shape): vakt.v1.TestAlarm & vakt.v1.TestAlarm.$Shape;
             *   (properties?: vakt.v1.TestAlarm.$Properties): vakt.v1.TestAlarm;
             * }}
             */
            TestAlarm.create = function(properties) {
                return new TestAlarm(properties);
            };

            /**
             * Encodes the specified TestAlarm message. Does not implicitly {@link vakt.v1.TestAlarm.verify|verify} messages.
             * @function encode
             * @memberof vakt.v1.TestAlarm
             * @static
             * @param {vakt.v1.TestAlarm.$Properties} message TestAlarm message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TestAlarm.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.deviceId != null && $Object.hasOwnProperty.call(message, "deviceId") && message.deviceId !== 0)
                    writer.uint32(/* id 1, wireType 5 =*/13).fixed32(message.deviceId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a TestAlarm message from the specified reader or buffer.
             * @function decode
             * @memberof vakt.v1.TestAlarm
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {vakt.v1.TestAlarm & vakt.v1.TestAlarm.$Shape} TestAlarm
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TestAlarm.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.vakt.v1.TestAlarm();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 5)
                                break;
                            if (value = reader.fixed32())
                                message.deviceId = value;
                            else
                                delete message.deviceId;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a TestAlarm message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof vakt.v1.TestAlarm
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {vakt.v1.TestAlarm} TestAlarm
             */
            TestAlarm.fromObject = function (object, _depth) {
                if (object instanceof $root.vakt.v1.TestAlarm)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".vakt.v1.TestAlarm: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.vakt.v1.TestAlarm();
                if (object.deviceId != null)
                    if ($Number(object.deviceId) !== 0)
                        message.deviceId = object.deviceId >>> 0;
                return message;
            };

            /**
             * Creates a plain object from a TestAlarm message. Also converts values to other types if specified.
             * @function toObject
             * @memberof vakt.v1.TestAlarm
             * @static
             * @param {vakt.v1.TestAlarm} message TestAlarm
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            TestAlarm.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.deviceId = 0;
                if (message.deviceId != null && $Object.hasOwnProperty.call(message, "deviceId"))
                    object.deviceId = message.deviceId;
                return object;
            };

            /**
             * Converts this TestAlarm to JSON.
             * @function toJSON
             * @memberof vakt.v1.TestAlarm
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            TestAlarm.prototype.toJSON = function() {
                return TestAlarm.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for TestAlarm
             * @function getTypeUrl
             * @memberof vakt.v1.TestAlarm
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            TestAlarm.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/vakt.v1.TestAlarm";
            };

            return TestAlarm;
        })();

        v1.SetHeartbeatInterval = (function() {

            /**
             * Properties of a SetHeartbeatInterval.
             * @typedef {Object} vakt.v1.SetHeartbeatInterval.$Properties
             * @property {number|null} [intervalS] SetHeartbeatInterval intervalS
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SetHeartbeatInterval.
             * @memberof vakt.v1
             * @interface ISetHeartbeatInterval
             * @augments vakt.v1.SetHeartbeatInterval.$Properties
             * @deprecated Use vakt.v1.SetHeartbeatInterval.$Properties instead.
             */

            /**
             * Shape of a SetHeartbeatInterval.
             * @typedef {vakt.v1.SetHeartbeatInterval.$Properties} vakt.v1.SetHeartbeatInterval.$Shape
             */

            /**
             * Constructs a new SetHeartbeatInterval.
             * @memberof vakt.v1
             * @classdesc Represents a SetHeartbeatInterval.
             * @constructor
             * @param {vakt.v1.SetHeartbeatInterval.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SetHeartbeatInterval = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SetHeartbeatInterval intervalS.
             * @member {number} intervalS
             * @memberof vakt.v1.SetHeartbeatInterval
             * @instance
             */
            SetHeartbeatInterval.prototype.intervalS = 0;

            /**
             * Creates a new SetHeartbeatInterval instance using the specified properties.
             * @function create
             * @memberof vakt.v1.SetHeartbeatInterval
             * @static
             * @param {vakt.v1.SetHeartbeatInterval.$Properties=} [properties] Properties to set
             * @returns {vakt.v1.SetHeartbeatInterval} SetHeartbeatInterval instance
             * @type {{
             *   (properties: vakt.v1.SetHeartbeatInterval.$Shape): vakt.v1.SetHeartbeatInterval & vakt.v1.SetHeartbeatInterval.$Shape;
             *   (properties?: vakt.v1.SetHeartbeatInterval.$Properties): vakt.v1.SetHeartbeatInterval;
             * }}
             */
            SetHeartbeatInterval.create = function(properties) {
                return new SetHeartbeatInterval(properties);
            };

            /**
             * Encodes the specified SetHeartbeatInterval message. Does not implicitly {@link vakt.v1.SetHeartbeatInterval.verify|verify} messages.
             * @function encode
             * @memberof vakt.v1.SetHeartbeatInterval
             * @static
             * @param {vakt.v1.SetHeartbeatInterval.$Properties} message SetHeartbeatInterval message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SetHeartbeatInterval.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.intervalS != null && $Object.hasOwnProperty.call(message, "intervalS") && message.intervalS !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.intervalS);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a SetHeartbeatInterval message from the specified reader or buffer.
             * @function decode
             * @memberof vakt.v1.SetHeartbeatInterval
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {vakt.v1.SetHeartbeatInterval & vakt.v1.SetHeartbeatInterval.$Shape} SetHeartbeatInterval
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SetHeartbeatInterval.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.vakt.v1.SetHeartbeatInterval();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.intervalS = value;
                            else
                                delete message.intervalS;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a SetHeartbeatInterval message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof vakt.v1.SetHeartbeatInterval
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {vakt.v1.SetHeartbeatInterval} SetHeartbeatInterval
             */
            SetHeartbeatInterval.fromObject = function (object, _depth) {
                if (object instanceof $root.vakt.v1.SetHeartbeatInterval)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".vakt.v1.SetHeartbeatInterval: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.vakt.v1.SetHeartbeatInterval();
                if (object.intervalS != null)
                    if ($Number(object.intervalS) !== 0)
                        message.intervalS = object.intervalS >>> 0;
                return message;
            };

            /**
             * Creates a plain object from a SetHeartbeatInterval message. Also converts values to other types if specified.
             * @function toObject
             * @memberof vakt.v1.SetHeartbeatInterval
             * @static
             * @param {vakt.v1.SetHeartbeatInterval} message SetHeartbeatInterval
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SetHeartbeatInterval.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.intervalS = 0;
                if (message.intervalS != null && $Object.hasOwnProperty.call(message, "intervalS"))
                    object.intervalS = message.intervalS;
                return object;
            };

            /**
             * Converts this SetHeartbeatInterval to JSON.
             * @function toJSON
             * @memberof vakt.v1.SetHeartbeatInterval
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SetHeartbeatInterval.prototype.toJSON = function() {
                return SetHeartbeatInterval.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for SetHeartbeatInterval
             * @function getTypeUrl
             * @memberof vakt.v1.SetHeartbeatInterval
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SetHeartbeatInterval.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/vakt.v1.SetHeartbeatInterval";
            };

            return SetHeartbeatInterval;
        })();

        v1.EnterLearnMode = (function() {

            /**
             * Properties of an EnterLearnMode.
             * @typedef {Object} vakt.v1.EnterLearnMode.$Properties
             * @property {number|null} [timeoutS] EnterLearnMode timeoutS
             * @property {string|null} [installCode] EnterLearnMode installCode
             * @property {boolean|null} [allowUnauthenticated] EnterLearnMode allowUnauthenticated
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an EnterLearnMode.
             * @memberof vakt.v1
             * @interface IEnterLearnMode
             * @augments vakt.v1.EnterLearnMode.$Properties
             * @deprecated Use vakt.v1.EnterLearnMode.$Properties instead.
             */

            /**
             * Shape of an EnterLearnMode.
             * @typedef {vakt.v1.EnterLearnMode.$Properties} vakt.v1.EnterLearnMode.$Shape
             */

            /**
             * Constructs a new EnterLearnMode.
             * @memberof vakt.v1
             * @classdesc Represents an EnterLearnMode.
             * @constructor
             * @param {vakt.v1.EnterLearnMode.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const EnterLearnMode = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * EnterLearnMode timeoutS.
             * @member {number} timeoutS
             * @memberof vakt.v1.EnterLearnMode
             * @instance
             */
            EnterLearnMode.prototype.timeoutS = 0;

            /**
             * EnterLearnMode installCode.
             * @member {string} installCode
             * @memberof vakt.v1.EnterLearnMode
             * @instance
             */
            EnterLearnMode.prototype.installCode = "";

            /**
             * EnterLearnMode allowUnauthenticated.
             * @member {boolean} allowUnauthenticated
             * @memberof vakt.v1.EnterLearnMode
             * @instance
             */
            EnterLearnMode.prototype.allowUnauthenticated = false;

            /**
             * Creates a new EnterLearnMode instance using the specified properties.
             * @function create
             * @memberof vakt.v1.EnterLearnMode
             * @static
             * @param {vakt.v1.EnterLearnMode.$Properties=} [properties] Properties to set
             * @returns {vakt.v1.EnterLearnMode} EnterLearnMode instance
             * @type {{
             *   (properties: vakt.v1.EnterLearnMode.$Shape): vakt.v1.EnterLearnMode & vakt.v1.EnterLearnMode.$Shape;
             *   (properties?: vakt.v1.EnterLearnMode.$Properties): vakt.v1.EnterLearnMode;
             * }}
             */
            EnterLearnMode.create = function(properties) {
                return new EnterLearnMode(properties);
            };

            /**
             * Encodes the specified EnterLearnMode message. Does not implicitly {@link vakt.v1.EnterLearnMode.verify|verify} messages.
             * @function encode
             * @memberof vakt.v1.EnterLearnMode
             * @static
             * @param {vakt.v1.EnterLearnMode.$Properties} message EnterLearnMode message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            EnterLearnMode.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.timeoutS != null && $Object.hasOwnProperty.call(message, "timeoutS") && message.timeoutS !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.timeoutS);
                if (message.installCode != null && $Object.hasOwnProperty.call(message, "installCode") && message.installCode !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.installCode);
                if (message.allowUnauthenticated != null && $Object.hasOwnProperty.call(message, "allowUnauthenticated") && message.allowUnauthenticated !== false)
                    writer.uint32(/* id 3, wireType 0 =*/24).bool(message.allowUnauthenticated);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an EnterLearnMode message from the specified reader or buffer.
             * @function decode
             * @memberof vakt.v1.EnterLearnMode
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {vakt.v1.EnterLearnMode & vakt.v1.EnterLearnMode.$Shape} EnterLearnMode
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            EnterLearnMode.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.vakt.v1.EnterLearnMode();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.timeoutS = value;
                            else
                                delete message.timeoutS;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.installCode = value;
                            else
                                delete message.installCode;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.allowUnauthenticated = value;
                            else
                                delete message.allowUnauthenticated;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates an EnterLearnMode message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof vakt.v1.EnterLearnMode
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {vakt.v1.EnterLearnMode} EnterLearnMode
             */
            EnterLearnMode.fromObject = function (object, _depth) {
                if (object instanceof $root.vakt.v1.EnterLearnMode)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".vakt.v1.EnterLearnMode: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.vakt.v1.EnterLearnMode();
                if (object.timeoutS != null)
                    if ($Number(object.timeoutS) !== 0)
                        message.timeoutS = object.timeoutS >>> 0;
                if (object.installCode != null)
                    if (typeof object.installCode !== "string" || object.installCode.length)
                        message.installCode = $String(object.installCode);
                if (object.allowUnauthenticated != null)
                    if (object.allowUnauthenticated)
                        message.allowUnauthenticated = $Boolean(object.allowUnauthenticated);
                return message;
            };

            /**
             * Creates a plain object from an EnterLearnMode message. Also converts values to other types if specified.
             * @function toObject
             * @memberof vakt.v1.EnterLearnMode
             * @static
             * @param {vakt.v1.EnterLearnMode} message EnterLearnMode
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            EnterLearnMode.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.timeoutS = 0;
                    object.installCode = "";
                    object.allowUnauthenticated = false;
                }
                if (message.timeoutS != null && $Object.hasOwnProperty.call(message, "timeoutS"))
                    object.timeoutS = message.timeoutS;
                if (message.installCode != null && $Object.hasOwnProperty.call(message, "installCode"))
                    object.installCode = message.installCode;
                if (message.allowUnauthenticated != null && $Object.hasOwnProperty.call(message, "allowUnauthenticated"))
                    object.allowUnauthenticated = message.allowUnauthenticated;
                return object;
            };

            /**
             * Converts this EnterLearnMode to JSON.
             * @function toJSON
             * @memberof vakt.v1.EnterLearnMode
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            EnterLearnMode.prototype.toJSON = function() {
                return EnterLearnMode.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for EnterLearnMode
             * @function getTypeUrl
             * @memberof vakt.v1.EnterLearnMode
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            EnterLearnMode.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/vakt.v1.EnterLearnMode";
            };

            return EnterLearnMode;
        })();

        v1.RebootLink = (function() {

            /**
             * Properties of a RebootLink.
             * @typedef {Object} vakt.v1.RebootLink.$Properties
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RebootLink.
             * @memberof vakt.v1
             * @interface IRebootLink
             * @augments vakt.v1.RebootLink.$Properties
             * @deprecated Use vakt.v1.RebootLink.$Properties instead.
             */

            /**
             * Shape of a RebootLink.
             * @typedef {vakt.v1.RebootLink.$Properties} vakt.v1.RebootLink.$Shape
             */

            /**
             * Constructs a new RebootLink.
             * @memberof vakt.v1
             * @classdesc Represents a RebootLink.
             * @constructor
             * @param {vakt.v1.RebootLink.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RebootLink = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Creates a new RebootLink instance using the specified properties.
             * @function create
             * @memberof vakt.v1.RebootLink
             * @static
             * @param {vakt.v1.RebootLink.$Properties=} [properties] Properties to set
             * @returns {vakt.v1.RebootLink} RebootLink instance
             * @type {{
             *   (properties: vakt.v1.RebootLink.$Shape): vakt.v1.RebootLink & vakt.v1.RebootLink.$Shape;
             *   (properties?: vakt.v1.RebootLink.$Properties): vakt.v1.RebootLink;
             * }}
             */
            RebootLink.create = function(properties) {
                return new RebootLink(properties);
            };

            /**
             * Encodes the specified RebootLink message. Does not implicitly {@link vakt.v1.RebootLink.verify|verify} messages.
             * @function encode
             * @memberof vakt.v1.RebootLink
             * @static
             * @param {vakt.v1.RebootLink.$Properties} message RebootLink message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RebootLink.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a RebootLink message from the specified reader or buffer.
             * @function decode
             * @memberof vakt.v1.RebootLink
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {vakt.v1.RebootLink & vakt.v1.RebootLink.$Shape} RebootLink
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RebootLink.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.vakt.v1.RebootLink();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    reader.skipType(tag & 7, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a RebootLink message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof vakt.v1.RebootLink
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {vakt.v1.RebootLink} RebootLink
             */
            RebootLink.fromObject = function (object, _depth) {
                if (object instanceof $root.vakt.v1.RebootLink)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".vakt.v1.RebootLink: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                return new $root.vakt.v1.RebootLink();
            };

            /**
             * Creates a plain object from a RebootLink message. Also converts values to other types if specified.
             * @function toObject
             * @memberof vakt.v1.RebootLink
             * @static
             * @param {vakt.v1.RebootLink} message RebootLink
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            RebootLink.toObject = function () {
                return {};
            };

            /**
             * Converts this RebootLink to JSON.
             * @function toJSON
             * @memberof vakt.v1.RebootLink
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            RebootLink.prototype.toJSON = function() {
                return RebootLink.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for RebootLink
             * @function getTypeUrl
             * @memberof vakt.v1.RebootLink
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            RebootLink.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/vakt.v1.RebootLink";
            };

            return RebootLink;
        })();

        v1.RequestInventory = (function() {

            /**
             * Properties of a RequestInventory.
             * @typedef {Object} vakt.v1.RequestInventory.$Properties
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RequestInventory.
             * @memberof vakt.v1
             * @interface IRequestInventory
             * @augments vakt.v1.RequestInventory.$Properties
             * @deprecated Use vakt.v1.RequestInventory.$Properties instead.
             */

            /**
             * Shape of a RequestInventory.
             * @typedef {vakt.v1.RequestInventory.$Properties} vakt.v1.RequestInventory.$Shape
             */

            /**
             * Constructs a new RequestInventory.
             * @memberof vakt.v1
             * @classdesc Represents a RequestInventory.
             * @constructor
             * @param {vakt.v1.RequestInventory.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RequestInventory = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Creates a new RequestInventory instance using the specified properties.
             * @function create
             * @memberof vakt.v1.RequestInventory
             * @static
             * @param {vakt.v1.RequestInventory.$Properties=} [properties] Properties to set
             * @returns {vakt.v1.RequestInventory} RequestInventory instance
             * @type {{
             *   (properties: vakt.v1.RequestInventory.$Shape): vakt.v1.RequestInventory & vakt.v1.RequestInventory.$Shape;
             *   (properties?: vakt.v1.RequestInventory.$Properties): vakt.v1.RequestInventory;
             * }}
             */
            RequestInventory.create = function(properties) {
                return new RequestInventory(properties);
            };

            /**
             * Encodes the specified RequestInventory message. Does not implicitly {@link vakt.v1.RequestInventory.verify|verify} messages.
             * @function encode
             * @memberof vakt.v1.RequestInventory
             * @static
             * @param {vakt.v1.RequestInventory.$Properties} message RequestInventory message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RequestInventory.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a RequestInventory message from the specified reader or buffer.
             * @function decode
             * @memberof vakt.v1.RequestInventory
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {vakt.v1.RequestInventory & vakt.v1.RequestInventory.$Shape} RequestInventory
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RequestInventory.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.vakt.v1.RequestInventory();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    reader.skipType(tag & 7, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a RequestInventory message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof vakt.v1.RequestInventory
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {vakt.v1.RequestInventory} RequestInventory
             */
            RequestInventory.fromObject = function (object, _depth) {
                if (object instanceof $root.vakt.v1.RequestInventory)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".vakt.v1.RequestInventory: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                return new $root.vakt.v1.RequestInventory();
            };

            /**
             * Creates a plain object from a RequestInventory message. Also converts values to other types if specified.
             * @function toObject
             * @memberof vakt.v1.RequestInventory
             * @static
             * @param {vakt.v1.RequestInventory} message RequestInventory
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            RequestInventory.toObject = function () {
                return {};
            };

            /**
             * Converts this RequestInventory to JSON.
             * @function toJSON
             * @memberof vakt.v1.RequestInventory
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            RequestInventory.prototype.toJSON = function() {
                return RequestInventory.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for RequestInventory
             * @function getTypeUrl
             * @memberof vakt.v1.RequestInventory
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            RequestInventory.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/vakt.v1.RequestInventory";
            };

            return RequestInventory;
        })();

        /**
         * CommandStatus enum.
         * @name vakt.v1.CommandStatus
         * @enum {number}
         * @property {number} COMMAND_STATUS_UNSPECIFIED=0 COMMAND_STATUS_UNSPECIFIED value
         * @property {number} COMMAND_STATUS_EXECUTED=1 COMMAND_STATUS_EXECUTED value
         * @property {number} COMMAND_STATUS_REJECTED=2 COMMAND_STATUS_REJECTED value
         * @property {number} COMMAND_STATUS_FAILED=3 COMMAND_STATUS_FAILED value
         */
        v1.CommandStatus = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "COMMAND_STATUS_UNSPECIFIED"] = 0;
            values[valuesById[1] = "COMMAND_STATUS_EXECUTED"] = 1;
            values[valuesById[2] = "COMMAND_STATUS_REJECTED"] = 2;
            values[valuesById[3] = "COMMAND_STATUS_FAILED"] = 3;
            return values;
        })();

        /**
         * RejectReason enum.
         * @name vakt.v1.RejectReason
         * @enum {number}
         * @property {number} REJECT_REASON_UNSPECIFIED=0 REJECT_REASON_UNSPECIFIED value
         * @property {number} REJECT_REASON_BAD_SIGNATURE=1 REJECT_REASON_BAD_SIGNATURE value
         * @property {number} REJECT_REASON_WRONG_HUB=2 REJECT_REASON_WRONG_HUB value
         * @property {number} REJECT_REASON_EXPIRED=3 REJECT_REASON_EXPIRED value
         * @property {number} REJECT_REASON_NOT_YET_VALID=4 REJECT_REASON_NOT_YET_VALID value
         * @property {number} REJECT_REASON_REPLAYED=5 REJECT_REASON_REPLAYED value
         * @property {number} REJECT_REASON_MALFORMED=6 REJECT_REASON_MALFORMED value
         * @property {number} REJECT_REASON_UNKNOWN_KEY=7 REJECT_REASON_UNKNOWN_KEY value
         * @property {number} REJECT_REASON_UNSUPPORTED=8 REJECT_REASON_UNSUPPORTED value
         * @property {number} REJECT_REASON_OUT_OF_RANGE=9 REJECT_REASON_OUT_OF_RANGE value
         * @property {number} REJECT_REASON_NOT_PAIRED=10 REJECT_REASON_NOT_PAIRED value
         * @property {number} REJECT_REASON_CLOCK_UNTRUSTED=11 REJECT_REASON_CLOCK_UNTRUSTED value
         */
        v1.RejectReason = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "REJECT_REASON_UNSPECIFIED"] = 0;
            values[valuesById[1] = "REJECT_REASON_BAD_SIGNATURE"] = 1;
            values[valuesById[2] = "REJECT_REASON_WRONG_HUB"] = 2;
            values[valuesById[3] = "REJECT_REASON_EXPIRED"] = 3;
            values[valuesById[4] = "REJECT_REASON_NOT_YET_VALID"] = 4;
            values[valuesById[5] = "REJECT_REASON_REPLAYED"] = 5;
            values[valuesById[6] = "REJECT_REASON_MALFORMED"] = 6;
            values[valuesById[7] = "REJECT_REASON_UNKNOWN_KEY"] = 7;
            values[valuesById[8] = "REJECT_REASON_UNSUPPORTED"] = 8;
            values[valuesById[9] = "REJECT_REASON_OUT_OF_RANGE"] = 9;
            values[valuesById[10] = "REJECT_REASON_NOT_PAIRED"] = 10;
            values[valuesById[11] = "REJECT_REASON_CLOCK_UNTRUSTED"] = 11;
            return values;
        })();

        v1.CommandResult = (function() {

            /**
             * Properties of a CommandResult.
             * @typedef {Object} vakt.v1.CommandResult.$Properties
             * @property {string|null} [commandId] CommandResult commandId
             * @property {string|null} [hubId] CommandResult hubId
             * @property {vakt.v1.CommandStatus|null} [status] CommandResult status
             * @property {vakt.v1.RejectReason|null} [reason] CommandResult reason
             * @property {string|null} [detail] CommandResult detail
             * @property {number|null} [atMs] CommandResult atMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a CommandResult.
             * @memberof vakt.v1
             * @interface ICommandResult
             * @augments vakt.v1.CommandResult.$Properties
             * @deprecated Use vakt.v1.CommandResult.$Properties instead.
             */

            /**
             * Shape of a CommandResult.
             * @typedef {vakt.v1.CommandResult.$Properties} vakt.v1.CommandResult.$Shape
             */

            /**
             * Constructs a new CommandResult.
             * @memberof vakt.v1
             * @classdesc Represents a CommandResult.
             * @constructor
             * @param {vakt.v1.CommandResult.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const CommandResult = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * CommandResult commandId.
             * @member {string} commandId
             * @memberof vakt.v1.CommandResult
             * @instance
             */
            CommandResult.prototype.commandId = "";

            /**
             * CommandResult hubId.
             * @member {string} hubId
             * @memberof vakt.v1.CommandResult
             * @instance
             */
            CommandResult.prototype.hubId = "";

            /**
             * CommandResult status.
             * @member {vakt.v1.CommandStatus} status
             * @memberof vakt.v1.CommandResult
             * @instance
             */
            CommandResult.prototype.status = 0;

            /**
             * CommandResult reason.
             * @member {vakt.v1.RejectReason} reason
             * @memberof vakt.v1.CommandResult
             * @instance
             */
            CommandResult.prototype.reason = 0;

            /**
             * CommandResult detail.
             * @member {string} detail
             * @memberof vakt.v1.CommandResult
             * @instance
             */
            CommandResult.prototype.detail = "";

            /**
             * CommandResult atMs.
             * @member {number} atMs
             * @memberof vakt.v1.CommandResult
             * @instance
             */
            CommandResult.prototype.atMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Creates a new CommandResult instance using the specified properties.
             * @function create
             * @memberof vakt.v1.CommandResult
             * @static
             * @param {vakt.v1.CommandResult.$Properties=} [properties] Properties to set
             * @returns {vakt.v1.CommandResult} CommandResult instance
             * @type {{
             *   (properties: vakt.v1.CommandResult.$Shape): vakt.v1.CommandResult & vakt.v1.CommandResult.$Shape;
             *   (properties?: vakt.v1.CommandResult.$Properties): vakt.v1.CommandResult;
             * }}
             */
            CommandResult.create = function(properties) {
                return new CommandResult(properties);
            };

            /**
             * Encodes the specified CommandResult message. Does not implicitly {@link vakt.v1.CommandResult.verify|verify} messages.
             * @function encode
             * @memberof vakt.v1.CommandResult
             * @static
             * @param {vakt.v1.CommandResult.$Properties} message CommandResult message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CommandResult.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.commandId != null && $Object.hasOwnProperty.call(message, "commandId") && message.commandId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.commandId);
                if (message.hubId != null && $Object.hasOwnProperty.call(message, "hubId") && message.hubId !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.hubId);
                if (message.status != null && $Object.hasOwnProperty.call(message, "status") && message.status !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).int32(message.status);
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).int32(message.reason);
                if (message.detail != null && $Object.hasOwnProperty.call(message, "detail") && message.detail !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.detail);
                if (message.atMs != null && $Object.hasOwnProperty.call(message, "atMs") && (typeof message.atMs === "object" ? message.atMs.low || message.atMs.high : message.atMs !== 0))
                    writer.uint32(/* id 6, wireType 0 =*/48).int64(message.atMs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a CommandResult message from the specified reader or buffer.
             * @function decode
             * @memberof vakt.v1.CommandResult
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {vakt.v1.CommandResult & vakt.v1.CommandResult.$Shape} CommandResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CommandResult.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.vakt.v1.CommandResult();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.commandId = value;
                            else
                                delete message.commandId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.hubId = value;
                            else
                                delete message.hubId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.status = value;
                            else
                                delete message.status;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.reason = value;
                            else
                                delete message.reason;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.detail = value;
                            else
                                delete message.detail;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.atMs = value;
                            else
                                delete message.atMs;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a CommandResult message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof vakt.v1.CommandResult
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {vakt.v1.CommandResult} CommandResult
             */
            CommandResult.fromObject = function (object, _depth) {
                if (object instanceof $root.vakt.v1.CommandResult)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".vakt.v1.CommandResult: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.vakt.v1.CommandResult();
                if (object.commandId != null)
                    if (typeof object.commandId !== "string" || object.commandId.length)
                        message.commandId = $String(object.commandId);
                if (object.hubId != null)
                    if (typeof object.hubId !== "string" || object.hubId.length)
                        message.hubId = $String(object.hubId);
                if (object.status !== 0 && (typeof object.status !== "string" || $root.vakt.v1.CommandStatus[object.status] !== 0))
                    switch (object.status) {
                    case "COMMAND_STATUS_UNSPECIFIED":
                    case 0:
                        message.status = 0;
                        break;
                    case "COMMAND_STATUS_EXECUTED":
                    case 1:
                        message.status = 1;
                        break;
                    case "COMMAND_STATUS_REJECTED":
                    case 2:
                        message.status = 2;
                        break;
                    case "COMMAND_STATUS_FAILED":
                    case 3:
                        message.status = 3;
                        break;
                    default:
                        if (typeof object.status === "number" && (object.status | 0) === object.status)
                            message.status = object.status;
                    }
                if (object.reason !== 0 && (typeof object.reason !== "string" || $root.vakt.v1.RejectReason[object.reason] !== 0))
                    switch (object.reason) {
                    case "REJECT_REASON_UNSPECIFIED":
                    case 0:
                        message.reason = 0;
                        break;
                    case "REJECT_REASON_BAD_SIGNATURE":
                    case 1:
                        message.reason = 1;
                        break;
                    case "REJECT_REASON_WRONG_HUB":
                    case 2:
                        message.reason = 2;
                        break;
                    case "REJECT_REASON_EXPIRED":
                    case 3:
                        message.reason = 3;
                        break;
                    case "REJECT_REASON_NOT_YET_VALID":
                    case 4:
                        message.reason = 4;
                        break;
                    case "REJECT_REASON_REPLAYED":
                    case 5:
                        message.reason = 5;
                        break;
                    case "REJECT_REASON_MALFORMED":
                    case 6:
                        message.reason = 6;
                        break;
                    case "REJECT_REASON_UNKNOWN_KEY":
                    case 7:
                        message.reason = 7;
                        break;
                    case "REJECT_REASON_UNSUPPORTED":
                    case 8:
                        message.reason = 8;
                        break;
                    case "REJECT_REASON_OUT_OF_RANGE":
                    case 9:
                        message.reason = 9;
                        break;
                    case "REJECT_REASON_NOT_PAIRED":
                    case 10:
                        message.reason = 10;
                        break;
                    case "REJECT_REASON_CLOCK_UNTRUSTED":
                    case 11:
                        message.reason = 11;
                        break;
                    default:
                        if (typeof object.reason === "number" && (object.reason | 0) === object.reason)
                            message.reason = object.reason;
                    }
                if (object.detail != null)
                    if (typeof object.detail !== "string" || object.detail.length)
                        message.detail = $String(object.detail);
                if (object.atMs != null)
                    if (typeof object.atMs === "object" ? object.atMs.low || object.atMs.high : $Number(object.atMs) !== 0)
                        if ($util.Long)
                            message.atMs = $util.Long.fromValue(object.atMs, false);
                        else if (typeof object.atMs === "string")
                            message.atMs = $parseInt(object.atMs, 10);
                        else if (typeof object.atMs === "number")
                            message.atMs = object.atMs;
                        else if (typeof object.atMs === "object")
                            message.atMs = new $util.LongBits(object.atMs.low >>> 0, object.atMs.high >>> 0).toNumber();
                return message;
            };

            /**
             * Creates a plain object from a CommandResult message. Also converts values to other types if specified.
             * @function toObject
             * @memberof vakt.v1.CommandResult
             * @static
             * @param {vakt.v1.CommandResult} message CommandResult
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            CommandResult.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.commandId = "";
                    object.hubId = "";
                    object.status = options.enums === $String ? "COMMAND_STATUS_UNSPECIFIED" : 0;
                    object.reason = options.enums === $String ? "REJECT_REASON_UNSPECIFIED" : 0;
                    object.detail = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.atMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.atMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.commandId != null && $Object.hasOwnProperty.call(message, "commandId"))
                    object.commandId = message.commandId;
                if (message.hubId != null && $Object.hasOwnProperty.call(message, "hubId"))
                    object.hubId = message.hubId;
                if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                    object.status = options.enums === $String ? $root.vakt.v1.CommandStatus[message.status] === $undefined ? message.status : $root.vakt.v1.CommandStatus[message.status] : message.status;
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    object.reason = options.enums === $String ? $root.vakt.v1.RejectReason[message.reason] === $undefined ? message.reason : $root.vakt.v1.RejectReason[message.reason] : message.reason;
                if (message.detail != null && $Object.hasOwnProperty.call(message, "detail"))
                    object.detail = message.detail;
                if (message.atMs != null && $Object.hasOwnProperty.call(message, "atMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.atMs = typeof message.atMs === "number" ? $BigInt(message.atMs) : $util.Long.fromBits(message.atMs.low >>> 0, message.atMs.high >>> 0, false).toBigInt();
                    else if (typeof message.atMs === "number")
                        object.atMs = options.longs === $String ? $String(message.atMs) : message.atMs;
                    else
                        object.atMs = options.longs === $String ? $util.Long.prototype.toString.call(message.atMs) : options.longs === $Number ? new $util.LongBits(message.atMs.low >>> 0, message.atMs.high >>> 0).toNumber() : message.atMs;
                return object;
            };

            /**
             * Converts this CommandResult to JSON.
             * @function toJSON
             * @memberof vakt.v1.CommandResult
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            CommandResult.prototype.toJSON = function() {
                return CommandResult.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for CommandResult
             * @function getTypeUrl
             * @memberof vakt.v1.CommandResult
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            CommandResult.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/vakt.v1.CommandResult";
            };

            return CommandResult;
        })();

        return v1;
    })();

    return vakt;
})();

export {
  $root as default
};
