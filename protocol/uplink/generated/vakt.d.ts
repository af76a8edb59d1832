import * as $protobuf from "protobufjs";
import Long = require("long");

/** Namespace vakt. */
export namespace vakt {

    /** Namespace v1. */
    namespace v1 {

        /** DeviceType enum. */
        enum DeviceType {

            /** DEVICE_TYPE_UNSPECIFIED value */
            DEVICE_TYPE_UNSPECIFIED = 0,

            /** DEVICE_TYPE_LOCAL_UNIT_CONTROLLER value */
            DEVICE_TYPE_LOCAL_UNIT_CONTROLLER = 2,

            /** DEVICE_TYPE_PERSONAL_TRIGGER value */
            DEVICE_TYPE_PERSONAL_TRIGGER = 3,

            /** DEVICE_TYPE_FIXED_TRIGGER value */
            DEVICE_TYPE_FIXED_TRIGGER = 4,

            /** DEVICE_TYPE_FALL_DETECTOR value */
            DEVICE_TYPE_FALL_DETECTOR = 5,

            /** DEVICE_TYPE_ACTIVITY_SENSOR value */
            DEVICE_TYPE_ACTIVITY_SENSOR = 10,

            /** DEVICE_TYPE_DOOR_SENSOR value */
            DEVICE_TYPE_DOOR_SENSOR = 14,

            /** DEVICE_TYPE_WANDERING_DETECTOR value */
            DEVICE_TYPE_WANDERING_DETECTOR = 15,

            /** DEVICE_TYPE_SMOKE_DETECTOR value */
            DEVICE_TYPE_SMOKE_DETECTOR = 23,

            /** DEVICE_TYPE_LINK_MONITOR value */
            DEVICE_TYPE_LINK_MONITOR = 32,

            /** DEVICE_TYPE_DC_POWER value */
            DEVICE_TYPE_DC_POWER = 41,

            /** DEVICE_TYPE_CONTROLLER value */
            DEVICE_TYPE_CONTROLLER = 45,

            /** DEVICE_TYPE_LOCAL_UNIT value */
            DEVICE_TYPE_LOCAL_UNIT = 48,

            /** DEVICE_TYPE_TRACKER value */
            DEVICE_TYPE_TRACKER = 51
        }

        /** StatusCode enum. */
        enum StatusCode {

            /** STATUS_CODE_UNSPECIFIED value */
            STATUS_CODE_UNSPECIFIED = 0,

            /** STATUS_CODE_ALARM_AUTOMATIC value */
            STATUS_CODE_ALARM_AUTOMATIC = 9,

            /** STATUS_CODE_ALARM_MANUAL value */
            STATUS_CODE_ALARM_MANUAL = 10,

            /** STATUS_CODE_BATTERY_FAILURE value */
            STATUS_CODE_BATTERY_FAILURE = 14,

            /** STATUS_CODE_BATTERY_FULL value */
            STATUS_CODE_BATTERY_FULL = 15,

            /** STATUS_CODE_BATTERY_LOW value */
            STATUS_CODE_BATTERY_LOW = 16,

            /** STATUS_CODE_CLOSED value */
            STATUS_CODE_CLOSED = 21,

            /** STATUS_CODE_CLOSED_TOO_LONG value */
            STATUS_CODE_CLOSED_TOO_LONG = 22,

            /** STATUS_CODE_LINK_FAILURE_1 value */
            STATUS_CODE_LINK_FAILURE_1 = 23,

            /** STATUS_CODE_LINK_FAILURE_2 value */
            STATUS_CODE_LINK_FAILURE_2 = 24,

            /** STATUS_CODE_LINK_FAILURE_3 value */
            STATUS_CODE_LINK_FAILURE_3 = 25,

            /** STATUS_CODE_LINK_FAILURE_4 value */
            STATUS_CODE_LINK_FAILURE_4 = 26,

            /** STATUS_CODE_LINK_FAILURE_5 value */
            STATUS_CODE_LINK_FAILURE_5 = 27,

            /** STATUS_CODE_OPEN value */
            STATUS_CODE_OPEN = 76,

            /** STATUS_CODE_OPEN_TOO_LONG value */
            STATUS_CODE_OPEN_TOO_LONG = 77,

            /** STATUS_CODE_MAINS_FAIL value */
            STATUS_CODE_MAINS_FAIL = 85,

            /** STATUS_CODE_MAINS_RESTORED value */
            STATUS_CODE_MAINS_RESTORED = 86,

            /** STATUS_CODE_RESET value */
            STATUS_CODE_RESET = 92,

            /** STATUS_CODE_RESET_2 value */
            STATUS_CODE_RESET_2 = 93,

            /** STATUS_CODE_RESTORAL value */
            STATUS_CODE_RESTORAL = 94,

            /** STATUS_CODE_TEST_TRANSMISSION value */
            STATUS_CODE_TEST_TRANSMISSION = 102,

            /** STATUS_CODE_TEST_TRANSMISSION_2 value */
            STATUS_CODE_TEST_TRANSMISSION_2 = 103,

            /** STATUS_CODE_TROUBLE value */
            STATUS_CODE_TROUBLE = 105,

            /** STATUS_CODE_ASSISTANCE value */
            STATUS_CODE_ASSISTANCE = 110,

            /** STATUS_CODE_CHECK_OUT value */
            STATUS_CODE_CHECK_OUT = 111,

            /** STATUS_CODE_LINK_RESTORED_1 value */
            STATUS_CODE_LINK_RESTORED_1 = 112,

            /** STATUS_CODE_LINK_RESTORED_2 value */
            STATUS_CODE_LINK_RESTORED_2 = 113,

            /** STATUS_CODE_LINK_RESTORED_3 value */
            STATUS_CODE_LINK_RESTORED_3 = 114,

            /** STATUS_CODE_LINK_RESTORED_4 value */
            STATUS_CODE_LINK_RESTORED_4 = 115,

            /** STATUS_CODE_LINK_RESTORED_5 value */
            STATUS_CODE_LINK_RESTORED_5 = 116,

            /** STATUS_CODE_RADIO_INTERFERENCE value */
            STATUS_CODE_RADIO_INTERFERENCE = 122,

            /** STATUS_CODE_RADIO_TEST_MISSING value */
            STATUS_CODE_RADIO_TEST_MISSING = 123,

            /** STATUS_CODE_RE_ESTABLISHED value */
            STATUS_CODE_RE_ESTABLISHED = 124,

            /** STATUS_CODE_TAMPER value */
            STATUS_CODE_TAMPER = 125
        }

        /** EventClass enum. */
        enum EventClass {

            /** EVENT_CLASS_UNSPECIFIED value */
            EVENT_CLASS_UNSPECIFIED = 0,

            /** EVENT_CLASS_ALARM value */
            EVENT_CLASS_ALARM = 1,

            /** EVENT_CLASS_RESTORE value */
            EVENT_CLASS_RESTORE = 2,

            /** EVENT_CLASS_STATUS value */
            EVENT_CLASS_STATUS = 3,

            /** EVENT_CLASS_TEST value */
            EVENT_CLASS_TEST = 4
        }

        /** DeliveryPath enum. */
        enum DeliveryPath {

            /** DELIVERY_PATH_UNSPECIFIED value */
            DELIVERY_PATH_UNSPECIFIED = 0,

            /** DELIVERY_PATH_PRIMARY value */
            DELIVERY_PATH_PRIMARY = 1,

            /** DELIVERY_PATH_SECONDARY value */
            DELIVERY_PATH_SECONDARY = 2,

            /** DELIVERY_PATH_SMS value */
            DELIVERY_PATH_SMS = 3
        }

        /**
         * Properties of a Location.
         * @deprecated Use vakt.v1.Location.$Properties instead.
         */
        interface ILocation extends vakt.v1.Location.$Properties {
        }

        /** Represents a Location. */
        class Location {

