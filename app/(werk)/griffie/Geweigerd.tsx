import { GeenToegang } from "@/components/ui/GeenToegang";

/** 403-style page content. */
export function Geweigerd({ reason }: { reason: string }) {
  return <GeenToegang reason={reason} voor="griffiers" />;
}
