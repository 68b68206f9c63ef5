import { GeenToegang } from "@/components/ui/GeenToegang";

/** 403-style page content for the secretariat's pages. */
export function Geweigerd({ reason }: { reason: string }) {
  return <GeenToegang reason={reason} voor="het regionaal secretariaat" />;
}