            /**
             * Constructs a new Location.
             * @param [properties] Properties to set
             */
            constructor(properties?: vakt.v1.Location.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Location code. */
            code: number;

            /** Location text. */
            text: string;

            /**
             * Creates a new Location instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Location instance
             */
            static create(properties: vakt.v1.Location.$Shape): vakt.v1.Location & vakt.v1.Location.$Shape;
            static create(properties?: vakt.v1.Location.$Properties): vakt.v1.Location;

            /**
             * Encodes the specified Location message. Does not implicitly {@link vakt.v1.Location.verify|verify} messages.
             * @param message Location message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: vakt.v1.Location.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Location message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {vakt.v1.Location & vakt.v1.Location.$Shape} Location
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): vakt.v1.Location & vakt.v1.Location.$Shape;

            /**
             * Creates a Location message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Location
             */
            static fromObject(object: { [k: string]: any }): vakt.v1.Location;

            /**
             * Creates a plain object from a Location message. Also converts values to other types if specified.
             * @param message Location
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: vakt.v1.Location, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Location to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Location
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Location {

            /** Properties of a Location. */
            interface $Properties {

                /** Location code */
                code?: (number|null);

                /** Location text */
                text?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Location. */
            type $Shape = vakt.v1.Location.$Properties;
        }

        /**
         * Properties of an Alarm.
         * @deprecated Use vakt.v1.Alarm.$Properties instead.
         */
        interface IAlarm extends vakt.v1.Alarm.$Properties {
        }

        /** Represents an Alarm. */
        class Alarm {

            /**
             * Constructs a new Alarm.
             * @param [properties] Properties to set
             */
            constructor(properties?: vakt.v1.Alarm.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Alarm eventId. */
            eventId: string;

            /** Alarm hubId. */
            hubId: string;

            /** Alarm deviceId. */
            deviceId: number;

            /** Alarm deviceType. */
            deviceType: vakt.v1.DeviceType;

            /** Alarm statusCode. */
            statusCode: vakt.v1.StatusCode;

            /** Alarm eventClass. */
            eventClass: vakt.v1.EventClass;

            /** Alarm priority. */
            priority: number;

            /** Alarm location. */
            location?: (vakt.v1.Location.$Properties|null);

            /** Alarm batteryPercent. */
            batteryPercent?: (number|null);

            /** Alarm rssiDbm. */
            rssiDbm?: (number|null);

            /** Alarm deviceSeq. */
            deviceSeq: number;

            /** Alarm deviceUptimeS. */
            deviceUptimeS: number;

            /** Alarm hubReceivedAtMs. */
            hubReceivedAtMs: number;

            /** Alarm attempt. */
            attempt: number;

            /** Alarm path. */
            path: vakt.v1.DeliveryPath;

            /** Alarm sentAtMs. */
            sentAtMs: number;

            /** Alarm deviceAttempt. */
            deviceAttempt: number;

            /** Alarm deviceLabel. */
            deviceLabel: string;

            /** Alarm pairingPress. */
            pairingPress: boolean;

            /**
             * Creates a new Alarm instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Alarm instance
             */
            static create(properties: vakt.v1.Alarm.$Shape): vakt.v1.Alarm & vakt.v1.Alarm.$Shape;
            static create(properties?: vakt.v1.Alarm.$Properties): vakt.v1.Alarm;

            /**
             * Encodes the specified Alarm message. Does not implicitly {@link vakt.v1.Alarm.verify|verify} messages.
             * @param message Alarm message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: vakt.v1.Alarm.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Alarm message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {vakt.v1.Alarm & vakt.v1.Alarm.$Shape} Alarm
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): vakt.v1.Alarm & vakt.v1.Alarm.$Shape;

            /**
             * Creates an Alarm message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Alarm
             */
            static fromObject(object: { [k: string]: any }): vakt.v1.Alarm;

            /**
             * Creates a plain object from an Alarm message. Also converts values to other types if specified.
             * @param message Alarm
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: vakt.v1.Alarm, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Alarm to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Alarm
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Alarm {

            /** Properties of an Alarm. */
            interface $Properties {

                /** Alarm eventId */
                eventId?: (string|null);

                /** Alarm hubId */
                hubId?: (string|null);

                /** Alarm deviceId */
                deviceId?: (number|null);

                /** Alarm deviceType */
                deviceType?: (vakt.v1.DeviceType|null);

                /** Alarm statusCode */
                statusCode?: (vakt.v1.StatusCode|null);

                /** Alarm eventClass */
                eventClass?: (vakt.v1.EventClass|null);

                /** Alarm priority */
                priority?: (number|null);

                /** Alarm location */
                location?: (vakt.v1.Location.$Properties|null);

                /** Alarm batteryPercent */
                batteryPercent?: (number|null);

                /** Alarm rssiDbm */
                rssiDbm?: (number|null);

                /** Alarm deviceSeq */
                deviceSeq?: (number|null);

                /** Alarm deviceUptimeS */
                deviceUptimeS?: (number|null);

                /** Alarm hubReceivedAtMs */
                hubReceivedAtMs?: (number|null);

                /** Alarm attempt */
                attempt?: (number|null);

                /** Alarm path */
                path?: (vakt.v1.DeliveryPath|null);

                /** Alarm sentAtMs */
                sentAtMs?: (number|null);

                /** Alarm deviceAttempt */
                deviceAttempt?: (number|null);

                /** Alarm deviceLabel */
                deviceLabel?: (string|null);

                /** Alarm pairingPress */
                pairingPress?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Alarm. */
            type $Shape = vakt.v1.Alarm.$Properties;
        }

        /** TechnicalKind enum. */
        enum TechnicalKind {

            /** TECHNICAL_KIND_UNSPECIFIED value */
            TECHNICAL_KIND_UNSPECIFIED = 0,

            /** TECHNICAL_KIND_MAINS_FAIL value */
            TECHNICAL_KIND_MAINS_FAIL = 1,

            /** TECHNICAL_KIND_HUB_BATTERY_LOW value */
            TECHNICAL_KIND_HUB_BATTERY_LOW = 2,

            /** TECHNICAL_KIND_DEVICE_BATTERY_LOW value */
            TECHNICAL_KIND_DEVICE_BATTERY_LOW = 3,

            /** TECHNICAL_KIND_DEVICE_MISSING value */
            TECHNICAL_KIND_DEVICE_MISSING = 4,

            /** TECHNICAL_KIND_DEVICE_TAMPER value */
            TECHNICAL_KIND_DEVICE_TAMPER = 5,

            /** TECHNICAL_KIND_RADIO_JAMMING value */
            TECHNICAL_KIND_RADIO_JAMMING = 6,

            /** TECHNICAL_KIND_RECEIVER_LOST value */
            TECHNICAL_KIND_RECEIVER_LOST = 7,

            /** TECHNICAL_KIND_UPLINK_DOWN value */
            TECHNICAL_KIND_UPLINK_DOWN = 8,

            /** TECHNICAL_KIND_STORAGE value */
            TECHNICAL_KIND_STORAGE = 9,

            /** TECHNICAL_KIND_CLOCK_WRONG value */
            TECHNICAL_KIND_CLOCK_WRONG = 10,

            /** TECHNICAL_KIND_DELIVERY_FELL_BACK value */
            TECHNICAL_KIND_DELIVERY_FELL_BACK = 11,

            /** TECHNICAL_KIND_MODEM_FAULT value */
            TECHNICAL_KIND_MODEM_FAULT = 12,

            /** TECHNICAL_KIND_OUTBOX_COMPACTED value */
            TECHNICAL_KIND_OUTBOX_COMPACTED = 13,

            /** TECHNICAL_KIND_HUB_STALLED value */
            TECHNICAL_KIND_HUB_STALLED = 14,

            /** TECHNICAL_KIND_TEST_ALARM_FAILED value */
            TECHNICAL_KIND_TEST_ALARM_FAILED = 15,

            /** TECHNICAL_KIND_RECEIPT_UNTRUSTED value */
            TECHNICAL_KIND_RECEIPT_UNTRUSTED = 16,

            /** TECHNICAL_KIND_DEVICE_PAIRING value */
            TECHNICAL_KIND_DEVICE_PAIRING = 17,

            /** TECHNICAL_KIND_DEVICE_UNAUTHENTICATED value */
            TECHNICAL_KIND_DEVICE_UNAUTHENTICATED = 18
        }

        /** TechnicalState enum. */
        enum TechnicalState {

            /** TECHNICAL_STATE_UNSPECIFIED value */
            TECHNICAL_STATE_UNSPECIFIED = 0,

            /** TECHNICAL_STATE_RAISED value */
            TECHNICAL_STATE_RAISED = 1,

            /** TECHNICAL_STATE_CLEARED value */
            TECHNICAL_STATE_CLEARED = 2,

            /** TECHNICAL_STATE_NOTICE value */
            TECHNICAL_STATE_NOTICE = 3,

            /** TECHNICAL_STATE_UNPAIRED value */
            TECHNICAL_STATE_UNPAIRED = 4
        }

        /**
         * Properties of an UplinkOutage.
         * @deprecated Use vakt.v1.UplinkOutage.$Properties instead.
         */
        interface IUplinkOutage extends vakt.v1.UplinkOutage.$Properties {
        }

        /** Represents an UplinkOutage. */
        class UplinkOutage {

            /**
             * Constructs a new UplinkOutage.
             * @param [properties] Properties to set
             */
            constructor(properties?: vakt.v1.UplinkOutage.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** UplinkOutage fromMs. */
            fromMs: number;

            /** UplinkOutage toMs. */
            toMs: number;

            /** UplinkOutage eventsDelayed. */
            eventsDelayed: number;

            /** UplinkOutage maxDelayMs. */
            maxDelayMs: number;

            /**
             * Creates a new UplinkOutage instance using the specified properties.
             * @param [properties] Properties to set
             * @returns UplinkOutage instance
             */
            static create(properties: vakt.v1.UplinkOutage.$Shape): vakt.v1.UplinkOutage & vakt.v1.UplinkOutage.$Shape;
            static create(properties?: vakt.v1.UplinkOutage.$Properties): vakt.v1.UplinkOutage;

            /**
             * Encodes the specified UplinkOutage message. Does not implicitly {@link vakt.v1.UplinkOutage.verify|verify} messages.
             * @param message UplinkOutage message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: vakt.v1.UplinkOutage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an UplinkOutage message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {vakt.v1.UplinkOutage & vakt.v1.UplinkOutage.$Shape} UplinkOutage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): vakt.v1.UplinkOutage & vakt.v1.UplinkOutage.$Shape;

            /**
             * Creates an UplinkOutage message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns UplinkOutage
             */
            static fromObject(object: { [k: string]: any }): vakt.v1.UplinkOutage;

            /**
             * Creates a plain object from an UplinkOutage message. Also converts values to other types if specified.
             * @param message UplinkOutage
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: vakt.v1.UplinkOutage, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this UplinkOutage to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for UplinkOutage
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace UplinkOutage {

            /** Properties of an UplinkOutage. */
            interface $Properties {

                /** UplinkOutage fromMs */
                fromMs?: (number|null);

                /** UplinkOutage toMs */
                toMs?: (number|null);

                /** UplinkOutage eventsDelayed */
                eventsDelayed?: (number|null);

                /** UplinkOutage maxDelayMs */
                maxDelayMs?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an UplinkOutage. */
            type $Shape = vakt.v1.UplinkOutage.$Properties;
        }

        /**
         * Properties of a TechnicalAlarm.
         * @deprecated Use vakt.v1.TechnicalAlarm.$Properties instead.
         */
        interface ITechnicalAlarm extends vakt.v1.TechnicalAlarm.$Properties {
        }

        /** Represents a TechnicalAlarm. */
        class TechnicalAlarm {

            /**
             * Constructs a new TechnicalAlarm.
             * @param [properties] Properties to set
             */
            constructor(properties?: vakt.v1.TechnicalAlarm.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** TechnicalAlarm eventId. */
            eventId: string;

            /** TechnicalAlarm hubId. */
            hubId: string;

            /** TechnicalAlarm kind. */
            kind: vakt.v1.TechnicalKind;

            /** TechnicalAlarm state. */
            state: vakt.v1.TechnicalState;

            /** TechnicalAlarm rootCause. */
            rootCause: string;

            /** TechnicalAlarm affectedDeviceIds. */
            affectedDeviceIds: number[];

            /** TechnicalAlarm suggestedAction. */
            suggestedAction: string;

            /** TechnicalAlarm raisedAtMs. */
            raisedAtMs: number;

            /** TechnicalAlarm clearedAtMs. */
            clearedAtMs: number;

            /** TechnicalAlarm statusCode. */
            statusCode: vakt.v1.StatusCode;

            /** TechnicalAlarm attempt. */
            attempt: number;

            /** TechnicalAlarm path. */
            path: vakt.v1.DeliveryPath;

            /** TechnicalAlarm sentAtMs. */
            sentAtMs: number;

            /** TechnicalAlarm outage. */
            outage?: (vakt.v1.UplinkOutage.$Properties|null);

            /** TechnicalAlarm details. */
            details: { [k: string]: string };

            /**
             * Creates a new TechnicalAlarm instance using the specified properties.
             * @param [properties] Properties to set
             * @returns TechnicalAlarm instance
             */
            static create(properties: vakt.v1.TechnicalAlarm.$Shape): vakt.v1.TechnicalAlarm & vakt.v1.TechnicalAlarm.$Shape;
            static create(properties?: vakt.v1.TechnicalAlarm.$Properties): vakt.v1.TechnicalAlarm;

            /**
             * Encodes the specified TechnicalAlarm message. Does not implicitly {@link vakt.v1.TechnicalAlarm.verify|verify} messages.
             * @param message TechnicalAlarm message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: vakt.v1.TechnicalAlarm.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a TechnicalAlarm message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {vakt.v1.TechnicalAlarm & vakt.v1.TechnicalAlarm.$Shape} TechnicalAlarm
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): vakt.v1.TechnicalAlarm & vakt.v1.TechnicalAlarm.$Shape;

            /**
             * Creates a TechnicalAlarm message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns TechnicalAlarm
             */
            static fromObject(object: { [k: string]: any }): vakt.v1.TechnicalAlarm;

            /**
             * Creates a plain object from a TechnicalAlarm message. Also converts values to other types if specified.
             * @param message TechnicalAlarm
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: vakt.v1.TechnicalAlarm, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this TechnicalAlarm to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for TechnicalAlarm
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace TechnicalAlarm {

            /** Properties of a TechnicalAlarm. */
            interface $Properties {

                /** TechnicalAlarm eventId */
                eventId?: (string|null);

                /** TechnicalAlarm hubId */
                hubId?: (string|null);

                /** TechnicalAlarm kind */
                kind?: (vakt.v1.TechnicalKind|null);

                /** TechnicalAlarm state */
                state?: (vakt.v1.TechnicalState|null);

                /** TechnicalAlarm rootCause */
                rootCause?: (string|null);

                /** TechnicalAlarm affectedDeviceIds */
                affectedDeviceIds?: (number[]|null);

                /** TechnicalAlarm suggestedAction */
                suggestedAction?: (string|null);

                /** TechnicalAlarm raisedAtMs */
                raisedAtMs?: (number|null);

                /** TechnicalAlarm clearedAtMs */
                clearedAtMs?: (number|null);

                /** TechnicalAlarm statusCode */
                statusCode?: (vakt.v1.StatusCode|null);

                /** TechnicalAlarm attempt */
                attempt?: (number|null);

                /** TechnicalAlarm path */
                path?: (vakt.v1.DeliveryPath|null);

                /** TechnicalAlarm sentAtMs */
                sentAtMs?: (number|null);

                /** TechnicalAlarm outage */
                outage?: (vakt.v1.UplinkOutage.$Properties|null);

                /** TechnicalAlarm details */
                details?: ({ [k: string]: string }|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a TechnicalAlarm. */
            type $Shape = vakt.v1.TechnicalAlarm.$Properties;
        }

        /** HubStatus enum. */
        enum HubStatus {

            /** HUB_STATUS_UNSPECIFIED value */
            HUB_STATUS_UNSPECIFIED = 0,

            /** HUB_STATUS_ONLINE value */
            HUB_STATUS_ONLINE = 1,

            /** HUB_STATUS_OFFLINE value */
            HUB_STATUS_OFFLINE = 2
        }

        /**
         * Properties of a HubState.
         * @deprecated Use vakt.v1.HubState.$Properties instead.
         */
        interface IHubState extends vakt.v1.HubState.$Properties {
        }

        /** Represents a HubState. */
        class HubState {

            /**
             * Constructs a new HubState.
             * @param [properties] Properties to set
             */
            constructor(properties?: vakt.v1.HubState.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** HubState hubId. */
            hubId: string;

            /** HubState status. */
            status: vakt.v1.HubStatus;

            /** HubState bdSeq. */
            bdSeq: number;

            /** HubState softwareVersion. */
            softwareVersion: string;

            /** HubState configRevision. */
            configRevision: string;

            /** HubState atMs. */
            atMs: number;

            /** HubState pairedDevices. */
            pairedDevices: number;

            /** HubState openTechnicalAlarms. */
            openTechnicalAlarms: number;

            /** HubState path. */
            path: vakt.v1.DeliveryPath;

            /** HubState answeredRequest. */
            answeredRequest: boolean;

            /**
             * Creates a new HubState instance using the specified properties.
             * @param [properties] Properties to set
             * @returns HubState instance
             */
            static create(properties: vakt.v1.HubState.$Shape): vakt.v1.HubState & vakt.v1.HubState.$Shape;
            static create(properties?: vakt.v1.HubState.$Properties): vakt.v1.HubState;

            /**
             * Encodes the specified HubState message. Does not implicitly {@link vakt.v1.HubState.verify|verify} messages.
             * @param message HubState message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: vakt.v1.HubState.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a HubState message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {vakt.v1.HubState & vakt.v1.HubState.$Shape} HubState
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): vakt.v1.HubState & vakt.v1.HubState.$Shape;

            /**
             * Creates a HubState message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns HubState
             */
            static fromObject(object: { [k: string]: any }): vakt.v1.HubState;

            /**
             * Creates a plain object from a HubState message. Also converts values to other types if specified.
             * @param message HubState
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: vakt.v1.HubState, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this HubState to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for HubState
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace HubState {

            /** Properties of a HubState. */
            interface $Properties {

                /** HubState hubId */
                hubId?: (string|null);

                /** HubState status */
                status?: (vakt.v1.HubStatus|null);

                /** HubState bdSeq */
                bdSeq?: (number|null);

                /** HubState softwareVersion */
                softwareVersion?: (string|null);

                /** HubState configRevision */
                configRevision?: (string|null);

                /** HubState atMs */
                atMs?: (number|null);

                /** HubState pairedDevices */
                pairedDevices?: (number|null);

                /** HubState openTechnicalAlarms */
                openTechnicalAlarms?: (number|null);

                /** HubState path */
                path?: (vakt.v1.DeliveryPath|null);

                /** HubState answeredRequest */
                answeredRequest?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a HubState. */
            type $Shape = vakt.v1.HubState.$Properties;
        }

        /**
         * Properties of a StateRequest.
         * @deprecated Use vakt.v1.StateRequest.$Properties instead.
         */
        interface IStateRequest extends vakt.v1.StateRequest.$Properties {
        }

        /** Represents a StateRequest. */
        class StateRequest {

            /**
             * Constructs a new StateRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: vakt.v1.StateRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** StateRequest intervalS. */
            intervalS: number;

            /** StateRequest spreadS. */
            spreadS: number;

            /** StateRequest atMs. */
            atMs: number;

            /** StateRequest requester. */
            requester: string;

            /**
             * Creates a new StateRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns StateRequest instance
             */
            static create(properties: vakt.v1.StateRequest.$Shape): vakt.v1.StateRequest & vakt.v1.StateRequest.$Shape;
            static create(properties?: vakt.v1.StateRequest.$Properties): vakt.v1.StateRequest;

            /**
             * Encodes the specified StateRequest message. Does not implicitly {@link vakt.v1.StateRequest.verify|verify} messages.
             * @param message StateRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: vakt.v1.StateRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a StateRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {vakt.v1.StateRequest & vakt.v1.StateRequest.$Shape} StateRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): vakt.v1.StateRequest & vakt.v1.StateRequest.$Shape;

            /**
             * Creates a StateRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns StateRequest
             */
            static fromObject(object: { [k: string]: any }): vakt.v1.StateRequest;

            /**
             * Creates a plain object from a StateRequest message. Also converts values to other types if specified.
             * @param message StateRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: vakt.v1.StateRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this StateRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for StateRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace StateRequest {

            /** Properties of a StateRequest. */
            interface $Properties {

                /** StateRequest intervalS */
                intervalS?: (number|null);

                /** StateRequest spreadS */
                spreadS?: (number|null);

                /** StateRequest atMs */
                atMs?: (number|null);

                /** StateRequest requester */
                requester?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a StateRequest. */
            type $Shape = vakt.v1.StateRequest.$Properties;
        }

        /**
         * Properties of a Heartbeat.
         * @deprecated Use vakt.v1.Heartbeat.$Properties instead.
         */
        interface IHeartbeat extends vakt.v1.Heartbeat.$Properties {
        }

        /** Represents a Heartbeat. */
        class Heartbeat {

            /**
             * Constructs a new Heartbeat.
             * @param [properties] Properties to set
             */
            constructor(properties?: vakt.v1.Heartbeat.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Heartbeat eventId. */
            eventId: string;

            /** Heartbeat hubId. */
            hubId: string;

            /** Heartbeat atMs. */
            atMs: number;

            /** Heartbeat intervalS. */
            intervalS: number;

            /** Heartbeat outboxDepth. */
            outboxDepth: number;

            /** Heartbeat oldestPendingMs. */
            oldestPendingMs: number;

            /** Heartbeat openTechnicalAlarms. */
            openTechnicalAlarms: number;

            /**
             * Creates a new Heartbeat instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Heartbeat instance
             */
            static create(properties: vakt.v1.Heartbeat.$Shape): vakt.v1.Heartbeat & vakt.v1.Heartbeat.$Shape;
            static create(properties?: vakt.v1.Heartbeat.$Properties): vakt.v1.Heartbeat;

            /**
             * Encodes the specified Heartbeat message. Does not implicitly {@link vakt.v1.Heartbeat.verify|verify} messages.
             * @param message Heartbeat message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: vakt.v1.Heartbeat.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Heartbeat message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {vakt.v1.Heartbeat & vakt.v1.Heartbeat.$Shape} Heartbeat
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): vakt.v1.Heartbeat & vakt.v1.Heartbeat.$Shape;

            /**
             * Creates a Heartbeat message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Heartbeat
             */
            static fromObject(object: { [k: string]: any }): vakt.v1.Heartbeat;

            /**
             * Creates a plain object from a Heartbeat message. Also converts values to other types if specified.
             * @param message Heartbeat
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: vakt.v1.Heartbeat, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Heartbeat to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Heartbeat
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Heartbeat {

            /** Properties of a Heartbeat. */
            interface $Properties {

                /** Heartbeat eventId */
                eventId?: (string|null);

                /** Heartbeat hubId */
                hubId?: (string|null);

                /** Heartbeat atMs */
                atMs?: (number|null);

                /** Heartbeat intervalS */
                intervalS?: (number|null);

                /** Heartbeat outboxDepth */
                outboxDepth?: (number|null);

                /** Heartbeat oldestPendingMs */
                oldestPendingMs?: (number|null);

                /** Heartbeat openTechnicalAlarms */
                openTechnicalAlarms?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Heartbeat. */
            type $Shape = vakt.v1.Heartbeat.$Properties;
        }

        /** SupervisionState enum. */
        enum SupervisionState {

            /** SUPERVISION_STATE_UNSPECIFIED value */
            SUPERVISION_STATE_UNSPECIFIED = 0,

            /** SUPERVISION_STATE_OK value */
            SUPERVISION_STATE_OK = 1,

            /** SUPERVISION_STATE_LATE value */
            SUPERVISION_STATE_LATE = 2,

            /** SUPERVISION_STATE_MISSING value */
            SUPERVISION_STATE_MISSING = 3,

            /** SUPERVISION_STATE_GRACE value */
            SUPERVISION_STATE_GRACE = 4
        }

        /**
         * Properties of a Device.
         * @deprecated Use vakt.v1.Device.$Properties instead.
         */
        interface IDevice extends vakt.v1.Device.$Properties {
        }

        /** Represents a Device. */
        class Device {

            /**
             * Constructs a new Device.
             * @param [properties] Properties to set
             */
            constructor(properties?: vakt.v1.Device.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Device deviceId. */
            deviceId: number;

            /** Device deviceType. */
            deviceType: vakt.v1.DeviceType;

            /** Device location. */
            location?: (vakt.v1.Location.$Properties|null);

            /** Device batteryPercent. */
            batteryPercent?: (number|null);

            /** Device rssiDbm. */
            rssiDbm?: (number|null);

            /** Device lastSeenMs. */
            lastSeenMs: number;

            /** Device supervision. */
            supervision: vakt.v1.SupervisionState;

            /** Device heartbeatPeriodS. */
            heartbeatPeriodS: number;

            /** Device label. */
            label: string;

            /** Device unauthenticated. */
            unauthenticated: boolean;

            /**
             * Creates a new Device instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Device instance
             */
            static create(properties: vakt.v1.Device.$Shape): vakt.v1.Device & vakt.v1.Device.$Shape;
            static create(properties?: vakt.v1.Device.$Properties): vakt.v1.Device;

            /**
             * Encodes the specified Device message. Does not implicitly {@link vakt.v1.Device.verify|verify} messages.
             * @param message Device message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: vakt.v1.Device.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Device message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {vakt.v1.Device & vakt.v1.Device.$Shape} Device
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): vakt.v1.Device & vakt.v1.Device.$Shape;

            /**
             * Creates a Device message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Device
             */
            static fromObject(object: { [k: string]: any }): vakt.v1.Device;

            /**
             * Creates a plain object from a Device message. Also converts values to other types if specified.
             * @param message Device
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: vakt.v1.Device, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Device to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Device
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Device {

            /** Properties of a Device. */
            interface $Properties {

                /** Device deviceId */
                deviceId?: (number|null);

                /** Device deviceType */
                deviceType?: (vakt.v1.DeviceType|null);

                /** Device location */
                location?: (vakt.v1.Location.$Properties|null);

                /** Device batteryPercent */
                batteryPercent?: (number|null);

                /** Device rssiDbm */
                rssiDbm?: (number|null);

                /** Device lastSeenMs */
                lastSeenMs?: (number|null);

                /** Device supervision */
                supervision?: (vakt.v1.SupervisionState|null);

                /** Device heartbeatPeriodS */
                heartbeatPeriodS?: (number|null);

                /** Device label */
                label?: (string|null);

                /** Device unauthenticated */
                unauthenticated?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Device. */
            type $Shape = vakt.v1.Device.$Properties;
        }

        /**
         * Properties of a DeviceInventory.
         * @deprecated Use vakt.v1.DeviceInventory.$Properties instead.
         */
        interface IDeviceInventory extends vakt.v1.DeviceInventory.$Properties {
        }

        /** Represents a DeviceInventory. */
        class DeviceInventory {

            /**
             * Constructs a new DeviceInventory.
             * @param [properties] Properties to set
             */
            constructor(properties?: vakt.v1.DeviceInventory.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DeviceInventory hubId. */
            hubId: string;

            /** DeviceInventory atMs. */
            atMs: number;

            /** DeviceInventory devices. */
            devices: vakt.v1.Device.$Properties[];

            /**
             * Creates a new DeviceInventory instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DeviceInventory instance
             */
            static create(properties: vakt.v1.DeviceInventory.$Shape): vakt.v1.DeviceInventory & vakt.v1.DeviceInventory.$Shape;
            static create(properties?: vakt.v1.DeviceInventory.$Properties): vakt.v1.DeviceInventory;

            /**
             * Encodes the specified DeviceInventory message. Does not implicitly {@link vakt.v1.DeviceInventory.verify|verify} messages.
             * @param message DeviceInventory message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: vakt.v1.DeviceInventory.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DeviceInventory message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {vakt.v1.DeviceInventory & vakt.v1.DeviceInventory.$Shape} DeviceInventory
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): vakt.v1.DeviceInventory & vakt.v1.DeviceInventory.$Shape;

            /**
             * Creates a DeviceInventory message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns DeviceInventory
             */
            static fromObject(object: { [k: string]: any }): vakt.v1.DeviceInventory;

            /**
             * Creates a plain object from a DeviceInventory message. Also converts values to other types if specified.
             * @param message DeviceInventory
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: vakt.v1.DeviceInventory, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this DeviceInventory to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for DeviceInventory
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace DeviceInventory {

            /** Properties of a DeviceInventory. */
            interface $Properties {

                /** DeviceInventory hubId */
                hubId?: (string|null);

                /** DeviceInventory atMs */
                atMs?: (number|null);

                /** DeviceInventory devices */
                devices?: (vakt.v1.Device.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DeviceInventory. */
            type $Shape = vakt.v1.DeviceInventory.$Properties;
        }

        /** ReceiptResult enum. */
        enum ReceiptResult {

            /** RECEIPT_RESULT_UNSPECIFIED value */
            RECEIPT_RESULT_UNSPECIFIED = 0,

            /** RECEIPT_RESULT_ACCEPTED value */
            RECEIPT_RESULT_ACCEPTED = 1,

            /** RECEIPT_RESULT_HOLD_AND_RESEND value */
            RECEIPT_RESULT_HOLD_AND_RESEND = 2,

            /** RECEIPT_RESULT_TAKE_ALTERNATIVE value */
            RECEIPT_RESULT_TAKE_ALTERNATIVE = 3,

            /** RECEIPT_RESULT_REJECTED value */
            RECEIPT_RESULT_REJECTED = 4
        }

        /**
         * Properties of a Receipt.
         * @deprecated Use vakt.v1.Receipt.$Properties instead.
         */
        interface IReceipt extends vakt.v1.Receipt.$Properties {
        }

        /** Represents a Receipt. */
        class Receipt {

            /**
             * Constructs a new Receipt.
             * @param [properties] Properties to set
             */
            constructor(properties?: vakt.v1.Receipt.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Receipt eventId. */
            eventId: string;

            /** Receipt hubId. */
            hubId: string;

            /** Receipt result. */
            result: vakt.v1.ReceiptResult;

            /** Receipt snu. */
            snu: number;

            /** Receipt reason. */
            reason: string;

            /** Receipt resendAfterS. */
            resendAfterS: number;

            /** Receipt atMs. */
            atMs: number;

            /** Receipt receiverId. */
            receiverId: string;

            /** Receipt signature. */
            signature: Uint8Array;

            /** Receipt keyId. */
            keyId: string;

            /**
             * Creates a new Receipt instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Receipt instance
             */
            static create(properties: vakt.v1.Receipt.$Shape): vakt.v1.Receipt & vakt.v1.Receipt.$Shape;
            static create(properties?: vakt.v1.Receipt.$Properties): vakt.v1.Receipt;

            /**
             * Encodes the specified Receipt message. Does not implicitly {@link vakt.v1.Receipt.verify|verify} messages.
             * @param message Receipt message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: vakt.v1.Receipt.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Receipt message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {vakt.v1.Receipt & vakt.v1.Receipt.$Shape} Receipt
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): vakt.v1.Receipt & vakt.v1.Receipt.$Shape;

            /**
             * Creates a Receipt message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Receipt
             */
            static fromObject(object: { [k: string]: any }): vakt.v1.Receipt;

            /**
             * Creates a plain object from a Receipt message. Also converts values to other types if specified.
             * @param message Receipt
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: vakt.v1.Receipt, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Receipt to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Receipt
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Receipt {

            /** Properties of a Receipt. */
            interface $Properties {

                /** Receipt eventId */
                eventId?: (string|null);

                /** Receipt hubId */
                hubId?: (string|null);

                /** Receipt result */
                result?: (vakt.v1.ReceiptResult|null);

                /** Receipt snu */
                snu?: (number|null);

                /** Receipt reason */
                reason?: (string|null);

                /** Receipt resendAfterS */
                resendAfterS?: (number|null);

                /** Receipt atMs */
                atMs?: (number|null);

                /** Receipt receiverId */
                receiverId?: (string|null);

                /** Receipt signature */
                signature?: (Uint8Array|null);

                /** Receipt keyId */
                keyId?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Receipt. */
            type $Shape = vakt.v1.Receipt.$Properties;
        }

        /**
         * Properties of a Command.
         * @deprecated Use vakt.v1.Command.$Properties instead.
         */
        interface ICommand extends vakt.v1.Command.$Properties {
        }

        /** Represents a Command. */
        class Command {

            /**
             * Constructs a new Command.
             * @param [properties] Properties to set
             */
            constructor(properties?: vakt.v1.Command.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Command body. */
            body: Uint8Array;

            /** Command signature. */
            signature: Uint8Array;

            /** Command keyId. */
            keyId: string;

            /**
             * Creates a new Command instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Command instance
             */
            static create(properties: vakt.v1.Command.$Shape): vakt.v1.Command & vakt.v1.Command.$Shape;
            static create(properties?: vakt.v1.Command.$Properties): vakt.v1.Command;

            /**
             * Encodes the specified Command message. Does not implicitly {@link vakt.v1.Command.verify|verify} messages.
             * @param message Command message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: vakt.v1.Command.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Command message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {vakt.v1.Command & vakt.v1.Command.$Shape} Command
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): vakt.v1.Command & vakt.v1.Command.$Shape;

            /**
             * Creates a Command message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Command
             */
            static fromObject(object: { [k: string]: any }): vakt.v1.Command;

            /**
             * Creates a plain object from a Command message. Also converts values to other types if specified.
             * @param message Command
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: vakt.v1.Command, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Command to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Command
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Command {

            /** Properties of a Command. */
            interface $Properties {

                /** Command body */
                body?: (Uint8Array|null);

                /** Command signature */
                signature?: (Uint8Array|null);

                /** Command keyId */
                keyId?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Command. */
            type $Shape = vakt.v1.Command.$Properties;
        }

        /**
         * Properties of a CommandBody.
         * @deprecated Use vakt.v1.CommandBody.$Properties instead.
         */
        interface ICommandBody extends vakt.v1.CommandBody.$Properties {
        }

        /** Represents a CommandBody. */
        class CommandBody {

            /**
             * Constructs a new CommandBody.
             * @param [properties] Properties to set
             */
            constructor(properties?: vakt.v1.CommandBody.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** CommandBody commandId. */
            commandId: string;

            /** CommandBody hubId. */
            hubId: string;

            /** CommandBody nonce. */
            nonce: string;

            /** CommandBody issuedAtMs. */
            issuedAtMs: number;

            /** CommandBody expiresAtMs. */
            expiresAtMs: number;

            /** CommandBody testAlarm. */
            testAlarm?: (vakt.v1.TestAlarm.$Properties|null);

            /** CommandBody setHeartbeatInterval. */
            setHeartbeatInterval?: (vakt.v1.SetHeartbeatInterval.$Properties|null);

            /** CommandBody enterLearnMode. */
            enterLearnMode?: (vakt.v1.EnterLearnMode.$Properties|null);

            /** CommandBody rebootLink. */
            rebootLink?: (vakt.v1.RebootLink.$Properties|null);

            /** CommandBody requestInventory. */
            requestInventory?: (vakt.v1.RequestInventory.$Properties|null);

            /** CommandBody action. */
            action?: ("testAlarm"|"setHeartbeatInterval"|"enterLearnMode"|"rebootLink"|"requestInventory");

            /**
             * Creates a new CommandBody instance using the specified properties.
             * @param [properties] Properties to set
             * @returns CommandBody instance
             */
            static create(properties: vakt.v1.CommandBody.$Shape): vakt.v1.CommandBody & vakt.v1.CommandBody.$Shape;
            static create(properties?: vakt.v1.CommandBody.$Properties): vakt.v1.CommandBody;

            /**
             * Encodes the specified CommandBody message. Does not implicitly {@link vakt.v1.CommandBody.verify|verify} messages.
             * @param message CommandBody message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: vakt.v1.CommandBody.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CommandBody message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {vakt.v1.CommandBody & vakt.v1.CommandBody.$Shape} CommandBody
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): vakt.v1.CommandBody & vakt.v1.CommandBody.$Shape;

            /**
             * Creates a CommandBody message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns CommandBody
             */
            static fromObject(object: { [k: string]: any }): vakt.v1.CommandBody;

            /**
             * Creates a plain object from a CommandBody message. Also converts values to other types if specified.
             * @param message CommandBody
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: vakt.v1.CommandBody, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this CommandBody to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for CommandBody
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace CommandBody {

            /** Properties of a CommandBody. */
            interface $Properties {

                /** CommandBody commandId */
                commandId?: (string|null);

                /** CommandBody hubId */
                hubId?: (string|null);

                /** CommandBody nonce */
                nonce?: (string|null);

                /** CommandBody issuedAtMs */
                issuedAtMs?: (number|null);

                /** CommandBody expiresAtMs */
                expiresAtMs?: (number|null);

                /** CommandBody testAlarm */
                testAlarm?: (vakt.v1.TestAlarm.$Properties|null);

                /** CommandBody setHeartbeatInterval */
                setHeartbeatInterval?: (vakt.v1.SetHeartbeatInterval.$Properties|null);

                /** CommandBody enterLearnMode */
                enterLearnMode?: (vakt.v1.EnterLearnMode.$Properties|null);

                /** CommandBody rebootLink */
                rebootLink?: (vakt.v1.RebootLink.$Properties|null);

                /** CommandBody requestInventory */
                requestInventory?: (vakt.v1.RequestInventory.$Properties|null);

                /** CommandBody action */
                action?: ("testAlarm"|"setHeartbeatInterval"|"enterLearnMode"|"rebootLink"|"requestInventory");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a CommandBody. */
            type $Shape = {
              commandId?: string|null;
              hubId?: string|null;
              nonce?: string|null;
              issuedAtMs?: number|null;
              expiresAtMs?: number|null;
              testAlarm?: vakt.v1.TestAlarm.$Shape|null;
              setHeartbeatInterval?: vakt.v1.SetHeartbeatInterval.$Shape|null;
              enterLearnMode?: vakt.v1.EnterLearnMode.$Shape|null;
              rebootLink?: vakt.v1.RebootLink.$Shape|null;
              requestInventory?: vakt.v1.RequestInventory.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ action?: undefined; testAlarm?: null; setHeartbeatInterval?: null; enterLearnMode?: null; rebootLink?: null; requestInventory?: null }|{ action?: "testAlarm"; testAlarm: vakt.v1.TestAlarm.$Shape; setHeartbeatInterval?: null; enterLearnMode?: null; rebootLink?: null; requestInventory?: null }|{ action?: "setHeartbeatInterval"; testAlarm?: null; setHeartbeatInterval: vakt.v1.SetHeartbeatInterval.$Shape; enterLearnMode?: null; rebootLink?: null; requestInventory?: null }|{ action?: "enterLearnMode"; testAlarm?: null; setHeartbeatInterval?: null; enterLearnMode: vakt.v1.EnterLearnMode.$Shape; rebootLink?: null; requestInventory?: null }|{ action?: "rebootLink"; testAlarm?: null; setHeartbeatInterval?: null; enterLearnMode?: null; rebootLink: vakt.v1.RebootLink.$Shape; requestInventory?: null }|{ action?: "requestInventory"; testAlarm?: null; setHeartbeatInterval?: null; enterLearnMode?: null; rebootLink?: null; requestInventory: vakt.v1.RequestInventory.$Shape })
            );
        }

        /**
         * Properties of a TestAlarm.
         * @deprecated Use vakt.v1.TestAlarm.$Properties instead.
         */
        interface ITestAlarm extends vakt.v1.TestAlarm.$Properties {
        }

        /** Represents a TestAlarm. */
        class TestAlarm {

            /**
             * Constructs a new TestAlarm.
             * @param [properties] Properties to set
             */
            constructor(properties?: vakt.v1.TestAlarm.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** TestAlarm deviceId. */
            deviceId: number;

            /**
             * Creates a new TestAlarm instance using the specified properties.
             * @param [properties] Properties to set
             * @returns TestAlarm instance
             */
            static create(properties: vakt.v1.TestAlarm.$Shape): vakt.v1.TestAlarm & vakt.v1.TestAlarm.$Shape;
            static create(properties?: vakt.v1.TestAlarm.$Properties): vakt.v1.TestAlarm;

            /**
             * Encodes the specified TestAlarm message. Does not implicitly {@link vakt.v1.TestAlarm.verify|verify} messages.
             * @param message TestAlarm message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: vakt.v1.TestAlarm.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a TestAlarm message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {vakt.v1.TestAlarm & vakt.v1.TestAlarm.$Shape} TestAlarm
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): vakt.v1.TestAlarm & vakt.v1.TestAlarm.$Shape;

            /**
             * Creates a TestAlarm message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns TestAlarm
             */
            static fromObject(object: { [k: string]: any }): vakt.v1.TestAlarm;

            /**
             * Creates a plain object from a TestAlarm message. Also converts values to other types if specified.
             * @param message TestAlarm
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: vakt.v1.TestAlarm, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this TestAlarm to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for TestAlarm
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace TestAlarm {

            /** Properties of a TestAlarm. */
            interface $Properties {

                /** TestAlarm deviceId */
                deviceId?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a TestAlarm. */
            type $Shape = vakt.v1.TestAlarm.$Properties;
        }

        /**
         * Properties of a SetHeartbeatInterval.
         * @deprecated Use vakt.v1.SetHeartbeatInterval.$Properties instead.
         */
        interface ISetHeartbeatInterval extends vakt.v1.SetHeartbeatInterval.$Properties {
        }

        /** Represents a SetHeartbeatInterval. */
        class SetHeartbeatInterval {

            /**
             * Constructs a new SetHeartbeatInterval.
             * @param [properties] Properties to set
             */
            constructor(properties?: vakt.v1.SetHeartbeatInterval.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SetHeartbeatInterval intervalS. */
            intervalS: number;

            /**
             * Creates a new SetHeartbeatInterval instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SetHeartbeatInterval instance
             */
            static create(properties: vakt.v1.SetHeartbeatInterval.$Shape): vakt.v1.SetHeartbeatInterval & vakt.v1.SetHeartbeatInterval.$Shape;
            static create(properties?: vakt.v1.SetHeartbeatInterval.$Properties): vakt.v1.SetHeartbeatInterval;

            /**
             * Encodes the specified SetHeartbeatInterval message. Does not implicitly {@link vakt.v1.SetHeartbeatInterval.verify|verify} messages.
             * @param message SetHeartbeatInterval message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: vakt.v1.SetHeartbeatInterval.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SetHeartbeatInterval message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {vakt.v1.SetHeartbeatInterval & vakt.v1.SetHeartbeatInterval.$Shape} SetHeartbeatInterval
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): vakt.v1.SetHeartbeatInterval & vakt.v1.SetHeartbeatInterval.$Shape;

            /**
             * Creates a SetHeartbeatInterval message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns SetHeartbeatInterval
             */
            static fromObject(object: { [k: string]: any }): vakt.v1.SetHeartbeatInterval;

            /**
             * Creates a plain object from a SetHeartbeatInterval message. Also converts values to other types if specified.
             * @param message SetHeartbeatInterval
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: vakt.v1.SetHeartbeatInterval, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SetHeartbeatInterval to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for SetHeartbeatInterval
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SetHeartbeatInterval {

            /** Properties of a SetHeartbeatInterval. */
            interface $Properties {

                /** SetHeartbeatInterval intervalS */
                intervalS?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SetHeartbeatInterval. */
            type $Shape = vakt.v1.SetHeartbeatInterval.$Properties;
        }

        /**
         * Properties of an EnterLearnMode.
         * @deprecated Use vakt.v1.EnterLearnMode.$Properties instead.
         */
        interface IEnterLearnMode extends vakt.v1.EnterLearnMode.$Properties {
        }

        /** Represents an EnterLearnMode. */
        class EnterLearnMode {

            /**
             * Constructs a new EnterLearnMode.
             * @param [properties] Properties to set
             */
            constructor(properties?: vakt.v1.EnterLearnMode.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** EnterLearnMode timeoutS. */
            timeoutS: number;

            /** EnterLearnMode installCode. */
            installCode: string;

            /** EnterLearnMode allowUnauthenticated. */
            allowUnauthenticated: boolean;

            /**
             * Creates a new EnterLearnMode instance using the specified properties.
             * @param [properties] Properties to set
             * @returns EnterLearnMode instance
             */
            static create(properties: vakt.v1.EnterLearnMode.$Shape): vakt.v1.EnterLearnMode & vakt.v1.EnterLearnMode.$Shape;
            static create(properties?: vakt.v1.EnterLearnMode.$Properties): vakt.v1.EnterLearnMode;

            /**
             * Encodes the specified EnterLearnMode message. Does not implicitly {@link vakt.v1.EnterLearnMode.verify|verify} messages.
             * @param message EnterLearnMode message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: vakt.v1.EnterLearnMode.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an EnterLearnMode message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {vakt.v1.EnterLearnMode & vakt.v1.EnterLearnMode.$Shape} EnterLearnMode
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): vakt.v1.EnterLearnMode & vakt.v1.EnterLearnMode.$Shape;

            /**
             * Creates an EnterLearnMode message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns EnterLearnMode
             */
            static fromObject(object: { [k: string]: any }): vakt.v1.EnterLearnMode;

            /**
             * Creates a plain object from an EnterLearnMode message. Also converts values to other types if specified.
             * @param message EnterLearnMode
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: vakt.v1.EnterLearnMode, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this EnterLearnMode to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for EnterLearnMode
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace EnterLearnMode {

            /** Properties of an EnterLearnMode. */
            interface $Properties {

                /** EnterLearnMode timeoutS */
                timeoutS?: (number|null);

                /** EnterLearnMode installCode */
                installCode?: (string|null);

                /** EnterLearnMode allowUnauthenticated */
                allowUnauthenticated?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an EnterLearnMode. */
            type $Shape = vakt.v1.EnterLearnMode.$Properties;
        }

        /**
         * Properties of a RebootLink.
         * @deprecated Use vakt.v1.RebootLink.$Properties instead.
         */
        interface IRebootLink extends vakt.v1.RebootLink.$Properties {
        }

        /** Represents a RebootLink. */
        class RebootLink {

            /**
             * Constructs a new RebootLink.
             * @param [properties] Properties to set
             */
            constructor(properties?: vakt.v1.RebootLink.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /**
             * Creates a new RebootLink instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RebootLink instance
             */
            static create(properties: vakt.v1.RebootLink.$Shape): vakt.v1.RebootLink & vakt.v1.RebootLink.$Shape;
            static create(properties?: vakt.v1.RebootLink.$Properties): vakt.v1.RebootLink;

            /**
             * Encodes the specified RebootLink message. Does not implicitly {@link vakt.v1.RebootLink.verify|verify} messages.
             * @param message RebootLink message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: vakt.v1.RebootLink.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RebootLink message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {vakt.v1.RebootLink & vakt.v1.RebootLink.$Shape} RebootLink
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): vakt.v1.RebootLink & vakt.v1.RebootLink.$Shape;

            /**
             * Creates a RebootLink message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns RebootLink
             */
            static fromObject(object: { [k: string]: any }): vakt.v1.RebootLink;

            /**
             * Creates a plain object from a RebootLink message. Also converts values to other types if specified.
             * @param message RebootLink
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: vakt.v1.RebootLink, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this RebootLink to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for RebootLink
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace RebootLink {

            /** Properties of a RebootLink. */
            interface $Properties {

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RebootLink. */
            type $Shape = vakt.v1.RebootLink.$Properties;
        }

        /**
         * Properties of a RequestInventory.
         * @deprecated Use vakt.v1.RequestInventory.$Properties instead.
         */
        interface IRequestInventory extends vakt.v1.RequestInventory.$Properties {
        }

        /** Represents a RequestInventory. */
        class RequestInventory {

            /**
             * Constructs a new RequestInventory.
             * @param [properties] Properties to set
             */
            constructor(properties?: vakt.v1.RequestInventory.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /**
             * Creates a new RequestInventory instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RequestInventory instance
             */
            static create(properties: vakt.v1.RequestInventory.$Shape): vakt.v1.RequestInventory & vakt.v1.RequestInventory.$Shape;
            static create(properties?: vakt.v1.RequestInventory.$Properties): vakt.v1.RequestInventory;

            /**
             * Encodes the specified RequestInventory message. Does not implicitly {@link vakt.v1.RequestInventory.verify|verify} messages.
             * @param message RequestInventory message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: vakt.v1.RequestInventory.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RequestInventory message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {vakt.v1.RequestInventory & vakt.v1.RequestInventory.$Shape} RequestInventory
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): vakt.v1.RequestInventory & vakt.v1.RequestInventory.$Shape;

            /**
             * Creates a RequestInventory message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns RequestInventory
             */
            static fromObject(object: { [k: string]: any }): vakt.v1.RequestInventory;

            /**
             * Creates a plain object from a RequestInventory message. Also converts values to other types if specified.
             * @param message RequestInventory
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: vakt.v1.RequestInventory, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this RequestInventory to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for RequestInventory
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace RequestInventory {

            /** Properties of a RequestInventory. */
            interface $Properties {

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RequestInventory. */
            type $Shape = vakt.v1.RequestInventory.$Properties;
        }

        /** CommandStatus enum. */
        enum CommandStatus {

            /** COMMAND_STATUS_UNSPECIFIED value */
            COMMAND_STATUS_UNSPECIFIED = 0,

            /** COMMAND_STATUS_EXECUTED value */
            COMMAND_STATUS_EXECUTED = 1,

            /** COMMAND_STATUS_REJECTED value */
            COMMAND_STATUS_REJECTED = 2,

            /** COMMAND_STATUS_FAILED value */
            COMMAND_STATUS_FAILED = 3
        }

        /** RejectReason enum. */
        enum RejectReason {

            /** REJECT_REASON_UNSPECIFIED value */
            REJECT_REASON_UNSPECIFIED = 0,

            /** REJECT_REASON_BAD_SIGNATURE value */
            REJECT_REASON_BAD_SIGNATURE = 1,

            /** REJECT_REASON_WRONG_HUB value */
            REJECT_REASON_WRONG_HUB = 2,

            /** REJECT_REASON_EXPIRED value */
            REJECT_REASON_EXPIRED = 3,

            /** REJECT_REASON_NOT_YET_VALID value */
            REJECT_REASON_NOT_YET_VALID = 4,

            /** REJECT_REASON_REPLAYED value */
            REJECT_REASON_REPLAYED = 5,

            /** REJECT_REASON_MALFORMED value */
            REJECT_REASON_MALFORMED = 6,

            /** REJECT_REASON_UNKNOWN_KEY value */
            REJECT_REASON_UNKNOWN_KEY = 7,

            /** REJECT_REASON_UNSUPPORTED value */
            REJECT_REASON_UNSUPPORTED = 8,

            /** REJECT_REASON_OUT_OF_RANGE value */
            REJECT_REASON_OUT_OF_RANGE = 9,

            /** REJECT_REASON_NOT_PAIRED value */
            REJECT_REASON_NOT_PAIRED = 10,

            /** REJECT_REASON_CLOCK_UNTRUSTED value */
            REJECT_REASON_CLOCK_UNTRUSTED = 11
        }

        /**
         * Properties of a CommandResult.
         * @deprecated Use vakt.v1.CommandResult.$Properties instead.
         */
        interface ICommandResult extends vakt.v1.CommandResult.$Properties {
        }

        /** Represents a CommandResult. */
        class CommandResult {

            /**
             * Constructs a new CommandResult.
             * @param [properties] Properties to set
             */
            constructor(properties?: vakt.v1.CommandResult.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** CommandResult commandId. */
            commandId: string;

            /** CommandResult hubId. */
            hubId: string;

            /** CommandResult status. */
            status: vakt.v1.CommandStatus;

            /** CommandResult reason. */
            reason: vakt.v1.RejectReason;

            /** CommandResult detail. */
            detail: string;

            /** CommandResult atMs. */
            atMs: number;

            /**
             * Creates a new CommandResult instance using the specified properties.
             * @param [properties] Properties to set
             * @returns CommandResult instance
             */
            static create(properties: vakt.v1.CommandResult.$Shape): vakt.v1.CommandResult & vakt.v1.CommandResult.$Shape;
            static create(properties?: vakt.v1.CommandResult.$Properties): vakt.v1.CommandResult;

            /**
             * Encodes the specified CommandResult message. Does not implicitly {@link vakt.v1.CommandResult.verify|verify} messages.
             * @param message CommandResult message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: vakt.v1.CommandResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CommandResult message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {vakt.v1.CommandResult & vakt.v1.CommandResult.$Shape} CommandResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): vakt.v1.CommandResult & vakt.v1.CommandResult.$Shape;

            /**
             * Creates a CommandResult message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns CommandResult
             */
            static fromObject(object: { [k: string]: any }): vakt.v1.CommandResult;

            /**
             * Creates a plain object from a CommandResult message. Also converts values to other types if specified.
             * @param message CommandResult
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: vakt.v1.CommandResult, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this CommandResult to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for CommandResult
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace CommandResult {

            /** Properties of a CommandResult. */
            interface $Properties {

                /** CommandResult commandId */
                commandId?: (string|null);

                /** CommandResult hubId */
                hubId?: (string|null);

                /** CommandResult status */
                status?: (vakt.v1.CommandStatus|null);

                /** CommandResult reason */
                reason?: (vakt.v1.RejectReason|null);

                /** CommandResult detail */
                detail?: (string|null);

                /** CommandResult atMs */
                atMs?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a CommandResult. */
            type $Shape = vakt.v1.CommandResult.$Properties;
        }
    }
}
